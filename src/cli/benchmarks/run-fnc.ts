/**
 * FNC-1 stance from the engine's statement verdicts. The body is split into check-worthy statements
 * (once per body), the headline is compared with each, and the verdicts are aggregated:
 * best similarity below `unrelated` → unrelated; any conflict → disagree; a corroboration scoring at
 * least `agree` → agree; otherwise discuss. The two thresholds are fitted on the train split for the
 * official weighted score; the competition test only gets scored.
 */
import { compareStatements, pairSimilarity, type Approach } from '../../core/match/compare-statements.ts';
import { sentenceFeatures, type SentenceFeatures } from '../../core/match/sentence-features.ts';
import { splitSentences } from '../../core/text/split-sentences.ts';
import { isCheckWorthy } from '../../core/text/is-check-worthy.ts';
import type { FncLabel, FncStance } from './read-fnc.ts';
import { scoreFnc, type FncScore } from './score-fnc.ts';
import { pairContext, sentenceIdf, type SentenceIdf } from './sentence-idf.ts';

export type BodyStatements = { text: string; f: SentenceFeatures }[];

/** What the engine says about one (headline, body) pair, before any threshold is applied. */
export type PairSignal = { relatedness: number; corroboration: number; conflicts: number; conflictKinds: string[] };
export type Thresholds = { unrelated: number; agree: number };
export type FncResult = {
  approach: Approach;
  thresholds: Thresholds;
  train: FncScore;
  test: FncScore;
  /** Same relatedness threshold, every related pair called discuss: what the verdicts add over it. */
  testRelatedAsDiscuss: FncScore;
  testConflictKinds: Record<string, number>;
};

export function bodyStatements(body: string): BodyStatements {
  const sentences = splitSentences(body).map((s) => s.text.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const worthy = sentences.filter((s) => isCheckWorthy(s));
  // A body of one short line still has something to say about the headline.
  return (worthy.length ? worthy : sentences).map((text) => ({ text, f: sentenceFeatures(text, null) }));
}

export function featureBodies(bodies: Map<string, string>): Map<string, BodyStatements> {
  return new Map([...bodies].map(([id, text]) => [id, bodyStatements(text)]));
}

export function bodyIdf(bodies: Map<string, BodyStatements>): SentenceIdf {
  return sentenceIdf((function* () { for (const b of bodies.values()) for (const s of b) yield s.f.keys; })());
}

export function pairSignals(stances: FncStance[], bodies: Map<string, BodyStatements>, idf: SentenceIdf, approach: Approach): PairSignal[] {
  const ctx = pairContext(idf, approach);
  const headlines = new Map<string, SentenceFeatures>();
  return stances.map(({ headline, bodyId }) => {
    let hf = headlines.get(headline);
    if (!hf) headlines.set(headline, (hf = sentenceFeatures(headline, null)));
    const claim = { text: headline, f: hf, published: null };
    const signal: PairSignal = { relatedness: 0, corroboration: 0, conflicts: 0, conflictKinds: [] };
    for (const s of bodies.get(bodyId) ?? []) {
      signal.relatedness = Math.max(signal.relatedness, pairSimilarity(hf, s.f, ctx));
      for (const j of compareStatements(claim, { text: s.text, f: s.f, published: null }, ctx)) {
        if (j.verdict === 'corroborates') signal.corroboration = Math.max(signal.corroboration, j.score);
        else { signal.conflicts++; signal.conflictKinds.push(j.kind); }
      }
    }
    return signal;
  });
}

export function stanceOf(s: PairSignal, t: Thresholds): FncLabel {
  if (s.relatedness < t.unrelated) return 'unrelated';
  if (s.conflicts > 0) return 'disagree';
  return s.corroboration >= t.agree ? 'agree' : 'discuss';
}

const steps = (from: number, to: number, step: number) => Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => Math.round((from + i * step) * 1000) / 1000);

/** The thresholds that maximise the official weighted score on (train) signals. */
export function fitThresholds(signals: PairSignal[], gold: FncLabel[]): Thresholds {
  // 4,000 candidate pairs of thresholds over 50k train pairs: scored inline (the same arithmetic as
  // scoreFnc) so the search costs about a second rather than building a confusion table per candidate.
  const unrelatedGold = gold.map((g) => g === 'unrelated');
  let best: Thresholds = { unrelated: 0, agree: Infinity };
  let bestScore = -1;
  for (const unrelated of steps(0, 0.6, 0.01)) {
    for (const agree of [...steps(0, 1.6, 0.025), Infinity]) {
      const t = { unrelated, agree };
      let s = 0;
      for (let i = 0; i < signals.length; i++) {
        const p = stanceOf(signals[i]!, t);
        if (p === 'unrelated') s += unrelatedGold[i] ? 0.25 : 0;
        else if (!unrelatedGold[i]) s += p === gold[i] ? 1 : 0.25;
      }
      if (s > bestScore) { bestScore = s; best = t; }
    }
  }
  return best;
}

export function runFnc(
  train: { stances: FncStance[]; bodies: Map<string, BodyStatements> },
  test: { stances: FncStance[]; bodies: Map<string, BodyStatements> },
  approach: Approach,
): FncResult {
  // Idf over the train bodies' statements only.
  const idf = bodyIdf(train.bodies);
  const trainSignals = pairSignals(train.stances, train.bodies, idf, approach);
  const trainGold = train.stances.map((s) => s.stance);
  const thresholds = fitThresholds(trainSignals, trainGold);
  const testSignals = pairSignals(test.stances, test.bodies, idf, approach);
  const testGold = test.stances.map((s) => s.stance);
  const testConflictKinds: Record<string, number> = {};
  for (const s of testSignals) for (const k of new Set(s.conflictKinds)) testConflictKinds[k] = (testConflictKinds[k] ?? 0) + 1;
  return {
    approach,
    thresholds,
    train: scoreFnc(trainGold, trainSignals.map((x) => stanceOf(x, thresholds))),
    test: scoreFnc(testGold, testSignals.map((x) => stanceOf(x, thresholds))),
    testRelatedAsDiscuss: scoreFnc(testGold, testSignals.map((x) => (x.relatedness < thresholds.unrelated ? 'unrelated' : 'discuss'))),
    testConflictKinds,
  };
}
