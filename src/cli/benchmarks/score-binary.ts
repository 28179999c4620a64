/** Accuracy and precision/recall/F1 of the positive class for a yes/no decision. */
export type BinaryScore = { accuracy: number; precision: number; recall: number; f1: number; tp: number; fp: number; fn: number; tn: number };

export function scoreBinary(gold: readonly boolean[], predicted: readonly boolean[]): BinaryScore {
  if (gold.length !== predicted.length) throw new Error(`scoreBinary: ${gold.length} gold labels but ${predicted.length} predictions`);
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (let i = 0; i < gold.length; i++) {
    if (predicted[i]) gold[i] ? tp++ : fp++;
    else gold[i] ? fn++ : tn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return {
    accuracy: gold.length ? (tp + tn) / gold.length : 0,
    precision, recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    tp, fp, fn, tn,
  };
}
