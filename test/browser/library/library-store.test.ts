/**
 * The library store on Chromium's real IndexedDB: keeping, removing, two writers at once, and an
 * import that refuses every bad file whole and leaves the library exactly as it was.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { deleteDB } from 'idb';
import { openLibraryStore, type LibraryStore } from '../../../src/background/library/library-store';
import { LIMITS, serialiseLibrary, type LibraryArticle } from '../../../src/core/library/library-file';
import { freshDbName, plain } from './story';

const opened: { name: string; stores: LibraryStore[] }[] = [];

async function open(name = freshDbName()): Promise<{ name: string; store: LibraryStore }> {
  const store = await openLibraryStore(name);
  const entry = opened.find((o) => o.name === name) ?? (opened.push({ name, stores: [] }), opened.at(-1)!);
  entry.stores.push(store);
  return { name, store };
}

afterEach(async () => {
  for (const { name, stores } of opened.splice(0)) {
    for (const s of stores) s.close();
    await deleteDB(name);
  }
});

const byId = (list: LibraryArticle[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
const fileOf = (articles: unknown[], over: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'corroborate-library', version: 1, exportedAt: '2025-02-05T00:00:00.000Z', articles, ...over });

describe('the library store', () => {
  it('adds, lists, finds and removes articles', async () => {
    const { store } = await open();
    expect(await store.add(plain(1))).toEqual({ ok: true, value: { added: true } });
    expect(await store.add(plain(2))).toEqual({ ok: true, value: { added: true } });
    expect(byId(await store.list())).toEqual(byId([plain(1), plain(2)]));
    expect(await store.has(plain(1).id)).toBe(true);
    expect(await store.remove(plain(1).id)).toBe(true);
    expect(await store.remove(plain(1).id)).toBe(false);
    expect(await store.list()).toEqual([plain(2)]);
  });

  it('keeps the same article once, however often it is kept', async () => {
    const { store } = await open();
    await store.add(plain(1));
    expect(await store.add({ ...plain(1), addedAt: '2025-03-01T00:00:00.000Z' })).toEqual({ ok: true, value: { added: false } });
    expect(await store.list()).toEqual([plain(1)]);
  });

  it('survives closing and reopening the database', async () => {
    const { name, store } = await open();
    await store.add(plain(1));
    store.close();
    const again = await open(name);
    expect(await again.store.list()).toEqual([plain(1)]);
  });

  it('loses nothing when two store instances write at once', async () => {
    const { name, store: a } = await open();
    const { store: b } = await open(name);
    const first = Array.from({ length: 25 }, (_, i) => plain(i));
    const second = Array.from({ length: 25 }, (_, i) => plain(100 + i));
    const importA = serialiseLibrary([plain(200), plain(201), plain(1)], new Date());
    const importB = serialiseLibrary([plain(300), plain(301), plain(101)], new Date());
    const results = await Promise.all([
      ...first.map((x) => a.add(x)),
      ...second.map((x) => b.add(x)),
      a.importFile(importA),
      b.importFile(importB),
      // Both instances keep the same new article at the same moment: it is stored once.
      a.add(plain(400)),
      b.add(plain(400)),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    const all = await a.list();
    expect(all.map((x) => x.id).sort()).toEqual(byId([...first, ...second, plain(200), plain(201), plain(300), plain(301), plain(400)]).map((x) => x.id));
  });

  it('refuses a keep beyond the library limit', async () => {
    const { store } = await open();
    const many = Array.from({ length: LIMITS.articles }, (_, i) => plain(i, { text: `Report ${i}.` }));
    expect(await store.importFile(fileOf(many))).toMatchObject({ ok: true });
    expect(await store.add(plain(999_999))).toEqual({ ok: false, error: expect.stringMatching(/library is full/) });
    expect(await store.has(plain(999_999).id)).toBe(false);
  });
});

describe('importing a library file', () => {
  const seed = [plain(1), plain(2, { url: null })];

  async function seeded() {
    const { store } = await open();
    for (const a of seed) await store.add(a);
    return store;
  }

  const valid = fileOf([plain(10)]);
  const badFiles: [string, () => string, RegExp][] = [
    ['corrupt (not JSON)', () => 'PK\u0003\u0004 this is a zip, not a library', /not valid JSON/],
    ['truncated', () => valid.slice(0, Math.floor(valid.length / 2)), /cut short/],
    ['empty', () => '', /cut short|not valid JSON/],
    ['oversized (over 50 MB)', () => ' '.repeat(LIMITS.fileChars + 1), /larger than 50 MB/],
    ['a million entries', () => fileOf([]).replace('"articles":[]', `"articles":[${'{},'.repeat(999_999)}{}]`), /more than 5,000 articles/],
    ['another format', () => JSON.stringify({ bookmarks: [] }), /format/],
    ['a newer version', () => fileOf([], { version: 2 }), /version/],
    ['articles that are not a list', () => fileOf([]).replace('"articles":[]', '"articles":{"0":{}}'), /"articles" is not a list/],
    ['a title that is a number', () => fileOf([plain(10), { ...plain(11), title: 42 }]), /Article 2: field "title" should be string/],
    ['a date that is not a date', () => fileOf([{ ...plain(10), published: 'yesterday' }]), /field "published" is not a date/],
    ['text that is a list', () => fileOf([{ ...plain(10), text: ['a', 'b'] }]), /field "text"/],
    ['an entry that is null', () => fileOf([null]), /Article 1/],
    ['a script in the text', () => fileOf([plain(10, { text: 'Officials said <script>fetch("//evil")</script> 40 people were rescued.' })]), /"text" contains HTML or script/],
    ['HTML in the outlet', () => fileOf([plain(10, { outlet: '<img src=x onerror=alert(1)>' })]), /"outlet" contains HTML or script/],
    ['an event handler in the title', () => fileOf([plain(10, { title: 'x" onmouseover=alert(1) "' })]), /"title" contains HTML or script/],
    ['a javascript: address', () => fileOf([plain(10, { url: 'javascript:alert(1)' })]), /"url" is not an http\(s\) address/],
    ['a hostile id', () => fileOf([{ ...plain(10), id: '__proto__' }]), /"id" is not a library id/],
    ['an extra field', () => fileOf([{ ...plain(10), html: '<b>x</b>' }]), /Article 1/],
    ['a field over 1,000 characters', () => fileOf([plain(10, { outlet: 'x'.repeat(1001) })]), /longer than 1000 characters/],
    ['text over 1,000,000 characters', () => fileOf([plain(10, { text: 'a '.repeat(500_001) })]), /longer than 1,000,000 characters/],
    ['a good first article and a bad last one', () => fileOf([plain(10), plain(11), { ...plain(12), addedAt: 'soon' }]), /Article 3: field "addedAt"/],
  ];

  for (const [what, content, message] of badFiles) {
    it(`refuses ${what} with a message and leaves the library unchanged`, async () => {
      const store = await seeded();
      const before = byId(await store.list());
      const result = await store.importFile(content());
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(message);
      expect(byId(await store.list())).toEqual(before);
    });
  }

  it('refuses a file that would take the library over its limit, and writes none of it', async () => {
    const store = await seeded();
    const before = byId(await store.list());
    const many = Array.from({ length: LIMITS.articles - 1 }, (_, i) => plain(1000 + i, { text: `Report ${i}.` }));
    const result = await store.importFile(fileOf(many));
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/over its limit of 5,000\. Nothing was imported/) });
    expect(byId(await store.list())).toEqual(before);
  });

  it('merges a valid file without duplicates, by id, address or identical text', async () => {
    const store = await seeded();
    const sameText = plain(20, { url: 'https://other.example/copy', text: plain(1).text });
    const result = await store.importFile(fileOf([plain(1), plain(3), plain(4), sameText, plain(3)]));
    expect(result).toEqual({ ok: true, value: { added: [plain(3), plain(4)], skipped: 3 } });
    expect(byId(await store.list())).toEqual(byId([...seed, plain(3), plain(4)]));
    // Importing the library's own export changes nothing.
    const again = await store.importFile(await store.exportFile(new Date()));
    expect(again).toEqual({ ok: true, value: { added: [], skipped: 4 } });
    expect((await store.list()).length).toBe(4);
  });
});
