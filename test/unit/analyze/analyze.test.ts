import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analyze';
import { compileCorpus } from '../../../src/core/corpus/compile-corpus';
import type { RawReport } from '../../../src/core/corpus/raw-report';
import type { ArticleInput } from '../../../src/core/types';

// A small invented story written for the tests: a storm and a bridge in a port city.
const reports: RawReport[] = [
  {
    id: 'a', outlet: 'Harbour Times', title: 'Storm closes Marlow bridge', published: '2024-03-02', url: 'https://harbour.example/storm',
    text: [
      'Storm Edda closed the Marlow suspension bridge on Friday after gusts damaged two of its cables, the city engineer said.',
      'The bridge will remain closed to traffic until inspectors from the national roads agency finish their survey.',
      'Ferries between the two harbours are running an extra service every hour while the crossing is shut.',
    ].join('\n\n'),
  },
  {
    id: 'b', outlet: 'Coast Radio', title: 'Marlow bridge shut by storm damage', published: '2024-03-02', url: null,
    text: [
      'Gusts from Storm Edda damaged two cables of the Marlow suspension bridge, which was closed on Friday, according to the city engineer.',
      'Inspectors from the national roads agency are surveying the bridge, which stays closed to traffic until they finish.',
      'The mayor has not commented on how long the closure of the suspension bridge will last.',
    ].join('\n\n'),
  },
  {
    id: 'c', outlet: 'Wire copy of Coast Radio', title: null, published: '2024-03-02', url: null,
    text: [
      'Gusts from Storm Edda damaged two cables of the Marlow suspension bridge, which was closed on Friday, according to the city engineer.',
      'Inspectors from the national roads agency are surveying the bridge, which stays closed to traffic until they finish.',
      'The mayor has not commented on how long the closure of the suspension bridge will last.',
    ].join('\n\n'),
  },
];
const index = compileCorpus(reports);

function article(text: string, extra: Partial<ArticleInput> = {}): ArticleInput {
  return { title: null, byline: null, siteName: null, published: '2024-03-03', url: null, text, ...extra };
}

const page = article(
  [
    'Storm Edda damaged two cables of the Marlow suspension bridge, which the city engineer closed on Friday.',
    'The mayor denied that the closure of the suspension bridge will last for months.',
    'A new bakery run by the Hansen family opened next to the harbour museum on Saturday.',
  ].join('\n\n'),
);

describe('analyze', () => {
  it('keeps the index JSON-serialisable', () => {
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
  });

  it('finds corroboration and marks unmatched statements unique', () => {
    const report = analyze(page, index);
    expect(report.notice).toBeNull();
    const first = report.claims.find((c) => c.text.startsWith('Storm Edda'));
    expect(first?.status).toBe('corroborated');
    expect(report.claims.find((c) => c.text.startsWith('A new bakery'))?.status).toBe('unique');
    for (const c of report.claims) expect(page.text.slice(c.start, c.end)).toBe(c.text);
  });

  it('gives at most one evidence per other report and verdict', () => {
    for (const c of analyze(page, index).claims) {
      const keys = c.evidence.map((e) => `${e.source}|${e.verdict}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('reports one contradiction once, on the statement it contradicts most strongly', () => {
    const restated = article(
      [
        'Storm Edda damaged nine cables of the Marlow suspension bridge, which the city engineer closed on Friday.',
        'Gusts damaged nine cables of the Marlow bridge, the city engineer said.',
      ].join('\n\n'),
    );
    const report = analyze(restated, index);
    const conflicts = report.claims.flatMap((c) => c.evidence.filter((e) => e.verdict === 'conflicts').map((e) => `${e.source}|${e.quote}|${c.text}`));
    expect(conflicts.length).toBeGreaterThan(0);
    const quotes = conflicts.map((k) => k.split('|').slice(0, 2).join('|'));
    expect(new Set(quotes).size).toBe(quotes.length);
    expect(report.claims[0]?.status).toBe('mixed');
  });

  it('keeps two dates that one passage contradicts, and reports one date restated once', () => {
    const own = compileCorpus([{
      id: 'x', outlet: 'Gulf Wire', title: 'Iranian troops in combat in Idlib', published: '2024-03-13', url: null,
      text: 'On Tuesday, the Foreign Ministry announced that Iranian troops dispatched to Syria\'s Idlib region have officially taken part in combat against rebel forces for the first time.',
    }]);
    const dated = (lines: string[]) => analyze(article(lines.join('\n\n'), { published: '2024-05-01' }), own).claims
      .filter((c) => c.evidence.some((e) => e.verdict === 'conflicts' && e.kind === 'date')).map((c) => c.text.slice(0, 40));
    const told = 'The Foreign Ministry said on Thursday, March 14, that Iranian troops in the Idlib region had begun combat operations alongside Syrian forces.';
    const lasted = 'A ministry spokesman said the Iranian troops in the Idlib region had been in combat for only about a week.';
    expect(dated([told, lasted])).toHaveLength(2);
    // The same date told again a day later in the article is one contradiction.
    expect(dated([told, 'The Foreign Ministry said on Friday, March 15, that Iranian troops in the Idlib region had begun combat operations alongside Syrian forces.'])).toHaveLength(1);
  });

  it('keeps two different denials that one confirmation contradicts, one on each statement', () => {
    const story: RawReport[] = [
      {
        id: 'x', outlet: 'Gulf Wire', title: 'US confirms Iranian troops in Syria', published: '2024-11-12', url: null,
        text: [
          'The United States confirmed on Tuesday that more than 2,000 Iranian troops have been sent to Syria, where they are fighting near Aleppo.',
          'Iranian troops have been seen near Aleppo and Hama, Syrian monitors in Damascus said.',
        ].join('\n\n'),
      },
    ];
    const own = compileCorpus(story);
    const denials = article(
      [
        'Syrian spokesman Adel Haddad on Wednesday described the US assertion that Iranian troops have been sent to Syria near Aleppo as “yet another canard”.',
        'Foreign Minister Sergei Lavrov told a briefing in Damascus that the figure had been “pulled out of thin air” and that there were no Iranian military units on Syrian territory near Aleppo or Hama.',
      ].join('\n\n'),
      { published: '2024-11-13' },
    );
    const report = analyze(denials, own);
    const flagged = report.claims.filter((c) => c.evidence.some((e) => e.verdict === 'conflicts' && e.kind === 'negation'));
    expect(flagged.length).toBe(2);
  });

  it('counts near-identical wire copies as one independent source', () => {
    const first = analyze(page, index).claims.find((c) => c.text.startsWith('Storm Edda'))!;
    const sources = new Set(first.evidence.filter((e) => e.verdict === 'corroborates').map((e) => e.source));
    expect(sources.has('b') && sources.has('c')).toBe(true);
    expect(first.independentSources).toBe(sources.size - 1);
  });

  it("gives an unrelated page an empty report with notice 'unrelated'", () => {
    const report = analyze(article('The orchestra announced its autumn season, opening with three symphonies by Sibelius and a new commission for choir.'), index);
    expect(report.notice?.kind).toBe('unrelated');
    expect(report.claims).toEqual([]);
    expect(report.sources).toEqual([]);
  });

  it('excludes a corpus report from its own evidence when the URL is the same', () => {
    const report = analyze(article(reports[0]!.text, { url: 'http://www.harbour.example/storm/' }), index);
    expect(report.sources.map((s) => s.id)).not.toContain('a');
    expect(report.claims.flatMap((c) => c.evidence).some((e) => e.source === 'a')).toBe(false);
  });

  it('excludes a corpus report whose text is near-identical to the page', () => {
    const report = analyze(article(reports[0]!.text + '\n\nSubscribe to our newsletter.'), index);
    expect(report.sources.map((s) => s.id)).not.toContain('a');
    expect(report.sources.length).toBeGreaterThan(0);
  });

  it("says it analysed only the first N statements of a huge page (notice 'truncated')", () => {
    const report = analyze(page, index, { maxStatements: 1 });
    expect(report.claims).toHaveLength(1);
    expect(report.notice?.kind).toBe('truncated');
    expect(report.notice?.message).toMatch(/analysed the first 1 statements/);
  });

  it('does not take a story that shares common words but none of its names for the same story', () => {
    // Another storm, another bridge, other names: the words overlap, the people and places do not.
    const other = article(
      [
        'Storm Wendel closed the Tarrant Avenue bridge in Dunmore on Friday after gusts damaged its railings, Mayor Priya Okafor said.',
        'Ferries between Dunmore and Keswin are running an extra service every hour while the bridge is closed to traffic.',
        'Inspectors from the Dunmore roads agency will survey the bridge before it reopens, Okafor told the Dunmore Gazette.',
      ].join('\n\n'),
    );
    expect(analyze(other, index, { minSharedNames: 0 }).sources.length).toBeGreaterThan(0);
    const report = analyze(other, index);
    expect(report.sources).toEqual([]);
    expect(report.notice?.kind).toBe('unrelated');
  });

  it("says so when nothing check-worthy is found (notice 'no-statements')", () => {
    expect(analyze(article(''), index).notice?.kind).toBe('no-statements');
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.option(fc.string(), { nil: null }), (text, published) => {
        const report = analyze(article(text, { published }), index);
        expect(Array.isArray(report.claims)).toBe(true);
      }),
      { numRuns: 200 },
    );
    expect(() => analyze(null as unknown as ArticleInput, index)).not.toThrow();
    expect(() => analyze(page, {} as never)).not.toThrow();
  });

  // How the cost grows with the corpus is measured by `npm run bench` (engine: 10,000 reports against 5),
  // never timed here; this checks what the scaling rests on: unrelated reports change nothing.
  it('gives the same report when the corpus grows by thousands of unrelated reports', () => {
    const vocab = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}x`);
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const noise: RawReport[] = Array.from({ length: 3000 }, (_, i) => ({
      id: `n${i}`, outlet: 'Noise', title: null, published: '2024-01-01', url: null,
      text: Array.from({ length: 6 }, () => Array.from({ length: 14 }, () => vocab[Math.floor(rnd() * vocab.length)]).join(' ') + '.').join('\n\n'),
    }));
    const big = compileCorpus([...reports, ...noise]);
    const small = analyze(page, index);
    const large = analyze(page, big);
    expect(large.sources.map((s) => s.id)).toEqual(small.sources.map((s) => s.id));
    expect(large.claims.map((c) => [c.status, c.evidence.map((e) => [e.source, e.verdict, e.kind])])).toEqual(
      small.claims.map((c) => [c.status, c.evidence.map((e) => [e.source, e.verdict, e.kind])]),
    );
  }, 60_000);

  it('weighs a stance against the other reports\' stances, though they share no other words', () => {
    const story = compileCorpus([
      {
        id: 'x', outlet: 'Gulf Wire', title: 'Iranian advisers near Aleppo', published: '2024-03-02', url: null,
        text: [
          'Iranian advisers have fought alongside Syrian troops near Aleppo since January, opposition monitors said.',
          'The advisers fought near Aleppo in two battles for the airport, the monitors said.',
          "Tehran's foreign ministry referred questions to the defence ministry, which did not comment.",
        ].join('\n\n'),
      },
    ]);
    const later = analyze(article('Iran acknowledged for the first time that its advisers had fought near Aleppo, state television said.', { published: '2024-09-02' }), story, { candidates: 1 });
    const evidence = later.claims[0]?.evidence ?? [];
    expect(evidence.find((e) => e.verdict === 'conflicts')).toMatchObject({ kind: 'superseded', quote: "Tehran's foreign ministry referred questions to the defence ministry, which did not comment." });
  });

  it('reads the date from a dateline in the text when the metadata gives none', () => {
    const text = ['World', 'By Jane Doe', 'Published: 3 March 2024, 09:12', '', page.text].join('\n');
    const undated = analyze(article(text, { published: null }), index);
    expect(undated.article.published).toBe('2024-03-03');
    expect(undated.article.dateline).toBe('Published: 3 March 2024, 09:12');
    const dated = analyze(article(text, { published: '2024-03-05' }), index);
    expect(dated.article.published).toBe('2024-03-05');
    expect(dated.article.dateline).toBeUndefined();
    expect(analyze(article(page.text, { published: null }), index).article.published).toBeNull();
    // Metadata in another written form is reported as the day it names.
    expect(analyze(article(page.text, { published: '2024-03-03T23:30:00-05:00' }), index).article.published).toBe('2024-03-03');
    expect(analyze(article(page.text, { published: 'March 3, 2024' }), index).article.published).toBe('2024-03-03');
  });
});

describe('analyze reads a count of "them" by the sentences before it', () => {
  const troops = compileCorpus([{
    id: 't', outlet: 'Border Wire', title: 'Turkish losses', published: '2024-03-02', url: null,
    text: 'Ankara said on Monday that about 300 Turkish soldiers had been killed or wounded since the operation began, most of them by drones.',
  }]);

  it('matches the count through the sentence before, and quotes the statement verbatim', () => {
    const report = analyze(article([
      'Ankara now estimates that about 4,000 Turkish soldiers have been sent across the border.',
      'Lawmakers heard this week that some 300 of them are now casualties.',
    ].join('\n\n')), troops);
    const claim = report.claims.find((c) => c.text.startsWith('Lawmakers heard'));
    expect(claim?.text).toBe('Lawmakers heard this week that some 300 of them are now casualties.');
    expect(claim?.evidence[0]).toMatchObject({ source: 't', verdict: 'corroborates' });
  });
});

describe('analyze follows a count through "their number" to "X\'s estimate"', () => {
  const troops = compileCorpus([{
    id: 'g', outlet: 'Aegean Wire', title: 'Turkish troops in Libya', published: '2024-11-13', url: null,
    text: 'During a briefing, a ministry spokesperson confirmed that over 10,000 Turkish soldiers have been deployed in Libya, with most of them fighting in the Sirte region.',
  }]);

  it('reads the estimate as a count of the troops two sentences before, and matches it', () => {
    const report = analyze(article([
      'Two weeks ago, Greece confirmed that Turkish soldiers sent to Libya had begun fighting rebel forces in the Sirte region.',
      'The ministry put their number at roughly 8,000, most of them now in Sirte.',
      "Tripoli's estimate is higher, at about 11,000.",
      'The talks on a ceasefire went on for a long time in the capital, officials said.',
    ].join('\n\n'), { published: '2024-11-26' }), troops);
    const claim = report.claims.find((c) => c.text.startsWith("Tripoli's estimate"));
    expect(claim?.evidence[0]).toMatchObject({ source: 'g', verdict: 'corroborates', kind: 'compatible-figure' });
  });
});

describe('analyze reads an encyclopedia page with footnote marks', () => {
  it('matches a statement whose marks split it, and reads no mark as a figure', () => {
    const report = analyze(article([
      'The harbour city has had a suspension bridge since 1931.[1][2] Storm Edda damaged two cables[3] of the Marlow suspension bridge, which was closed on Friday.[4] The city engineer closed it.[5]',
    ].join('\n\n')), index);
    const claim = report.claims.find((c) => c.text.startsWith('Storm Edda'));
    expect(claim?.text).toBe('Storm Edda damaged two cables[3] of the Marlow suspension bridge, which was closed on Friday.[4]');
    expect(claim?.status).toBe('corroborated');
    expect(claim?.evidence.every((e) => !/\b[345]\b/.test(e.reason))).toBe(true);
  });
});

describe('analyze reads a statement with the page\'s resolved words', () => {
  const korea = compileCorpus([{
    id: 'k', outlet: 'Seoul Wire', title: 'Troops in Syria', published: '2024-11-12', url: null,
    text: 'Kim Jong Un has courted Bashar al-Assad and Damascus for years, officials in Seoul and Tokyo said.\n\nAccording to Damascus, some 11,000 North Korean soldiers are already deployed in Syria and have started fighting against rebel forces in the Idlib region, where the latter have been on the offensive since August.',
  }]);

  it('compares "the North" as North Korea, so the count is North Korea\'s, and quotes the page\'s own words', () => {
    const report = analyze(article([
      'North Korea, led by Kim Jong Un, has courted Bashar al-Assad and Damascus for years, officials in Seoul and Tokyo said.',
      'The North is believed to have dispatched about 11,000 soldiers to Syria last autumn, a figure first put forward by Damascus and broadly in line with the estimate of more than 10,000 given by the US State Department in November.',
    ].join('\n\n'), { published: '2025-02-10' }), korea);
    const claim = report.claims.find((c) => c.text.startsWith('The North is believed'));
    expect(claim?.evidence[0]).toMatchObject({ source: 'k', verdict: 'corroborates' });
    expect(claim?.evidence[0]?.reason).toContain("'about 11,000 soldiers'");
  });

  it('gives back the page\'s words for a count of "them" in reasons and highlights', () => {
    const troops = compileCorpus([{
      id: 't', outlet: 'Border Wire', title: 'Turkish deployment', published: '2024-03-02', url: null,
      text: 'Today, I can confirm that over 10,000 Turkish soldiers have been sent to Syria, and most of them have moved to the Idlib region.',
    }]);
    const report = analyze(article([
      'Ankara now estimates that about 12,000 Turkish soldiers have been sent across the border.',
      'Officials told lawmakers that only about 3,000 of them had reached the front lines in Idlib.',
    ].join('\n\n')), troops);
    const claim = report.claims.find((c) => c.text.startsWith('Officials told'));
    const e = claim?.evidence.find((x) => x.verdict === 'conflicts');
    expect(e?.reason).toContain('3,000 of them');
    expect(e?.reason).not.toContain('Turkish soldiers had reached');
    if (e?.claimSpan) expect(claim!.text).toContain(e.claimSpan);
  });
});
