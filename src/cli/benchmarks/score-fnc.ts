/**
 * A port of FNC-1's official scorer.py (score_submission and score_defaults): +0.25 for a correct
 * unrelated, +0.25 when gold and prediction are both related, +0.75 more for the exact related label.
 * Macro-F1 sits beside it because the weighted score rewards the majority class (Hanselowski et al., 2018).
 */
import { FNC_LABELS, type FncLabel } from './read-fnc.ts';

export type ClassPrf = { precision: number; recall: number; f1: number; support: number };
export type FncScore = {
  score: number;
  /** All labels right. */
  max: number;
  /** Everything predicted unrelated. */
  null: number;
  /** score / max, in percent: the figure papers quote. */
  relative: number;
  /** confusion[gold][predicted], rows and columns in FNC_LABELS order, as scorer.py prints it. */
  confusion: number[][];
  accuracy: number;
  perClass: Record<FncLabel, ClassPrf>;
  macroF1: number;
};

const RELATED: ReadonlySet<FncLabel> = new Set(['agree', 'disagree', 'discuss']);

export function scoreFnc(gold: readonly FncLabel[], predicted: readonly FncLabel[]): FncScore {
  if (gold.length !== predicted.length) throw new Error(`scoreFnc: ${gold.length} gold labels but ${predicted.length} predictions`);
  let score = 0;
  const confusion = FNC_LABELS.map(() => FNC_LABELS.map(() => 0));
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i]!;
    const t = predicted[i]!;
    if (g === t) {
      score += 0.25;
      if (g !== 'unrelated') score += 0.5;
    }
    if (RELATED.has(g) && RELATED.has(t)) score += 0.25;
    confusion[FNC_LABELS.indexOf(g)]![FNC_LABELS.indexOf(t)]! += 1;
  }
  const unrelated = gold.filter((g) => g === 'unrelated').length;
  const nullScore = 0.25 * unrelated;
  const max = nullScore + (gold.length - unrelated);
  const perClass = {} as Record<FncLabel, ClassPrf>;
  let hits = 0;
  for (const [i, label] of FNC_LABELS.entries()) {
    const tp = confusion[i]![i]!;
    hits += tp;
    const support = confusion[i]!.reduce((a, b) => a + b, 0);
    const predictedN = confusion.reduce((a, row) => a + row[i]!, 0);
    const precision = predictedN ? tp / predictedN : 0;
    const recall = support ? tp / support : 0;
    perClass[label] = { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, support };
  }
  const macroF1 = FNC_LABELS.reduce((a, l) => a + perClass[l].f1, 0) / FNC_LABELS.length;
  return { score, max, null: nullScore, relative: max ? (100 * score) / max : 0, confusion, accuracy: gold.length ? hits / gold.length : 0, perClass, macroF1 };
}
