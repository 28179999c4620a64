// STUB (signature is final; the text engineer replaces the body).
/** A figure in a sentence, as an interval. */
export type Quantity = {
  /** The words of the figure as written, e.g. "some 11,000". */
  text: string;
  start: number;
  end: number;
  /** Interval the figure allows: "over 10,000" → [10000, Infinity); "some 11,000" → about [9900, 12100]. */
  low: number;
  high: number;
  /** The value written, e.g. 11000. */
  value: number;
  /** Lemma of the counted noun ("soldier", "troop", "casualty", "kilometre"), or null. */
  unit: string | null;
  /** Words that widen or narrow what is counted ("including the North Korean contingent"), or null. */
  scope: string | null;
};

export function extractQuantities(_sentence: string): Quantity[] {
  return [];
}

/** How two figures relate when they may count the same thing. */
export type QuantityRelation = 'compatible' | 'conflict' | 'incomparable';

export function compareQuantities(_a: Quantity, _b: Quantity): QuantityRelation {
  return 'incomparable';
}
