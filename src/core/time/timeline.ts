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

type Mark = { at: number; line: number; date: string | null; withYear?: boolean };

/**
 * For a timeline page, a function from a position in `text` to the ISO day the entry there is told as
 * of, or null outside the entries (the introduction, the closing paragraphs, a line that names its own
 * day) and for entries after the page's own day (a schedule). A page whose entries carry no year, by a
 * heading or their own, is no timeline. For any other page, a function that always gives null.
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
    marks.push({ at: m.index!, line: lineAt(m.index!), date: d?.from && d.from === d.to ? d.from : null, withYear: !!m[2] });
  }
  // A timeline dates its entries by year headings or by years of their own; entries after the page's
  // day are a schedule, not a record of what happened.
  if (entries < MIN_ENTRIES || (!years.length && !marks.some((m) => m.withYear))) return none;
  if (published) for (const m of marks) if (m.date && m.date > published.slice(0, 10)) m.date = null;
  // A year heading closes the entry before it.
  for (const y of years) marks.push({ at: y.at, line: lineAt(y.at), date: null });
  marks.sort((a, b) => a.at - b.at);
  return (at: number) => {
    const mark = marks.findLast((m) => m.at <= at);
    if (!mark?.date) return null;
    const line = lineAt(at);
    if (line - mark.line > CONTINUATION_LINES) return null;
    // A line below the entry that dates itself ("On Monday, …") is told as of the page, not the entry.
    if (line > mark.line && OWN_DAY.test(lineText(text, at))) return null;
    return mark.date;
  };
}

/** A day named in a line: a weekday, a month, or "today", "yesterday". */
const OWN_DAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|today|yesterday|(?:last|this) (?:week|month))\b\.?/;

/** The line holding a position. */
function lineText(text: string, at: number): string {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  const to = text.indexOf('\n', at);
  return text.slice(from, to < 0 ? text.length : to);
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
