/**
 * The clauses of a long sentence. News writing packs several facts into one sentence ("X confirmed the
 * troops are fighting, noting that language will be a challenge"), and another outlet often states
 * just one of them on its own. Matching clause against sentence lets that one fact meet its
 * restatement without the rest of the sentence diluting the overlap.
 */
import type { Token } from './tokenize';

export type Clause = { text: string; keys: string[] };

/** Words that open a new clause after a comma: conjunctions, relatives, participles of reporting. */
const OPENER = /^(and|but|while|whereas|which|who|whom|where|when|as|after|before|because|although|though|since|so|yet|noting|saying|adding|stressing|warning|according|citing|amid|despite|following)$/i;
/**
 * Fewest content keys a clause needs to stand on its own; shorter pieces join their neighbour. A
 * clause of four or five words shares a pair of rare words with too much ("critical skills for front
 * line operations" / "glum news from the front line"). On dev, 4/5/6/7 gave corroboration F1
 * 83.3/84.3/85.4/84.1.
 */
export const MIN_CLAUSE_KEYS = 6;

/**
 * The sentence's clauses with their content keys, or [] when it has fewer than two that stand on
 * their own. Boundaries are semicolons, colons and dashes, and commas before a clause-opening word.
 * Quotation marks, brackets and commas inside lists ("interoperability, the language barrier,
 * command and control") do not split.
 */
export function splitClauses(text: string, tokens: Token[]): Clause[] {
  const cuts = new Set<number>();
  // A colon only before a space: "10:30" is a time, not a clause break.
  const BREAK = /\s*(?:;|:(?=\s)|\s[—–-]\s|—)\s*|,\s*["“”'‘’]?\s*(?=[A-Za-z]+)/g;
  for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) {
    const at = m.index + m[0].length;
    if (m[0].trimStart().startsWith(',')) {
      const next = /^[A-Za-z]+/.exec(text.slice(at))?.[0] ?? '';
      if (!OPENER.test(next)) continue;
    }
    cuts.add(m.index);
  }
  // "Concluded during a visit in June, this treaty provides…": an opening participle phrase ends at its comma.
  const opening = /^\s*(?:[A-Z][a-z]+ed|Signed|Held|Built|Known|Seen|Taken|Given|Drawn|Born)\b[^,;:]{8,120},/.exec(text);
  if (opening) cuts.add(opening[0].length - 1);
  const said = saidAfterLongAttribution(text, tokens);
  if (!cuts.size) return said ? [said] : [];
  const bounds = [0, ...[...cuts].sort((a, b) => a - b), text.length];
  const pieces: { start: number; end: number; keys: string[] }[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i]!;
    const end = bounds[i + 1]!;
    const keys = [...new Set(tokens.filter((t) => t.start >= start && t.end <= end && !t.stop && t.key.length > 1).map((t) => t.key))];
    pieces.push({ start, end, keys });
  }
  // A piece too short to state a fact ("Patel said") joins the clause before it, or the next one.
  const merged: typeof pieces = [];
  for (const p of pieces) {
    const prev = merged[merged.length - 1];
    if (prev && (p.keys.length < MIN_CLAUSE_KEYS || prev.keys.length < MIN_CLAUSE_KEYS)) {
      prev.end = p.end;
      prev.keys = [...new Set([...prev.keys, ...p.keys])];
    } else merged.push({ ...p });
  }
  const clauses = merged.length < 2 ? [] : merged.map((p) => ({ text: text.slice(p.start, p.end).replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, ''), keys: p.keys }));
  return said && !clauses.some((c) => c.text === said.text) ? [...clauses, said] : clauses;
}

/** Words of attribution at least this long bury what is said ("A senior official, who spoke on condition of anonymity, said …"). */
const LONG_ATTRIBUTION = 8;
const SAYS = /\s(?:said|says|told reporters|added|noted|explained|stressed)(?:\s+that)?\s+(?=[a-z"“])/;

/** What a long attribution says, as a clause of its own: "the North Korean units had so far been used mainly as infantry". */
function saidAfterLongAttribution(text: string, tokens: Token[]): Clause | null {
  const m = SAYS.exec(text);
  if (!m || text.slice(0, m.index).split(/\s+/).length < LONG_ATTRIBUTION) return null;
  const start = m.index + m[0].length;
  const keys = [...new Set(tokens.filter((t) => t.start >= start && !t.stop && t.key.length > 1).map((t) => t.key))];
  return keys.length < MIN_CLAUSE_KEYS ? null : { text: text.slice(start).replace(/[\s,;:—–.-]+$/, ''), keys };
}
