/**
 * The publication date of an article that carries no date in its metadata: the dateline printed near
 * its top ("Published: 13 Nov. 2024, 09:12", "Posted on November 13, 2024 by Jane Doe",
 * "Updated 3:14 PM EST, Tue November 12, 2024"). Every temporal judgement (weekdays, "a week ago",
 * a situation that changed between reports) is made against it, so an undated page loses them all.
 *
 * The dates themselves are read by chrono-node (MIT), which knows far more written forms than a
 * hand-made pattern would; this module only decides which line is a dateline: a short line near the
 * top whose date is complete (day, month and year written out) and that says little else.
 */
import { strict as chrono } from 'chrono-node/en';

/** Lines from the top of the text that may hold the dateline (menus and headlines come first). */
export const DATELINE_LINES = 40;
/** Words a labelled dateline may hold besides its date and time ("Posted on … by Jane Doe"). */
const MAX_OTHER_WORDS = 8;
/** Words an unlabelled one may hold ("Jane Doe, March 2, 2024"). */
const MAX_UNLABELLED_WORDS = 3;
const MAX_LINE = 160;
const HEAD_CHARS = 20_000;
const UPDATED = /\b(updated?|modified|edited|revised)\b/i;
const PUBLISHED = /\b(published|posted|created|first\s+published|date[d:]?)\b/i;
const BYLINE = /\bby\b/i;
/** A line that is only a label, for the date on the next line. */
const LABEL_ONLY = /^(first\s+)?(published|posted|created|updated|last\s+updated|modified|date)\s*:?$/i;
/** "11/12/2024": day and month could be either way round, so the line says nothing for sure. */
const AMBIGUOUS_NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\b/;

export type Dateline = { date: string; line: string };

/**
 * The dateline of a text as an ISO date (YYYY-MM-DD), or null. A line labelled as the publication
 * ("Published", "Posted") wins over one labelled as an update; otherwise the first dateline counts.
 * A label alone on the line before ("Published" / "2 March 2024") labels the date below it.
 */
export function findDateline(texts: ReadonlyArray<string | null | undefined>): Dateline | null {
  let updated: Dateline | null = null;
  let plain: Dateline | null = null;
  let seen = 0;
  let label = '';
  for (const text of texts) {
    if (!text) continue;
    // The top of a huge page is enough, and splitting all of it would cost more than the rest.
    for (const raw of text.slice(0, HEAD_CHARS).split(/\n|\s[|•·]\s/)) {
      const line = raw.replace(/\s+/g, ' ').trim();
      if (!line) continue;
      if (++seen > DATELINE_LINES) return plain ?? updated;
      const labelOnly = LABEL_ONLY.test(line);
      const labelled = labelOnly ? '' : `${label} ${line}`;
      label = labelOnly ? line : '';
      const date = datelineDate(labelled);
      if (!date) continue;
      const found = { date, line };
      if (PUBLISHED.test(labelled) && !UPDATED.test(labelled.replace(PUBLISHED, ''))) return found;
      if (UPDATED.test(labelled) && !PUBLISHED.test(labelled)) updated ??= found;
      else plain ??= found;
    }
  }
  return plain ?? updated;
}

/**
 * The date of a line that is a dateline, or null when it is not one. A labelled line ("Published",
 * "Updated", "By") may hold a few more words; an unlabelled one must be nearly its date alone, so a
 * timeline entry ("24 February 2022: Russia invades Ukraine") is not taken for one. Of two dates
 * ("Updated 5 March 2024, first published 2 March 2024") the publication is taken; two dates without
 * labels are a span or a life ("1 October 1924 – 29 December 2024"), not a dateline.
 */
export function datelineDate(line: string): string | null {
  if (line.length > MAX_LINE + 40 || !/\d/.test(line)) return null;
  let results;
  try {
    results = chrono.parse(line, new Date(Date.UTC(2000, 0, 1)));
  } catch {
    return null;
  }
  const isFull = (r: (typeof results)[number]) => r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day');
  // "February 28, 1998; 18 years ago" is a fact box's date, not when the page was written.
  // A span ("1 October 1924 – 29 December 2024") is a life or a period, never a dateline.
  if (results.some((r) => isRelative(r.text) || (isFull(r) && ambiguous(r.text)) || r.end)) return null;
  const fulls = results.filter(isFull);
  if (!fulls.length) return null;
  const labelled = PUBLISHED.test(line) || UPDATED.test(line) || BYLINE.test(line);
  let full = fulls[0]!;
  if (fulls.length > 1) {
    const before = (r: (typeof results)[number]) => line.slice(Math.max(0, r.index - 30), r.index);
    const published = fulls.find((r) => PUBLISHED.test(before(r)));
    const notUpdate = fulls.find((r) => !UPDATED.test(before(r)));
    if (published) full = published;
    else if (UPDATED.test(line) && notUpdate) full = notUpdate;
    else return null;
  }
  // What the line says besides its dates and times: a label and perhaps a byline.
  let rest = line;
  for (const r of results) rest = rest.replace(r.text, ' ');
  const words = rest.match(/\p{L}[\p{L}'’.-]*/gu) ?? [];
  if (words.length > (labelled ? MAX_OTHER_WORDS : MAX_UNLABELLED_WORDS)) return null;
  const y = full.start.get('year');
  const m = full.start.get('month');
  const d = full.start.get('day');
  if (y === null || m === null || d === null || y < 1900 || y > 2200) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function isRelative(text: string): boolean {
  return /\b(ago|today|yesterday|tomorrow|tonight|now|last|next|this)\b/i.test(text);
}

/** "11/12/2024", "11.12.2024 09:12": day and month could be either way round. */
function ambiguous(text: string): boolean {
  const m = AMBIGUOUS_NUMERIC.exec(text.trim());
  return m !== null && Number(m[1]) <= 12 && Number(m[2]) <= 12 && m[1] !== m[2];
}
