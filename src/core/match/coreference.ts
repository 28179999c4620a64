/**
 * A narrow coreference step, before a page's features are read; the statement a reader sees stays
 * verbatim. Four references are read:
 * - a count of "them": "some 4,700 of them had been killed" counts the troops the sentences before
 *   named ("about 15,000 North Korean soldiers have been sent …"), read as "some 4,700 North Korean
 *   soldiers" (a party named right before a troop noun, a party that sent a count of troops, or a
 *   people's plural, at most two sentences back, one party only);
 * - a short country name the page also gives in full ("the North" for North Korea), and "Koreans"
 *   after the page last named North Korea;
 * - a leader's troops ("Putin's troops" are Russia's; "Kim's soldiers" in a page that names Kim Jong Un);
 * - a definite group counted before ("the two soldiers" after "two North Korean soldiers were captured");
 * - a count told of "the number" or "estimates" without what it counts (resolveFigureReferences);
 * - "the region" that is held or retaken, after the page named the region (resolveRegions);
 * - "It" (or "He", "She") opening a sentence that says, admits or denies, after a sentence opened by a party or its official (resolveSayingIt).
 */
import { entityName, entityOf, fullPersonNames, personCode } from './aliases';
import { tokenize } from './tokenize';
import type { Figure } from './sentence-features';

const TROOP_NOUN = '(?:troops|soldiers|forces|units|servicemen|fighters)';
/** Words of a kind of troops between the party and the noun: "North Korean special forces soldiers". */
const TROOP_KIND = '(?:special|forces|elite|regular|infantry|airborne|army|assault|reserve|artillery|naval|marine|commando|reconnaissance)';
/** "North Korean soldiers", "Russia's troops": a capitalised party right before a troop noun, or before its kind. */
const NAMED_TROOPS = new RegExp(`\\b((?:[A-Z][\\w.]*[ -])?[A-Z][\\w.]*?(?:['’]s)?)(?:\\s+${TROOP_KIND}){0,2}\\s+${TROOP_NOUN}\\b`, 'g');
/** "North Koreans", "Russians": a people's plural, named as the actors. */
const PEOPLE = /\b((?:[A-Z][a-z]+ )?[A-Z][a-z]+s)\b/g;
/** "North Korea is estimated to have sent some 11,000 troops": a party, the subject, sending a count of troops. */
const SENT_TROOPS = new RegExp(
  String.raw`\b((?:[A-Z][\w.]*[ -])?[A-Z][\w.]*)\s+(?:(?:has|have|had|is|was|were)\s+)?(?:(?:been\s+)?(?:estimated|believed|thought|said|reported)\s+to\s+have\s+)?` +
    String.raw`(?:sent|deployed|dispatched|shipped)\s+(?:about |some |around |roughly |nearly |more than |over |at least |an estimated )?[\d,.]+(?:\s+(?:thousand|million))?\s+${TROOP_NOUN}\b`,
  'g',
);
/** A count of "them": "some 4,700 of them", "about 8,000 of those". */
const COUNT_OF_THEM = /\b(\d[\d,.]*(?:\s+(?:thousand|million))?)\s+of\s+(?:them|those)\b/i;
const LOOKBACK = 2;

/** The troops a text names, in text order, as the words to put in place of "them" and their party. */
function troopsNamed(text: string): { words: string; party: string; at: number }[] {
  const out: { words: string; party: string; at: number }[] = [];
  for (const m of text.matchAll(NAMED_TROOPS)) {
    const words = m[1]!.split(/[ -]/);
    for (let i = 0; i < words.length; i++) {
      const party = entityOf(words.slice(i));
      if (party) {
        const from = m[0].indexOf(words[i]!);
        out.push({ words: m[0].slice(from), party, at: m.index! + from });
        break;
      }
    }
  }
  for (const m of text.matchAll(SENT_TROOPS)) {
    const words = m[1]!.split(/[ -]/);
    const party = entityOf(words) ?? entityOf(words.slice(-1));
    const noun = /(\w+)$/.exec(m[0])![1]!;
    if (party) out.push({ words: `${entityName(party)}'s ${noun}`, party, at: m.index! });
  }
  for (const m of text.matchAll(PEOPLE)) {
    // "North Koreans", or "Iranians" in "The Iranians"; a plural whose singular names the same party
    // (a demonym), not a capital that ends in "s" ("Paris").
    const words = m[1]!.split(' ');
    for (const tail of [words, words.slice(-1)]) {
      const party = entityOf(tail);
      const one = [...tail.slice(0, -1), tail[tail.length - 1]!.replace(/s$/, '')];
      if (party && entityOf(one) === party) {
        out.push({ words: tail.join(' '), party, at: m.index! + m[0].indexOf(tail[0]!) });
        break;
      }
    }
  }
  return out.sort((a, b) => a.at - b.at);
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
  { full: /\bNorth Korea(?:n|ns)?\b/, short: /\b[Tt]he North(['’]s)?\b(?!\s+(?:[A-Z]|of\b))/g, name: 'North Korea' },
  { full: /\bSouth Korea(?:n|ns)?\b/, short: /\b[Tt]he South(['’]s)?\b(?!\s+(?:[A-Z]|of\b))/g, name: 'South Korea' },
];

const NORTH_OR_SOUTH = /\b(North Korea|DPRK|Pyongyang|Kim Jong[ -]?[Uu]n|South Korea|Seoul|Republic of Korea|NIS)/g;

/** The Korea a text names last: 'north' (North Korea, DPRK, Pyongyang, Kim Jong Un), 'south' (South Korea, Seoul, NIS), or null. */
function lastKorea(text: string): 'north' | 'south' | null {
  const all = [...text.matchAll(NORTH_OR_SOUTH)];
  const m = all[all.length - 1];
  return m ? (/^(South|Seoul|Republic|NIS)/.test(m[1]!) ? 'south' : 'north') : null;
}
/** "Koreans", or "Korean" before a troop noun ("Korean units"), with neither North nor South before it; not "the Korean border". */
const BARE_KOREAN = /(?<!\b(?:North|South|N\.|S\.)\s)\b(Koreans|Korean(?=\s+(?:troops|soldiers|forces|units|servicemen|fighters|infantry|envoy|ambassador|army|military)\b))\b/g;

/** A leader's troops are the leader's country's: "Putin's soldiers", and "Kim's soldiers" in a page that names Kim Jong Un. */
const LEADERS_TROOPS = /\b((?:Mr\.?\s+)?[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(['’]s)\s+(?=(?:own\s+)?(?:troops|soldiers|forces|army|units|men)\b)/g;
const KIM_JONG_UN = /\bKim Jong[ -]?[Uu]n\b/;

/** "Pyongyang's men", "Kyiv's men": a party's men are its troops. */
const PARTY_MEN = /\b((?:[A-Z][\w.-]*\s)?[A-Z][\w.-]*)(['’]s)\s+men\b/g;
/** "Those units", "these troops", "the troops", "the contingent": the troops named just before. */
const THOSE_TROOPS = /\b(?:([Tt]hose|[Tt]hese)\s+(units|troops|soldiers|forces|fighters)|([Tt]he)\s+(troops|soldiers|contingent))\b(?!\s+(?:of|from)\b)/;

/**
 * Each sentence with "those units", "these troops" or "the troops" read as the troops of the one party the two
 * sentences before name ("North Korean troops … Those units had moved" → "Those North Korean units").
 */
export function resolveDemonstratives(sentences: readonly string[]): string[] {
  return sentences.map((s, i) => {
    const m = THOSE_TROOPS.exec(s);
    if (!m || troopsNamed(s.slice(0, m.index)).length) return s;
    for (let k = i - 1; k >= Math.max(0, i - LOOKBACK); k--) {
      const named = troopsNamed(sentences[k]!);
      if (!named.length) continue;
      if (new Set(named.map((n) => n.party)).size > 1) return s;
      // The party's words without their troop noun: "North Korean troops" → "Those North Korean units".
      const words = named[named.length - 1]!.words.replace(new RegExp(`\\s+${TROOP_NOUN}$`), '');
      return s.slice(0, m.index) + `${m[1] ?? m[3]} ${words} ${m[2] ?? m[4]}` + s.slice(m.index + m[0].length);
    }
    return s;
  });
}

/**
 * A known person's family name alone ("Kim", "Austin") read as the full name the page gave before
 * ("Kim Jong-un", "Lloyd Austin"), when the page names only one such person with that family name and
 * the name alone is not already someone's: "Kim signed the decree" is Kim Jong-un signing it.
 */
export function resolveSurnames(sentences: readonly string[]): string[] {
  const page = sentences.join(' ');
  const named = new Map<string, string[]>();
  for (const full of fullPersonNames()) {
    const parts = full.split(/[ -]/);
    // Korean names put the family name first ("Kim Jong Un"); others last ("Lloyd Austin").
    const family = parts.length === 3 ? parts[0]! : parts[parts.length - 1]!;
    if (personCode(family) || family.length < 3) continue;
    const written = new RegExp(`\\b${parts.join('[ -]')}\\b`, 'i').exec(page)?.[0];
    if (written) named.set(family, [...(named.get(family) ?? []), written]);
  }
  if (!named.size) return [...sentences];
  let out = [...sentences];
  for (const [family, fulls] of named) {
    if (new Set(fulls.map((f) => f.toLowerCase().replace(/-/g, ' '))).size > 1) continue;
    const cap = family[0]!.toUpperCase() + family.slice(1);
    // Someone else on the page with that family name ("Rep. Andy Harris", "Lee Jae-yong"): no telling who.
    const known = fulls[0]!.toLowerCase().replace(/-/g, ' ');
    const others = [...page.matchAll(new RegExp(`\\b[A-Z][a-z]+[ -]${cap}\\b|\\b${cap}[ -][A-Z][a-z]+(?:[ -][A-Za-z][a-z]+)?\\b`, 'g'))]
      .map((m) => m[0].toLowerCase().replace(/-/g, ' '))
      .filter((n) => !known.includes(n) && !n.includes(known) && !/^(the|in|at|from|to|of|and|by|for|on|with|mr|ms|mrs|dr)\s/.test(n));
    if (others.length) continue;
    // Alone: not followed by another part of a name ("Kim Yo-jong"), nor preceded by a first name
    // ("Lloyd Austin") or by a preposition, as a place is ("its plant in Austin").
    const bare = new RegExp(`(?<![A-Z][\\w.-]*\\s)(?<!\\b(?:in|at|from|near|to|of)\\s)\\b${cap}\\b(?![\\s-]+[A-Z])(?!-)`, 'g');
    let seen = false;
    out = out.map((s) => {
      const first = s.indexOf(fulls[0]!);
      if (!seen && first < 0) return s;
      const from = seen ? 0 : first + fulls[0]!.length;
      seen = true;
      return s.slice(0, from) + s.slice(from).replace(bare, fulls[0]!);
    });
  }
  return out;
}

/** Each sentence with a short country name read as the full one (when the page names that country in full) and a leader's troops as the country's. */
export function resolveShortNames(sentences: readonly string[]): string[] {
  const used = SHORT_NAMES.filter((n) => sentences.some((s) => n.full.test(s)));
  const kim = sentences.some((s) => KIM_JONG_UN.test(s));
  // "Koreans", "Korean units": the Korea the page named last before them, when it is the North.
  let last: 'north' | 'south' | null = null;
  return sentences.map((s) => {
    const short = used.reduce((t, n) => t.replace(n.short, (_, poss: string | undefined) => `${n.name}${poss ?? ''}`), s);
    const men = short.replace(PARTY_MEN, (whole, name: string, poss: string) => (entityOf(name.split(/\s/)) ? `${name}${poss} troops` : whole));
    const named = men.replace(BARE_KOREAN, (word: string, _k: string, at: number) => {
      const before = lastKorea(men.slice(0, at)) ?? last;
      return before === 'north' ? `North ${word}` : word;
    });
    last = lastKorea(men) ?? last;
    return named.replace(LEADERS_TROOPS, (whole, name: string, poss: string) => {
      // Only the words that name the leader: "In Putin's army" keeps its "In".
      const words = name.split(/\s+/);
      for (let i = 0; i < words.length; i++) {
        const tail = words.slice(i).filter((w) => !/^Mr\.?$/.test(w)).join(' ');
        const code = personCode(kim && tail === 'Kim' ? 'Kim Jong Un' : tail);
        if (code) return `${words.slice(0, i).filter((w) => !/^Mr\.?$/.test(w)).join(' ')}${i ? ' ' : ''}${entityName(code)}${poss} `;
      }
      return whole;
    });
  });
}

/** "the region", "the province": a region not named there (not "the region of …"). */
const THE_REGION = /\bthe (region|province|oblast)\b(?!\s+of\b)/;
/** Words of holding or taking ground: "the region" then is the one fought over, not a part of the world ("allies in the region"). */
const HELD_OR_TAKEN = /\b(hold|holds|held|holding|retak\w*|recaptur\w*|liberat\w*|occup\w*|seiz\w*|captur\w*|freed|clawed|controls?|controlled|driven out|pushed out|expel\w*)\b/i;
/** A region the page names as one: "the Kursk region", "Belgorod Oblast", "Kherson province". */
const NAMED_REGION = /\b(?:([A-Z][a-z]+)(?:['’]s)?\s+(?:border\s+)?(?:region|[Oo]blast|province)|the\s+(?:region|province|oblast)\s+of\s+([A-Z][a-z]+))\b/g;
const REGION_LOOKBACK = 2;

/**
 * Each sentence that holds or takes "the region" read with the region named: the one the page calls a
 * region ("the Kursk region") and names last before it, in the sentence or the two before ("… to push
 * Ukraine out of Kursk." / "Ukrainian forces still hold part of the region." → "… part of the Kursk
 * region"), when that sentence names one such region only.
 */
export function resolveRegions(sentences: readonly string[]): string[] {
  const regions = new Set(sentences.flatMap((s) => [...s.matchAll(NAMED_REGION)].map((m) => (m[1] ?? m[2])!)));
  if (!regions.size) return [...sentences];
  const pattern = new RegExp(`\\b(${[...regions].join('|')})\\b`, 'g');
  // The one region named last, in the sentence before `at` or the two before it.
  const lastNamed = (i: number, at: number): string | null => {
    for (let k = i; k >= Math.max(0, i - REGION_LOOKBACK); k--) {
      const text = k === i ? sentences[i]!.slice(0, at) : sentences[k]!;
      const named = new Set([...text.matchAll(pattern)].map((n) => n[1]!));
      if (named.size) return named.size === 1 ? [...named][0]! : null;
    }
    return null;
  };
  return sentences.map((s, i) => {
    const m = THE_REGION.exec(s);
    if (m && HELD_OR_TAKEN.test(s)) {
      const region = lastNamed(i, m.index);
      return region ? `${s.slice(0, m.index)}the ${region} ${m[1]}${s.slice(m.index + m[0].length)}` : s;
    }
    // Ground lost or won back with no place named ("have lost two-thirds of the ground they took",
    // "Kyiv's foothold inside Russia has shrunk"): the ground is in the region the page named last.
    const g = GROUND_CHANGE.test(s) && !pattern.test(s) && !namesAPlace(s) ? GROUND.exec(s) : null;
    pattern.lastIndex = 0;
    if (!g) return s;
    const region = lastNamed(i, g.index);
    const end = g.index + g[0].length;
    return region ? `${s.slice(0, end)} in the ${region} region${s.slice(end)}` : s;
  });
}

/** A place the sentence names itself ("in Gaza", "around Rafah"), not a country ("inside Russia"). */
function namesAPlace(s: string): boolean {
  for (const m of s.matchAll(/\b(?:in|around|near|inside|outside|at)\s+(?:the\s+)?([A-Z][\w'’-]+)/g)) {
    if (!entityOf([m[1]!])) return true;
  }
  return false;
}

/** Ground lost or won back: "clawed back half of the 1,300 square kilometres", "lost … the ground they took", "foothold … has shrunk". */
const GROUND_CHANGE = /\b(?:clawed back|won back|taken back|retaken|retook|recaptured|regained|lost|ceded|given up)\b[^.;]{0,60}?\b(?:ground|territory|land|square (?:kilometres|kilometers|miles))\b|\bfoothold\b[^.;]{0,60}?\b(?:shrunk|shrank|shrinks|shrinking|narrowed|dwindled)\b/i;
/** The ground itself, with the taking that named it ("the ground they took", "square kilometers Ukraine seized"). */
const GROUND = /\b(?:foothold|(?:ground|territory|land|square (?:kilometres|kilometers|miles))(?:(?:\s+[\w'’-]+){0,2}?\s+(?:took|seized|captured|had taken|gained|occupied|had seized|had captured|won))?)\b/i;

/**
 * "It also admitted", "He then denied", "For the first time, she also acknowledges": a sentence opened
 * by "It", "He" or "She" and a verb of saying or of stance.
 */
const PRONOUN_SAYS = /^((?:For the first time|Later|Separately|Meanwhile),\s+)?(It|it|He|he|She|she)(\s+(?:(?:also|then|later|has|had|now|finally|first|again|since|quickly|promptly|publicly|officially)\s+){0,2}(?:admitted|admits|confirmed|confirms|acknowledged|acknowledges|denied|denies|said|says|announced|announces|declared|declares|claimed|claims|insisted|insists|rejected|rejects)\b)/;
/** A timeline entry's day opening the sentence: "April 26 - ". */
const ENTRY_DAY = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?\s*[-–—:]\s+/;
/** A party opening a sentence as its subject: "Russia said …", "The Kremlin announced …", "Russia's defence ministry said …". */
const OPENING_PARTY = /^(?:The\s+)?((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*?)(?:['’]s\b[^,;.]{0,40}?)?\s+(?:(?:also|then|later|has|had|now|on|last|this)\s+\w+\s+)?(?:said|says|announced|confirmed|admitted|acknowledged|denied|declared|claimed|reported|insisted|told)\b/;
/** A party's official opening a sentence: "Russia's chief of the general staff, Valery Gerasimov, tells …". */
const OPENING_OFFICIAL = /^(?:The\s+)?((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*?)['’]s\s+(?!(?:\w+\s+){0,3}?(?:opposition|former|ex-|retired|exiled|dissident|jailed|ousted)\b)[a-z][\w -]{0,40}?,?\s+(?:[A-Z][\w.'-]*\s+){1,3}?[A-Z][\w.'-]*,?\s+(?:(?:also|then|later|has|had|now)\s+)?(?:said|says|announced|announces|confirmed|confirms|admitted|acknowledged|denied|declared|claimed|told|tells|reported|reports)\b/;

/**
 * Each sentence opened by "It" (or "He", "She") and a verb of saying or stance, read with the party that
 * opened the sentence before as its subject ("Russia said Saturday that it had driven …" / "It also
 * admitted for the first time that …" → "Russia also admitted …"), when that sentence opens with one
 * party saying; "He" and "She" only when it opens with one party's official ("Russia's chief of the
 * general staff, Valery Gerasimov, tells Putin …" / "For the first time, he also acknowledges …").
 */
export function resolveSayingIt(sentences: readonly string[]): string[] {
  return sentences.map((s, i) => {
    const said = i > 0 ? PRONOUN_SAYS.exec(s) : null;
    if (!said) return s;
    const before = sentences[i - 1]!.replace(ENTRY_DAY, '');
    const person = /^[Hh]e$|^[Ss]he$/.test(said[2]!);
    const m = (person ? OPENING_OFFICIAL : OPENING_PARTY).exec(before);
    if (!m) return s;
    const words = m[1]!.split(/\s+/);
    // The party's own name: "Russia", or "Kremlin" for "The Kremlin"; a person or a title is not one.
    for (let k = 0; k < words.length; k++) {
      if (entityOf(words.slice(k))) return `${said[1] ?? ''}${words.slice(k).join(' ')}${said[3]}${s.slice(said[0].length)}`;
    }
    return s;
  });
}

/** "it" as a document's subject: "it contains no …", "it does not oblige …", "it provides for …". */
const DOCUMENT_IT = /\b([Ii]t)(?=\s+(?:(?:also|only|even|still|merely|explicitly|expressly)\s+)?(?:contains?|includes?|provides?|obliges?|obligates?|commits?|binds?|requires?|guarantees?|lacks?|(?:does|did)\s+not\s+(?:contain|include|provide|oblige|obligate|commit|bind|require|guarantee)|(?:does|did)n['’]t\s+(?:contain|include|provide|oblige|commit|bind|require)|has\s+no)\b)/;
/** "it" as what is signed or ratified: "ratifying it only on Monday", "signed it in June". */
const DOCUMENT_IT_OBJECT = /\b(?:ratif(?:y|ies|ied|ying)|sign(?:s|ed|ing)?)\s+(it)\b/;
/** A document a page names: the specific kind, not "the document" or "the text". */
const DOCUMENT_NOUN = /\b(treaty|pact|accord|agreement|charter|convention|memorandum|deal|contract|report|speech|statement|letter)\b/gi;
const DOCUMENT_LOOKBACK = 2;

/**
 * "it" that a document's verb follows ("Read it closely … you will find that it contains no mutual
 * defence clause"), or that is signed or ratified ("got round to ratifying it"), read as the kind of
 * document the sentences just before name ("… signed a 'comprehensive strategic partnership' treaty
 * with Kim." → "the treaty contains no …"), when they name one kind only and the sentence itself names
 * none before the "it".
 */
export function resolveDocumentIt(sentences: readonly string[]): string[] {
  return sentences.map((s, i) => {
    const subject = DOCUMENT_IT.exec(s);
    const object = subject ? null : DOCUMENT_IT_OBJECT.exec(s);
    const at = subject ? subject.index : object ? object.index + object[0].length - 2 : -1;
    if (at < 0 || s.slice(0, at).match(DOCUMENT_NOUN)) return s;
    for (let k = i - 1; k >= Math.max(0, i - DOCUMENT_LOOKBACK); k--) {
      const kinds = new Set([...sentences[k]!.matchAll(DOCUMENT_NOUN)].map((x) => x[1]!.toLowerCase()));
      if (!kinds.size) continue;
      if (kinds.size > 1) return s;
      return s.slice(0, at) + (s[at] === 'I' ? 'The ' : 'the ') + [...kinds][0]! + s.slice(at + 2);
    }
    return s;
  });
}

/** "the two soldiers", "The three men": a definite group counted by a small number. */
const THE_GROUP = /\b([Tt]he) (two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (soldiers|troops|men|servicemen|fighters|captives|prisoners)\b/g;
/** How many sentences back the group may have been introduced. */
const GROUP_LOOKBACK = 12;

/**
 * Each sentence with a definite group read as the group the page introduced with the same number and
 * a party ("two North Korean soldiers were taken prisoner" … "The two soldiers said" → "The two North
 * Korean soldiers said"), the latest such group within GROUP_LOOKBACK sentences; one party only.
 */
export function resolveGroups(sentences: readonly string[]): string[] {
  return sentences.map((s, i) =>
    s.replace(THE_GROUP, (whole, the: string, n: string, noun: string) => {
      const initial = `[${n[0]!.toUpperCase()}${n[0]!.toLowerCase()}]${n.slice(1)}`;
      const introduced = new RegExp(String.raw`\b${initial}\s+((?:[A-Z][\w.]*[ -])?[A-Z][\w.]*)\s+(?:soldiers|troops|men|servicemen|fighters|captives|prisoners)\b`, 'g');
      for (let k = i - 1; k >= Math.max(0, i - GROUP_LOOKBACK); k--) {
        const found = [...sentences[k]!.matchAll(introduced)].flatMap((m) => {
          const party = entityOf(m[1]!.split(/[ -]/));
          return party ? [{ party, words: m[1]! }] : [];
        });
        if (!found.length) continue;
        // Two parties' groups of that number ("two North Korean soldiers and two Russian soldiers"): no telling which.
        if (new Set(found.map((f) => f.party)).size > 1) return whole;
        return `${the} ${n} ${found[0]!.words} ${noun}`;
      }
      return whole;
    }),
  );
}

/**
 * A statement's figures as the reader's text has them: a figure read through "them" ("some 4,700
 * North Korean soldiers") is given back its own words ("some 4,700 of them"), keeping the party it was
 * read with, so spans and reasons quote the page.
 */
export function restoreFigureText(figures: Figure[], verbatim: string): Figure[] {
  return figures.map((fig) => {
    if (verbatim.includes(fig.text)) return fig;
    const numeral = /\d[\d,.]*/.exec(fig.text)?.[0];
    const m = numeral ? new RegExp(COUNT_OF_THEM.source, 'gi').exec(verbatim) : null;
    if (!m || !m[0].includes(numeral!)) return fig;
    const start = verbatim.lastIndexOf(' ', m.index) + 1;
    const before = verbatim.slice(start, m.index).trim();
    const text = (/^(about|some|around|roughly|nearly|almost|approximately|over|more|at)$/i.test(before) ? `${before} ` : '') + m[0];
    const party = fig.party ?? tokenize(fig.text).find((t) => t.entity)?.entity ?? undefined;
    return { ...fig, text, ...(party ? { party } : {}) };
  });
}

/**
 * "the number", "the figure", "later estimates": a count named without what it counts, not "the number
 * of …" nor "the figure for …", which say it.
 */
const COUNT_ANAPHOR =
  /\b(?:(?:the|that|this|its|their|his|her|whose)\s+(?:own\s+)?(?:number|figure|total|tally|count|estimate)|[A-Z][\w-]*['’]s\s+(?:own\s+)?(?:figure|estimate)|(?:later|earlier|newer|latest|revised|current|subsequent|other)\s+(?:estimates?|figures?|counts?))\b(?!\s+(?:of|for|on|from)\b|\s+(?:arrested|killed|wounded|injured|displaced|detained|evacuated|deported|dead|missing|affected|infected|rescued|recruited|employed|enrolled|registered)\b)|^(?:Estimates|Figures)\b(?!\s+(?:of|for|on|from)\b)/i;
/** A verb of estimating right before a count with no noun ("calculated then more than 12 thousand."). */
const ESTIMATED_BARE = /\b(?:estimated|estimates|calculated|calculates|reckoned|reckons|counted|assessed|assesses)\s+(?:(?:then|now|at the time|at first|initially)\s+)?(?:at\s+)?(?=(?:about|around|roughly|some|nearly|almost|more than|over|upward of|up to|at least|fewer than|less than)?\s*\d[\d.,]*(?:\s+(?:thousand|million))?\s*[.;]?\s*$)/i;

/** People other than troops that "their number" may count. */
const OTHER_PEOPLE = /\b(?:tourists|residents|civilians|people|refugees|migrants|villagers|families|children|women|men|workers|protesters|prisoners|hostages|detainees|patients|passengers|students|voters|pilgrims|evacuees|militias|militiamen|rebels|insurgents|guerrillas|gangs|fighters)\b/i;
/** How many sentences back the counted figure may be. */
export const FIGURE_LOOKBACK = 6;
/** Count nouns that name no kind of person: the count before says which people. */
const GENERIC_PEOPLE = /^(people|persons?|individuals?|men|man)$/;
/** Counts of people, which "people" may stand for. */
const PERSON_UNIT = /^(person:|troop|soldier|servicem[ae]n|fighter|refugee|civilian|migrant|worker|resident|prisoner|hostage|captive|detainee|volunteer|recruit|adviser|advisor|officer|personnel|conscript|mercenar|evacuee|pilgrim|tourist|student|people)/;
/** Units that are not a count of things: shares, money, spans of time. */
const NOT_A_COUNT = /^(percent|percentage point|dollar|euro|pound|yen|won|rouble|ruble|year|month|week|day|hour|minute|kilometre|mile|metre|square .*)$/;

/**
 * A sentence's figures with a count told of "the number" given what the count before it counted:
 * "… more than 10,000 North Korean troops had been sent …" and then "Ukraine puts the number higher
 * still, at about 15,000" counts North Korean troops too. Only a figure with no unit of its own (or
 * one of mere "people"), after the anaphor in its sentence, is read so; the nearest earlier sentence
 * with counted figures (at most FIGURE_LOOKBACK back, nearest first from `earlier`, which need yield
 * no more) gives its unit, event and party, when all its counted figures count one thing.
 */
export function resolveFigureReferences(text: string, figures: Figure[], earlier: () => Iterable<Figure[]>, previous?: string): { figures: Figure[]; counted: string | null } {
  const unchanged = { figures, counted: null };
  // "South Korea's intelligence estimated more than 12,000": a bare count right after a verb of estimating
  // counts what was counted before, as "the number" does.
  const anaphor = COUNT_ANAPHOR.exec(text) ?? ESTIMATED_BARE.exec(text);
  // "put the number at about 11,000 people": people, with no kind of their own and nothing added, are
  // the people counted before (not buildings, rockets or families).
  const people = (f: Figure) => !!f.unit && GENERIC_PEOPLE.test(f.unit) && !f.scope && !f.event;
  const refers = (f: Figure) => (!f.unit || people(f)) && f.value >= 100 && text.indexOf(f.text) > anaphor!.index;
  if (!anaphor || !figures.some(refers)) return unchanged;
  // "… North Korean soldiers sent to Russia had begun fighting Ukrainian forces." then "The department put
  // their number at roughly 8,000": "their" is the troops the sentence before named first, its subject, and did not count.
  // Not when the sentence before names other people "their" may stand for ("evacuated tourists", "Residents
  // fled as … troops advanced"), or two groups joined ("Ethiopian troops and Somali militias clashed").
  const theirs = /^their\s+(?:own\s+)?(?:number|total|count)$/i.test(anaphor[0]) && previous !== undefined && !OTHER_PEOPLE.test(previous) ? troopsNamed(previous) : [];
  if (theirs.length && /^\s*(?:and|,)\s/.test(previous!.slice(theirs[0]!.at + theirs[0]!.words.length))) return unchanged;
  const first = theirs.length ? earlier()[Symbol.iterator]().next() : null;
  if (theirs.length && first && !first.done && !first.value.some((f) => f.unit && !NOT_A_COUNT.test(f.unit))) {
    const last = theirs[0]!;
    const noun = /(\w+)$/.exec(last.words)![1]!.toLowerCase();
    if (/^(troops|soldiers|forces|servicemen|fighters)$/.test(noun)) {
      const unit = noun === 'servicemen' ? 'serviceman' : noun.replace(/s$/, '');
      return {
        figures: figures.map((f) => (refers(f) && !people(f) ? { ...f, unit, party: last.party } : f)),
        counted: `${entityName(last.party)} ${unit}`,
      };
    }
  }
  let back = 0;
  for (const before of earlier()) {
    if (++back > FIGURE_LOOKBACK) break;
    const counted = before.filter((f) => f.unit && !NOT_A_COUNT.test(f.unit));
    if (!counted.length) continue;
    const kinds = new Set(counted.map((f) => `${f.unit}|${f.event ?? ''}`));
    if (kinds.size > 1) return unchanged;
    const ante = counted[counted.length - 1]!;
    const unit = ante.unit!;
    if (figures.some((f) => refers(f) && people(f)) && !PERSON_UNIT.test(unit)) return unchanged;
    const parties = new Set(tokenize(ante.text).flatMap((t) => (t.entity ? [t.entity] : [])));
    const party = unit.startsWith('person:') ? unit.slice('person:'.length) : (ante.party ?? (parties.size === 1 ? [...parties][0]! : undefined));
    return {
      figures: figures.map((f) => (refers(f) ? { ...f, unit, ...(ante.event ? { event: ante.event } : {}), ...(party && !unit.startsWith('person:') ? { party } : {}) } : f)),
      // What the count counts, in words, for the statement's keys: "North Korea troops".
      counted: `${party ? entityName(party) + ' ' : ''}${unit.startsWith('person:') ? '' : unit}`.trim(),
    };
  }
  return unchanged;
}
