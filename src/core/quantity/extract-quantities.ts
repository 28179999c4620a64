/**
 * Figures in news sentences as intervals, so that "over 10,000 soldiers" and "some 11,000 troops" can be
 * told apart from "50,000 troops, including the North Korean contingent".
 *
 * A small hand-written parser rather than `compromise` (about 377 kB minified, measured with esbuild)
 * or `words-to-numbers`: the engine runs in the extension's background script, and what it needs is
 * narrow but specific to news copy — hedges turned into intervals, vague amounts ("several hundred"),
 * the counted noun and its scope, and refusing years, dates, ordinals and identifiers
 * ("Resolution 2270"). No library gives the hedge intervals; each would need this layer on top anyway.
 *
 * Hedge bands (documented so the matcher and the tests agree):
 * - "over / more than / above / exceeding N" → [N, ∞) (open lower bound, reported as low = N);
 * - "at least / no fewer than N" → [N, ∞);
 * - "up to / as many as / at most / no more than N" → [0, N];
 * - "fewer than / less than / under / below N" → [0, N] (open upper bound, reported as high = N);
 * - "about / some / approximately / around / roughly / an estimated / N or so" → N ± 10%;
 * - "nearly / almost / close to / just under N" → [0.9 N, N]; "just over N" → [N, 1.1 N];
 * - "nearer / closer to N" → N ± 10%, like "about";
 * - a bare figure is a point [N, N];
 * - vague amounts: "several hundred" [200, 900], "a few hundred" [200, 500], "hundreds" [200, 999],
 *   "thousands" [2,000, 9,999], "tens of thousands" [20,000, 99,999], "dozens" [24, 99].
 */

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
  /**
   * What happened to what is counted, when the sentence says so next to the figure: "killed" for
   * killed/dead/died, "wounded" for wounded/injured, "missing", "captured". Two figures with different
   * events never count the same thing ("10,000 troops deployed" vs "100 troops killed").
   */
  event?: string | null;
};

/** How two figures relate when they may count the same thing. */
export type QuantityRelation = 'compatible' | 'conflict' | 'incomparable';

type Token = { text: string; lower: string; start: number; end: number; kind: 'num' | 'word' | 'punct' };

const SMALL: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
// South Asian English counts in lakhs (100,000) and crores (10 million): "one lakh troops", "3 crore rupees".
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12 };
const SUFFIX_SCALE: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12 };
/** Plural vague amounts: "thousands of troops". */
const VAGUE_PLURAL: Record<string, [number, number]> = {
  dozens: [24, 99], scores: [40, 200], hundreds: [200, 999], thousands: [2000, 9999], millions: [2e6, 999e6], billions: [2e9, 999e9],
};
/** Multipliers of a scale word: "several hundred" → [2, 9] × 100 (the brief's [200, 900]). */
const VAGUE_MULT: Record<string, [number, number]> = { several: [2, 9], 'a few': [2, 5], few: [2, 5], 'a couple of': [2, 3], 'a couple': [2, 3] };

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** Nouns that label an identifier rather than count something: "Resolution 2270", "Flight 17", "Unit 707". */
const LABELS = new Set(['resolution', 'resolutions', 'article', 'articles', 'section', 'sections', 'chapter', 'no', 'nos', 'number', 'flight',
  'route', 'highway', 'road', 'unit', 'brigade', 'division', 'regiment', 'battalion', 'room', 'gate', 'platform', 'line', 'page', 'pages',
  'table', 'figure', 'fig', 'bill', 'amendment', 'item', 'terminal', 'district', 'zone', 'block', 'channel', 'model', 'version', 'level',
  'category', 'grade', 'class', 'volume', 'vol', 'episode', 'season', 'phase', 'stage', 'exit', 'code', 'decree', 'order', 'law', 'protocol',
  'paragraph', 'clause', 'case', 'file', 'building', 'apartment', 'suite', 'floor', 'tier', 'group', 'covid', 'su', 'mig', 'f', 'type', 'mark']);
const YEAR_CUES = new Set(['in', 'since', 'by', 'from', 'until', 'till', 'of', 'during', 'before', 'after', 'year', 'early', 'late', 'mid',
  'summer', 'winter', 'spring', 'autumn', 'fall', 'through', 'to', 'and', 'or', 'the', 'between']);

type Hedge = { words: string[]; band: (v: number) => [number, number] };
const APPROX = (v: number): [number, number] => [v * 0.9, v * 1.1];
/** Longest first so "no more than" wins over "more than". */
const HEDGES: Hedge[] = ([
  ['no more than', (v) => [0, v]], ['not more than', (v) => [0, v]], ['no fewer than', (v) => [v, Infinity]],
  ['no less than', (v) => [v, Infinity]], ['not less than', (v) => [v, Infinity]], ['a minimum of', (v) => [v, Infinity]],
  ['a maximum of', (v) => [0, v]], ['in excess of', (v) => [v, Infinity]], ['upwards of', (v) => [v, Infinity]],
  ['more than', (v) => [v, Infinity]], ['greater than', (v) => [v, Infinity]], ['at least', (v) => [v, Infinity]],
  ['up to', (v) => [0, v]], ['as many as', (v) => [0, v]], ['as much as', (v) => [0, v]], ['at most', (v) => [0, v]],
  ['fewer than', (v) => [0, v]], ['less than', (v) => [0, v]], ['just under', (v) => [v * 0.9, v]], ['just over', (v) => [v, v * 1.1]],
  ['close to', (v) => [v * 0.9, v]], ['something like', APPROX], ['in the region of', APPROX], ['in the order of', APPROX], ['closer to', APPROX], ['nearer to', APPROX], ['nearer', APPROX], ['an estimated', APPROX], ['some', APPROX], ['about', APPROX], ['approximately', APPROX],
  ['approx', APPROX], ['around', APPROX], ['roughly', APPROX], ['estimated', APPROX], ['circa', APPROX], ['nearly', (v) => [v * 0.9, v]],
  ['almost', (v) => [v * 0.9, v]], ['over', (v) => [v, Infinity]], ['above', (v) => [v, Infinity]], ['exceeding', (v) => [v, Infinity]],
  ['under', (v) => [0, v]], ['below', (v) => [0, v]], ['~', APPROX],
] as [string, (v: number) => [number, number]][])
  .map(([w, band]) => ({ words: w.split(' '), band }))
  .sort((a, b) => b.words.length - a.words.length);

/**
 * Small synonym classes of counted nouns. A figure of "soldiers" and one of "troops" count the same
 * thing; "casualties" (killed and wounded) is kept apart from "dead".
 */
const UNIT_CLASS: Record<string, string> = {
  soldier: 'troop', troop: 'troop', personnel: 'troop', force: 'troop', serviceman: 'troop', servicemen: 'troop', fighter: 'troop',
  servicemember: 'troop', service_member: 'troop', recruit: 'troop', mercenary: 'troop', man: 'troop',
  person: 'person', people: 'person', individual: 'person', resident: 'person', civilian: 'civilian',
  death: 'killed', dead: 'killed', killed: 'killed', fatality: 'killed', died: 'killed', body: 'killed',
  injured: 'wounded', wounded: 'wounded', injury: 'wounded',
  km: 'kilometre', kilometre: 'kilometre', kilometer: 'kilometre', mile: 'mile',
  'square kilometre': 'square kilometre', 'square kilometer': 'square kilometre', 'square km': 'square kilometre', km2: 'square kilometre',
  dollar: 'dollar', usd: 'dollar', euro: 'euro', percent: 'percent', 'per cent': 'percent', 'percentage point': 'percentage point',
};

/** American spellings of units, read as the British ones so "40 square kilometers" and "30 square kilometres" are one unit. */
const SPELLING: Record<string, string> = { kilometer: 'kilometre', meter: 'metre', centimeter: 'centimetre', millimeter: 'millimetre', liter: 'litre' };

const IRREGULAR: Record<string, string> = {
  people: 'people', personnel: 'personnel', servicemen: 'serviceman', children: 'child', men: 'man', women: 'woman', casualties: 'casualty',
  fatalities: 'fatality', injuries: 'injury', countries: 'country', deaths: 'death', lives: 'life', tanks: 'tank', kilometres: 'kilometre',
  kilometers: 'kilometer', metres: 'metre', meters: 'meter', militias: 'militia', series: 'series', news: 'news', species: 'species',
  data: 'data', media: 'media', police: 'police', aircraft: 'aircraft', crew: 'crew', staff: 'staff', killed: 'killed', dead: 'dead',
  wounded: 'wounded', injured: 'injured', missing: 'missing', bodies: 'body',
};

/** Words between a figure and its noun that only describe it: "10,000 heavily armed troops". */
const MODIFIER = /^(more|additional|extra|other|new|further|armed|heavily|elite|regular|active|foreign|enemy|allied|special|fresh|young|local|combat|ground|front-line|frontline|military|government|army|rebel|reserve|total|most|only|all|just|about|nearly|some)$|(ed|ing|ian|ese|ish|an|ic|al|ive|ary|ern)$/;
const FUNCTION = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'that', 'which',
  'who', 'were', 'was', 'are', 'is', 'be', 'been', 'have', 'has', 'had', 'will', 'would', 'could', 'than', 'per', 'into', 'each', 'times',
  'its', 'their', 'his', 'her', 'them', 'they', 'it', 'this', 'these', 'those', 'there', 'said', 'says', 'over', 'less', 'out', 'up']);
const EVENT: [RegExp, string][] = [
  [/^(killed|dead|died|die|dying|deaths?|fatalities|slain|perished|lost their lives)$/, 'killed'],
  [/^(wounded|injured|hurt|injuries)$/, 'wounded'],
  [/^(missing)$/, 'missing'],
  [/^(captured|detained|arrested|taken)$/, 'captured'],
];
const RATE = /^(a|per|each|every)\s+(day|week|month|year|hour|minute|second)$|^(daily|weekly|monthly|annually|yearly|hourly)$/;

/**
 * A number as written: "1,200", "3.5", and ".20 parts per million" (a decimal without its leading
 * zero, when no letter, digit or dot stands before it). The tokenizer and statedInterval read the same.
 */
// South Asian grouping too: "1,50,000" is 150,000.
const NUMERAL = String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?<![\p{L}\d.])\.\d+`;
const FIRST_NUMERAL = new RegExp(NUMERAL, 'u');

function tokenize(s: string): Token[] {
  const out: Token[] = [];
  const re = new RegExp(`${NUMERAL}|[\\p{L}][\\p{L}\\p{M}'’]*(?:-[\\p{L}\\p{M}'’]+)*|\\S`, 'gu');
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const text = m[0];
    const kind = /^\.?\d/.test(text) ? 'num' : /^\p{L}/u.test(text) ? 'word' : 'punct';
    out.push({ text, lower: text.toLowerCase(), start: m.index, end: m.index + text.length, kind });
  }
  return out;
}

/** A counted noun in the singular, as units are named ("soldiers" → "soldier", "casualties" → "casualty"). */
export function singular(word: string): string {
  const w = word.toLowerCase().replace(/[’']s$/, '');
  if (IRREGULAR[w]) return IRREGULAR[w]!;
  if (/ies$/.test(w) && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(ss|us|is)$/.test(w)) return w;
  if (/(ches|shes|xes|sses)$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}

/** Parse a spelt-out number starting at token i: "ten", "twenty-five", "ten-thousand", "a thousand", "two hundred and fifty". */
function parseWords(tokens: Token[], i: number): { value: number; next: number } | null {
  let total = 0;
  let current = 0;
  let seen = false;
  let k = i;
  const first = tokens[i];
  if (!first || first.kind !== 'word') return null;
  if ((first.lower === 'a' || first.lower === 'an') && SCALE[tokens[i + 1]?.lower ?? ''] !== undefined) {
    current = 1;
    seen = true;
    k = i + 1;
  }
  const apply = (w: string): boolean => {
    if (SMALL[w] !== undefined) {
      if (current % 100 !== 0 && current !== 0 && SMALL[w]! >= 10) return false; // "five twenty" is not a number
      current += SMALL[w]!;
      seen = true;
      return true;
    }
    if (SCALE[w] !== undefined && seen) {
      const sc = SCALE[w]!;
      if (sc >= 1000) { total += (current || 1) * sc; current = 0; } else current = (current || 1) * sc;
      return true;
    }
    return false;
  };
  for (; tokens[k]; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') break;
    if (t.lower === 'and' && seen && current % 100 === 0 && (current > 0 || total > 0) && SMALL[tokens[k + 1]?.lower.split('-')[0] ?? ''] !== undefined) continue;
    const parts = t.lower.split('-');
    const saved = [total, current, seen] as const;
    if (!parts.every(apply)) {
      [total, current, seen] = saved;
      break;
    }
    if (t.lower === 'dozen') { k++; break; }
  }
  if (!seen || k === i) return null;
  if (tokens[k - 1]?.lower === 'and') k--;
  return { value: total + current, next: k };
}

/** Where the words before a figure end: a currency sign written against the number ("$65") is skipped. */
function wordsEndBefore(tokens: Token[], i: number): number {
  const prev = tokens[i - 1];
  return prev && prev.kind === 'punct' && CURRENCY[prev.text] && prev.end === tokens[i]?.start ? i - 1 : i;
}

function hedgeBefore(tokens: Token[], at: number): { band: Hedge['band']; from: number } | null {
  // "some $65 billion", "about $220,000": the hedge stands before the currency sign.
  const i = wordsEndBefore(tokens, at);
  for (const h of HEDGES) {
    const n = h.words.length;
    if (i - n < 0) continue;
    let ok = true;
    for (let k = 0; k < n; k++) if (tokens[i - n + k]!.lower.replace(/\.$/, '') !== h.words[k]) { ok = false; break; }
    if (ok) return { band: h.band, from: i - n };
  }
  return null;
}

function isYear(tokens: Token[], i: number, value: number): boolean {
  const t = tokens[i]!;
  if (!/^\d{4}$/.test(t.text) || value < 1500 || value > 2199) return false;
  const prev = tokens[i - 1]?.lower;
  const next = tokens[i + 1];
  if (prev && (YEAR_CUES.has(prev) || MONTHS.has(prev) || prev === ',' && MONTHS.has(tokens[i - 3]?.lower ?? ''))) return true;
  // "2,000 troops" is written with a comma; a four-digit figure followed by a counted noun is rare but real.
  if (next && next.kind === 'word' && /s$/.test(next.lower) && !MONTHS.has(next.lower) && hedgeBefore(tokens, i) !== null) return false;
  return true;
}

function isDateOrTime(s: string, tokens: Token[], i: number, end: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[end];
  if (prev && MONTHS.has(prev.lower.replace(/\.$/, ''))) return true;
  // "Nov. 12": the abbreviation's full stop stands between the month and the day.
  if (prev?.text === '.' && prev.start === tokens[i - 2]?.end && MONTHS.has(tokens[i - 2]!.lower)) return true;
  if (prev?.lower === 'the' && tokens[i - 2] && MONTHS.has(tokens[i - 2]!.lower)) return true;
  if (next && MONTHS.has(next.lower) && tokens[i]!.kind === 'num' && Number(tokens[i]!.text) <= 31) return true;
  // "the 4 of December", "the day 26 of April": a day of the month, as translated copy writes it.
  if (next?.lower === 'of' && tokens[end + 1] && MONTHS.has(tokens[end + 1]!.lower) && tokens[i]!.kind === 'num' && Number(tokens[i]!.text) <= 31) return true;
  if (next && next.start === tokens[end - 1]!.end && /^(st|nd|rd|th)$/i.test(next.text)) return true;
  const after = s.slice(tokens[end - 1]!.end, tokens[end - 1]!.end + 6);
  if (/^:\d/.test(after) || /^\s?(a\.m\.|p\.m\.|am\b|pm\b|gmt|utc|hrs)/i.test(after)) return true;
  const before = s.slice(Math.max(0, tokens[i]!.start - 1), tokens[i]!.start);
  if (before === ':' || before === '/') return true;
  if (/^\/\d/.test(after)) return true;
  return false;
}

/** An identifier: a label noun before the number, or a list that continues one ("Resolutions 1718, 1874, and 2270"). */
function isIdentifier(tokens: Token[], i: number): boolean {
  // Digits written against letters name a thing ("A320 jets", "G7", "F-16" is another matter): not a count.
  const before = tokens[i - 1];
  if (before && before.kind === 'word' && before.end === tokens[i]!.start) return true;
  let k = i - 1;
  while (k >= 0) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.text === '#') return true;
    if (LABELS.has(t.lower.replace(/\.$/, ''))) return tokens[k]!.text[0] !== tokens[k]!.text[0]!.toLowerCase() || t.lower.startsWith('resolution') || t.lower === 'no' || t.lower === 'number';
    if (t.kind === 'num' || t.text === ',' || t.lower === 'and' || t.lower === 'or' || t.text === '/') { k--; continue; }
    return false;
  }
  return false;
}

/** A body of troops whose size "of N" counts troops: "a force of 40,000", "an army of 200,000". */
const TROOP_BODY = /^(force|army|contingent|garrison|corps|division)$/;
/** What "N-strong" sizes when it counts troops: "a 12,000-strong contingent", "a 50k-strong grouping". */
const STRONG_BODY = /^(force|forces|army|contingent|garrison|corps|division|grouping|brigade|battalion|regiment|troops)$/;
/** A force that is no body of troops: "a police force of 40,000", "a labour force of 35 million". */
const CIVIL_BODY = /^(police|labour|labor|work|sales|task|volunteer|fire|security|border)$/;

function findUnit(tokens: Token[], j: number, allowOf: boolean): { unit: string | null; next: number } {
  let k = j;
  const t0 = tokens[k];
  if (!t0) return { unit: null, next: j };
  if (t0.text === '%' && t0.start === tokens[j - 1]?.end) return { unit: 'percent', next: k + 1 };
  if (t0.lower === 'percent' || t0.lower === 'pct') return { unit: 'percent', next: k + 1 };
  if (t0.lower === 'per' && tokens[k + 1]?.lower === 'cent') return { unit: 'percent', next: k + 2 };
  if (t0.lower === 'percentage' && /^points?$/.test(tokens[k + 1]?.lower ?? '')) return { unit: 'percentage point', next: k + 2 };
  if (allowOf && t0.lower === 'of') {
    k++;
    if (/^(its|their|his|her|our)$/.test(tokens[k]?.lower ?? '')) k++;
  }
  // Up to four words; an initial's full stop and a joining "and" do not count.
  for (let hops = 0; hops < 4 && tokens[k]; hops++, k++) {
    const t = tokens[k]!;
    // "N. Korean soldiers": the full stop of an initial is part of the modifier.
    if (t.text === '.' && k > j && t.start === tokens[k - 1]!.end && /^\p{Lu}$/u.test(tokens[k - 1]!.text)) {
      hops--;
      continue;
    }
    if (t.kind !== 'word') return { unit: null, next: j };
    const w = t.lower;
    if ((w === 'square' || w === 'sq') && tokens[k + 1]) {
      const n = singular(tokens[k + 1]!.lower);
      return { unit: `square ${n === 'km' ? 'kilometre' : (SPELLING[n] ?? n)}`, next: k + 2 };
    }
    // "Russian and North Korean troops": two modifiers joined by "and" qualify one noun.
    if (w === 'and' && k > j && /^\p{Lu}/u.test(tokens[k - 1]!.text) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) {
      hops--;
      continue;
    }
    const lemma = singular(w);
    if (UNIT_CLASS[lemma] || UNIT_CLASS[w]) return { unit: SPELLING[lemma] ?? lemma, next: k + 1 };
    if (FUNCTION.has(w)) return { unit: null, next: j };
    const capital = /^\p{Lu}/u.test(t.text) && !/^\p{Lu}[\p{Ll}]+s$/u.test(t.text);
    if (capital || (MODIFIER.test(w) && tokens[k + 1]?.kind === 'word' && !FUNCTION.has(tokens[k + 1]!.lower))) continue;
    // An unknown word is taken as the counted noun only when it looks like a plural noun ("tanks"),
    // not a verb ("fewer than 20 remain").
    if (lemma !== w || IRREGULAR[w]) return { unit: lemma, next: k + 1 };
    return { unit: null, next: j };
  }
  return { unit: null, next: j };
}

/** Words of a reported or supposed fact ("are believed to have died") that put the event further on. */
const REPORTED_HEDGE = /^(believed|thought|said|reported|feared|estimated|known|understood|presumed|confirmed)$/;

/** "killed", "wounded" ... within a few words after the noun: "100 soldiers were killed", "12 dead". */
function findEvent(tokens: Token[], k: number, unit: string | null): string | null {
  if (unit && UNIT_CLASS[unit] === 'killed') return 'killed';
  if (unit && UNIT_CLASS[unit] === 'wounded') return 'wounded';
  // "are believed to have died": a hedge puts the event a few words further on.
  const hedged = [0, 1, 2].some((n) => REPORTED_HEDGE.test(tokens[k + n]?.lower ?? ''));
  for (let n = 0; n < (hedged ? 7 : 4) && tokens[k + n]; n++) {
    const t = tokens[k + n]!;
    if (t.kind === 'punct' && t.text !== ',') break;
    for (const [re, ev] of EVENT) if (re.test(t.lower)) return ev;
  }
  return null;
}

/** "including the North Korean contingent", "in total", "a day": what widens, narrows or rates the count. */
function findScope(s: string, tokens: Token[], k: number): string | null {
  const rest = s.slice(tokens[k - 1]?.end ?? 0, (tokens[k - 1]?.end ?? 0) + 160);
  const inc = /^[\s,(—–-]*((?:including|excluding|not including|among them|of whom|of which|plus|besides)\b[^,.;:)—–]*)/i.exec(rest);
  if (inc) return inc[1]!.trim().replace(/\s+/g, ' ');
  // Postposed: "about 35,000 troops, North Korean units included, …" is "including North Korean units";
  // so is "some 15,000 troops, North Koreans among them, …".
  // …also after a short phrase that ends the clause: "massed 50,000 troops to push them out, North Koreans included;".
  // The included are people, named in the plural ("North Koreans", "reservists"), not a place ("Mali, Senegal included").
  // …or a body of them in the singular ("the North Korean contingent among them").
  const post = /^[^,.;:()—–]{0,30}?\s*[,(—–-]\s*((?:[\p{L}'’-]+\s+){0,3}(?:[\p{L}'’-]+s|contingent|force|battalion|brigade|regiment|division)\s+)(?:included|among them)\s*[,);.—–]/iu.exec(rest);
  if (post) return `including ${post[1]!.trim().replace(/\s+/g, ' ')}`;
  const rate = /^\s*(?:of\s+[\p{L}\s-]{1,30}?\s+)?((?:a|per|each|every)\s+(?:day|week|month|year|hour|minute)|daily|weekly|monthly|annually|yearly|hourly)\b/iu.exec(rest);
  if (rate && RATE.test(rate[1]!.toLowerCase())) return `per ${rate[1]!.toLowerCase().replace(/^(a|per|each|every)\s+/, '').replace(/ly$/, '').replace(/^dai$/, 'day').replace(/^annual$/, 'year')}`;
  if (/^\s*(in total|in all|altogether|combined|overall)\b/i.test(rest)) return 'total';
  return null;
}

/**
 * Figures in a sentence with their hedged interval, counted noun, event and scope. Years, dates, times,
 * ordinals and identifiers ("Resolution 2270", "Flight 17") are not figures. Never throws.
 */
export function extractQuantities(sentence: string): Quantity[] {
  if (typeof sentence !== 'string' || !sentence) return [];
  try {
    const s = sentence.length > 20_000 ? sentence.slice(0, 20_000) : sentence;
    return [...extract(s), ...numberedList(s)];
  } catch {
    return [];
  }
}

/**
 * Numbered items listed by their numbers count themselves: "Resolutions 1718, 1874 and 2270" are three
 * resolutions, to set against "five resolutions". Only plural nouns of numbered texts, and a full list.
 */
const NUMBERED_LIST = /\b((?:(?:UN|U\.N\.|EU|[A-Z][a-z]+)\s+){0,4})(Resolutions|Articles|Sections|Amendments|Chapters|Paragraphs|Clauses|Protocols|Directives|Bills)\s+(\d[\d./-]*(?:\s*,\s*\d[\d./-]*)*,?\s+(?:and|&)\s+\d[\d./-]*)\b(?!\s*(?:,|and)\s*\d)/g;

/** Whether a figure's words are such a list ("UN Security Council Resolutions 1718, 1874 and 2270"). */
export function isNumberedList(text: string): boolean {
  NUMBERED_LIST.lastIndex = 0;
  const m = NUMBERED_LIST.exec(text);
  NUMBERED_LIST.lastIndex = 0;
  return !!m && m.index === 0 && m[0].length === text.length;
}

function numberedList(s: string): Quantity[] {
  // "including Resolutions 1718 and 1874" names some of them only.
  // …nor do "Resolutions 1737, 1747 and 1803, among others" or "…, and 1929 tightened them".
  const partial = (m: RegExpMatchArray) => /\b(?:including|includes|include|such as|among them|among|notably|like|in particular|especially|e\.g\.)\s+(?:(?:the|UN|U\.N\.|Security|Council|[A-Z]\w*)\s+){0,4}$/.test(s.slice(Math.max(0, m.index! - 60), m.index!)) ||
    /^,?\s*(?:among others|and others|as well as|and more|etc|,\s*and\s+\d)/i.test(s.slice(m.index! + m[0].length)) || /,\s*and\s+\d/.test(s.slice(m.index! + m[0].length, m.index! + m[0].length + 40));
  return [...s.matchAll(NUMBERED_LIST)].filter((m) => !partial(m)).map((m) => {
    const n = m[3]!.split(/\s*,\s*|\s+(?:and|&)\s+/).filter((x) => /^\d/.test(x.replace(/^(?:and|&)\s+/, ''))).length;
    const text = m[0];
    return { text, start: m.index!, end: m.index! + text.length, low: n, high: n, value: n, unit: singular(m[2]!.toLowerCase()), scope: null, event: null };
  });
}

/** Words that can start a figure; any other word is skipped without further parsing. */
const STARTERS = new Set([...Object.keys(SMALL), 'a', 'an', 'tens', 'several', 'few', 'some', ...Object.keys(VAGUE_PLURAL)]);
const MAY_HAVE_FIGURE = /\d|\b(?:some|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|scores|tens)\b/i;

function extract(s: string): Quantity[] {
  if (!MAY_HAVE_FIGURE.test(s)) return [];
  const tokens = tokenize(s);
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let value: number | null = null;
    let band: [number, number] | null = null;
    let end = i + 1;
    let allowOf = false;
    let strong = false;

    if (t.kind === 'num') {
      value = Number(t.text.replace(/,/g, ''));
      const nx = tokens[end];
      if (nx && nx.kind === 'word' && SCALE[nx.lower] !== undefined && nx.lower !== 'dozen') { value *= SCALE[nx.lower]!; end++; }
      else if (nx && nx.kind === 'word' && nx.start === t.end && SUFFIX_SCALE[nx.lower] !== undefined) { value *= SUFFIX_SCALE[nx.lower]!; end++; }
      // "a 50k-strong grouping": the suffix and "-strong" in one word.
      else if (nx && nx.kind === 'word' && nx.start === t.end && /^[a-z]+-strong$/.test(nx.lower) && SUFFIX_SCALE[nx.lower.slice(0, -7)] !== undefined) {
        value *= SUFFIX_SCALE[nx.lower.slice(0, -7)]!;
        end++;
        strong = true;
      }
      else if (nx?.text === '-' && nx.start === t.end && tokens[end + 1]?.start === nx.end && SCALE[tokens[end + 1]!.lower] !== undefined && tokens[end + 1]!.lower !== 'dozen') {
        // "$85.6-million": the hyphenated spelling of "$85.6 million".
        value *= SCALE[tokens[end + 1]!.lower]!;
        end += 2;
      }
      // "a 12,000-strong contingent": the size of a body of troops.
      if (tokens[end]?.text === '-' && tokens[end]!.start === tokens[end - 1]!.end && tokens[end + 1]?.lower === 'strong') {
        end += 2;
        strong = true;
      }
      if (isYear(tokens, i, value) || isDateOrTime(s, tokens, i, end) || isIdentifier(tokens, i)) continue;
      // "more than 10,000 of its soldiers": a party's own, counted.
      if (tokens[end]?.lower === 'of' && /^(its|their|his|her|our)$/.test(tokens[end + 1]?.lower ?? '')) allowOf = true;
    } else if (t.kind === 'word') {
      const lower = t.lower;
      if (!STARTERS.has(lower) && !STARTERS.has(lower.split('-')[0]!)) continue;
      const two = `${lower} ${tokens[i + 1]?.lower ?? ''}`;
      const three = `${two} ${tokens[i + 2]?.lower ?? ''}`;
      if ((lower === 'tens' || lower === 'hundreds') && tokens[i + 1]?.lower === 'of' && /^(thousands|millions)$/.test(tokens[i + 2]?.lower ?? '')) {
        const base = tokens[i + 2]!.lower === 'thousands' ? 1e3 : 1e6;
        const mult = lower === 'tens' ? 10 : 100;
        band = [2 * mult * base, 10 * mult * base - 1];
        value = 2 * mult * base;
        end = i + 3;
        allowOf = true;
      } else if (lower === 'some') {
        // "some soldiers have died": at least one, and only for a casualty count, where it still meets
        // a figure ("about 300 died"); "some troops were sent" counts nothing worth comparing.
        const u = findUnit(tokens, i + 1, false);
        if (!u.unit || /^(of|more|other|time|times|day|days|week|weeks|month|months|year|years)$/.test(u.unit)) continue;
        if (!/^(killed|wounded)$/.test(findEvent(tokens, u.next, u.unit) ?? '')) continue;
        band = [1, Infinity];
        value = 1;
      } else if (VAGUE_PLURAL[lower]) {
        band = VAGUE_PLURAL[lower]!;
        value = band[0];
        allowOf = true;
        // "dozens" alone is a figure only when something is counted: "dozens of people", "thousands fled".
      } else {
        const key = VAGUE_MULT[three.split(' ').slice(0, 3).join(' ')] ? three : VAGUE_MULT[two] ? two : VAGUE_MULT[lower] && lower !== 'few' ? lower : null;
        const len = key ? key.split(' ').length : 0;
        const scaleTok = key ? tokens[i + len] : undefined;
        if (key && scaleTok && SCALE[scaleTok.lower] !== undefined) {
          const [lo, hi] = VAGUE_MULT[key]!;
          const sc = SCALE[scaleTok.lower]!;
          band = [lo * sc, hi * sc];
          value = lo * sc;
          end = i + len + 1;
          allowOf = true;
        } else {
          const w = parseWords(tokens, i);
          if (!w) continue;
          // "one of", "one another", "the two countries' ..." — a spelt-out small number needs a counted noun.
          if (tokens[w.next]?.lower === 'of' && w.value < 100) continue;
          value = w.value;
          end = w.next;
          if (w.value >= 100) allowOf = true;
        }
      }
    } else continue;

    if (value === null || !Number.isFinite(value)) continue;
    const { unit, next } = findUnit(tokens, end, allowOf);
    const isWordNumber = t.kind === 'word' && !band;
    if (isWordNumber && value < 100 && !unit) continue;
    if (band && !unit && VAGUE_PLURAL[t.lower] && !/^(of|fled|died|were|have|had|are|protested|gathered|marched|took)$/.test(tokens[end]?.lower ?? '')) continue;

    let startTok = i;
    let interval: [number, number] = band ?? [value, value];
    const hedge = band ? null : hedgeBefore(tokens, i);
    if (hedge) {
      interval = hedge.band(value);
      startTok = hedge.from;
    } else if (!band && /^(or so|or more|plus)$/.test(`${tokens[next]?.lower ?? ''} ${tokens[next + 1]?.lower ?? ''}`.trim())) {
      interval = tokens[next + 1]?.lower === 'so' ? APPROX(value) : [value, Infinity];
    }
    // A change ("up by 65,000", "fell 3%") counts a difference, not a level; "up by 65,000 to 547,000"
    // is a change and then the new level, never the range [65,000, 547,000].
    const change = isChange(tokens, startTok);
    // A range "between 10,000 and 12,000", "10,000-12,000", "10,000 to 12,000".
    if (!band && !hedge && !change) {
      const sep = tokens[end];
      const other = tokens[end + 1];
      if (sep && other?.kind === 'num' && (sep.text === '-' || sep.text === '–' || sep.lower === 'to' || (sep.lower === 'and' && tokens[i - 1]?.lower === 'between'))) {
        const hi = Number(other.text.replace(/,/g, '')) * (SCALE[tokens[end + 2]?.lower ?? ''] ?? 1);
        // "from 10,000 to 12,000" is a change, unless estimates "ranged" or "varied" from one to the other.
        const fromRange = tokens[i - 1]?.lower === 'from' && /^(rang|vari)/.test(tokens[i - 2]?.lower ?? '');
        if (hi > value && (tokens[i - 1]?.lower !== 'from' || fromRange)) {
          interval = [value, hi];
          if (tokens[i - 1]?.lower === 'between') startTok = i - 1;
          const r = findUnit(tokens, end + (SCALE[tokens[end + 2]?.lower ?? ''] ? 3 : 2), false);
          const first = tokens[startTok]!;
          const lastTok = tokens[r.next - 1]!;
          out.push(makeQuantity(s, first.start, lastTok.end, interval, value, r.unit ?? unit, tokens, r.next));
          i = r.next - 1;
          continue;
        }
      }
    }
    const scopeFrom = tokens[i - 1]?.lower === 'from' && tokens[next]?.lower === 'to' ? 'earlier value' : null;
    // "a force of around 40,000", "the contingent numbered roughly 8,000": the size of a body of troops counts its troops.
    const counted = unit ??
      (/^(of|numbered|numbers|numbering|totalled|totaled|totals|totalling|totaling)$/.test(tokens[startTok - 1]?.lower ?? '') && TROOP_BODY.test(tokens[startTok - 2]?.lower ?? '') && !CIVIL_BODY.test(tokens[startTok - 3]?.lower ?? '') ? 'troop' : null) ??
      (strong && tokens.slice(end, end + 3).some((x) => STRONG_BODY.test(x.lower)) ? 'troop' : null);
    const q = makeQuantity(s, tokens[startTok]!.start, tokens[Math.max(next, end) - 1]!.end, interval, value, counted, tokens, Math.max(next, end));
    if (scopeFrom) q.scope = scopeFrom;
    else if (change && !q.scope) q.scope = 'change';
    else if (!q.scope && isPartitiveWhole(tokens, startTok)) q.scope = 'whole';
    out.push(q);
    i = Math.max(next, end) - 1;
  }
  return out;
}

/** Verbs and adverbs of movement that make the figure right after them (or after "by") a difference. */
/**
 * "Fourteen of the train's 22 wagons", "most of the 10,000 troops": the figure counts the whole that a
 * part is taken from, so it must not be compared with a count of the part.
 */
function isPartitiveWhole(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 5); k--) {
    // "On the day 16 of last month, 12 soldiers …": a clause break ends the part named before.
    if (/^[,;:]$/.test(tokens[k]!.text)) return false;
    if (tokens[k]!.lower !== 'of') continue;
    const before = tokens[k - 1];
    return !!before && (before.kind === 'num' || SMALL[before.lower] !== undefined || PART_WORDS.has(before.lower));
  }
  return false;
}
const PART_WORDS = new Set(['most', 'some', 'half', 'many', 'all', 'none', 'several', 'majority', 'few', 'part', 'dozens', 'hundreds', 'thousands']);

const CHANGE_WORDS = /^(up|down|rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|increased?|increases|increasing|decreased?|decreases|decreasing|jumped|jumps|dropped|drops|climbed|climbs|declined?|declines|grew|grows|grown|shrank|shrunk|slipped|slips|surged|surges|plunged|plunges|tumbled|tumbles|gained|gains|lost|loses|soared|soars|slid|slides|eased|eases|advanced|retreated|edged)$/;

function isChange(tokens: Token[], start: number): boolean {
  // A currency sign is a token of its own ("rose by $300"); look past it.
  const at = wordsEndBefore(tokens, start);
  const prev = tokens[at - 1]?.lower;
  if (!prev) return false;
  if (prev === 'by') return CHANGE_WORDS.test(tokens[at - 2]?.lower ?? '');
  // "lost 1,000 troops", "gained 40 seats": a count of what was lost or won, unless a level follows ("to", "at").
  if (/^(lost|loses|gained|gains|advanced|retreated)$/.test(prev)) return false;
  return CHANGE_WORDS.test(prev);
}

const CURRENCY: Record<string, string> = { $: 'dollar', '€': 'euro', '£': 'pound', '¥': 'yen', '₩': 'won', '₹': 'rupee' };

/** Rounds away float noise from the ±10% bands (12100.000000000002). */
function tidy(x: number): number {
  return Number.isFinite(x) ? Math.round(x * 1e6) / 1e6 : x;
}

function makeQuantity(s: string, start: number, end: number, interval: [number, number], value: number, unit: string | null, tokens: Token[], after: number): Quantity {
  const firstNum = tokens.find((t) => t.start >= start && t.kind === 'num');
  const sign = firstNum ? s[firstNum.start - 1] ?? '' : '';
  if (!unit && CURRENCY[sign]) {
    unit = CURRENCY[sign]!;
    if (start === firstNum!.start) start -= 1;
  }
  return {
    text: s.slice(start, end),
    start,
    end,
    low: tidy(interval[0]),
    high: tidy(interval[1]),
    value,
    unit,
    scope: findScope(s, tokens, after),
    event: findEvent(tokens, after, unit),
  };
}

function unitClass(unit: string | null): string | null {
  if (!unit) return null;
  return UNIT_CLASS[unit] ?? unit;
}

/** Imperial and other units of length and area, with what one of them is in kilometres or square kilometres. */
const CONVERTED: Record<string, [string, number]> = {
  mile: ['kilometre', 1.609344], metre: ['kilometre', 0.001],
  'square mile': ['square kilometre', 2.589988], 'sq mi': ['square kilometre', 2.589988], hectare: ['square kilometre', 0.01], acre: ['square kilometre', 0.004046856],
};

/** A figure in another unit restated in the one it converts to, for a reader: "30 square miles" → "about 78 square kilometres"; null when it needs none. */
export function restated(q: Pick<Quantity, 'value' | 'unit'>): string | null {
  const c = unitClass(q.unit);
  const to = c ? CONVERTED[c] : undefined;
  if (!to) return null;
  const v = q.value * to[1];
  const shown = v >= 100 ? Math.round(v).toLocaleString('en-US') : String(Math.round(v * 10) / 10);
  return `about ${shown} ${to[0]}s`;
}

/** A unit's class and how many of that class's unit one of it makes: "square mile" → square kilometres, 2.59. */
function measure(unit: string | null): [string | null, number] {
  const c = unitClass(unit);
  return c && CONVERTED[c] ? CONVERTED[c] : [c, 1];
}

/** A scope as compared: articles dropped, and "in total" (a figure said to be the whole) the same as none. */
export function normScope(scope: string | null | undefined): string {
  const s = (scope ?? '').toLowerCase().replace(/\b(the|a|an)\b/g, '').replace(/\s+/g, ' ').trim();
  return s === 'total' ? '' : s;
}

/** A scope with the people it includes named alike: "including North Koreans" and "including the North Korean contingent". */
function peopleScope(scope: string | null | undefined): string {
  const s = normScope(scope);
  return /^including\b/.test(s) ? s.replace(/\s+(contingents?|units?|troops?|soldiers?|forces?|personnel)$/, '').replace(/(\w{3,}an)s$/, '$1') : s;
}

/**
 * The interval a figure allows once the precision it is written with is counted: "$114 million" is a
 * figure rounded to the million, so it agrees with "$114.3 million"; "300 people" is rounded to the
 * hundred, so it agrees with "296 people"; "$9.99" and "$9.95" still differ. A figure written exactly
 * (low = high = value) widens by just under half a unit of its last written digit (trailing zeros
 * count as rounding), and never by more than 5% of its value, so "10,000" and "11,000" stay apart.
 * Figures written in words, and hedged ones (already an interval), are left as they are.
 */
export function statedInterval(q: Pick<Quantity, 'text' | 'low' | 'high' | 'value'>): [number, number] {
  if (q.low !== q.value || q.high !== q.value || !q.value) return [q.low, q.high];
  const numeral = FIRST_NUMERAL.exec(q.text)?.[0];
  if (!numeral) return [q.low, q.high];
  const digits = numeral.replace(/,/g, '');
  const written = Number(digits);
  if (!written) return [q.low, q.high];
  const decimals = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
  const zeros = decimals ? 0 : (/0*$/.exec(digits)?.[0].length ?? 0);
  const unit = (decimals ? 10 ** -decimals : 10 ** zeros) * (q.value / written);
  const tolerance = Math.min(0.5 * Math.abs(unit), 0.05 * Math.abs(q.value)) * 0.99;
  return [q.value - tolerance, q.value + tolerance];
}

/** Hedges whose bound excludes the figure itself: "over 10,000" is above it, "nearly 10,000" below it. */
const ABOVE = /^(more than|greater than|over|above|exceeding|in excess of|upwards of|just over)\s/i;
const BELOW = /^(fewer than|less than|under|below|nearly|almost|just under)\s/i;

/**
 * Whether two figures' intervals (as written, see statedInterval) share a value. Intervals that only
 * touch share nothing when a hedge excludes the touching figure: "nearly 10,000" and "over 10,000"
 * cannot both be right, while "up to 10,000" and "at least 10,000" can.
 */
export function intervalsMeet(a: Pick<Quantity, 'text' | 'low' | 'high' | 'value'>, b: Pick<Quantity, 'text' | 'low' | 'high' | 'value'>, scaleA = 1, scaleB = 1): boolean {
  const [al, ah] = statedInterval(a).map((x) => x * scaleA) as [number, number];
  const [bl, bh] = statedInterval(b).map((x) => x * scaleB) as [number, number];
  if (al > bh || bl > ah) return false;
  if (al === bh && (ABOVE.test(a.text) || BELOW.test(b.text))) return false;
  if (bl === ah && (ABOVE.test(b.text) || BELOW.test(a.text))) return false;
  return true;
}

/** Whether two figures clash only at a bound that excludes the figure both name ("nearly 10,000" / "over 10,000"). */
export function clashOnlyAtBound(a: Pick<Quantity, 'text' | 'low' | 'high' | 'value'>, b: Pick<Quantity, 'text' | 'low' | 'high' | 'value'>): boolean {
  const [al, ah] = statedInterval(a);
  const [bl, bh] = statedInterval(b);
  return al <= bh && bl <= ah && !intervalsMeet(a, b);
}

/**
 * 'conflict' only when both figures count the same kind of thing (same unit class, same event, same
 * scope) and their intervals cannot overlap; 'compatible' when they overlap; otherwise 'incomparable'.
 * A figure "including" more, or counted per day, never conflicts with a plain one.
 */
export function compareQuantities(a: Quantity, b: Quantity): QuantityRelation {
  try {
    // "30 square miles" and "78 square kilometres" measure the same thing in two units.
    const [ua, sa] = measure(a.unit);
    const [ub, sb] = measure(b.unit);
    if (!ua || !ub || ua !== ub) return 'incomparable';
    if ((a.event ?? null) !== (b.event ?? null)) return 'incomparable';
    // The same people included, named two ways, may back a figure but never clash with it: the wording
    // may hide two forces.
    const loose = normScope(a.scope) !== normScope(b.scope);
    if (loose && peopleScope(a.scope) !== peopleScope(b.scope)) return 'incomparable';
    if (![a.low, a.high, b.low, b.high].every((x) => typeof x === 'number' && !Number.isNaN(x))) return 'incomparable';
    return intervalsMeet(a, b, sa, sb) ? 'compatible' : loose ? 'incomparable' : 'conflict';
  } catch {
    return 'incomparable';
  }
}
