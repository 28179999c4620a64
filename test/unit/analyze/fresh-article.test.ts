/**
 * An article written for this test, in another outlet's style, on the bundled corpus's story: not
 * one of the five reports and not in the gold set. It checks behaviour that a new article meets and
 * the leave-one-out eval cannot show (the figures, the words and the dates are this article's own).
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { compileCorpus } from '../../../src/core/corpus/compile-corpus';
import { loadBundledCorpus } from '../../../scripts/load-corpus';
import type { Claim } from '../../../src/core/types';

const index = compileCorpus(loadBundledCorpus(resolve(import.meta.dirname, '../../../corpus')));

const text = [
  'Skip to main content',
  'North Korean casualties mount as Russia presses Kursk counteroffensive',
  'Posted on January 12, 2025 by Foreign Desk',
  '',
  "Ukraine said on Saturday it had captured two North Korean soldiers in the Kursk region, the first to be taken alive since Pyongyang's troops joined the war.",
  '',
  'Russia has deployed about 11,000 North Korean troops to the Kursk region, where Ukraine still holds territory it seized in August.',
  '',
  'The Kremlin has not commented on the captured soldiers.',
  '',
  'Around 11,000 North Korean troops are believed to be in the region, a Pentagon spokesperson told reporters.',
].join('\n');

const report = analyze({ title: null, byline: null, siteName: null, published: null, url: null, text }, index);
const claim = (start: string): Claim => {
  const c = report.claims.find((x) => x.text.startsWith(start));
  if (!c) throw new Error(`no claim starts with ${start}`);
  return c;
};

describe('a fresh article on the corpus story', () => {
  it('takes its date from the dateline and finds every report on the story', () => {
    expect(report.article.published).toBe('2025-01-12');
    expect(report.sources.map((s) => s.id).sort()).toEqual(['000', '001', '002', '003', '004']);
  });

  it('corroborates its figure with the reports that give a compatible one', () => {
    const figures = claim('Around 11,000').evidence.filter((e) => e.verdict === 'corroborates' && /11,000|10,000/.test(e.reason));
    expect(figures.map((e) => e.source).sort()).toEqual(['001', '002', '004']);
  });

  it('calls the hold on Kursk superseded by the newer report that says it was liberated', () => {
    const e = claim('Russia has deployed about 11,000').evidence.find((x) => x.verdict === 'conflicts');
    expect(e).toMatchObject({ source: '000', kind: 'superseded', newer: 'source' });
  });

  it('does not take captured soldiers for captured land (the paraphrase lexicon, approach B)', () => {
    const lexicon = analyze({ title: null, byline: null, siteName: null, published: null, url: null, text }, index, { approach: 'lexicon' });
    const of = (start: string) => lexicon.claims.find((x) => x.text.startsWith(start))!.evidence.filter((e) => e.verdict === 'corroborates');
    expect(of('Ukraine said on Saturday')).toEqual([]);
    expect(of('The Kremlin has not commented').every((e) => /did not answer/.test(e.reason))).toBe(true);
  });
});
