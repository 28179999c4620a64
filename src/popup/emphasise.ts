/**
 * Splits a text into plain and emphasised pieces so the UI can wrap the part that differs
 * (the number, the date, the swapped actor) in <mark> without ever parsing the text as markup.
 */

/** A run of text, emphasised or not. */
export type Piece = { text: string; marked: boolean };

/**
 * The text cut at the first occurrence of each span. A span is matched exactly first, then
 * ignoring case, because engines normalise case when they compare; a span that is absent
 * (the engine may quote a normalised form) is ignored rather than guessed at.
 */
export function emphasise(text: string, spans: readonly (string | undefined)[]): Piece[] {
  const ranges: [number, number][] = [];
  for (const span of spans) {
    if (!span || !span.trim()) continue;
    let at = text.indexOf(span);
    if (at < 0) at = text.toLowerCase().indexOf(span.toLowerCase());
    if (at >= 0) ranges.push([at, at + span.length]);
  }
  if (ranges.length === 0) return text ? [{ text, marked: false }] : [];
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  const pieces: Piece[] = [];
  let pos = 0;
  for (const [from, to] of merged) {
    if (from > pos) pieces.push({ text: text.slice(pos, from), marked: false });
    pieces.push({ text: text.slice(from, to), marked: true });
    pos = to;
  }
  if (pos < text.length) pieces.push({ text: text.slice(pos), marked: false });
  return pieces;
}
