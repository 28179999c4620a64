/**
 * The pure quote matcher (Hypothesis's `match-quote`, reduced to what a sentence of the same page needs):
 * normalised strings in, one scored position out. No DOM.
 *
 * Tiers, cheapest first, each preferring the occurrence nearest the position hint so repeated
 * sentences land in order:
 *   1. exact, on text folded by `normalizeText` (whitespace, quotes, dashes, invisible characters);
 *   2. loose, with spaces removed and ASCII case folded (a space lost or gained at inline markup);
 *   3. fuzzy, with `approx-string-match` (Myers' bit-parallel edit distance) in a window after the hint,
 *      for text Readability or the page changed a little (a footnote marker, an edited word).
 */
import search from 'approx-string-match';
import { compactText } from './normalize-text';

export type MatchTier = 'exact' | 'loose' | 'fuzzy';

/** A match in the normalised text: [start, end), with its edit distance and how it was found. */
export type QuoteMatch = { start: number; end: number; errors: number; tier: MatchTier };

/** Normalised page text, with the loose view built on first use (it costs a pass over the page). */
export class Haystack {
  private compactView: { text: string; map: Int32Array } | null = null;
  constructor(readonly text: string) {}

  get compact(): { text: string; map: Int32Array } {
    this.compactView ??= compactText(this.text);
    return this.compactView;
  }
}

export type MatchOptions = {
  /** Offset in the normalised text where the quote is expected to start (usually just after the previous one). */
  hint?: number;
  /** Try the fuzzy tier (off for quotes used only to keep position). */
  fuzzy?: boolean;
  /** False for a span already taken by another quote, so that repeated sentences take distinct occurrences. */
  isFree?: (start: number, end: number) => boolean;
};

/** Fuzzy matching below this length finds too many wrong places. */
const MIN_FUZZY_LENGTH = 20;
/** Above this length a quote is not matched fuzzily: Myers' cost grows with the allowed errors (a 100k-character "sentence" would block for seconds). */
const MAX_FUZZY_LENGTH = 1500;
/** Share of the quote's characters that may differ in a fuzzy match. */
const FUZZY_ERROR_RATE = 0.15;
/** Beyond this size the fuzzy tier only searches a window after the hint: Myers is O(n·k/32). */
const FULL_FUZZY_LIMIT = 300_000;
/** How many occurrences of one quote are tried before giving up (pathological repeated text). */
const MAX_TRIES = 200;

const always = () => true;

/** Nearest free occurrence of `needle` at or after `from`, else nearest before it. */
function nearestOccurrence(text: string, needle: string, from: number, isFree: (s: number, e: number) => boolean): number {
  let tries = 0;
  for (let p = text.indexOf(needle, from); p >= 0 && tries < MAX_TRIES; p = text.indexOf(needle, p + 1), tries++) {
    if (isFree(p, p + needle.length)) return p;
  }
  tries = 0;
  for (let p = from > 0 ? text.lastIndexOf(needle, from - 1) : -1; p >= 0 && tries < MAX_TRIES; p = p > 0 ? text.lastIndexOf(needle, p - 1) : -1, tries++) {
    if (isFree(p, p + needle.length)) return p;
  }
  return -1;
}

/** First index i with map[i] >= value (map is increasing). */
function lowerBound(map: Int32Array, value: number): number {
  let lo = 0;
  let hi = map.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (map[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function trimSpaces(text: string, start: number, end: number): [number, number] {
  while (start < end && text.charCodeAt(start) === 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) === 0x20) end--;
  return [start, end];
}

/**
 * Where an already-normalised quote stands in the haystack, or null. Never throws on any input.
 */
export function matchQuote(hay: Haystack, quote: string, opts: MatchOptions = {}): QuoteMatch | null {
  const text = hay.text;
  if (!quote || !text) return null;
  const hint = Math.max(0, Math.min(opts.hint ?? 0, text.length));
  const isFree = opts.isFree ?? always;

  const exact = nearestOccurrence(text, quote, hint, isFree);
  if (exact >= 0) return { start: exact, end: exact + quote.length, errors: 0, tier: 'exact' };

  const compactQuote = compactText(quote).text;
  if (compactQuote) {
    const compact = hay.compact;
    const cHint = lowerBound(compact.map, hint);
    const freeInText = (s: number, e: number) => isFree(compact.map[s]!, compact.map[e - 1]! + 1);
    const loose = nearestOccurrence(compact.text, compactQuote, cHint, freeInText);
    if (loose >= 0) {
      return { start: compact.map[loose]!, end: compact.map[loose + compactQuote.length - 1]! + 1, errors: 0, tier: 'loose' };
    }
  }

  if (!opts.fuzzy || quote.length < MIN_FUZZY_LENGTH || quote.length > MAX_FUZZY_LENGTH) return null;
  const maxErrors = Math.floor(quote.length * FUZZY_ERROR_RATE);
  const windows: Array<[number, number]> = [[Math.max(0, hint - 200), Math.min(text.length, hint + quote.length * 3 + 5000)]];
  if (text.length <= FULL_FUZZY_LIMIT) windows.push([0, text.length]);
  for (const [from, to] of windows) {
    let best: QuoteMatch | null = null;
    let bestDistance = Infinity;
    for (const m of search(text.slice(from, to), quote, maxErrors)) {
      const [start, end] = trimSpaces(text, from + m.start, from + m.end);
      if (end <= start || !isFree(start, end)) continue;
      const distance = Math.abs(start - hint);
      if (!best || m.errors < best.errors || (m.errors === best.errors && distance < bestDistance)) {
        best = { start, end, errors: m.errors, tier: 'fuzzy' };
        bestDistance = distance;
      }
    }
    if (best) return best;
  }
  return null;
}
