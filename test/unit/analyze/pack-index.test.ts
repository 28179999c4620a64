import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { compileCorpus } from '../../../src/core/corpus/compile-corpus';
import { packIndex, unpackIndex } from '../../../src/core/corpus/pack-index';
import { addReports, refreshNorms, removeReports } from '../../../src/core/corpus/update-index';
import type { RawReport } from '../../../src/core/corpus/raw-report';
import { loadBundledCorpus } from '../../../scripts/load-corpus';

// An invented story for the tests: a bridge closed after a barge struck it.
const reports: RawReport[] = [
  {
    id: 'r1', outlet: 'River Times', title: 'Barge hits Kelling bridge', published: '2024-03-04', url: 'https://river.example/kelling',
    text: 'A barge struck the Kelling bridge on Sunday, and the county closed it to traffic, officials said.\n\nAbout 1,200 drivers a day use the crossing, according to the county.\n\nThe barge operator did not report the collision until Monday.',
  },
  {
    id: 'r2', outlet: 'Valley Daily', title: 'Kelling bridge shut', published: '2024-03-05', url: null,
    text: 'The county shut the Kelling bridge after a barge hit one of its piers on Sunday.\n\nSome 1,100 vehicles cross the bridge each day, the county engineer said.\n\nThe operator neither confirmed nor denied that the pilot had been warned about the low water.',
  },
];
const article = {
  title: 'Kelling bridge closed', byline: null, siteName: null, published: '2024-03-05', url: null,
  text: 'The Kelling bridge was closed on Sunday after a barge struck it, county officials said. Around 1,200 drivers use it every day.',
};

describe('packIndex / unpackIndex', () => {
  it('gives back exactly the compiled index, postings included', () => {
    const index = compileCorpus(reports);
    const back = unpackIndex(JSON.parse(JSON.stringify(packIndex(index))));
    expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(index)));
  });

  it('stores no features, and makes them again from the text exactly, once while they are in use', () => {
    const index = compileCorpus(reports);
    const packed = packIndex(index);
    expect(packed.sentences.every((s) => s.length === 3)).toBe(true);
    const back = unpackIndex(JSON.parse(JSON.stringify(packed)));
    for (const [i, s] of back.sentences.entries()) expect(s.f).toEqual(index.sentences[i]!.f);
    expect(back.sentences[0]!.f).toBe(back.sentences[0]!.f);
  });

  it('keeps long posting lists compact, and counts and walks them like arrays', () => {
    const many: RawReport[] = Array.from({ length: 40 }, (_, i) => ({
      ...reports[i % 2]!, id: `m${i}`, url: null, text: `${reports[i % 2]!.text}\n\nReport number ${i} adds a line about the barge.`,
    }));
    const index = compileCorpus(many);
    const back = unpackIndex(JSON.parse(JSON.stringify(packIndex(index))));
    const long = Object.entries(back.postings).filter(([, l]) => !Array.isArray(l));
    expect(long.length).toBeGreaterThan(0);
    for (const [k, list] of long) {
      expect(list.length).toBe(index.postings[k]!.length);
      expect([...list]).toEqual([...index.postings[k]!]);
    }
    expect(analyze(article, back)).toEqual(analyze(article, index));
    // A library added later leaves the long lists it touched compact, and the same as a fresh compile's.
    const kept = { ...reports[0]!, id: 'lib-9', url: null, origin: 'library' as const };
    const grown = refreshNorms(addReports(back, [kept]));
    const fresh = refreshNorms(addReports(index, [kept]));
    for (const [k] of long) {
      expect(Array.isArray(grown.postings[k])).toBe(false);
      expect([...grown.postings[k]!]).toEqual([...fresh.postings[k]!]);
    }
    expect(analyze(article, grown)).toEqual(analyze(article, fresh));
  });

  it('is smaller than the index as JSON', () => {
    const index = compileCorpus(reports);
    expect(JSON.stringify(packIndex(index)).length).toBeLessThan(JSON.stringify(index).length * 0.8);
  });

  it('leaves analyze() with the same report, and update-index able to extend it', () => {
    const index = compileCorpus(reports);
    const back = unpackIndex(JSON.parse(JSON.stringify(packIndex(index))));
    expect(analyze(article, back)).toEqual(analyze(article, index));
    const more = addReports(back, [{ ...reports[0]!, id: 'lib-1', url: null, origin: 'library' }]);
    expect(more.reports.map((r) => r.id)).toEqual(['r1', 'r2', 'lib-1']);
  });

  it('keeps the features of sentences that move when an earlier report is removed from an unpacked index', () => {
    const index = compileCorpus(reports);
    const back = unpackIndex(JSON.parse(JSON.stringify(packIndex(index))));
    const left = removeReports(back, ['r1']);
    expect(left.sentences.map((s) => s.r)).toEqual(compileCorpus([reports[1]!]).sentences.map((s) => s.r));
    expect(JSON.parse(JSON.stringify(left.sentences))).toEqual(JSON.parse(JSON.stringify(compileCorpus([reports[1]!]).sentences)));
    // Norms are not recomputed on removal (update-index.ts says why); refreshed, the result is a fresh compile's.
    expect(analyze(article, refreshNorms(left))).toEqual(analyze(article, compileCorpus([reports[1]!])));
  });

  it('keeps the key-number fast path through addReports, removeReports and refreshNorms, with the same result', () => {
    const index = compileCorpus(reports);
    const back = unpackIndex(JSON.parse(JSON.stringify(packIndex(index))));
    expect(back.vocab).toBeDefined();
    const kept = { ...reports[1]!, id: 'lib-2', url: null, origin: 'library' as const };
    const grown = refreshNorms(removeReports(addReports(back, [kept]), ['r1']));
    expect(grown.vocab).toBe(back.vocab);
    expect(analyze(article, grown)).toEqual(analyze(article, refreshNorms(removeReports(addReports(index, [kept]), ['r1']))));
  });

  const corpusDir = resolve(import.meta.dirname, '../../../corpus');
  it.skipIf(!existsSync(corpusDir))('round-trips the bundled corpus (skipped when corpus/ is absent)', () => {
    const index = compileCorpus(loadBundledCorpus(corpusDir));
    const back = unpackIndex(JSON.parse(JSON.stringify(packIndex(index))));
    expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(index)));
  });
});
