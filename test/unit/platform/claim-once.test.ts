import { describe, expect, it } from 'vitest';
import { claimOnce } from '../../../src/platform/claim-once';

describe('claimOnce', () => {
  it('lets the first copy of a script run and refuses the second in the same world', () => {
    const runtime = {};
    expect(claimOnce('content-script', runtime)).toBe(true);
    expect(claimOnce('content-script', runtime)).toBe(false);
    expect(claimOnce('another-script', runtime)).toBe(true);
  });

  it('leaves no enumerable or string-keyed trace on the holder', () => {
    const runtime = {};
    claimOnce('content-script', runtime);
    expect(Object.keys(runtime)).toEqual([]);
    expect(JSON.stringify(runtime)).toBe('{}');
  });

  it('is not fooled by a page-side global of the same name', () => {
    (globalThis as Record<string, unknown>)['corroborate:content-script'] = true;
    expect(claimOnce('content-script', {})).toBe(true);
    delete (globalThis as Record<string, unknown>)['corroborate:content-script'];
  });
});
