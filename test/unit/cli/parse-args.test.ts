import { describe, expect, it } from 'vitest';
import { parseAnalyzeArgs } from '../../../src/cli/parse-args';
import { DEFAULT_APPROACH } from '../../../src/core/analyze';

describe('parseAnalyzeArgs', () => {
  it('analyses with the approach the extension ships unless told otherwise', () => {
    const r = parseAnalyzeArgs(['page.txt']);
    expect(r.ok && r.value.approach).toBe(DEFAULT_APPROACH);
    expect(DEFAULT_APPROACH).toBe('vectors');
  });

  it('takes every approach the eval compares, and refuses others with a message', () => {
    for (const a of ['lexical', 'lexicon', 'vectors']) {
      const r = parseAnalyzeArgs(['page.txt', '--approach', a]);
      expect(r.ok && r.value.approach).toBe(a);
    }
    const bad = parseAnalyzeArgs(['page.txt', '--approach=bert']);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toBe('--approach is one of "lexical", "lexicon", "vectors".');
  });
});
