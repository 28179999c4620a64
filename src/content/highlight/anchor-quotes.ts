/**
 * Anchors a whole article's sentences, in order, in the page's normalised text. Pure: no DOM.
 *
 * The sentences come in reading order, so each one is searched from where the previous one ended: a
 * sentence that occurs twice ("Police declined to comment.") takes its occurrences in turn, and a
 * claim that is only kept for position (a unique statement with no highlight) still moves the cursor,
 * so a highlighted repeat after it lands on the right occurrence.
 */
import { Haystack, matchQuote, type QuoteMatch } from './match-quote';
import { normalizeText } from './normalize-text';

export type AnchorQuotesOptions = {
  /** Whether quote i is to be highlighted (gets the fuzzy tier); others only keep the position. */
  needed: (index: number) => boolean;
  /** Quotes whose place is already known (highlighted in an earlier round): kept as they are. */
  fixed?: (index: number) => readonly [number, number] | undefined;
  /** Called between quotes; resolves when the caller has let the page breathe. */
  pause?: () => Promise<void> | null;
};

/** Disjoint spans kept sorted by start, to refuse a second highlight on text already taken. */
export class SpanSet {
  private starts: number[] = [];
  private ends: number[] = [];

  constructor(spans: Array<[number, number]> = []) {
    for (const [s, e] of spans) this.add(s, e);
  }

  private upper(value: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! <= value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  isFree(start: number, end: number): boolean {
    const i = this.upper(start);
    if (i > 0 && this.ends[i - 1]! > start) return false;
    return !(i < this.starts.length && this.starts[i]! < end);
  }

  add(start: number, end: number): void {
    const i = this.upper(start);
    this.starts.splice(i, 0, start);
    this.ends.splice(i, 0, end);
  }
}

export async function anchorQuotes(text: string, quotes: readonly string[], opts: AnchorQuotesOptions): Promise<Array<QuoteMatch | null>> {
  const hay = new Haystack(text);
  const taken = new SpanSet();
  for (let i = 0; i < quotes.length; i++) {
    const known = opts.fixed?.(i);
    if (known) taken.add(known[0], known[1]);
  }
  const isFree = (s: number, e: number) => taken.isFree(s, e);
  const out: Array<QuoteMatch | null> = [];
  let cursor = 0;
  for (let i = 0; i < quotes.length; i++) {
    const wait = opts.pause?.();
    if (wait) await wait;
    const known = opts.fixed?.(i);
    if (known) {
      out.push({ start: known[0], end: known[1], errors: 0, tier: 'exact' });
      cursor = known[1];
      continue;
    }
    const quote = normalizeText(quotes[i] ?? '');
    const m = matchQuote(hay, quote, { hint: cursor, fuzzy: opts.needed(i), isFree });
    out.push(m);
    if (m) {
      taken.add(m.start, m.end);
      cursor = m.end;
    }
  }
  return out;
}
