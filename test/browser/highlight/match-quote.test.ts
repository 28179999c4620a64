import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuotes, SpanSet } from '../../../src/content/highlight/anchor-quotes';
import { Haystack, matchQuote } from '../../../src/content/highlight/match-quote';
import { compactText, Normalizer, normalizeText } from '../../../src/content/highlight/normalize-text';

const find = (page: string, quote: string, hint?: number) => {
  const hay = new Haystack(normalizeText(page));
  const m = matchQuote(hay, normalizeText(quote), { hint, fuzzy: true });
  return m && { ...m, text: hay.text.slice(m.start, m.end) };
};

describe('normalizeText', () => {
  it('collapses whitespace runs, NBSPs and newlines to one space and trims', () => {
    expect(normalizeText('  The\u00a0storm \n\n\t hit\u202fthe coast.  ')).toBe('The storm hit the coast.');
  });

  it('folds curly quotes, primes and guillemets to straight quotes, and dashes to a hyphen', () => {
    expect(normalizeText('\u201cIt\u2019s over\u201d \u2014 she said \u00abnon\u00bb \u2013 1\u20122')).toBe('"It\'s over" - she said "non" - 1-2');
  });

  it('drops soft hyphens, zero-width characters and direction marks', () => {
    expect(normalizeText('gov\u00adern\u200bment\u200d\u2060\ufeff\u200e')).toBe('government');
  });

  it('maps every normalised character back to its raw offset', () => {
    const n = new Normalizer();
    n.push('a  b', 10);
    n.separate(14);
    n.push('c\u00adx', 14);
    const { text, map } = n.finish();
    expect(text).toBe('a b cx');
    expect([...map]).toEqual([10, 11, 13, 14, 14, 16]);
  });

  it('builds a compact view without spaces and with ASCII case folded', () => {
    const c = compactText('Ab C');
    expect(c.text).toBe('abc');
    expect([...c.map]).toEqual([0, 1, 3]);
  });
});

describe('matchQuote', () => {
  it('finds an exact quote despite typographic differences between page and quote', () => {
    const m = find('He said: \u201cWe\u2019re\u00a0safe\u201d \u2014 then left.', 'He said: "We\'re safe" - then left.');
    expect(m).toMatchObject({ tier: 'exact', errors: 0, text: 'He said: "We\'re safe" - then left.' });
  });

  it('takes the occurrence at or after the position hint', () => {
    const page = 'Police declined to comment. The fire spread. Police declined to comment.';
    expect(find(page, 'Police declined to comment.', 0)?.start).toBe(0);
    expect(find(page, 'Police declined to comment.', 5)?.start).toBe(45);
  });

  it('falls back to the occurrence before the hint when none follows', () => {
    expect(find('One. Two. Three.', 'One.', 10)?.start).toBe(0);
  });

  it('matches loosely when markup lost or added a space, mapping back to the spaced text', () => {
    const m = find('The mayor said the cost was 4 million dollars.', 'The mayorsaid the cost was4 million dollars.');
    expect(m).toMatchObject({ tier: 'loose', text: 'The mayor said the cost was 4 million dollars.' });
  });

  it('matches fuzzily when a few characters differ (a footnote marker in the page)', () => {
    const m = find('Intro. The council approved the plan[1] by seven votes to two on Monday. Outro.', 'The council approved the plan by seven votes to two on Monday.');
    expect(m?.tier).toBe('fuzzy');
    expect(m?.text).toContain('council approved the plan');
    expect(m?.text).toContain('on Monday.');
  });

  it('returns null for a quote that is not on the page, and for empty input', () => {
    expect(find('The storm hit the coast on Tuesday.', 'A completely different sentence about elections.')).toBeNull();
    expect(find('', 'anything')).toBeNull();
    expect(find('anything', '')).toBeNull();
  });

  it('does not match short quotes fuzzily', () => {
    expect(find('The cat sat.', 'The bat sat.')).toBeNull();
  });

  it('gives up on a 100,000-character quote that is not on the page', { timeout: 20_000 }, () => {
    const page = 'word '.repeat(60_000);
    const quote = 'other '.repeat(17_000);
    // No timing here (speed is measured by `npm run bench`): the test's own timeout only stops a
    // catastrophic-backtracking hang from running forever.
    expect(find(page, quote)).toBeNull();
  });

  it('never throws and stays within the text on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 80 }), fc.nat(400), (page, quote, hint) => {
        const hay = new Haystack(normalizeText(page));
        const m = matchQuote(hay, normalizeText(quote), { hint, fuzzy: true });
        if (m) expect(m.start >= 0 && m.start < m.end && m.end <= hay.text.length).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('anchorQuotes', () => {
  it('gives repeated sentences distinct occurrences, in order', async () => {
    const text = 'A said no. Then B spoke. A said no. End.';
    const ms = await anchorQuotes(text, ['A said no.', 'Then B spoke.', 'A said no.'], { needed: () => true });
    expect(ms.map((m) => m?.start)).toEqual([0, 11, 25]);
  });

  it('keeps position with claims that are not highlighted, so a later repeat lands on its own occurrence', async () => {
    const text = 'It rained. Later it rained. Then sun.';
    const ms = await anchorQuotes(text, ['It rained.', 'Then sun.'].slice(0, 1).concat(['rained.']), { needed: (i) => i === 1 });
    expect(ms[1]?.start).toBe(20);
  });

  it('leaves unmatched quotes as null without disturbing the rest', async () => {
    const ms = await anchorQuotes('First one. Second one.', ['First one.', 'Not here at all, no.', 'Second one.'], { needed: () => true });
    expect(ms.map((m) => m?.start ?? null)).toEqual([0, null, 11]);
  });

  it('keeps fixed spans and searches orphans between them', async () => {
    const text = 'Alpha beta. Gamma delta. Alpha beta.';
    const ms = await anchorQuotes(text, ['Alpha beta.', 'Gamma delta.', 'Alpha beta.'], { needed: (i) => i === 2, fixed: (i) => (i === 0 ? [0, 11] : undefined) });
    expect(ms[2]?.start).toBe(25);
  });
});

describe('SpanSet', () => {
  it('refuses overlapping spans and accepts adjacent ones', () => {
    const s = new SpanSet([[10, 20]]);
    expect(s.isFree(5, 11)).toBe(false);
    expect(s.isFree(19, 25)).toBe(false);
    expect(s.isFree(12, 15)).toBe(false);
    expect(s.isFree(20, 25)).toBe(true);
    expect(s.isFree(0, 10)).toBe(true);
  });
});
