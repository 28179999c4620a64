import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COMPACT_FROM, compactLists } from '../../../src/core/corpus/posting-lists';

const ascending = (ids: number[]) => [...new Set(ids)].sort((a, b) => a - b);

describe('compactLists', () => {
  it('gives back every list, in order, whatever the gaps (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 2 ** 31 - 1 }), { maxLength: 60 }), { maxLength: 12 }), (raw) => {
        const lists = raw.map(ascending);
        const compact = compactLists(lists);
        expect(compact.map((l) => l.length)).toEqual(lists.map((l) => l.length));
        expect(compact.map((l) => [...l])).toEqual(lists);
        expect(compact.map((l) => l.slice())).toEqual(lists);
        expect(JSON.parse(JSON.stringify(compact))).toEqual(lists);
      }),
    );
  });

  it('keeps short lists as they are and stores long ones in less than 4 bytes an id', () => {
    const short = [3, 9];
    const long = Array.from({ length: 1000 }, (_, i) => i * 7 + 1);
    const [a, b] = compactLists([short, long]);
    expect(a).toBe(short);
    expect(Array.isArray(b)).toBe(false);
    expect(b!.length).toBe(1000);
    // Gaps of 7 fit one byte each: the shared buffer holds one byte per id.
    expect((b as unknown as { bytes: Uint8Array }).bytes.byteLength).toBe(1000);
    expect(COMPACT_FROM).toBeLessThanOrEqual(1000);
  });

  it('returns a copy from slice, so a caller may append without touching the compact list', () => {
    const long = Array.from({ length: 40 }, (_, i) => i * 1000);
    const [list] = compactLists([long]);
    const copy = list!.slice();
    copy.push(99_999);
    expect(list!.length).toBe(40);
    expect([...list!].at(-1)).toBe(39_000);
  });
});
