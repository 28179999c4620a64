import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { compileCorpus } from '../../../src/core/corpus/compile-corpus';
import { addReports, refreshNorms, removeReports } from '../../../src/core/corpus/update-index';
import type { RawReport } from '../../../src/core/corpus/raw-report';
import type { ArticleInput } from '../../../src/core/types';
import * as features from '../../../src/core/match/sentence-features';
import { vi } from 'vitest';

// An invented story for the tests: a fire at a chemical depot.
const bundled: RawReport[] = [
  {
    id: 'b1', outlet: 'Valley Post', title: 'Fire at Orton depot', published: '2024-05-10', url: null,
    text: 'A fire broke out at the Orton chemical depot on Thursday night, the fire brigade said.\n\nAbout 200 residents were evacuated from the streets around the depot as a precaution.',
  },
  {
    id: 'b2', outlet: 'City Radio', title: 'Orton depot blaze', published: '2024-05-10', url: null,
    text: 'Firefighters fought a blaze at the Orton chemical depot through Thursday night, according to the brigade.\n\nThe council opened the sports hall for families who left their homes near the depot.',
  },
  {
    id: 'b3', outlet: 'Farm Weekly', title: 'Grain prices', published: '2024-05-09', url: null,
    text: 'Wheat prices rose for the third week in a row as dry weather cut the expected harvest in the south.\n\nTraders expect barley to follow once the first crop reports come in next month.',
  },
];
const kept: RawReport[] = [
  {
    id: 'lib-1', outlet: 'Morning Ledger', title: 'Depot fire forces evacuation', published: '2024-05-11', url: 'https://ledger.example/depot-fire',
    text: 'Around 200 residents were evacuated from streets near the Orton chemical depot after the fire on Thursday night.\n\nThe cause of the fire at the depot is not yet known, the brigade said.',
    origin: 'library',
  },
];

const page: ArticleInput = {
  title: null, byline: null, siteName: null, published: '2024-05-12', url: null,
  text: 'Some 200 residents were evacuated from the streets around the Orton chemical depot on Thursday night.\n\nInvestigators have not yet found the cause of the fire at the depot, the brigade said.',
};

describe('incremental index', () => {
  it('returns the same analysis after adding then removing a report', () => {
    const base = compileCorpus(bundled);
    const before = analyze(page, base);
    const after = analyze(page, removeReports(addReports(base, kept), ['lib-1']));
    expect(after).toEqual(before);
  });

  it('matches a full recompilation once norms are refreshed', () => {
    const full = analyze(page, compileCorpus([...bundled, ...kept]));
    const incremental = analyze(page, refreshNorms(addReports(compileCorpus(bundled), kept)));
    expect(incremental).toEqual(full);
  });

  it('shows a kept article as evidence with origin "library"', () => {
    const index = addReports(compileCorpus(bundled), kept);
    const report = analyze(page, index);
    expect(report.sources.find((s) => s.id === 'lib-1')?.origin).toBe('library');
    expect(report.sources.find((s) => s.id === 'b1')?.origin).toBe('bundled');
    const evacuated = report.claims.find((c) => c.text.startsWith('Some 200 residents'));
    expect(evacuated?.evidence.some((e) => e.source === 'lib-1' && e.verdict === 'corroborates')).toBe(true);
  });

  it('leaves the index it was given untouched', () => {
    const base = compileCorpus(bundled);
    const snapshot = JSON.stringify(base);
    const grown = addReports(base, kept);
    removeReports(grown, ['b1']);
    expect(JSON.stringify(base)).toBe(snapshot);
    expect(grown.reports.map((r) => r.id)).toEqual(['b1', 'b2', 'b3', 'lib-1']);
  });

  it('does not recompute the features of reports already indexed', () => {
    const base = compileCorpus(bundled);
    const spy = vi.spyOn(features, 'sentenceFeatures');
    try {
      addReports(base, kept);
      const texts = spy.mock.calls.map((c) => c[0]);
      expect(texts.length).toBeGreaterThan(0);
      expect(texts.every((t) => kept[0]!.text.includes(t))).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });

  it('replaces a report kept twice instead of duplicating it', () => {
    const once = addReports(compileCorpus(bundled), kept);
    const twice = addReports(once, [{ ...kept[0]!, title: 'Depot fire: update' }]);
    expect(twice.reports.filter((r) => r.id === 'lib-1')).toHaveLength(1);
    expect(twice.reports.find((r) => r.id === 'lib-1')?.title).toBe('Depot fire: update');
    expect(twice.sentences.length).toBe(once.sentences.length);
  });

  it('ignores unknown ids and survives keys named like Object properties', () => {
    const base = compileCorpus(bundled);
    expect(removeReports(base, ['nope'])).toBe(base);
    const odd = addReports(JSON.parse(JSON.stringify(base)), [{ ...kept[0]!, id: 'lib-2', text: 'The constructor of the depot said the toString valves and hasOwnProperty pipes were checked on Thursday.' }]);
    const report = analyze({ ...page, text: 'The constructor said the valves and pipes at the depot were checked on Thursday night.' }, odd);
    expect(Array.isArray(report.claims)).toBe(true);
    expect(report.notice?.message ?? '').not.toMatch(/could not be analysed/);
  });
});
