/**
 * MSRP: does the engine say two news sentences state the same fact? Two readings of "same fact":
 * - verdict: compareStatements returns a `corroborates` judgement of any kind (what a reader sees);
 * - same-event: the pair's similarity reaches the same-fact threshold, whatever the verdict (the
 *   decision the engine takes before asking whether the two disagree).
 * Each is scored at the engine's default threshold and at a threshold chosen for accuracy on the train
 * split only; the test split is never used to choose anything.
 */
import { compareStatements, pairSimilarity, DEFAULT_SAME_THRESHOLD, type Approach } from '../../core/match/compare-statements.ts';
import { sentenceFeatures, type SentenceFeatures } from '../../core/match/sentence-features.ts';
import type { MsrpPair } from './read-msrp.ts';
import { scoreBinary, type BinaryScore } from './score-binary.ts';
import { pairContext, sentenceIdf, type SentenceIdf } from './sentence-idf.ts';

type Featured = { label: boolean; a: SentenceFeatures; b: SentenceFeatures; at: string; bt: string };
export type MsrpRow = { decision: 'verdict' | 'same-event'; threshold: number; chosenOn: 'engine default' | 'train'; train: BinaryScore; test: BinaryScore };
export type MsrpResult = {
  approach: Approach;
  rows: MsrpRow[];
  /** Pairs of the test split the engine called a conflict, and how many of those MSRP labels paraphrases. */
  testConflicts: { total: number; onParaphrases: number; byKind: Record<string, number>; examples: { kind: string; a: string; b: string; reason: string }[] };
};

export const GRID = Array.from({ length: 89 }, (_, i) => Math.round((0.02 + i * 0.01) * 100) / 100);

export function featureMsrp(pairs: MsrpPair[]): Featured[] {
  return pairs.map((p) => ({ label: p.label, a: sentenceFeatures(p.a, null), b: sentenceFeatures(p.b, null), at: p.a, bt: p.b }));
}

function verdicts(pairs: Featured[], idf: SentenceIdf, approach: Approach, threshold: number) {
  const ctx = pairContext(idf, approach, threshold);
  return pairs.map((p) => compareStatements({ text: p.at, f: p.a, published: null }, { text: p.bt, f: p.b, published: null }, ctx));
}

function corroborated(pairs: Featured[], idf: SentenceIdf, approach: Approach, threshold: number): boolean[] {
  return verdicts(pairs, idf, approach, threshold).map((js) => js.some((j) => j.verdict === 'corroborates'));
}

function best(gold: boolean[], predict: (t: number) => boolean[]): number {
  let bestT = GRID[0]!;
  let bestAcc = -1;
  for (const t of GRID) {
    const acc = scoreBinary(gold, predict(t)).accuracy;
    if (acc > bestAcc) { bestAcc = acc; bestT = t; }
  }
  return bestT;
}

export function runMsrp(train: Featured[], test: Featured[], approach: Approach): MsrpResult {
  // Corpus-level idf from the train sentences only, used for both splits.
  const idf = sentenceIdf(train.flatMap((p) => [p.a.keys, p.b.keys]));
  const ctx = pairContext(idf, approach);
  const goldTrain = train.map((p) => p.label);
  const goldTest = test.map((p) => p.label);
  const simTrain = train.map((p) => pairSimilarity(p.a, p.b, ctx));
  const simTest = test.map((p) => pairSimilarity(p.a, p.b, ctx));

  const rows: MsrpRow[] = [];
  const verdictRow = (t: number, chosenOn: MsrpRow['chosenOn']): MsrpRow => ({
    decision: 'verdict', threshold: t, chosenOn,
    train: scoreBinary(goldTrain, corroborated(train, idf, approach, t)),
    test: scoreBinary(goldTest, corroborated(test, idf, approach, t)),
  });
  const eventRow = (t: number, chosenOn: MsrpRow['chosenOn']): MsrpRow => ({
    decision: 'same-event', threshold: t, chosenOn,
    train: scoreBinary(goldTrain, simTrain.map((s) => s >= t)),
    test: scoreBinary(goldTest, simTest.map((s) => s >= t)),
  });
  rows.push(verdictRow(DEFAULT_SAME_THRESHOLD, 'engine default'));
  rows.push(verdictRow(best(goldTrain, (t) => corroborated(train, idf, approach, t)), 'train'));
  rows.push(eventRow(DEFAULT_SAME_THRESHOLD, 'engine default'));
  rows.push(eventRow(best(goldTrain, (t) => simTrain.map((s) => s >= t)), 'train'));

  const byKind: Record<string, number> = {};
  const examples: MsrpResult['testConflicts']['examples'] = [];
  let total = 0;
  let onParaphrases = 0;
  for (const [i, js] of verdicts(test, idf, approach, DEFAULT_SAME_THRESHOLD).entries()) {
    const c = js.find((j) => j.verdict === 'conflicts');
    if (!c) continue;
    total++;
    byKind[c.kind] = (byKind[c.kind] ?? 0) + 1;
    if (test[i]!.label) {
      onParaphrases++;
      if (examples.length < 5) examples.push({ kind: c.kind, a: test[i]!.at, b: test[i]!.bt, reason: c.reason });
    }
  }
  return { approach, rows, testConflicts: { total, onParaphrases, byKind, examples } };
}
