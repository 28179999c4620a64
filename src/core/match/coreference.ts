/**
 * A narrow coreference step for counts: "some 4,700 of them had been killed" counts the troops the
 * sentences before named ("about 15,000 North Korean soldiers have been sent …"). The figure is read
 * as "some 4,700 North Korean soldiers"; the statement a reader sees stays verbatim.
 *
 * Kept to what is nearly always right in news copy: a party named right before a troop noun, or a
 * people's plural ("North Koreans"), in the sentence itself before the figure or at most two
 * sentences back, and only one party's troops named there.
 */
import { entityName, entityOf, personEntity } from './aliases';

const TROOP_NOUN = '(?:troops|soldiers|forces|units|servicemen|fighters)';
/** "North Korean soldiers", "Russia's troops": a capitalised party right before a troop noun. */
const NAMED_TROOPS = new RegExp(`\\b((?:[A-Z][\\w.]*[ -])?[A-Z][\\w.]*?(?:['’]s)?)\\s+${TROOP_NOUN}\\b`, 'g');
/** "North Koreans", "Russians": a people named as the actors. */
const PEOPLE = /\b((?:[A-Z][a-z]+ )?[A-Z][a-z]+(?:ans|ese|is))\b/g;
/** A count of "them": "some 4,700 of them", "about 8,000 of those". */
const COUNT_OF_THEM = /\b(\d[\d,.]*(?:\s+(?:thousand|million))?)\s+of\s+(?:them|those)\b/i;
const LOOKBACK = 2;

/** The troops a text names, as the words to put in place of "them" and their party. */
function troopsNamed(text: string): { words: string; party: string }[] {
  const out: { words: string; party: string }[] = [];
  for (const m of text.matchAll(NAMED_TROOPS)) {
    const words = m[1]!.split(/[ -]/);
    for (let i = 0; i < words.length; i++) {
      const party = entityOf(words.slice(i));
      if (party) {
        out.push({ words: m[0].slice(m[0].indexOf(words[i]!)), party });
        break;
      }
    }
  }
  for (const m of text.matchAll(PEOPLE)) {
    // "North Koreans", or "Iranians" in "The Iranians".
    const words = m[1]!.split(' ');
    const tail = entityOf(words) ? words : words.slice(-1);
    const party = entityOf(tail);
    if (party) out.push({ words: tail.join(' '), party });
  }
  return out;
}

/**
 * Each sentence with a count of "them" read as a count of the troops named before it, when one party's
 * troops are; otherwise the sentence unchanged.
 */
export function resolveCountReferences(sentences: readonly string[]): string[] {
  return sentences.map((s, i) => {
    const m = COUNT_OF_THEM.exec(s);
    if (!m) return s;
    // Named in the sentence before the figure: the sentence says it itself ("soldiers … 200 of them").
    if (troopsNamed(s.slice(0, m.index)).length) return s;
    for (let k = i - 1; k >= Math.max(0, i - LOOKBACK); k--) {
      const named = troopsNamed(sentences[k]!);
      if (!named.length) continue;
      if (new Set(named.map((n) => n.party)).size > 1) return s;
      const last = named[named.length - 1]!;
      return s.slice(0, m.index) + `${m[1]} ${last.words}` + s.slice(m.index + m[0].length);
    }
    return s;
  });
}

/**
 * Short names a page uses for a country it names in full: in a page that names North Korea, "the
 * North" and "the North's soldiers" are North Korea's ("the North Sea" is not: a name follows).
 */
const SHORT_NAMES: { full: RegExp; short: RegExp; name: string }[] = [
  { full: /\bNorth Korea(?:n|ns)?\b/, short: /\b[Tt]he North(['’]s)?\b(?!\s+[A-Z])/g, name: 'North Korea' },
  { full: /\bSouth Korea(?:n|ns)?\b/, short: /\b[Tt]he South(['’]s)?\b(?!\s+[A-Z])/g, name: 'South Korea' },
];

/** A leader's troops are the leader's country's: "Putin's soldiers", and "Kim's soldiers" in a page that names Kim Jong Un. */
const LEADERS_TROOPS = /\b((?:Mr\.?\s+)?[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(['’]s)\s+(?=(?:own\s+)?(?:troops|soldiers|forces|army|units|men)\b)/g;
const KIM_JONG_UN = /\bKim Jong[ -]?[Uu]n\b/;

/** Each sentence with a short country name read as the full one, when the page names that country in full. */
export function resolveShortNames(sentences: readonly string[]): string[] {
  const used = SHORT_NAMES.filter((n) => sentences.some((s) => n.full.test(s)));
  const kim = sentences.some((s) => KIM_JONG_UN.test(s));
  return sentences.map((s) => {
    const named = used.reduce((t, n) => t.replace(n.short, (_, poss: string | undefined) => `${n.name}${poss ?? ''}`), s);
    return named.replace(LEADERS_TROOPS, (whole, name: string, poss: string) => {
      const bare = name.replace(/^Mr\.?\s+/, '');
      const words = (kim && bare === 'Kim' ? 'Kim Jong Un' : bare).split(/[ -]/);
      const code = personEntity(words, words.length);
      return code ? `${entityName(code)}${poss} ` : whole;
    });
  });
}
