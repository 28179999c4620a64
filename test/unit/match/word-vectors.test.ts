import { describe, expect, it } from 'vitest';
import { decodeBase64, keyCosine, vectorCount } from '../../../src/core/match/word-vectors';
import { compareStatements, similarity, softSimilarity, type CompareContext } from '../../../src/core/match/compare-statements';
import { sentenceFeatures } from '../../../src/core/match/sentence-features';
import { stem } from '../../../src/core/match/stem';

const ctx: CompareContext = { idf: () => 1, approach: 'vectors' };
const keys = (s: string) => sentenceFeatures(s, null).keys;

describe('distilled word vectors', () => {
  it('decodes base64 without any platform API', () => {
    expect([...decodeBase64('AAEC/w==')]).toEqual([0, 1, 2, 255]);
    expect([...decodeBase64('aGk=')]).toEqual([104, 105]);
    expect(() => decodeBase64('a$b=')).toThrow();
  });

  it("ships a general vocabulary, keyed by the engine's stems", () => {
    expect(vectorCount()).toBeGreaterThan(10_000);
    for (const w of ['parliament', 'earthquake', 'inflation', 'ceasefire', 'vaccine']) expect(keyCosine(stem(w), stem(w))).toBe(1);
  });

  it('puts near-synonyms closer than unrelated words', () => {
    expect(keyCosine(stem('worried'), stem('concerned'))!).toBeGreaterThan(0.6);
    expect(keyCosine(stem('promised'), stem('pledged'))!).toBeGreaterThan(keyCosine(stem('promised'), stem('banana'))!);
  });

  it('answers null for a word it does not know', () => {
    expect(keyCosine('zzqxv', stem('worried'))).toBeNull();
  });
});

describe('approach C: soft similarity', () => {
  it('credits paraphrased content words that share no stem', () => {
    const a = keys('The mayor pledged swift repairs to the flooded bridge.');
    const b = keys('The mayor promised quick repairs to the flooded bridge.');
    expect(softSimilarity(a, b, ctx)).toBeGreaterThan(similarity(a, b, ctx));
  });

  it('never lets a country stand in for another', () => {
    const a = keys('Germany sent tanks.');
    const b = keys('France sent tanks.');
    expect(softSimilarity(a, b, ctx)).toBeCloseTo(similarity(a, b, ctx), 5);
  });

  it('widens "same fact" for paraphrases where exact overlap alone falls short', () => {
    const a = { text: 'The governor pledged quick repairs to the damaged harbour bridge and the flooded homes.', published: '2024-01-02' };
    const b = { text: 'Officials promised rapid reconstruction of the ruined harbour bridge and houses.', published: '2024-01-02' };
    const sa = { ...a, f: sentenceFeatures(a.text, a.published) };
    const sb = { ...b, f: sentenceFeatures(b.text, b.published) };
    expect(compareStatements(sa, sb, { ...ctx, approach: 'lexicon' })).toEqual([]);
    const [j] = compareStatements(sa, sb, ctx);
    expect(j?.verdict).toBe('corroborates');
  });

  it('does not turn opposite directions into a conflict or the same fact by themselves', () => {
    const a = { text: 'Exports increased sharply in March.', published: '2024-04-01' };
    const b = { text: 'Unemployment decreased slowly in rural districts.', published: '2024-04-01' };
    const js = compareStatements({ ...a, f: sentenceFeatures(a.text, a.published) }, { ...b, f: sentenceFeatures(b.text, b.published) }, ctx);
    expect(js).toEqual([]);
  });
});
