/**
 * Words of a sentence with offsets, stems, and country-level entities folded to one code
 * ("DPRK", "North Korean", "Pyongyang" → @PRK), so two outlets' wordings of one actor meet.
 */
import { stem } from './stem';
import { entityOf, mayOpenEntity } from './aliases';

export type Token = {
  /** The word as written. */
  raw: string;
  lower: string;
  /** Stem, or an entity code such as "@PRK". */
  key: string;
  start: number;
  end: number;
  /** Set when the token is (the head of) a gazetteer entity; multiword entities keep one token. */
  entity: string | null;
  stop: boolean;
};

const WORD = /\p{L}[\p{L}'’\-.]*\p{L}|\p{L}|\d[\d,.]*\d|\d/gu;

export const STOPWORDS = new Set(
  ('a an the and or but if then than that this these those there here of in on at to for from by with as into onto over ' +
    'under about after before during since until while also too very just only even still so such not no nor ' +
    'be am is are was were been being have has had having do does did done will would shall should can could may might must ' +
    'i me my we us our you your he him his she her it its they them their who whom whose which what when where why how ' +
    'all any both each few more most other some own same s t re ve ll d m o up out off down again further once ' +
    'said says say told tell added according per via amid among against between through within without ' +
    'one two three mr ms mrs dr new also however meanwhile additionally whilst amongst ' +
    // "for the first time", "at the time", "this time": news idiom that says when, never what.
    'time ' +
    // Nouns that stand for anything: "one thing", "how things proceed".
    'thing things something anything everything ' +
    // Contracted negations are function words like "not"; negation is read by sentenceFeatures.
    "don't doesn't didn't isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't cannot couldn't shouldn't mustn't").split(/\s+/),
);

function normalise(raw: string): string {
  return raw.replace(/’/g, "'").replace(/\.$/, '');
}

export function tokenize(text: string): Token[] {
  const words: { raw: string; start: number; end: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let raw = m[0];
    // Keep the dot of an abbreviation such as "U.S." but not a sentence's full stop after a word.
    if (!/^([A-Za-z]\.)+[A-Za-z]$/.test(raw)) raw = raw.replace(/\.+$/, '');
    words.push({ raw, start: m.index, end: m.index + raw.length });
  }
  const out: Token[] = [];
  for (let i = 0; i < words.length; i++) {
    let matched = false;
    for (let n = mayOpenEntity(words[i]!.raw) ? 4 : 0; n >= 1 && !matched; n--) {
      if (i + n > words.length) continue;
      const span = words.slice(i, i + n);
      const entity = entityOf(span.map((w) => w.raw));
      if (!entity) continue;
      const first = span[0]!;
      const last = span[n - 1]!;
      out.push({
        raw: text.slice(first.start, last.end),
        lower: text.slice(first.start, last.end).toLowerCase(),
        key: '@' + entity,
        start: first.start,
        end: last.end,
        entity,
        stop: false,
      });
      i += n - 1;
      matched = true;
    }
    if (matched) continue;
    const w = words[i]!;
    const lower = normalise(w.raw).toLowerCase().replace(/'s$/, '');
    out.push({ raw: w.raw, lower, key: /^\d/.test(lower) ? lower.replace(/,/g, '') : stem(lower), start: w.start, end: w.end, entity: null, stop: STOPWORDS.has(lower) });
  }
  return out;
}

/** Distinct content keys (stems and entity codes) of a text, stopwords dropped. */
export function contentKeys(text: string): string[] {
  return [...new Set(tokenize(text).filter((t) => !t.stop && t.key.length > 1).map((t) => t.key))];
}
