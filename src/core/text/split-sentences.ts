// STUB (signature is final; the text engineer replaces the body).
import type { Sentence } from '../types';

/** Sentences of a text with their offsets; robust to abbreviations ("U.S.", "Maj. Gen.", "Oct."), quotes and numbers. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?]+[.!?]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ text: body, start: m.index + lead, end: m.index + lead + body.length });
  }
  return out;
}
