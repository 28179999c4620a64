/**
 * The conflict detector on sentence-level contradiction sets: a pair is predicted "contradiction" when
 * compareStatements returns a `conflicts` judgement at the engine's defaults. Nothing is fitted; the
 * idf comes from the reference split. Precision is the figure that matters (a false conflict costs a
 * reader's trust), recall is reported beside it.
 */
import { compareStatements, type Approach } from '../../core/match/compare-statements.ts';
import { sentenceFeatures } from '../../core/match/sentence-features.ts';
import type { NliPair } from './read-nli.ts';
import { scoreBinary, type BinaryScore } from './score-binary.ts';
import { pairContext, sentenceIdf } from './sentence-idf.ts';

export type ContradictionResult = {
  approach: Approach;
  pairs: number;
  contradictions: number;
  score: BinaryScore;
  byKind: Record<string, { predicted: number; correct: number }>;
  falseExamples: { kind: string; premise: string; hypothesis: string }[];
};

export function runContradiction(reference: NliPair[], test: NliPair[], approach: Approach): ContradictionResult {
  const idf = sentenceIdf(reference.flatMap((p) => [sentenceFeatures(p.premise, null).keys, sentenceFeatures(p.hypothesis, null).keys]));
  const ctx = pairContext(idf, approach);
  const byKind: ContradictionResult['byKind'] = {};
  const falseExamples: ContradictionResult['falseExamples'] = [];
  const predicted = test.map((p) => {
    const conflict = compareStatements(
      { text: p.hypothesis, f: sentenceFeatures(p.hypothesis, null), published: null },
      { text: p.premise, f: sentenceFeatures(p.premise, null), published: null },
      ctx,
    ).find((j) => j.verdict === 'conflicts');
    if (conflict) {
      const k = (byKind[conflict.kind] ??= { predicted: 0, correct: 0 });
      k.predicted++;
      if (p.contradiction) k.correct++;
      else if (falseExamples.length < 5) falseExamples.push({ kind: conflict.kind, premise: p.premise, hypothesis: p.hypothesis });
    }
    return !!conflict;
  });
  return {
    approach,
    pairs: test.length,
    contradictions: test.filter((p) => p.contradiction).length,
    score: scoreBinary(test.map((p) => p.contradiction), predicted),
    byKind,
    falseExamples,
  };
}
