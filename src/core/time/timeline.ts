/**
 * A timeline page ("Here are key events:", then "2024", then "Nov. 4 - Ukraine says …") tells each entry
 * as of its own day, not as of the day the page was published. This module finds such entries and
 * gives, for a position in the text, the day the entry there is told as of.
 */
import { resolveDates } from './resolve-dates';

/** A year standing alone on its line: the heading of a timeline's year. */
const YEAR_HEADING = /^[ \t]*((?:19|20)\d\d)[ \t]*:?[ \t]*$/gm;
/** A line that opens with a day and a dash or colon: "Nov. 4 - …", "March 13: …", "Oct 30, 2024 — …". */
const ENTRY = /^[ \t]*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2})(?:,?[ \t]+((?:19|20)\d\d))?[ \t]*[-–—:][ \t]/gm;
/** Fewer dated lines than this are a story that happens to open a line with a day, not a timeline. */
const MIN_ENTRIES = 3;
/** Lines after an entry that still belong to it ("The Kremlin again declines to comment."). */
const CONTINUATION_LINES = 2;

type Mark = { at: number; line: number; date: string | null };

/**
 * For a timeline page, a function from a position in `text` to the ISO day the entry there is told as
 * of, or null outside the entries (the introduction, the closing paragraphs). For any other page, a
 * function that always gives null.
 */
export function timelineDates(text: string, published: string | null): (at: number) => string | null {
  const none = () => null;
  if (typeof text !== 'string' || text.length > 2_000_000) return none;
  const lineAt = lineIndex(text);
  const years: { at: number; year: string }[] = [];
  for (const m of text.matchAll(YEAR_HEADING)) years.push({ at: m.index!, year: m[1]! });
  const marks: Mark[] = [];
  let entries = 0;
  for (const m of text.matchAll(ENTRY)) {
    entries++;
    const heading = years.findLast((y) => y.at < m.index!);
    const year = m[2] ?? heading?.year;
    const [d] = resolveDates(year ? `${m[1]}, ${year}` : m[1]!, published);
    marks.push({ at: m.index!, line: lineAt(m.index!), date: d?.from && d.from === d.to ? d.from : null });
  }
  if (entries < MIN_ENTRIES) return none;
  // A year heading closes the entry before it.
  for (const y of years) marks.push({ at: y.at, line: lineAt(y.at), date: null });
  marks.sort((a, b) => a.at - b.at);
  return (at: number) => {
    const mark = marks.findLast((m) => m.at <= at);
    if (!mark?.date) return null;
    return lineAt(at) - mark.line <= CONTINUATION_LINES ? mark.date : null;
  };
}

/** The index of the non-empty line holding a position. */
function lineIndex(text: string): (at: number) => number {
  const starts: number[] = [];
  const re = /[^\n]*\S[^\n]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index);
  return (at: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}
