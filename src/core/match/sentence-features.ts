/**
 * Everything the matcher needs to know about one sentence, computed once (at build time for the
 * corpus) and kept JSON-serialisable: content keys, figures as intervals, resolved dates, actor frames,
 * stance, control-of-place state, onset of an event, and who is speaking.
 */
import { extractQuantities, singular } from '../quantity/extract-quantities';
import { durationStart, resolveDates } from '../time/resolve-dates';
import { tokenize, type Token } from './tokenize';
import { personEntity } from './aliases';
import { foldSynonym } from './lexicon';
import { stem } from './stem';
import { splitClauses, type Clause } from './clauses';

/** A figure as an interval; `high` null stands for Infinity so the index survives JSON. */
export type Figure = {
  text: string; low: number; high: number | null; value: number; unit: string | null; scope: string | null;
  /** What happened to what is counted ("killed", "wounded"), when the sentence says so; absent when none. */
  event?: string | null;
  /**
   * Content keys bound to the figure: the words of its own clause just before and after it (who or what
   * it counts: "Apple sold 5 million", "the jobless total … 547,000"). Absent when none.
   */
  bound?: string[];
  /** Whose count it is, when the sentence names the counted party away from the figure ("the number of North Korean troops … has risen to 14,000"). */
  party?: string;
};
export type DateSpan = { text: string; from: string; to: string; kind: 'point' | 'since'; start: number };
/** A directed relation: `agent` does `rel` to `patient` (entity codes). */
export type Frame = { rel: string; agent: string; patient: string; text: string };
export type StanceKind = 'confirm' | 'deny' | 'no-comment' | 'no-proof';
export type Stance = { kind: StanceKind; subject: string | null; firstTime: boolean; text: string };
/**
 * A warning or a demand about a party: who gave it (when the sentence says), whom it is about, and
 * the folded keys of what is warned of or demanded. "Washington warned that Iranian troops would
 * become legitimate targets if they entered Syria" → { kind: 'warn', by: 'USA', about: 'IRN', … }.
 */
export type Directive = { kind: 'warn' | 'demand'; by: string | null; about: string; conditional: boolean; keys: string[]; text: string };
/**
 * What a confirmation or an announcement says happened: the party its content is about and the
 * events it names (folded keys of EVENT_CLASSES); `text` is the confirming word. "The ministry
 * confirmed on Tuesday that North Korean troops were engaged in combat" → { agent: "PRK", events:
 * ["~fight"], text: "confirmed" }.
 */
/** `own`: the party admits its own act ("Pyongyang admitted sending troops"), not another's. */
export type Assertion = { agent: string; events: string[]; text: string; own?: true };
/**
 * What any statement says happened (see extractEventClaim): its subject, the events named after it,
 * and for fighting the other side when the sentence names it ("exchanged fire with North Korean
 * soldiers" → partner "PRK").
 */
/** `joint`: the partner acted with the agent ("Kim and Putin signed"), not against it. */
export type EventClaim = { agent: string; partner?: string; joint?: true; events: string[]; text: string };
/** Who holds a place: 'held' (occupied, advancing, seized) or 'freed' (liberated, recaptured). */
export type Control = {
  state: 'held' | 'freed';
  places: string[];
  text: string;
  /** Who holds or retook the place, when the sentence says ("occupied by Ukrainian forces", "Ukraine seized"). */
  holder?: string;
  /** Who lost it, when the sentence says ("Ukrainian units had been driven out of Sudzha"). */
  loser?: string;
  /** The sentence tells the start of the hold, an event ("launched its incursion into Kursk"), not the state since. */
  launched?: true;
  /** The region a place lies in, as an apposition says ("Sudzha, the largest town … in Russia's Kursk region"). */
  within?: string[];
  /** Only part of the ground changed hands ("clawed back roughly half of", "lost two-thirds of", "foothold … shrunk"). */
  partial?: true;
  /** A hold told with its shrinking ("still holds part of Kursk, but its area is reduced to about half"): the words that say so. */
  shrank?: string;
};
/** When an event (the words after the onset verb) began: exactly within [from,to], or at the latest by `by`. */
export type Onset = {
  event: string[];
  from: string | null;
  to: string | null;
  by: string | null;
  text: string;
  /** Who began it, when named right before the verb ("Finland joined", "North Korean troops began"). */
  agent?: string;
  /** Read from how long it has lasted so far ("had been in combat for only about a week"). */
  lasted?: true;
};

export type SentenceFeatures = {
  keys: string[];
  entities: string[];
  /** Capitalised words that are not gazetteer entities nor sentence-initial: places, names. */
  names: string[];
  figures: Figure[];
  dates: DateSpan[];
  frames: Frame[];
  stances: Stance[];
  /** Warnings and demands about a party; absent when there is none. */
  directives?: Directive[];
  control: Control | null;
  onset: Onset | null;
  speaker: string | null;
  /** What a confirmation or announcement in the sentence says happened; absent when there is none. */
  asserted?: Assertion;
  /** What the statement says happened, on record or not; absent when it names no party and event. */
  claimed?: EventClaim;
  /** What the statement says did not happen ("North Korean troops had not yet engaged in combat"). */
  unclaimed?: EventClaim;
  /**
   * Keys of predicates stated in the negative ("did not attack" → ["attack"]), modals and stance verbs
   * (confirm, comment, deny: see `stances`) left out. Absent when none.
   */
  negated?: string[];
  /** The clauses of a sentence that packs more than one fact, or what a long attribution says; absent when neither. */
  clauses?: Clause[];
  /** A problem said to persist or to have been overcome ("the language barrier has bedevilled …"); absent when none. */
  problem?: Problem;
  /** The party whose troops were pulled back from the front ("the North's units had been pulled back from the front lines"); absent when none. */
  withdrawn?: string;
};
/** A problem's state and the words that name what the problem is about. */
/** `named`: a challenge still to overcome ("the challenges they would need to overcome are … the language barrier"): a forecast, no state. */
export type Problem = {
  state: 'solved' | 'present' | 'named';
  keys: string[];
  text: string;
  /** The problem nouns, singular ("friction", "barrier"). */
  nouns?: string[];
  /** What the problem is, by the words right beside its nouns ("language", "fuel"), and a language barrier told in other words. */
  topic?: string[];
  /** `solved` by denying there was a problem at all ("has not been a serious obstacle"), not by overcoming it. */
  denied?: true;
};

const REPORTING = /^(say|tell|confirm|announc|report|add|stat|state|explain|stress|note|claim|acknowledg|admit|told|said|warn|insist|emphasiz|emphasis)/;

/** A language barrier told in other words: "cannot understand each other", "cannot talk to one another", "language problems". */
const LANGUAGE_PHRASE = /\b((understand|talk to|speak to|communicate with) (each other|one another)|language (gap|problems?|difficult(y|ies)|issues?|barriers?))\b/i;

/**
 * Multiword paraphrases: a phrase adds the keys of the words it stands for, so that "give each other
 * military help if either comes under attack" shares "mutual" and "defence" with "a mutual defence
 * clause". General English, not phrases of any one story.
 */
const PHRASES: [RegExp, string[]][] = (
  [
    [/\b(each other|one another|reciprocal(ly)?|each (side|country|party|nation|state))\b/i, ['mutual']],
    [/\b(if|in the event of|in case of|whenever)\b[^.;]{0,40}\b(attack(s|ed)?|aggression|invaded|invasion)\b/i, ['defense']],
    [LANGUAGE_PHRASE, ['language', 'barrier']],
    [/\b(exchang|trad)(e|ed|es|ing) fire\b/i, ['fight']],
    [/\b(took|take|takes|taking|taken) part in\b/i, ['participate']],
    [/\bwithout delay\b/i, ['immediate']],
    [/\bput (their|his|her|its) (names?|signatures?) to\b/i, ['sign']],
  ] as [RegExp, string[]][]
).map(([re, words]) => [re, words.map(stem)]);

function phraseKeys(text: string): string[] {
  return PHRASES.filter(([re]) => re.test(text)).flatMap(([, keys]) => keys);
}

const FIGURE_QUALIFIER = '(?:only |just |merely )?(?:about |around |nearly |nearer |closer to |almost |some |roughly |more than |over |up to |at least )?';
const PUT_NUMBER_AT = new RegExp(`\\bput(?:s|ting)? the (?:number|figure|total|count|toll) of ([^,;]{3,60}?) at ${FIGURE_QUALIFIER}$`, 'i');
const NUMBER_HAS = new RegExp(`\\bthe (?:number|total|count|toll|tally) of ([^,;]{3,60}?) (?:has |had |have )?(?:since |now |already |recently )?(?:risen|rose|grown|grew|increased|climbed|jumped|fallen|fell|dropped|reached|stands|stood|is|was) (?:to |at )?${FIGURE_QUALIFIER}$`, 'i');

/** Troops named, then counted by the verb after them: "the soldiers dispatched to Russia are about 11 thousand", "the force numbers some 2,000". */
const TROOPS_ARE = new RegExp(`\\b(troops|soldiers|fighters|personnel|servicemen)\\b[^,;.]{0,40}?\\s+(?:are|were|number|numbered|total|totalled|totaled)\\s+(?:now\\s+|already\\s+|currently\\s+)?${FIGURE_QUALIFIER}$`, 'i');

/** A sentence's words as the features give them, without the rest: what naming its story needs. */
export type SentenceWords = Pick<SentenceFeatures, 'keys' | 'entities' | 'names'>;

/** An offset told from the saying, not from the report: "a week earlier", "a week before he spoke". */
const FROM_THE_SAYING = /\b(earlier|before (?:he|she|they|it) (?:spoke|said|was speaking|were speaking)|the day before|the previous day)$/i;
/** A verb of saying right before or after a date: the date is the saying's ("said last month that …"). */
const SAID_NEAR = /\b(said|says|told|announced|claimed|stated|reported|confirmed)(?:\s+(?:reporters|journalists|a\s+briefing|in\s+a\s+statement|at\s+a\s+briefing))?(?:\s+(?:on|in|at))?\s*$|^,?\s*(?:(?:the\s+)?[A-Z][\w'’.-]*\s+){0,4}(said|told|announced|claimed|stated|reported|confirmed)\b|^,\s*(?:[\w'’.-]+\s+){0,8}(said|told|announced|claimed|stated|reported|confirmed)\b/i;

/**
 * "Ryder said last month that they had joined the fighting about a week before he spoke": an offset
 * told from a dated saying counts back from the saying's days, not from the report's. Resolved against
 * the report, it is shifted by how far the saying lies before the report.
 */
function fromTheSaying(text: string, dates: DateSpan[], published: string | null): DateSpan[] {
  const pub = published ? Date.parse(published.slice(0, 10)) : NaN;
  if (Number.isNaN(pub)) return dates;
  // "a week earlier than expected" compares, it dates nothing.
  const kept = dates.filter((d) => !(FROM_THE_SAYING.test(d.text) && /^\s*than\b/i.test(text.slice(d.start + d.text.length))));
  return kept.map((d) => {
    if (!d.from || !d.to || !FROM_THE_SAYING.test(d.text)) return d;
    const saying = (x: DateSpan) => x !== d && x.kind === 'point' && !!x.from && !!x.to &&
      (SAID_NEAR.test(text.slice(Math.max(0, x.start - 40), x.start)) || SAID_NEAR.test(text.slice(x.start + x.text.length, x.start + x.text.length + 60)));
    // The nearest dated saying before the offset, its content opened by "that"; or a saying after it
    // that closes the sentence ("… a week earlier, Armenia said on August 15.").
    const said = kept.findLast((x) => saying(x) && x.start < d.start && /\bthat\b/i.test(text.slice(x.start + x.text.length, d.start))) ??
      kept.find((x) => saying(x) && x.start > d.start && /^[^.;]*,\s*[^,;]{0,60}$/.test(text.slice(d.start + d.text.length, x.start)));
    if (!said) return d;
    const shift = (iso: string, to: string) => new Date(Date.parse(to) - (pub - Date.parse(iso))).toISOString().slice(0, 10);
    return { ...d, from: shift(d.from, said.from!), to: shift(d.to, said.to!) };
  });
}

/** A wire dateline opening a sentence: place names in capitals, the day, the agency, a dash. */
const WIRE_DATELINE = /^[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+)*,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?\s*(?:\([^)]{1,40}\))?\s*[-–—]+\s/;

/** The keys, parties and capitalised names of a sentence, exactly as sentenceFeatures reads them. */
export function sentenceWords(text: string, tokens: Token[] = tokenize(text)): SentenceWords {
  return {
    keys: [...new Set([...tokens.filter((t) => !t.stop && t.key.length > 1).map((t) => t.key), ...phraseKeys(text)])],
    entities: [...new Set(tokens.filter((t) => t.entity).map((t) => t.entity!))],
    names: [...new Set(tokens.filter((t, i) => i > 0 && !t.entity && /^[A-Z][a-z]/.test(t.raw) && !t.stop).map((t) => t.key))],
  };
}

export function sentenceFeatures(text: string, published: string | null): SentenceFeatures {
  const tokens = tokenize(text);
  const { keys, entities, names } = sentenceWords(text, tokens);
  let figures: Figure[] = [];
  let dates: DateSpan[] = [];
  try {
    figures = extractQuantities(text).map((q) => {
      const fig: Figure = { text: q.text, low: q.low, high: Number.isFinite(q.high) ? q.high : null, value: q.value, unit: q.unit, scope: q.scope };
      if (q.event) fig.event = q.event;
      // "8,000 North Koreans": the counted noun is a people's name; it counts persons of that party.
      const last = tokens.filter((t) => t.start >= q.start && t.end <= q.end).pop();
      if (last?.entity && q.unit && /s$/i.test(last.raw)) fig.unit = `person:${last.entity}`;
      // "puts the number of North Koreans in Russia at nearly 11,000": the count is named before the figure.
      // So is "the number of North Korean troops sent to Russia has since risen to about 14,000".
      const named = !q.unit ? (PUT_NUMBER_AT.exec(text.slice(0, q.start)) ?? NUMBER_HAS.exec(text.slice(0, q.start))) : null;
      if (named) {
        const words = tokens.filter((t) => t.start >= named.index + named[0].indexOf(named[1]!) && t.end <= named.index + named[0].indexOf(named[1]!) + named[1]!.length);
        const head = words.find((t, i) => !t.stop && !/^(now|currently|already)$/.test(t.lower) && (i + 1 >= words.length || NOT_SUBJECT.test(words[i + 1]!.lower) || /^(now|currently|already|sent|deployed|dispatched|stationed|based)$/.test(words[i + 1]!.lower)));
        if (head?.entity && /s$/i.test(head.raw)) fig.unit = `person:${head.entity}`;
        else if (head && !head.entity) {
          fig.unit = singular(head.lower);
          const owner = words[words.indexOf(head) - 1]?.entity;
          if (owner) fig.party = owner;
        }
      }
      // "the North Korea soldiers dispatched to Russia are about 11 thousand": troops counted by the verb after them.
      const are = !fig.unit && !named ? TROOPS_ARE.exec(text.slice(0, q.start)) : null;
      if (are) {
        fig.unit = singular(are[1]!.toLowerCase());
        const at = are.index + are[0].indexOf(are[1]!);
        const owner = tokens.filter((t) => t.end <= at).pop();
        if (owner?.entity && at - owner.end <= 2) fig.party = owner.entity;
      }
      // "North Korean soldiers … at least 200 of them were killed": the count is of the troops named before.
      if (!fig.unit && /^\s+of (them|those)\b/i.test(text.slice(q.end))) {
        const before = tokens.filter((t) => t.end <= q.start);
        const named = before.flatMap((t, i) => (foldSynonym(t.key) === TROOP && before[i - 1]?.entity ? [i] : []));
        const at = named[0] ?? -1;
        // Two parties' troops named ("Russian troops and North Korean soldiers … 200 of them"): no telling whose.
        if (at > 0 && new Set(named.map((i) => before[i - 1]!.entity)).size === 1) {
          fig.unit = singular(before[at]!.lower);
          fig.party = before[at - 1]!.entity!;
        }
      }
      const bound = boundKeys(text, tokens, q.start, q.end);
      if (bound.length) fig.bound = bound;
      return fig;
    });
  } catch { figures = []; }
  try {
    // A wire dateline ("SEOUL, Nov 5 (Agency) - …") dates the dispatch, not what the sentence tells.
    const datelineEnd = WIRE_DATELINE.exec(text)?.[0].length ?? 0;
    dates = fromTheSaying(text, resolveDates(text, published)
      .filter((d) => d.start >= datelineEnd)
      .map((d) => ({ text: d.text, from: d.from, to: d.to, kind: d.kind, start: d.start })), published);
  } catch { dates = []; }
  // A bare day number inside a date ("the day 16 of last month") is the date's, not a count.
  figures = figures.filter((f) => !(f.unit === null && /^\d{1,2}$/.test(f.text) && dates.some((d) => new RegExp(`\\b${f.text}\\b`).test(d.text))));
  const negated = negatedPredicates(tokens);
  const asserted = extractAssertion(text, tokens) ?? tailAssertion(text, tokens);
  const clauses = splitClauses(text, tokens).map((c) => {
    const extra = phraseKeys(c.text).filter((k) => !c.keys.includes(k));
    return extra.length ? { ...c, keys: [...c.keys, ...extra] } : c;
  });
  const claimed = extractEventClaim(text, tokens);
  const unclaimed = claimed ? null : extractNegatedEvent(text, tokens);
  const directives = extractDirectives(text, tokens);
  const problem = extractProblem(text, tokens);
  return {
    keys,
    entities,
    names,
    figures,
    dates,
    frames: extractFrames(tokens, text),
    stances: extractStances(text, tokens),
    control: extractControl(text, tokens),
    onset: extractOnset(text, tokens, dates, published),
    speaker: extractSpeaker(text),
    ...(negated.length ? { negated } : {}),
    ...(asserted ? { asserted } : {}),
    ...(claimed ? { claimed } : {}),
    ...(unclaimed ? { unclaimed } : {}),
    ...(directives.length ? { directives } : {}),
    ...(clauses.length ? { clauses } : {}),
    ...(problem ? { problem } : {}),
    ...withdrawnFrom(text, tokens),
  };
}

// ---------- troops taken out of the fighting ----------

/** Troops taken out of the fighting: "had been pulled back from the front lines", "withdrawn from combat". */
const FRONT_WITHDRAWN = /\b(?:pulled\s+(?:back|out)|withdrawn|withdrew|rotated\s+out|removed|taken\s+off)\s+from\s+(?:the\s+)?(?:front(?:[\s-]*lines?)?|combat|the\s+fighting|fighting|battle(?:field)?)\b/i;
const BEFORE_PARTY = /^(to|by|in|into|from|after|for|with|against|of|on|at|near|toward|towards)$/;

/** The party whose troops were pulled back from the front: the one named last before the words (up to eight words back), not after a preposition. */
function withdrawnFrom(text: string, tokens: Token[]): { withdrawn?: string } {
  const m = FRONT_WITHDRAWN.exec(text);
  // Not done, only asked for, promised, possible, denied or conditional ("have not been pulled back", "urged that
  // they be withdrawn", "could be pulled back", "denied that …", "If … are pulled back"); some of them only
  // ("wounded troops"); or pulled back for a while ("briefly", "before resuming fighting").
  if (m && (/\b(?:not|never|no longer|would|could|may|might|will|shall|should|must|be)\s+(?:\w+\s+)?$|n['’]t\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, m.index - 20), m.index)) ||
    /\b(?:if|unless|demand\w*|urg\w*|call\w*\s+for|promis\w*|pledg\w*|den(?:y|ies|ied|ying)|false|rumou?rs?|reports?\s+that|expected|plan\w*)\b/i.test(text.slice(0, m.index)) ||
    /\b(?:wounded|injured|sick|some|several|a few|one|two)\s+(?:\w+\s+)?(?:troops|soldiers|units|forces|fighters)\s+(?:\w+\s+){0,3}$/i.test(text.slice(0, m.index)) ||
    /\b(?:briefly|temporarily)\b/i.test(text.slice(Math.max(0, m.index - 20), m.index)) || /\b(?:before\s+(?:resuming|returning|the)|then\s+(?:returned|resumed|went back)|resum\w*)\b/i.test(text.slice(m.index)))) return {};
  // Troops, not tanks or equipment, and the force, not one brigade rotated out: "North Korea's units had been pulled back".
  if (!m || !/\b(troops|soldiers|forces|units|contingent|servicemen|fighters)\b(?:(?:\s+\w+){0,3}|\s+(?:deployed|sent|stationed|dispatched)\s+(?:to|in)\s+(?:[\w'’-]+\s+){1,4}(?:have|has|had)\s+been)\s*$/i.test(text.slice(0, m.index))) return {};
  const before = tokens.filter((t) => t.end <= m.index);
  // A party after a preposition is where they were sent ("troops deployed to Russia's Kursk region"): look further back.
  for (let k = before.length - 1; k >= Math.max(0, before.length - 12); k--) {
    const t = before[k]!;
    if (t.entity && !(k > 0 && BEFORE_PARTY.test(before[k - 1]!.lower))) return { withdrawn: t.entity };
  }
  return {};
}

// ---------- a problem that persists or was overcome ----------

/**
 * Overcome, in the perfect or the passive: "had largely overcome", "has been resolved"; or eased, in
 * the perfect or with the problem as subject: "these frictions likely eased". Not "would need to
 * overcome", "would have eased", nor "the government eased sanctions".
 */
const SOLVED = /\b(?:(?<!\b(?:would|could|might|may|should|must)\s(?:(?:not|have|be)\s)?)(?:had|have|has|was|were|been|being)\s+(?:(?:\w+ly|now|since|finally|already|been)\s+){0,2}(overcome|resolved|solved|fixed|ironed out|sorted out|eliminated|(?<=been\s+)eased)|(?:(?<!\b(?:would|could|might|may|should)\s)(?:have|has|had)\s+(?:\w+ly\s+)?|\b(?:frictions?|tensions?|problems?|difficult(?:y|ies)|barriers?|shortages?)\s+(?:\w+ly\s+)?)(eased|subsided|faded|dissipated|abated))\b/i;
/** Said to be no problem: "has not been a problem", "is no longer an issue". */
const NO_PROBLEM = /\b(?:(?:has|have|had|is|are|was|were)\s+(?:not|never)\s+(?:been\s+)?(?:a|an|any)\s+(?!easy\b|simple\b|small\b|minor\b|trivial\b)(?:\w+\s+)?|(?:is|are|was|were|has been)\s+no\s+(?:longer\s+(?:a|an)\s+)?(?:\w+\s+)?)(?:problem|issue|obstacle|hurdle)\b/i;
/** A problem at work: "has bedevilled", "hampering", "continue to cause friction". A challenge still to overcome is a forecast, not a state. */
const PRESENT = /\b(bedevil\w*|hamper\w*|plagu\w*|dogged|dogging|hinder\w*|struggl\w*|ongoing|persist\w*|continu\w* to cause|(?:is|are|remains?) (?:a |an )?(?:big |major |serious |real )(?:obstacle|problem|hurdle|headache)s?|because of the (?:\w+ )?(?:barrier|problems?))\b/i;
/** A challenge still ahead: "would need to overcome", "overcoming … will be critical". */
const CHALLENGE_AHEAD = /\b(need to overcome|needs? to overcome|to overcome|overcoming|stressing challenges|challenges like|(?:will|would|is going to|are going to) be (?:a |an )?(?:real |big |major |serious )?(?:headache|problem|challenge|obstacle|issue|hurdle)s?)\b/i;
const PROBLEM_NOUN = /^(barriers?|problems?|difficult(y|ies)|issues?|obstacles?|shortages?|frictions?|challenges?|troubles?|hurdles?|tensions?|headaches?)$/i;

/**
 * A problem named in the sentence and whether it is said to persist or to have been overcome, with the
 * words around it that say what it is about ("language", "coordinating"). Needs a problem noun too.
 */
function extractProblem(text: string, tokens: Token[]): Problem | null {
  if (!tokens.some((t) => PROBLEM_NOUN.test(t.lower))) return null;
  // "Visa rules have been eased, but the language barrier remains a challenge": the problem is the
  // clause after "but" when the clause before names none.
  const but = /,\s*but\s+/i.exec(text);
  if (but && !tokens.some((t) => t.end <= but.index && PROBLEM_NOUN.test(t.lower))) {
    const rest = text.slice(but.index + but[0].length);
    return extractProblem(rest, tokenize(rest));
  }
  const overcome = SOLVED.exec(text);
  const solved = overcome ?? NO_PROBLEM.exec(text);
  const present = solved ? null : PRESENT.exec(text);
  const named = solved || present ? null : CHALLENGE_AHEAD.exec(text);
  const m = solved ?? present ?? named;
  if (!m) return null;
  // What the problem is about: the words next to the cue and next to each problem noun ("the language
  // barrier has bedevilled combat coordination", "overcome their early problems communicating").
  const cueAt = tokens.findIndex((t) => t.start >= m.index);
  const cueEnd = tokens.findIndex((t) => t.start >= m.index + m[0].length);
  const near = (i: number) =>
    (i >= cueAt - 3 && i < (cueEnd < 0 ? tokens.length : cueEnd + 4)) || tokens.some((t, j) => PROBLEM_NOUN.test(t.lower) && Math.abs(i - j) <= 2);
  // "because of the language barrier": the cue names what the problem is about; its other words are the cue.
  const cue = new Set(tokenize(/^because of/i.test(m[0]) ? 'because of the' : m[0]).map((t) => t.key));
  const keys = [...new Set(tokens.filter((t, i) => near(i) && !t.stop && !t.entity && !cue.has(t.key) && !PROBLEM_NOUN.test(t.lower) && !/^\d/.test(t.key)).map((t) => t.key))];
  // "cannot talk to each other": a language barrier told in other words, anywhere in the sentence.
  const language = LANGUAGE_PHRASE.test(text);
  if (language) for (const k of [stem('language'), stem('barrier')]) if (!keys.includes(k)) keys.push(k);
  const beside = (i: number) => tokens.some((t, j) => PROBLEM_NOUN.test(t.lower) && j !== i && Math.abs(i - j) <= 2);
  const topic = [...new Set([...tokens.filter((t, i) => beside(i) && !t.stop && !t.entity && !PROBLEM_NOUN.test(t.lower) && !/^(big|real|major|serious|main|key|new|old|early|late|such|this|that|is|are|was|were|a|an)$/.test(t.lower)).map((t) => t.key), ...(language ? [stem('language')] : [])])];
  const nouns = [...new Set(tokens.filter((t) => PROBLEM_NOUN.test(t.lower)).map((t) => t.lower.replace(/ies$/, 'y').replace(/s$/, '')))];
  return { state: solved ? 'solved' : present ? 'present' : 'named', keys, text: m[0], nouns, topic, ...(solved && !overcome ? { denied: true as const } : {}) };
}

// ---------- what a confirmation says happened ----------

/** Verbs that put a fact on record: a confirmation or an announcement, not an opinion or a warning. */
const ON_RECORD = /^(confirm|confirms|confirmed|confirming|acknowledg\w*|announc\w*|admit|admits|admitted|admitting)$/;
/** Verbs that open the reported content; the last one before the content is the one it hangs on. */
const OPENS_CONTENT = /^(confirm|confirms|confirmed|confirming|acknowledg\w*|announc\w*|admit|admits|admitted|admitting|said|say|says|told|stated|reported|reports|finding|findings|assessment|conclusion)$/;
/** "recognized (for the first time, on 26 April,) that …": an admission that opens its content, not a recognition of a state. */
function recognizedThat(text: string, tokens: Token[], i: number): boolean {
  return /^recogni[sz](?:e|es|ed)$/.test(tokens[i]!.lower) && /^(?:\s*,?\s*(?:for the first time|publicly|officially|openly|formally))?(?:\s*,\s*[^,;.]{1,40},)?\s+that\b/i.test(text.slice(tokens[i]!.end));
}
/** Nouns that open content only with "that" right after them ("its finding that …", not "the finding"). */
const CONTENT_NOUN = /^(finding|findings|assessment|conclusion)$/;
/** Events a confirmation may be about: paraphrase classes of newsroom verbs (see lexicon.ts). */
const SEND_CLASS = foldSynonym(stem('send'));
export const EVENT_CLASSES = new Set(['fight', 'send', 'kill', 'seize', 'retake', 'train', 'help', 'supply', 'sign', 'ratify', 'withdraw', 'thank'].map((w) => foldSynonym(stem(w))));

/**
 * Within a few words before a confirming verb: it is refused, doubted, asked for or only planned
 * ("could not confirm", "neither Moscow nor Kyiv has publicly confirmed", "urged Washington to
 * confirm", "if Washington confirms", "is expected to announce"). "I can confirm" stays on record.
 */
const NOT_ON_RECORD = /^(not|never|no|neither|nor|without|cannot|unable|declin\w*|refus\w*|will|would|could|may|might|should|yet|to|if|whether|unless|urg\w*|ask\w*|expect\w*|call\w*|\w+n't)$/;
/** In the content: a possibility, a plan or a doubt, not an event on record. */
/** A word as a hedge reads it: "May" inside a sentence is the month ("in late May") or a name ("Theresa May"), not the modal. */
function hedged(t: Token): string {
  return t.raw === 'May' && t.start > 0 ? 'may-month' : t.lower;
}

const NOT_AN_EVENT = /^(may|might|could|would|will|should|must|promis\w*|pledg\w*|vow\w*|intend\w*|if|whether|unless|unclear|possibl\w*|likely|expected|plan|plans|planned|planning|soon)$/;
/** Before a named party: it is not the subject of the content ("aid to Ukraine", "killed by Russian troops"). */
const NOT_SUBJECT = /^(to|by|in|into|from|after|for|with|against|of|on|at|over|near|toward|towards)$/;
const BE = /^(be|been|being|was|were|is|are|am)$/;

/**
 * The content of a confirmation: the party it is about (a named party that is the subject, not the
 * object of a preposition) and the events named after it, passives left out ("Ukrainian soldiers were
 * killed" is not a killing by Ukraine). The reporting verb read is the last one with such content after
 * it: "Kirby confirmed the assessment after Kyiv said North Korean troops had moved into direct
 * fighting" is about the troops, not about Kyiv, and in "…, a spokesman said." nothing follows.
 */
export function extractAssertion(text: string, tokens: Token[]): Assertion | null {
  const first = tokens.findIndex((t, i) => (ON_RECORD.test(t.lower) || recognizedThat(text, tokens, i)) && !tokens.slice(Math.max(0, i - 5), i).some((p) => NOT_ON_RECORD.test(hedged(p))));
  if (first < 0) return null;
  const openers = [first];
  for (let i = first + 1; i < tokens.length; i++) if (OPENS_CONTENT.test(tokens[i]!.lower) || recognizedThat(text, tokens, i) || colonAfter(text, tokens, i) || namelyOpens(text, tokens, i)) openers.push(i);
  // "Pyongyang has now admitted sending troops": a gerund right after the verb is the subject's own act.
  // So is "its troop deployment": the subject's own sending of troops, named as a noun. Only troops
  // sent: "confirmed the killing of its soldiers" is a loss, and "sending aid" another act.
  const gerund = tokens.slice(first + 1, first + 7).findIndex((t, k, all) => foldSynonym(t.key) === SEND_CLASS &&
    (/ing$/.test(t.lower) || all.slice(0, k).some((w) => /^(its|their)$/.test(w.lower))));
  const between = tokens.slice(first + 1, first + 1 + Math.max(0, gerund));
  const g = gerund >= 0 ? tokens[first + 1 + gerund]! : null;
  const troops = !!g && (/ing$/.test(g.lower) ? foldSynonym(tokens[first + 2 + gerund]?.key ?? '') === TROOP : between.some((t) => foldSynonym(t.key) === TROOP));
  if (g && troops && between.every((t) => /^(for|the|first|time|publicly|openly|officially|now|its|their|troop|troops|military|own)$/.test(t.lower))) {
    // The subject opens the verb's clause ("Pyongyang has now admitted"): not a party in a phrase before it ("Hours after the Israeli raid, Hamas …").
    const clause = tokens.slice(0, first).findLastIndex((t, j) => /[,;]/.test(text.slice(t.end, tokens[j + 1]?.start ?? t.end)));
    const subject = tokens.slice(clause + 1, first).find((t) => t.entity);
    // Refused in a phrase NOT_ON_RECORD's single words do not cover: "stopped short of", "rather than", "avoided".
    const refused = /\b(short of|rather than|instead of|avoid\w*|resist\w*)\s+(?:\w+\s+){0,2}$/i.test(text.slice(0, tokens[first]!.start));
    if (subject && !refused && !tokens.slice(Math.max(0, first - 5), first).some((p) => NOT_ON_RECORD.test(hedged(p)))) {
      return { agent: subject.entity!, events: [SEND_CLASS], text: text.slice(tokens[first]!.start, tokens[first]!.end), own: true };
    }
  }
  for (const open of openers.reverse()) {
    const read = readContent(tokens.slice(open + 1));
    if (read === 'refused') return null;
    if (read === 'nothing') continue;
    return { ...read, text: text.slice(tokens[first]!.start, tokens[first]!.end) };
  }
  return null;
}

/**
 * "confirmed what Kyiv had been saying, namely that …": "namely" opens the content confirmed only after
 * "what <someone> had been saying / said / reported", not after "none of what …", "disputed the version,
 * namely" or "what Sudan had long denied, namely".
 */
function namelyOpens(text: string, tokens: Token[], i: number): boolean {
  if (tokens[i]!.lower !== 'namely') return false;
  const before = text.slice(0, tokens[i]!.start);
  return /\b(?:confirm\w*|acknowledg\w*|admit\w*)\s+what\s+[^,;]{1,60}?\s+(?:had\s+been\s+saying|had\s+said|said|had\s+reported|reported|had\s+claimed|claimed|had\s+been\s+reporting)\b[^,;]{0,30},?\s*$/i.test(before);
}

/** Whether a colon follows token `i`: after a reporting verb, what follows it is the content. */
function colonAfter(text: string, tokens: Token[], i: number): boolean {
  return i + 1 < tokens.length && /:/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start));
}

/**
 * The party and events of reported content: the first party named, which must be its subject (else
 * the content is 'refused', as it is when negated or only possible), and the events named after it,
 * passives left out; 'nothing' when it names no party or no event.
 */
function readContent(content: Token[]): { agent: string; events: string[] } | 'refused' | 'nothing' {
  const at = content.findIndex((t) => t.entity !== null);
  if (at < 0) return 'nothing';
  if (at > 0 && NOT_SUBJECT.test(content[at - 1]!.lower)) return 'refused';
  // "confirmed that the troops had not joined the fighting", "confirmed they could be sent".
  if (content.some((t) => NEGATOR.test(t.lower) || /^(no|never|neither|nor|without)$/.test(t.lower) || NOT_AN_EVENT.test(hedged(t)))) return 'refused';
  const events = new Set<string>();
  for (let k = at + 1; k < content.length; k++) {
    const t = content[k]!;
    const e = foldSynonym(t.key);
    if (!EVENT_CLASSES.has(e)) continue;
    const passive = /ed$/.test(t.lower) && [content[k - 1], content[k - 2]].some((p) => p !== undefined && BE.test(p.lower));
    if (!passive) events.add(e);
  }
  return events.size ? { agent: content[at]!.entity!, events: [...events] } : 'nothing';
}

/**
 * The same with the attribution after the content: "North Korean soldiers sent to Russia are now
 * fighting Ukrainian forces in Kursk, the United States has said". The content is what comes before
 * the attribution; its party and events are read as for a confirmation. The attribution must put it
 * on record ("confirmed", "announced", the official "has said"); a plain "…, officials said" is a
 * claim like any other.
 */
function tailAssertion(text: string, tokens: Token[]): Assertion | null {
  const tail = /,\s*(?:[\w.'’-]+\s+){1,6}?(has said|have said|confirmed|has confirmed|have confirmed|announced|has announced)\s*[,.]/i.exec(text);
  if (!tail) return null;
  const read = readContent(tokens.filter((t) => t.end <= tail.index));
  if (typeof read === 'string') return null;
  const verb = tail[1]!;
  const vi = text.indexOf(verb, tail.index);
  return { ...read, text: text.slice(vi, vi + verb.length) };
}

/**
 * What a sentence states happened, read like the content of a confirmation but from any statement:
 * its subject (the first named party that is not the object of a preposition; "troops from North
 * Korea" counts) and the events named after it in the same stretch, until another party becomes a
 * subject. A fight told with a symmetric verb ("clashed with", "exchanged fire with") or against
 * someone ("fighting against Ukrainian forces") also names the other side. The content is what
 * follows the last reporting verb that has any, or else what comes before the first. Negated,
 * possible and planned content states nothing.
 */
export function extractEventClaim(text: string, tokens: Token[]): EventClaim | null {
  const openers: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // "confirmed what Kyiv had been saying: the troops have moved into the fighting".
    // "confirmed what Kyiv had been saying, namely that the North Koreans had moved into direct combat".
    if (openers.length && (colonAfter(text, tokens, i) || namelyOpens(text, tokens, i))) {
      openers.push(i);
      continue;
    }
    if (!OPENS_CONTENT.test(tokens[i]!.lower) && !recognizedThat(text, tokens, i)) continue;
    if (CONTENT_NOUN.test(tokens[i]!.lower) && tokens[i + 1]?.lower !== 'that') continue;
    // "Pyongyang is said to have sent troops": a hedge on the subject's own act, not a saying whose content follows.
    if (/^(is|are|was|were)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.lower === 'to') continue;
    // "…, state news agency KCNA said, three days after…": an attribution that closes its clause has
    // its content before it.
    const after = text.slice(tokens[i]!.end);
    const rest = after.split(/[,;:.]/)[0]!;
    if (!/\bthat\b/i.test(after.slice(0, 40)) && rest.trim().split(/\s+/).filter(Boolean).length <= 3) continue;
    openers.push(i);
  }
  // The latest reporting verb first; last, what comes before the first one.
  const latestFirst = [...openers].reverse();
  const spans: Token[][] = latestFirst.map((o) => skipAddressee(tokens, o));
  spans.push(openers.length ? tokens.slice(0, openers[0]) : tokens);
  // "Kyiv said its troops had traded fire": "its" and "their" stand for the sentence's first party.
  const owner = tokens.find((t) => t.entity)?.entity ?? null;
  for (const [n, span] of spans.entries()) {
    // "has never officially confirmed that …": content refused, doubted or asked for states nothing.
    const opener = n < latestFirst.length ? latestFirst[n]! : -1;
    if (opener > 0 && tokens.slice(Math.max(0, opener - 5), opener).some((p) => NOT_SAID.test(hedged(p)))) return null;
    // An apposition or relative clause after the event ("…traded fire with North Korean soldiers, an
    // encounter that would mark…") comments on it: its "would" refuses nothing.
    const cut = span.findIndex((t, i) => i > 0 && /^(a|an|which)$/.test(t.lower) && text.slice(span[i - 1]!.end, t.start).includes(',') && span.slice(0, i).some((w, k) => EVENT_CLASSES.has(foldSynonym(w.key)) || (FIRE.test(w.lower) && span[k + 1]?.lower === 'fire')));
    // "Washington said Asmara had acknowledged that it had sent troops": "it" is who acknowledged.
    const speaker = opener > 0 ? tokens.slice(Math.max(0, opener - 6), opener).reverse().find((t) => t.entity)?.entity ?? owner : owner;
    const read = readEvent(cut > 0 ? span.slice(0, cut) : span, speaker);
    // Content negated after a reporting verb states nothing, but what comes before that verb still may
    // ("Putin thanked Kim and said Russia would never forget…").
    if (read === 'refused') {
      if (opener > 0) continue;
      return null;
    }
    if (read) {
      const { from, to, ...claim } = read;
      return { ...claim, text: text.slice(from.start, to.end) };
    }
  }
  return null;
}

/** "has yet to", "are yet to": at token `i`, a "yet" that says the thing has not happened so far. */
function isYetTo(tokens: Token[], i: number): boolean {
  return tokens[i]!.lower === 'yet' && tokens[i + 1]?.lower === 'to' && i > 0 && /^(has|have|had|is|are|was|were)$/.test(tokens[i - 1]!.lower);
}

/** What one party gives another, which a denial of "giving … to X" denies: training or supplies (help has purposes too many to match). */
const DENIED_HELP = new Set(['train', 'supply'].map((w) => foldSynonym(stem(w))));

/**
 * What a statement says did not happen: an event verb negated in the plain ("had not yet engaged",
 * "did not send"), read like extractEventClaim with the negation left out. A negation after a modal
 * ("would not send") is a refusal or a plan, and a stance verb ("did not confirm") is read as a stance.
 */
function extractNegatedEvent(text: string, tokens: Token[]): EventClaim | null {
  const negators = new Set<number>();
  const verbs = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    // "had suffered no casualties": "no" before the event's own noun negates it too.
    if (tokens[i]!.lower === 'no') {
      // Not "no longer" nor "no sign of": those say nothing of the event itself.
      const noun = /^(longer|sign|signs)$/.test(tokens[i + 1]?.lower ?? '') ? undefined : tokens.slice(i + 1, i + 3).find((t) => EVENT_CLASSES.has(foldSynonym(t.key)));
      if (noun) {
        negators.add(i);
        verbs.add(foldSynonym(noun.key));
      }
      continue;
    }
    // "denied giving any military training to …", "denied supplying weapons to …": the denier's own
    // training or supplies to another, denied. Not a killing or a sending, whose scope ("any civilians",
    // "outside the mission") the other side may not share.
    if (/^den(y|ies|ied|ying)$/.test(tokens[i]!.lower) && /ing$/.test(tokens[i + 1]?.lower ?? '')) {
      // "giving any help": what is given is the act ("help"), not the giving.
      const acts = tokens.slice(i + 1, i + 5).filter((t) => EVENT_CLASSES.has(foldSynonym(t.key)));
      const act = /^(giving|providing|offering)$/.test(tokens[i + 1]!.lower) && acts.length > 1 ? acts[1] : acts[0];
      if (act && DENIED_HELP.has(foldSynonym(act.key))) {
        negators.add(i);
        verbs.add(foldSynonym(act.key));
      }
      continue;
    }
    // "has yet to ratify": not done so far.
    const yetTo = isYetTo(tokens, i);
    if (!yetTo && (!NEGATOR.test(tokens[i]!.lower) || (i > 0 && MODAL.test(hedged(tokens[i - 1]!))))) continue;
    let j = yetTo ? i + 2 : i + 1;
    while (j < tokens.length && j <= i + 3 && BETWEEN.test(tokens[j]!.lower)) j++;
    const v = tokens[j];
    let e = v ? foldSynonym(v.key) : '';
    // "have not taken part in any fighting", "did not join the fighting": the event is what was joined.
    if (v && !EVENT_CLASSES.has(e) && /^(take|taken|took|taking|join|joined|joining|participat)/.test(v.lower)) {
      const joined = tokens.slice(j + 1, j + 5).find((t) => EVENT_CLASSES.has(foldSynonym(t.key)));
      if (joined) e = foldSynonym(joined.key);
    }
    if (!v || !EVENT_CLASSES.has(e) || STANCE_VERB.test(v.key)) continue;
    negators.add(i);
    if (yetTo) negators.add(i + 1);
    verbs.add(e);
  }
  if (!negators.size) return null;
  const read = extractEventClaim(text, tokens.filter((_, i) => !negators.has(i)));
  return read && read.events.some((e) => verbs.has(e)) ? read : null;
}

/**
 * The content after a reporting verb, past whom it was told to: "told Vladimir Putin that North
 * Korean units had helped" is about the units, not about Putin.
 */
function skipAddressee(tokens: Token[], opener: number): Token[] {
  if (/^(told|tell|tells|telling|informed|assured|briefed)$/.test(tokens[opener]!.lower)) {
    const that = tokens.findIndex((t, i) => i > opener && i <= opener + 8 && t.lower === 'that');
    if (that > 0) return tokens.slice(that + 1);
  }
  return tokens.slice(opener + 1);
}

/** Before a reporting verb: what follows was not said or not put on record ("has never confirmed", "could not say"). */
const NOT_SAID = /^(not|never|no|neither|nor|yet|cannot|unable|declin\w*|refus\w*|will|would|could|may|might|should|must|dismiss\w*|reject\w*|den(y|ied|ies|ying)|brush\w*|refut\w*|rebuff\w*|\w+n't)$/;
/** Before a named party: it is not the subject ("aid to Ukraine", "fighting inside Russia's Kursk region"). */
const NOT_EVENT_SUBJECT = new RegExp(NOT_SUBJECT.source.replace(')$', '|inside|within|across|through|alongside|behind|beside|under|about|during|between|among|amid|beyond|around)$'));
/** Fighting told with a verb whose "with" names the other side ("clashed with", "engaged with"). */
const SYMMETRIC_FIGHT = /^(clash\w*|engag\w*|exchang(e|ed|es|ing)|trad(e|ed|es|ing))$/;
const FIRE = /^(exchang(e|ed|es|ing)|trad(e|ed|es|ing))$/;
const FIGHT = foldSynonym(stem('fight'));
export const TROOP = foldSynonym(stem('troop'));

/** A past participle, regular or of the irregular verbs news uses for events ("had been sent"). */
const PARTICIPLE = /^(\w+ed|sent|fought|taught|held|struck|hit|shot|won|lost|given|taken|seen|brought|caught|built|sold|kept|left|made|paid|put|set|spent|told|driven|thrown)$/;
/**
 * The index of the preposition that a party at token `at` is the object of, past a determiner ("to
 * the United Nations", "inside Russia's Kursk region"); -1 when there is none.
 */
function prepositionBefore(tokens: Token[], at: number): number {
  let k = at - 1;
  // "in eastern Russia", "into far western Kursk": a direction before the name is part of the phrase.
  while (k >= 0 && k >= at - 2 && DIRECTION.test(tokens[k]!.lower)) k--;
  if (k >= 0 && /^(the|a|an)$/.test(tokens[k]!.lower)) k--;
  return k >= 0 && NOT_EVENT_SUBJECT.test(tokens[k]!.lower) ? k : -1;
}

const DIRECTION = /^(eastern|western|northern|southern|central|north|south|east|west|northeastern|northwestern|southeastern|southwestern|far|mainland|occupied)$/;

/** "push Ukraine out", "drive the rebels out": the side fought against. */
const EXPEL = /^(push|pushed|pushing|drive|drove|driving|force|forced|forcing|kick|kicked|throw|threw)$/;
/** Refused, threatened, denied, offered, wanted or suspected: not something that happened ("refused to send"). */
const NOT_DONE = /^(refus\w*|declin\w*|threaten\w*|den(y|ied|ies|ying)|reject\w*|consider\w*|ready|want\w*|offer\w*|urg\w*|suspect\w*|accus\w*|alleg\w*)$/;
/** Ends the stretch of a subject's events: another clause with its own subject ("where the latter…"). */
const OTHER_CLAUSE = /^(where|while|whereas|but|although|though|because|whom|latter|former)$/;

/** Opens a clause with its own subject: "…came as North Korean leader Kim Jong-un finalized…". */
const SUBORDINATOR = /^(as|when|while|after|before|because|since|once)$/;

/** Words that open a condition. */
const CONDITION = /^(if|unless|whether)$/;
/** A verb in the simple past: what was done, not what would be. */
const PAST_ACT = /^\w+ed$|^(sent|fought|took|began|struck|made|gave|met|led|held|won|sought|brought|signed)$/;

function readEvent(whole: Token[], owner: string | null): (Omit<EventClaim, 'text'> & { from: Token; to: Token }) | 'refused' | null {
  // "were no longer confined to support duties but were now on the front lines, fighting": what "no
  // longer" denies ends at "but"; what follows is told.
  const neg = whole.findIndex((t, i) => t.lower === 'no' && whole[i + 1]?.lower === 'longer' && i > 0 && /^(were|was|are|is|be|been)$/.test(whole[i - 1]!.lower));
  const but = neg >= 0 ? whole.findIndex((t, i) => i > neg && i <= neg + 12 && t.lower === 'but') : -1;
  const span = but >= 0 ? [...whole.slice(0, neg), ...whole.slice(but + 1)] : whole;
  // What follows the last event word in another clause cannot refuse it: in "troops are taking
  // casualties and promised a response" the promise is that clause's ("who fought … could receive" stays refused).
  const lastEvent = span.findLastIndex((t) => EVENT_CLASSES.has(foldSynonym(t.key)));
  // Nor can a participle of saying that follows it ("denied giving any training, calling the accusation a fabrication").
  const nextClause = span.findIndex((t, i) => i > lastEvent && /^(and|but|while|whereas|calling|saying|adding|describing|dismissing|insisting|stressing)$/.test(t.lower));
  // A condition after an act told in the past holds for what follows it, not for the act: in "the treaty
  // they signed in June commits each side to help if the other is attacked" the signing happened.
  const firstEvent = span.findIndex((t) => EVENT_CLASSES.has(foldSynonym(t.key)));
  const pastAct = firstEvent >= 0 && PAST_ACT.test(span[firstEvent]!.lower);
  const conditionAfterAct = (t: Token, i: number) => pastAct && i > firstEvent && CONDITION.test(t.lower);
  if (span.slice(0, nextClause < 0 ? span.length : nextClause).some((t, i) => isYetTo(span, i) || NEGATOR.test(t.lower) || /^(no|never|neither|nor|without)$/.test(t.lower) || (NOT_AN_EVENT.test(hedged(t)) && !conditionAfterAct(t, i)) || NOT_DONE.test(t.lower))) return 'refused';
  // A leader or spokesman named in full speaks and acts for his country ("Kim Jong Un had signed").
  const words = span.map((t) => t.raw);
  const person = span.map((t, i) => (t.entity ? null : personEntity(words, i + 1)));
  const party = (i: number) => span[i]!.entity ?? person[i] ?? null;
  const subjectAt = span.findIndex((t, i) => {
    if (owner && /^(its|their)$/.test(t.lower) && foldSynonym(span[i + 1]?.key ?? '') === TROOP) return true;
    // "acknowledged … that it had sent troops": "it" before its verb is the sentence's first party.
    if (owner && /^(it|they)$/.test(t.lower) && /^(had|has|have|was|were|is|are|did)$/.test(span[i + 1]?.lower ?? '')) return true;
    if (!party(i)) return false;
    const p = prepositionBefore(span, i);
    if (p < 0) return true;
    // "soldiers from North Korea": the party names who the subject is.
    return span[p]!.lower === 'from' && p > 0 && foldSynonym(span[p - 1]!.key) === TROOP;
  });
  if (subjectAt < 0) return null;
  // "the fighting is giving North Korea's military its first experience": an event before the party
  // in its own clause is not told of it.
  const opens = span.findLastIndex((t, i) => i < subjectAt && SUBORDINATOR.test(t.lower));
  if (span.slice(opens + 1, subjectAt).some((t) => EVENT_CLASSES.has(foldSynonym(t.key)))) return null;
  const agent = party(subjectAt) ?? owner!;
  const events = new Set<string>();
  let partner: string | undefined;
  let joint = false;
  let last = span[subjectAt]!;
  for (let k = subjectAt + 1; k < span.length; k++) {
    const t = span[k]!;
    // Another party as a subject starts another statement.
    const other = party(k);
    // "Kim Jong Un and Vladimir Putin signed": a second subject joined by "and" acts with the first.
    if (other && other !== agent && !events.size && !partner && span.slice(subjectAt + 1, k).some((w) => w.lower === 'and') && span.slice(subjectAt + 1, k).every((w) => w.lower === 'and' || /^[A-Z]/.test(w.raw))) {
      partner = other;
      joint = true;
      continue;
    }
    if ((other && prepositionBefore(span, k) < 0 && other !== agent && other !== partner) || OTHER_CLAUSE.test(t.lower)) break;
    // A relative clause after the subject's event is about its object ("engaged with units that had been deployed to help").
    if (events.size && /^(that|which|who)$/.test(t.lower)) break;
    // "deflecting questions about North Korean forces fighting": what the questions are about is no doing of the subject.
    if (/^(questions?|reports?|claims?|allegations?|rumou?rs?|speculation|accounts?)$/.test(t.lower)) break;
    const fire = FIRE.test(t.lower) && span[k + 1]?.lower === 'fire';
    const e = fire ? FIGHT : foldSynonym(t.key);
    if (!EVENT_CLASSES.has(e)) continue;
    // "a telltale sign of", "the first signs": the noun, not the act of signing.
    if (/^signs?$/.test(t.lower) && span.slice(Math.max(0, k - 2), k).some((w) => /^(a|an|the|any|no|clear|first)$/.test(w.lower))) continue;
    // "abandoned its practice of deflecting questions", "dropped the pretense": a stance given up, not a withdrawal.
    if (/^(abandon|drop|gave|give|end)/.test(t.lower) && span.slice(k + 1, k + 5).some((w) => /^(practice|policy|habit|pretense|pretence|denials?|silence|up)$/.test(w.lower))) continue;
    const passive = PARTICIPLE.test(t.lower) && ([span[k - 1], span[k - 2]].some((p) => p !== undefined && BE.test(p.lower)) || span[k + 1]?.lower === 'by');
    if (passive) continue;
    events.add(e);
    last = t;
    if (e === FIGHT && !partner) {
      for (let j = k + 1; j < Math.min(span.length, k + 9); j++) {
        const w = span[j]!;
        if (!w.entity) continue;
        const prep = span[j - 1]!.lower;
        // "fighting against Ukrainian forces", "clashed with", and "fought … to push Ukraine out".
        // …and the direct object of a fight: "Ukrainian troops have fought North Korean units".
        const against = prep === 'against' || (prep === 'with' && (fire || SYMMETRIC_FIGHT.test(t.lower))) || (EXPEL.test(prep) && span[j + 1]?.lower === 'out') ||
          (j === k + 1 && /^(fought|fight|fights|fighting|battled|battling|battle|battles)$/.test(t.lower) && /^(troops|soldiers|forces|units|army|fighters|men|servicemen|militias?|rebels)$/.test(span[j + 1]?.lower ?? ''));
        if (w.entity !== agent && against) partner = w.entity;
        // An ally ("alongside Russian units", "with Russian troops") is passed over; anyone else ends the search.
        if (against || !/^(alongside|beside|with|of)$/.test(prep)) break;
      }
    }
  }
  if (!events.size) return null;
  return { agent, ...(partner ? { partner } : {}), ...(joint ? { joint: true as const } : {}), events: [...events], from: span[subjectAt]!, to: last };
}

// ---------- warnings and demands ----------

const WARN = /\b(warn(?:s|ed|ing)?|cautioned|threatened)\b/i;
/** "called on North Korea to withdraw", "urged Iran to stop", "told Pyongyang to pull", "must stop sending", "must cease". */
const DEMAND = /\b(call(?:s|ed|ing)? on|urg(?:es|ed|ing)|demand(?:s|ed|ing)?|(?:must|should) (?:stop|cease|halt|end|withdraw|pull)|must\b[^.;]{0,12}\bcease|(?:told|tells|ordered|pressed|asked|asks|requested)(?=\s+(?:[\w'’.-]+\s+){1,3}?to\s+(?:stop|cease|halt|end|withdraw|pull)\b))\b/i;
const STOP = foldSynonym(stem('withdraw'));

/**
 * A warning or demand about a party. A demand must ask a party to stop or withdraw something; a
 * warning is about the first party named after the warning verb. Who gave it is the subject before
 * the verb, when named. Negated verbs ("did not warn") give nothing.
 */
function extractDirectives(text: string, tokens: Token[]): Directive[] {
  const out: Directive[] = [];
  for (const re of [WARN, DEMAND]) {
    const m = re.exec(text);
    const d = m ? readDirective(text, tokens, m, re === WARN) : null;
    if (d) out.push(d);
  }
  return out;
}

function readDirective(text: string, tokens: Token[], m: RegExpExecArray, isWarning: boolean): Directive | null {
  const warn = isWarning ? m : null;
  const demand = isWarning ? null : m;
  const at = tokens.findIndex((t) => t.start >= m.index);
  if (at < 0 || tokens.slice(Math.max(0, at - 3), at).some((t) => NEGATOR.test(t.lower) || t.lower === 'no')) return null;
  const words = tokens.map((t) => t.raw);
  const party = (i: number) => tokens[i]!.entity ?? personEntity(words, i + 1);
  const asks = warn !== null || /^call|^urg|^demand|^told|^tells|^ordered|^pressed|^asked|^asks|^requested/i.test(m[1]!);
  // What is warned of or asked follows the verb; with "must" it is also what comes before ("the dispatch of troops … must cease").
  const told = asks ? tokens.slice(at + 1) : tokens;
  const keys = [...new Set(told.filter((t) => !t.stop && !t.entity).map((t) => foldSynonym(t.key)))];
  let about: string | null = null;
  if (asks) {
    for (let k = at + 1; k < tokens.length && !about; k++) if (party(k) && (!warn || prepositionBefore(tokens, k) < 0)) about = party(k);
  } else {
    // "Pyongyang must stop sending troops", "the dispatch of North Korean troops … must cease": the party before.
    // "Both the dispatch of North Korean troops and any Russian payback … must cease": the first of the two.
    const both = tokens.slice(0, at).findLastIndex((t) => t.lower === 'both');
    if (both >= 0 && at - both <= 20) for (let k = both + 1; k < at && !about; k++) about = party(k);
    about ??= subjectBefore(tokens, at, 6);
    for (let k = 0; k < at && !about; k++) about = party(k);
  }
  if (!about) return null;
  if (demand && !keys.includes(STOP) && !/stop|cease|halt|end|withdraw|pull/i.test(m[1]!)) return null;
  // Who asks: the subject before the verb; for "X must cease" the one who said so ("Bruce said … must cease"), never a party inside X.
  const said = asks ? -1 : tokens.slice(0, at).findLastIndex((t) => /^(said|says|told|added|adding|stressed|insisted|declared)$/.test(t.lower));
  const by = asks ? (subjectBefore(tokens, at, 12) ?? personBefore(tokens, at, 12)) : said > 0 ? (subjectBefore(tokens, said, 6) ?? personBefore(tokens, said, 6)) : null;
  return {
    kind: warn ? 'warn' : 'demand',
    by: by === about ? null : by,
    about,
    conditional: /\b(if|unless|should they|in case)\b/i.test(text.slice(m.index)),
    keys: demand ? [...new Set([...keys, STOP])] : keys,
    text: m[0],
  };
}

/** The words of a share, before "of", as alternatives of a pattern: "half", "a third", "40 per cent", "most". */
export const SHARE_WORDS = String.raw`half|thirds?|quarters?|fifths?|part|parts|some|much|most|majority|portion|share|percent|per cent|\d+(?:\.\d+)?\s*%`;
/** A share of what follows a verb of control: "most of", "40% of", "a third of", "control of 40 per cent of", "most districts of". */
const SHARE_OF = new RegExp(String.raw`^\s+(?:(?:control|hold)\s+of\s+)?(?:[\w-]+\s+){0,3}?(?:${SHARE_WORDS})(?:\s+[\w'’-]+)?\s+of\b`, 'i');

// ---------- negated predicates ----------

const NEGATOR = /^(not|never|(is|are|was|were|do|does|did|has|have|had)n't)$/;
/** A modal before the negation makes it a refusal, a plan or an ability, not a stated fact. */
const MODAL = /^(would|will|could|can|may|might|should|must|shall|wo|ca)$/;
const MODAL_NEGATOR = /^(won't|wouldn't|can't|cannot|couldn't|shouldn't|mustn't|mightn't)$/;
/** Words between a negation and its verb that leave the verb the predicate ("has not yet been sent"). */
const BETWEEN = /^(be|been|being|have|had|yet|ever|immediately|also|directly|actually|really|fully|officially|publicly|formally|independently|always|personally|explicitly)$/;
/** Not a negated predicate: "not only", "not least", "not just", "not a …", "whether or not". */
/** "not including the missing", "not counting reservists": a count's scope, no predicate denied. */
const NOT_PREDICATE = /^(only|just|least|a|an|the|all|every|even|enough|sure|clear|likely|unlike|until|because|since|if|far|much|more|less|to|including|counting)$/;
/** Stance verbs are read by `extractStances` (no comment, no proof), not as negated facts. */
const STANCE_VERB = /^(confirm|admit|acknowledg|comment|respond|answer|verify|deny|disclos|reveal|specify|elaborat|say|tell|know|expect|believ|think)/;

/** A verb that names an act by its noun: "made a pledge", "gave a promise". */
const LIGHT_VERB = /^(made|make|makes|making|gave|give|gives|given|offered|offers|issued|issues)$/;
/** Acts a light verb names, which the other side may tell with their own verb ("pledged", "promised"). */
const LIGHT_NOUN = /^(pledge|pledges|promise|promises|commitment|commitments|vow|vows|apology|threat|threats|assurance|assurances|guarantee|guarantees|warning|warnings)$/;
/** The verb each act's noun names, as the other side may tell it ("made no threat" / "threatened"). */
const LIGHT_VERB_OF: Record<string, string> = { threat: 'threaten', threats: 'threaten', commitment: 'commit', commitments: 'commit', assurance: 'assure', assurances: 'assure', warning: 'warn', warnings: 'warn', apology: 'apologise' };

export function negatedPredicates(tokens: Token[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "has made no public pledge to …", "gave no promise": the act named by its noun, denied.
    if (LIGHT_VERB.test(t.lower) && tokens[i + 1]?.lower === 'no' && !(i > 0 && MODAL.test(hedged(tokens[i - 1]!)))) {
      const noun = tokens.slice(i + 2, i + 4).find((x) => LIGHT_NOUN.test(x.lower));
      // "gave no promise that …, but said he would review …": the sentence goes on to grant a part of it.
      if (noun && !tokens.slice(i + 2).some((x) => x.lower === 'but')) {
        out.push(noun.key);
        if (LIGHT_VERB_OF[noun.lower]) out.push(stem(LIGHT_VERB_OF[noun.lower]!));
      }
      continue;
    }
    if (MODAL_NEGATOR.test(t.lower)) continue;
    if (!NEGATOR.test(t.lower)) continue;
    if (i > 0 && (MODAL.test(hedged(tokens[i - 1]!)) || tokens[i - 1]!.lower === 'or')) continue;
    let j = i + 1;
    // An adverb leaves the verb the predicate too: "hasn't significantly changed".
    while (j < tokens.length && j <= i + 3 && (BETWEEN.test(tokens[j]!.lower) || (/^[a-z]{4,}ly$/.test(tokens[j]!.lower) && !NOT_PREDICATE.test(tokens[j]!.lower)))) j++;
    const v = tokens[j];
    if (!v || v.entity || NOT_PREDICATE.test(v.lower) || (v.stop && !/^(do|done|have|had|be)$/.test(v.lower))) continue;
    if (v.stop || STANCE_VERB.test(v.key) || /^\d/.test(v.key)) continue;
    out.push(v.key);
    // "did not announce or promise any response": the verb joined by "or" is denied too.
    const w = /^(or|nor)$/.test(tokens[j + 1]?.lower ?? '') ? tokens[j + 2] : undefined;
    if (w && !w.stop && !w.entity && !/^\d/.test(w.key) && !STANCE_VERB.test(w.key)) out.push(w.key);
  }
  return [...new Set(out)];
}

// ---------- what a figure counts ----------

const FIGURE_CLAUSE_WORD = /^(and|while|whereas|but|which|who|that|compared|against|versus|vs|than)$/;

/**
 * Content keys of the figure's own clause within a few words either side: punctuation and clause words
 * ("while", "but", "than") end the window, so "Microsoft sold 3 million while Apple sold 5 million"
 * binds each figure to its own company.
 */
function boundKeys(text: string, tokens: Token[], start: number, end: number): string[] {
  const out: string[] = [];
  // "of Ukrainian territory": a party that names the land is where, not who.
  const land = (i: number) => !!tokens[i]!.entity && /^(territory|land|soil|ground|airspace|waters)$/.test(tokens[i + 1]?.lower ?? '');
  const take = (i: number) => { const t = tokens[i]!; if (!t.stop && t.key.length > 1 && !/^\d/.test(t.key) && !land(i)) out.push(t.key); };
  const breaks = (a: Token, b: Token) => /[,;:()\[\]—–"“”]/.test(text.slice(a.end, b.start));
  const firstAfter = tokens.findIndex((t) => t.start >= end);
  const lastBefore = tokens.findLastIndex((t) => t.end <= start);
  let content = 0;
  // "According to Kyiv, some 11,000 soldiers": a break right before the figure ends the window too.
  const openBreak = lastBefore >= 0 && /[,;:()\[\]—–"“”]/.test(text.slice(tokens[lastBefore]!.end, start));
  for (let i = openBreak ? -1 : lastBefore; i >= 0 && content < 4; i--) {
    const t = tokens[i]!;
    if (FIGURE_CLAUSE_WORD.test(t.lower)) break;
    take(i);
    if (!t.stop) content++;
    if (i > 0 && breaks(tokens[i - 1]!, t)) break;
  }
  if (firstAfter >= 0 && !(firstAfter > 0 && breaks(tokens[firstAfter - 1]!, tokens[firstAfter]!))) {
    content = 0;
    for (let i = firstAfter; i < tokens.length && content < 2; i++) {
      const t = tokens[i]!;
      if (FIGURE_CLAUSE_WORD.test(t.lower)) break;
      take(i);
      if (!t.stop) content++;
      if (i + 1 < tokens.length && breaks(t, tokens[i + 1]!)) break;
    }
  }
  return [...new Set(out)];
}

// ---------- actor frames ----------

/** Directed relations whose roles cannot be swapped without changing the fact. */
const RELATIONS: { rel: string; verb: RegExp; nominal?: RegExp }[] = [
  { rel: 'teach', verb: /^(train|teach|taught|instruct|drill|educat|schooled|schooling|coach)/, nominal: /^(training|instruction)$/ },
  { rel: 'help', verb: /^(assist\w*|help\w*|aid|aids|aided|aiding|support\w*)$/ },
  { rel: 'attack', verb: /^(attack|strik|struck|shell|bomb|invad)/ },
  // Whole words: "army" and "aide" are not the verbs "arm" and "aid".
  { rel: 'arm', verb: /^(arm|arms|armed|arming|suppl\w*|equip\w*)$/ },
];
/** Before a verb: it was not done, or is only to be done. */
const NOT_DONE_YET = /^(not|never|no|will|would|could|may|might|shall|should|must|hop(?:e|es|ed|ing)|plan(?:s|ned|ning)?|want(?:s|ed)?|intend(?:s|ed)?|seek(?:s|ing)?|aim(?:s|ed)?|\w+n['’]t)$/;
/** "trained their rifles on", "trained its fire on": a verb of aiming, not of teaching. */
const AIMED = /^\s+(?:(?:its|their|his|her|the)\s+)?(?:\w+\s+)?(?:rifles?|guns?|weapons?|fire|sights?|cameras?|eyes|attention|binoculars|missiles?|lenses?)\s+on\b/i;
/** Whether a sentence's "trained" aims ("trained their rifles on") or trains with someone ("trained alongside"), teaching no one. */
export function trainedNotTaught(text: string): boolean {
  return /\btrain(?:ed|s|ing)?\b/i.test(text) && [...text.matchAll(/\btrain(?:ed|s|ing)?\b/gi)].every((m) => {
    const rest = text.slice(m.index! + m[0].length);
    return AIMED.test(rest) || /^\s+(?:alongside|together|jointly)\b/i.test(rest);
  });
}
const LEARN_AFTER_HELP = /^(acquir|learn|gain|master|develop|hon(e|es|ed|ing)$|skills?$)/;
const CLAUSE_BREAK = /^(that|which|who|while|whereas|but|because|although)$/;

/**
 * "By training North Korean troops, Russia …": the doer of a "by …ing" opener is the first party after
 * the comma that closes it.
 */
function byGerundAgent(tokens: Token[], text: string, i: number): string | null {
  if (tokens[i - 1]?.lower !== 'by' || !/ing$/.test(tokens[i]!.lower)) return null;
  // An opener: at the sentence's start or after "that" or a comma, not "prolonged by training …".
  const before = text.slice(0, tokens[i - 1]!.start).trimEnd();
  if (before && !/(^|,|\bthat)$/i.test(before)) return null;
  const comma = text.indexOf(',', tokens[i]!.end);
  if (comma < 0) return null;
  const next = tokens.findIndex((t) => t.start > comma);
  return next < 0 ? null : (tokens[next]!.entity ?? nearestEntity(tokens, next, 1, 2));
}

/** "training by Russian instructors", "training by the Russians": a party right after "by" (past one lower-case word), not "by June, Ethiopia warned". */
function trainedBy(tokens: Token[], text: string, at: number): boolean {
  const [a, b] = [tokens[at], tokens[at + 1]];
  if (a?.entity) return true;
  return !!a && !!b?.entity && !/^[A-Z]/.test(a.raw) && !/[,;]/.test(text.slice(a.end, b.start));
}

/** Who gives instruction: "Russian trainers", "French instructors", "US officers". */
const TEACHERS = /^(trainers?|instructors?|officers?|advisers?|advisors?|specialists?|experts?|troops|soldiers|forces|military|army|personnel|teams?|units?|coaches)$/;

function extractFrames(tokens: Token[], text: string): Frame[] {
  const frames: Frame[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.entity) continue;
    const rel = RELATIONS.find((r) => r.verb.test(t.lower));
    if (!rel) continue;
    // Not done, or only to be done: "have not trained", "will train", "hoped one day to train".
    if (tokens.slice(Math.max(0, i - 4), i).some((p) => NOT_DONE_YET.test(p.lower))) continue;
    // "trained their rifles on" aims; "trained alongside" trains with, not teaches.
    if (rel.rel === 'teach' && (AIMED.test(text.slice(t.end, t.end + 40)) || /^\s+(?:alongside|together|jointly)\b/i.test(text.slice(t.end)))) continue;
    // "were trained by", and a participle with its agent ("Somali troops trained by Turkey").
    // …and training given "by" someone ("were put through training by Russian instructors").
    const passive = ((/ed$/.test(t.lower) || t.lower === 'taught') && i > 0 && (/^(be|been|being|was|were|is|are)$/.test(tokens[i - 1]!.lower) || tokens[i + 1]?.lower === 'by')) ||
      (t.lower === 'training' && tokens[i + 1]?.lower === 'by' && trainedBy(tokens, text, i + 2));
    const before = coordinatedAgent(tokens, text, i) ?? nearestEntity(tokens, i, -1, 8);
    let after: string | null = null;
    let byAgent: string | null = null;
    // "received a week of instruction from Russian trainers": the one it comes from gives it.
    // …not an order ("withdrew on instruction from Egyptian advisers") nor a place ("training from Greek air bases").
    const fromAt = rel.nominal?.test(t.lower) && !/^(on|under|upon)$/.test(tokens[i - 1]?.lower ?? '') ? tokens.slice(i + 1, i + 3).findIndex((x) => x.lower === 'from') : -1;
    const giverAt = fromAt >= 0 ? tokens.findIndex((x, j) => j > i + 1 + fromAt && j <= i + 4 + fromAt && !!x.entity) : -1;
    const from = giverAt >= 0 && (!tokens[giverAt + 1] || TEACHERS.test(tokens[giverAt + 1]!.lower) || /^(in|on|at|before|for|during|and)$/.test(tokens[giverAt + 1]!.lower)) ? fromAt : -1;
    if (passive) {
      for (let j = i + 1; j < Math.min(tokens.length, i + 4); j++) if (tokens[j]!.lower === 'by') byAgent = nearestEntity(tokens, j, 1, 3);
    } else if (from >= 0) {
      const giver = nearestEntity(tokens, i + 1 + from, 1, 3);
      // Who received it may be named further back ("The two soldiers said they had received …").
      const receiver = before ?? nearestEntity(tokens, i, -1, 14);
      if (giver && receiver && giver !== receiver) frames.push({ rel: rel.rel, agent: giver, patient: receiver, text: t.raw });
      continue;
    } else if (rel.nominal?.test(t.lower) && tokens[i + 1]?.lower === 'of') {
      after = nearestEntity(tokens, i + 1, 1, 3);
    } else {
      after = nearestEntity(tokens, i, 1, 3, true);
      // "trained the Kenyan officers' interpreters": the party's people own the object; they are not it.
      const j = tokens.findIndex((x, k) => k > i && k <= i + 3 && !!x.entity);
      if (after && j > 0 && /^\s+[\w-]+(?:s['’]|['’]s)\s+(?!skills?\b)[a-z]/.test(text.slice(tokens[j]!.end))) after = null;
      // "…where Russian instructors taught them": an object pronoun stands for the party named before
      // the agent in the same sentence.
      if (!after && /^(them|it|him|her)$/.test(tokens[i + 1]?.lower ?? '') && before) after = partyBefore(tokens, i, before);
    }
    // "…entered Ukraine to support Russia": the country just before a purpose "to" is the object of
    // the verb before it, not who does the supporting.
    const purposeObject = !passive && tokens[i - 1]?.lower === 'to' && !!tokens[i - 2]?.entity;
    let agent = passive ? byAgent : purposeObject ? null : (before ?? byGerundAgent(tokens, text, i));
    let patient = passive ? before : after;
    let relName = rel.rel;
    // "A is helping B (in) acquiring/learning skills" is A teaching B.
    // …and so is helping B "pick up" or "hone" skills.
    if (rel.rel === 'help' && tokens.slice(i + 1, i + 12).some((x, k, ts) => LEARN_AFTER_HELP.test(x.lower) || (/^pick(s|ed|ing)?$/.test(x.lower) && ts[k + 1]?.lower === 'up'))) relName = 'teach';
    if (agent && patient && agent !== patient) frames.push({ rel: relName, agent, patient, text: t.raw });
    void agent; void patient;
    agent = null; patient = null;
  }
  frames.push(...sendFrames(tokens));
  return frames;
}

const SEND_VERB = /^(send|sends|sent|sending|deploy|deploys|deployed|deploying|dispatch|dispatches|dispatched|dispatching)$/;

/**
 * Who sent whom where: "North Korean troops sent to Russia", "Russia has sent more than 10,000 of its
 * soldiers to North Korea". The sender is the party named before the verb (or after "by"), the
 * receiver the party after "to" or "into" a few words on.
 */
function sendFrames(tokens: Token[]): Frame[] {
  const out: Frame[] = [];
  // Troops ('send'); anything else sent (prisoners, students, aid) is 'send-other', which keeps two
  // sendings told both ways round apart but is never a conflict: exchanges run both ways.
  const exchange = tokens.some((t) => /^(exchang|swap)/.test(t.lower));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!SEND_VERB.test(t.lower)) continue;
    const troops = !exchange && tokens.slice(Math.max(0, i - 8), i + 10).some((x) => foldSynonym(x.key) === TROOP);
    const by = tokens.slice(i + 1, i + 4).findIndex((x) => x.lower === 'by');
    // Back past a relative pronoun: "North Korean troops, who have been deployed to Russia".
    let agent = by >= 0 ? nearestEntity(tokens, i + 1 + by, 1, 3) : null;
    for (let k = i - 1; by < 0 && k >= Math.max(0, i - 8); k--) {
      if (tokens[k]!.entity) { agent = tokens[k]!.entity; break; }
      if (CLAUSE_BREAK.test(tokens[k]!.lower) && !/^(who|which)$/.test(tokens[k]!.lower)) break;
    }
    // "deployed in eastern Russia" names the destination too.
    const to = tokens.slice(i + 1, i + 10).findIndex((x) => /^(to|into)$/.test(x.lower) || (x.lower === 'in' && /^deploy/.test(t.lower)));
    let patient = to >= 0 ? nearestEntity(tokens, i + 1 + to, 1, 3, true) : null;
    // "to the Turkish border" is not to Turkey.
    const pi = to >= 0 ? tokens.findIndex((x, k) => k > i + to && x.entity === patient) : -1;
    if (pi >= 0 && /^(border|borders|frontier|coast|side|embassy|consulate|waters)$/.test(tokens[pi + 1]?.lower ?? '')) patient = null;
    if (agent && patient && agent !== patient) out.push({ rel: troops ? 'send' : 'send-other', agent, patient, text: t.raw });
  }
  return out;
}

/** Words between a preposition and its noun: "for every 30 North Korean troops", "with some of the". */
const PP_FILLER = /^(the|a|an|his|her|its|their|every|each|some|all|about|roughly|around|nearly|almost|only|of|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?)$/;

/** A party inside a prepositional phrase: "(one interpreter) for every 30 North Korean troops". */
function insidePrepositionalPhrase(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 5); k--) {
    const w = tokens[k]!.lower;
    if (NOT_EVENT_SUBJECT.test(w)) return true;
    if (!PP_FILLER.test(w)) return false;
  }
  return false;
}

/**
 * "Russia has assigned one interpreter for every 30 North Korean troops and drilled them": a verb
 * joined by "and" to the one before shares its subject, which is the first party of the clause that
 * is not inside a prepositional phrase. Null when the verb is not coordinated or no such party exists.
 */
function coordinatedAgent(tokens: Token[], text: string, i: number): string | null {
  let k = i - 1;
  if (/^(has|have|had|was|were|is|are)$/.test(tokens[k]?.lower ?? '')) k--;
  if (tokens[k]?.lower !== 'and') return null;
  const nearest = tokens.findLastIndex((t, j) => j < k && j >= k - 8 && !!t.entity);
  if (nearest < 0 || !insidePrepositionalPhrase(tokens, nearest)) return null;
  // The clause's subject: its first party, not one the first verb acts on ("Turkey pressed Syria to act
  // against fighters from Iraq and has trained them" is Turkey training). It must open its clause.
  // The clause opens after a clause word or ", and" ("…, according to the briefing, and Russia has assigned …").
  const start = tokens.findLastIndex((t, j) => j < nearest && (CLAUSE_BREAK.test(t.lower) || (t.lower === 'and' && j > 0 && /[,;]/.test(text.slice(tokens[j - 1]!.end, t.start))))) + 1;
  const first = tokens.findIndex((t, j) => j >= start && j < nearest && !!t.entity && !insidePrepositionalPhrase(tokens, j));
  if (first < 0) return null;
  // Only determiners, adjectives and a comma-free opener before it: it is the clause's subject.
  const verbBefore = tokens.slice(start, first).some((t) => /^(has|have|had|is|are|was|were|pressed|urged|asked|told)$/.test(t.lower) || /ed$/.test(t.lower));
  return verbBefore ? null : tokens[first]!.entity;
}

/**
 * What an object pronoun after token `at` stands for: the first party named before it that is not
 * `not` (the agent) nor the object of a preposition ("camps in Syria").
 */
function partyBefore(tokens: Token[], at: number, not: string): string | null {
  // Only when one party can be meant: "The US armed Ukraine, and Germany helped it" is left alone.
  const found = new Set<string>();
  for (let k = 0; k < at; k++) {
    const e = tokens[k]!.entity;
    if (e && e !== not && prepositionBefore(tokens, k) < 0) found.add(e);
  }
  const [only] = found;
  return found.size === 1 && only ? only : null;
}

function nearestEntity(tokens: Token[], from: number, dir: 1 | -1, span: number, objectOnly = false, crossClauses = false): string | null {
  for (let k = 1; k <= span; k++) {
    const t = tokens[from + dir * k];
    if (!t) return null;
    if (t.entity) return t.entity;
    if (!crossClauses && CLAUSE_BREAK.test(t.lower)) return null;
    // An object comes right after the verb, past determiners and adjectives only.
    if (objectOnly && /^(in|on|at|to|for|with|from|against|into|by)$/.test(t.lower)) return null;
  }
  return null;
}

// ---------- stance ----------

/** A silence or a denial given up: "has abandoned its practice of deflecting questions", "dropped the pretense". */
const SILENCE_ENDED = /\b(abandon\w*|dropp?\w*|end\w*|gave up|given up|giv\w* up|broke|broken|break\w*)\s+(its|their|the|his|her)\s+(\S+\s+){0,2}?(practice|policy|habit) of (deflect|evad|deny|deni|dodg|refus|sidestep)\w*|\b(dropp?\w*|abandon\w*)\s+(the|its|their|all)\s+(pretense|pretence|denials?)|\b(broke|broken|break\w*|end\w*)\s+(its|their|his|her)\s+(\S+\s+)?silence\b|\b(end(?:ed|s|ing)?|broke|broken|break(?:s|ing)?)\s+((its|their|his|her|the)\s+)?(\S+\s+)?(days|weeks|months|years)\s+of\s+(refusing\s+to\s+(?:say|confirm|acknowledge|comment|admit)|denials?|denying|evasions?|evading|deflecting|dodging|stonewalling|silence)\b(?!\s+(?:on|about|over|by|with|regarding)\b)/gi;

const STANCE_PATTERNS: { kind: StanceKind; re: RegExp }[] = [
  // A silence given up is a confirmation now; first, so the silent words inside it are taken.
  { kind: 'confirm', re: SILENCE_ENDED },
  // "neither confirmed nor denied", "would not confirm or deny": one refusal to comment, not a
  // confirmation beside a denial. First, so the words inside it are taken.
  { kind: 'no-comment', re: /\b(neither (confirm|admit|acknowledg)\w* nor den(y|ied|ies)|neither den(y|ied|ies) nor (confirm|admit|acknowledg)\w*|((did|does|do|has|have|had|would|will|could|can)\s*(not|n't)|cannot|(declin|refus)\w* to|without)\s+((confirm|admit|acknowledg)\w*|den(y|ying)) (or|nor) ((confirm|admit|acknowledg)\w*|den(y|ying))|no (confirmation|comment|admission) or denial)\b/gi },
  { kind: 'no-proof', re: /\b((?:seen|found|saw|detected|reported|reports) no (signs?|indications?)(?= (?:yet )?(?:of|that)\b)|(?:there|There) (?:is|was|(?:has|had)(?: so far| yet| still)? been) (?:so far |still |yet )?no (?:word|reports?|news)(?= (?:yet )?(?:of|on|about)\b)|(?:showed|shows|show) no (?:signs?|indications?)(?= (?:yet )?that\b)|(?:there|There) (?:is|was|has been|had been) (?:still )?no (?:sign|signs|indication|indications)(?= (?:yet )?(?:of|that)\b)|no (proof|evidence|confirmation)|(?:(?:has|have|had) not|(?:has|have|had)n['’]t) (?:yet )?seen(?=(?:\s+[\w'’-]+){0,6}?\s+(?:evidence|proof|signs?|indications?|take part|taking part|participat\w*|fight\w*|engag\w*|combat|casualt\w*|deaths?|losses))|(could not|cannot|can't|couldn't|can not|unable to|not able to|(has|have) not been able to) (independently )?(confirm|verify)|not (been )?(independently )?verified)\b/gi },
  { kind: 'no-comment', re: /\b((did|does|do|has|have|had|would|will)\s*(not|n't)\s+(immediately\s+)?(comment|respond|confirm|answer)|(declin|refus)(e|es|ed|ing) to (comment|confirm|answer|respond|discuss|say|admit|acknowledge|be drawn)|(evad|dodg|sidestep|deflect)\w* (the |every |all |any )?questions?|referred questions?|(put|direct|refer|address|sen[dt]|pass|forward|redirect)\w* (the |such |those |all |their |any |reporters['’] |journalists['’] )?(question|inquir|quer|reporter|journalist|everything)\w*( (about|on|over) [^,.;]{1,40}?)? to (the )?([\w'’]+ ){0,2}(ministry|department|office|agency|government|military|army|kremlin|pentagon|defen[cs]e)|(batted|brushed|swatted|waved|bats|brushes) (away|aside|off) (\w+['’] )?questions?|no comment|made no mention|(made|makes|make|issued|issues|has issued|have issued) no (official |public |formal )?(announcement|statement|comment)s?(?![^.;]*\b(before|but|after|although|though|while)\b)|(did|does|do|has|have|had|would|will)\s*(not|n['’]t)\s+(say|said)\s+(whether|if)\b|(said|says|say) nothing (in public|publicly|officially)|(has|have|had)\s*(not|n['’]t)\s+(said|uttered|breathed)\s+(a|one|a single)\s+word\b(?! (before|since)\b)(?:\s+(?:publicly|in public|officially))?|(said|says|say) nothing (about|on|regarding) (the|its|their|any|reports?)\b|(remained|remains?|kept|stayed|has been|have been) (publicly )?silent|(kept|keeps?|keeping|maintain\w*)( up)? (?:(its|their|his|her) (?!radio\b)([\w-]+ ){0,2}?)?silence\b(?![^.;]*\b(confirmed|admitted|acknowledged|announced)\b)|(has|have) yet to (comment|confirm|respond|admit|acknowledge|mention))/gi },
  // "denied entry", "denied bail": a refusal, not a denial of a claim.
  { kind: 'deny', re: new RegExp(String.raw`\b(?<!\b(?:more|rather|other) than )(den(y|ied|ies|ying)(?!\s+(?:\w+\s+)?(?:entry|access|visas?|bail|permission|parole|requests?|the request|service|admission|asylum|a permit|permits?)\b)|(dismiss|reject|brush\w* off|brush\w* aside)\w* (the |that |this |these |those |such |\w+['’]s )?(\w+ )?(claims?|reports?|assertions?|allegations?|accounts?)|call(ed|s|ing)? (the |these |those |such )?(claims?|reports?|allegations?) ["“]?(false|fake|baseless|groundless|unfounded|lies|rumou?rs)|(dismiss|reject|brush)\w*[^.;]{0,40}\bas (groundless|baseless|unfounded|false|fake)|` +
    // "described the State Department's assertion that … as 'yet another canard'", "pulled out of thin air".
    String.raw`(described|called|branded|labell?ed|termed|dismissed)\b[^.;]{0,160}?\bas ["“‘']?(yet )?(another |a |an |pure |complete |total |just )?(canard|fabrication|fake|hoax|lies?|nonsense|propaganda|provocation|disinformation|fiction|myth|invention)|pulled out of thin air)`, 'gi') },
  // "recognized for the first time, on 26 April, that …": an admission, not a diplomatic recognition.
  { kind: 'confirm', re: /\b(confirm(s|ed|ing)?|acknowledg(e|ed|es|ing)|admit(s|ted|ting)?|conced(e|ed|es|ing)|recogni[sz](e|ed|es)(?=(?:\s*,?\s*(?:for the first time|publicly|officially|openly|formally))?(?:\s*,\s*[^,;.]{1,40},)?\s+that\b)|announc(e|ed|es|ing)(?: (?:on|last|this) \w+)? that|own(ed|s|ing)? up to|(went|gone|goes|going) public( for the first time)? with|came clean)\b/gi },
];

/**
 * Relative clauses and appositions between commas that a verb follows: "New Delhi, which has avoided
 * condemning Moscow, Tehran or Caracas, has made…", "Brasilia, a close partner of Caracas, has made…".
 */
function relativeSpans(text: string): (readonly [number, number])[] {
  const FINITE = String.raw`(?:has|have|had|is|are|was|were|will|would|did|does|do|said|says|made|\w+ed)\b`;
  const re = new RegExp(String.raw`,\s+(?:which|who|a|an)\b[^;.]*?,\s+(?=${FINITE})`, 'g');
  return [...text.matchAll(re)].map((m) => [m.index!, m.index! + m[0].length] as const);
}

/**
 * Whose stance the words at token `idx` are: the subject before them; a stance inside a relative clause
 * is its head's ("Hezbollah, which has declined to comment, fired…"), and past a relative clause no
 * party inside it stands in for an unknown subject ("Hamas, which Qatar hosts, has made no comment").
 */
function stanceSubject(text: string, tokens: Token[], idx: number): string | null {
  const spans = relativeSpans(text);
  const at = tokens[idx]!.start;
  const inside = spans.find(([a, b]) => at > a && at < b);
  if (inside) {
    const head = tokens.filter((t) => t.end <= inside[0]).pop();
    return head?.entity ?? null;
  }
  const subject = subjectBefore(tokens, idx, 12, text);
  if (subject || spans.some(([, b]) => b <= at)) return subject;
  return nearestEntity(tokens, idx, -1, 12, false, true) ?? personBefore(tokens, idx, 12);
}

/**
 * The nearest party within `span` words before token `at` that is not the object of a preposition:
 * in "Pyongyang's mission to the United Nations brushed off the reports" it is Pyongyang.
 */
function subjectBefore(tokens: Token[], at: number, span: number, text?: string): string | null {
  // A relative clause between commas ("New Delhi, which has avoided condemning Moscow …, has made no
  // comment") is passed over whole: its parties are not the subject, and its words do not count.
  const relative = text ? relativeSpans(text) : [];
  let left = span;
  for (let k = at - 1; k >= 0 && left > 0; k--) {
    const t = tokens[k]!;
    if (relative.some(([a, b]) => t.start > a && t.end < b)) continue;
    left--;
    // Not a party inside a phrase before the verb ("alongside his South Korean counterpart").
    if (t.entity && prepositionBefore(tokens, k) < 0 && !insidePrepositionalPhrase(tokens, k)) return t.entity;
  }
  return null;
}

/** A named person speaking within `span` words before token `at`: whom they speak for. */
function personBefore(tokens: Token[], at: number, span: number): string | null {
  const words = tokens.map((t) => t.raw);
  for (let k = at; k > Math.max(0, at - span); k--) {
    const code = personEntity(words, k);
    if (code) return code;
  }
  return null;
}

const NOT_CONFIRMED = /^(not|never|neither|nor|no|\w+n't)$/;

/** The party joined to `subject` by "and", "or" or "nor" just before token `at` ("Moscow and Pyongyang would…"). */
function coordinated(tokens: Token[], at: number, subject: string): string | null {
  for (let k = at - 1; k >= Math.max(2, at - 6); k--) {
    if (tokens[k]!.entity !== subject) continue;
    const other = tokens[k - 2]!.entity;
    return /^(and|or|nor)$/.test(tokens[k - 1]!.lower) && other && other !== subject ? other : null;
  }
  return null;
}

/**
 * The negator of a confirming verb at token `at`: within six words before it and in its own clause
 * (not past a comma, semicolon or a relative "which"/"who"), so "There were no casualties, the
 * ministry confirmed" and "The ministry, which did not say how many were hurt, confirmed the strike"
 * stay confirmations.
 */
function confirmNegator(text: string, tokens: Token[], at: number): Token | undefined {
  for (let k = at - 1; k >= Math.max(0, at - 6); k--) {
    if (/[,;:]/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start)) || /^(which|who|that)$/.test(tokens[k]!.lower)) return undefined;
    if (NOT_CONFIRMED.test(tokens[k]!.lower)) return tokens[k];
  }
  return undefined;
}

/** A silence ended in the same sentence: "… until Thursday, when it confirmed", "… before Qatar confirmed". */
const SILENCE_UNTIL = /^[^.;]*?\b(?:until|before|till)\b[^.;]{0,60}?\b(?:confirm|admit|acknowledg|announc|disclos|reveal)\w*/i;

function extractStances(text: string, tokens: Token[]): Stance[] {
  const out: Stance[] = [];
  const taken: [number, number][] = [];
  for (const { kind, re } of STANCE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = m.index;
      const e = s + m[0].length;
      if (taken.some(([a, b]) => s < b && e > a)) continue;
      // "said nothing about the strikes until Thursday, when it confirmed …": a silence the sentence ends is none.
      if (kind === 'no-comment' && SILENCE_UNTIL.test(text.slice(e, e + 120))) continue;
      // "can confirm" is a confirmation; a negated confirm was caught above by no-proof/no-comment.
      taken.push([s, e]);
      const idx = tokens.findIndex((t) => t.start >= s);
      // "has never publicly acknowledged", "neither Moscow nor Pyongyang has confirmed": silence, not a confirmation.
      const negator = kind === 'confirm' && idx > 0 ? confirmNegator(text, tokens, idx) : undefined;
      const heard = negator ? 'no-comment' : kind;
      // The party whose stance it is: a participle clause ("…, confirming that") keeps the main subject.
      // "the figure had been pulled out of thin air": the words say what the speaker holds of a claim,
      // so the stance is the speaker's, named before the reporting verb, if anyone's.
      const thinAir = /^pulled out of thin air$/i.test(m[0]);
      const said = thinAir ? tokens.findLastIndex((t, k) => k < idx && /^(told|said|says|stated|insisted|argued)$/.test(t.lower)) : -1;
      const subject = thinAir ? (said > 0 ? stanceSubject(text, tokens, said) : null) : idx > 0 ? stanceSubject(text, tokens, idx) : null;
      const around = text.slice(Math.max(0, s - 25), Math.min(text.length, e + 25)).toLowerCase();
      // "finally acknowledged": after a long silence, so a first time too.
      // "first confirmed in December": the adverb right before the confirming verb.
      const finally_ = heard === 'confirm' && /\b(finally|at last|first)\s*$/i.test(text.slice(Math.max(0, s - 12), s));
      // "the first time Moscow had officially admitted": the phrase may open the clause a few words back.
      const firstClause = /\bfirst time\s+(\S+\s+){0,4}$/i.test(text.slice(Math.max(0, s - 60), s));
      // "It was not the first time Beijing had admitted…": an admission made before.
      const notFirst = /\bnot (for )?the first time\b/i.test(text.slice(Math.max(0, s - 60), s + 40));
      const ended = re === SILENCE_ENDED;
      // "broke its silence to deny", "has yet to break its silence": no confirmation.
      if (ended && (/^\s*(to (deny|reject|dismiss)|,?\s*denying|,?\s*rejecting)\b/i.test(text.slice(e)) || /\b(yet to|not|never|refus\w* to|declin\w* to)\s+$/i.test(text.slice(Math.max(0, s - 20), s)))) continue;
      const stance = { kind: heard, subject, firstTime: ended || (!notFirst && (finally_ || firstClause || /for the first time|first official|first time/.test(around))), text: negator ? text.slice(negator.start, e) : m[0] };
      out.push(stance);
      // "Moscow and Pyongyang would neither confirm nor deny": the stance of both.
      const partner = subject && idx > 0 ? coordinated(tokens, idx, subject) : null;
      if (partner) out.push({ ...stance, subject: partner });
    }
  }
  return out;
}

// ---------- control of a place ----------

/** Troops "penetrated": an army's entry, not a brand's into a market; not "once penetrated", a past told as history. */
const TROOPS_PENETRATED = String.raw`(?<=\b(?:troops|forces|soldiers|units|fighters|militants|army|rebels)\s(?:(?:had|have|has)\s)?)penetrated`;
/** Troops "entered" a region: an army's entry, not a firm's into a market or a bill into force (see ENTERED_PLACE). */
const TROOPS_ENTERED = String.raw`(?<=\b(?:troops|forces|soldiers|units|fighters|militants|army|rebels)\s(?:(?:had|have|has)\s)?)entered(?= )`;
/**
 * What an army enters to hold is a region named by its kind ("entered the Kursk region", "entered the
 * border district"): a city, a camp or a building entered is as often a raid. Not one told as brief,
 * repeated or undone ("briefly", "again", "in a two-day raid", "before being repulsed").
 */
const ENTERED_PLACE = /^\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:region|province|oblast|district|territory)\b/;
const ENTERED_BRIEFLY = /\b(?:briefly|again|raids?|repulsed|pushed back|before (?:being|withdrawing|pulling)|for (?:a|two|three|several) (?:days?|hours?))\b/i;
const HELD = new RegExp(
  String.raw`\b(occupied|${TROOPS_ENTERED}|occupying|occupies|occupation of|seized|seizing|advancing (into|in)|advanced (into|in)|on the offensive|` +
    String.raw`incursion (into|in)|offensive into|invaded|(push|pushed|pushing|punched|swept|stormed|crossed|pressed|thrust|${TROOPS_PENETRATED}) (?:deep |across (?:the )?(?:border |frontier )?)?into|${TROOPS_PENETRATED} (?:deep )?in(?= the (?:region|province|oblast|district|territory|area)\b| [A-Z])|` +
    String.raw`(captured|capturing) (\w+ ){0,2}(territory|land|ground|villages?|towns?|settlements?|square (kilometres|kilometers|miles))|` +
    String.raw`[A-Z]\w+-(held|controlled|occupied)|still (fighting|holding out|dug in) (inside|in|within)|` +
    // "formations that remain in the Sudzha district", "continue to conduct defensive operations in limited areas of Kursk".
    String.raw`(?<=\b(?:troops|forces|units|formations|soldiers|fighters|brigades|battalions)\s(?:that\s|which\s|who\s)?(?:still\s)?)(remain|remains|remained|remaining) (entrenched |dug in )?(in|inside)|continu\w* to (conduct (defensive )?operations|hold|fight|operate|defend)\w*[^.;]{0,40}?\b(in|inside)|` +
    // "is still under the control of Ukraine", "remains under Ukrainian control", "in Ukrainian hands".
    String.raw`(?<=\b(?:is|are|was|were|remains?|remained|stays?|stayed|still|been)\s(?:still\s|now\s|firmly\s|largely\s)?)(under (?:the )?(?:full |firm )?control of(?= (?:the )?[A-Z])|under [A-Z][\w'’-]+ control|in [A-Z][\w'’-]+ hands)(?![^.;]{0,30}\b(?:until|till|before|from \d{4})\b)|` +
    String.raw`(hold|holds|holding|held|control|controls|controlling|controlled)( on to| onto)? (a |an |the |some |much of |most of |parts? of )?(small |large |narrow |defensive |key )?(strip|pocket|sliver|slice|chunk|portion|corner|swathes?|territory|land|ground|positions?|parts?|villages?|settlements?|areas?|foothold|bridgehead|salient)|` +
    // "clung to a slice of Russian territory": land, not a share of a market.
    String.raw`(cling|clings|clinging|clung) (on )?to (a |an |the |some )?(small |narrow )?(strip|pocket|sliver|slice|swathe|corner) of (\w+ ){0,2}(territory|land|ground)|` +
    // "still hold around 800 square kilometres of the Kursk region".
    // "still holding on to several hundred square kilometres of Kursk territory".
    String.raw`(hold|holds|holding|held|control|controls|controlling|controlled)( on to| onto)? (about |around |roughly |some |nearly |almost |more than |over |less than |under )?([\d,.]+|(several|a few) (hundred|thousand)|(hundreds|thousands) of) (square (kilometres|kilometers|miles)|sq ?(km|mi)|km2|km²))\b`,
  'i',
);
const FREED = /\b(liberated|recaptured|retook|retaken|reclaimed|regained|freed|won back|took back|taken back|clawed back(?=\s+(?:\S+\s+){0,6}?(?:territory|ground|land|villages?|towns?|positions?|kilomet\w+|km|area|region|city)\b|\s+(?:the\s+)?[A-Z])|(restored|regained|retook) (full )?control|expelled from|pushed out of|driven out of|ousted from|fully cleared)\b/i;
/** The active voice of an expulsion: "had driven Ukrainian troops out of", "pushed the enemy's forces out of". */
const EXPELLED = /\b(?:drove|driven|pushed|forced|kicked|ousted|expelled|threw|thrown)\s+(?:(?:the|all|remaining|last)\s+)?(?:[\w'’-]+\s+){0,2}?(?:troops|forces|units|soldiers|fighters|enemy)\s+(?:out\s+of|from)\b/i;
/**
 * Troops withdrawn from a place, which their side then no longer holds: "Ukrainian units have pulled back
 * from their last positions inside the Kursk region", "Russia withdrew its forces from Kherson". Not troops
 * taken out of the fighting ("pulled back from the front lines"), nor some of them ("withdrew 500 troops").
 */
const WITHDREW = /(?:(?<=\b(?:troops|forces|units|soldiers|brigades|battalions|fighters|army)\s+(?:(?:have|has|had)\s+)?(?:(?:now|finally|fully|completely)\s+)?)(?:pulled\s+(?:back|out)|withdrawn|withdrew|retreated)|\b(?:withdrew|withdrawn|pulled)\s+(?:its|their|all(?:\s+of\s+(?:its|their))?|the\s+last\s+of\s+(?:its|their))\s+(?:remaining\s+)?(?:troops|forces|units|soldiers)(?:\s+back)?)(?=\s+(?:completely\s+|fully\s+)?(?:from|out\s+of|of)\s+(?!(?:the\s+)?(?:front|combat|fighting|battle))(?:(?:the\s+)?\p{Lu}(?![\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}['’]s\s)|(?:the|their|its)\s+(?:last\s+)?(?:remaining\s+)?(?:positions|bases|strongholds|foothold|bridgehead|pocket)\s+(?:in|inside|within)\b))/u;
/**
 * A withdrawal that ends a hold: not some of the troops ("Some Malian troops withdrew"), not from a site in the
 * place ("from Kidal airport"), not one undone ("before retaking it"), and not one called false or denied.
 */
function withdrewFrom(text: string): RegExpExecArray | null {
  const m = WITHDREW.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index);
  const after = text.slice(m.index + m[0].length);
  if (/\b(?:some|several|a few|part of|wounded|injured)\s+(?:\w+\s+)?(?:troops|forces|units|soldiers|brigades|battalions|fighters)\s+(?:\w+\s+){0,2}$/i.test(before)) return null;
  if (/^\s+(?:from|out\s+of)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:airport|base|airbase|barracks|port|harbour|harbor|outskirts|suburbs|camp|checkpoint|hospital|palace|bridge|dam|plant|mine|refinery)\b/u.test(after)) return null;
  if (/\b(?:before|then|but|until)\s+(?:\w+\s+){0,2}(?:retak\w*|retook|recaptur\w*|return\w*|regain\w*)/i.test(after)) return null;
  if (/\b(?:false|untrue|den(?:y|ies|ied|ying)|rumou?rs?|reports?\s+that)\b/i.test(text)) return null;
  return m;
}

/** A hold told after its start, in the same sentence: "… and have held a slice of it ever since", "… and still hold part of it". */
const HELD_SINCE = /^[^.;]{0,80}?\band\s+(?:they\s+|still\s+)?(?:(?:have|has)\s+(?:held|occupied|kept|controlled)|still\s+(?:hold|holds|control|controls|occupy|occupies))\s+(?:on\s+to\s+)?(?:it|them|(?:a|the|much|most|part|parts|some|all)\b[^.;,]{0,12}?\b(?:of it|of them|region|town|city|territory|ground|land|slice|pocket|strip|chunk|foothold))\b(?!['’]s)/i;

/** The same holders still there later in the sentence: "…, and more than three months later they are still dug in there". */
const STILL_THERE = /^[^.;]{0,80}?\band\b[^.;]{0,40}?\b(?:they|it)\s+(?:(?:are|is)\s+still\s+(?:dug in|entrenched|holding (?:on|out)|in control|there)|still\s+remains?\s+(?:dug in|entrenched|there)|remains?\s+(?:dug in|entrenched)\s+there)\b/i;

/** An incursion or offensive launched: "launched its cross-border incursion into", "began an offensive". */
const LAUNCHED = /\b(launch(ed|es|ing)?|mount(ed|s|ing)?|beg[au]n|start(ed|s)?|open(ed|s)?)\s+(its|their|a|an|the|his|her)?\s*([\w-]+\s+){0,2}$/i;
/** After these the entity just before is the side that lost the place, not the one that took it. */
const LOSER_BEFORE = /^(expelled from|pushed out of|driven out of|ousted from|lost|ceded|given up|surrendered|foothold|bridgehead|salient|area|territory|ground|zone|pocket|pulled back|pulled out|withdrawn|withdrew|retreated|(?:withdrew|withdrawn|pulled)\s.*)$/i;
/**
 * Ground lost by the party before it, some share of the ground it had taken: "the Ukrainians … have lost
 * around two-thirds of the ground they took", "Kyiv's foothold … has shrunk". Not "lost none of", nor
 * "lost the support of the farmers whose land…", nor ground "gained" in an election.
 */
const LOST_GROUND = /(?<!\b(?:not|never|n['’]t)\s+(?:\w+\s+)?)\b(?:lost|ceded|given up|surrendered)\b(?=,?\s+(?:by [\w\s]{1,20},\s+)?(?:(?:around|about|roughly|nearly|almost|some|more than|over|half|a|one|two|three|third|thirds|two-thirds|three-quarters|quarter|much|most|part|of|the|its|their|[\d.,]+%?|percent|per cent)\s+){1,6}(?:ground|territory|land|square (?:kilometres|kilometers|miles))\s+(?:that\s+)?(?:it|they|he|she|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:had\s+)?(?:took|taken|seized|captured|occupied|held|won))|(?:\b(?:foothold|bridgehead|salient)|(?<=\b(?:its|their)\s)(?:area|territory|ground|zone|pocket))\b(?=([^.;]{0,60}?\b(?:shrunk|shrank|shrinks|shrinking|narrowed|dwindled|(?:is|was|has been|have been|had been)\s+(?:\w+\s+)?(?:halved|(?:reduced|cut)\s+(?:to|by|in)\s+(?:(?:about|around|roughly|nearly|almost|less than|under|a|one|some)\s+)?(?:half|a third|thirds?|quarters?|[\d.,]+|one|two|three)))\b))/i;
const LOST_GROUND_AT = new RegExp(LOST_GROUND.source, 'iy');
/** Whether LOST_GROUND matches right at `at`, with the words before it in view for its lookbehinds. */
function lostGroundAt(text: string, at: number): boolean {
  LOST_GROUND_AT.lastIndex = at;
  return LOST_GROUND_AT.test(text);
}
/** Words that put a name as a locator of another place: "south of", "100 km from", "near", "outside". */
const LOCATOR_BEFORE = /\b(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of|(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:\w+\s+)?(?:of|from))|near|outside|close to|not far from)\s+(?:the\s+)?(?:(?:city|town|village|capital|region)\s+of\s+)?(?:\p{Lu}[\p{L}'’-]*\s+)?$/u;
/** Capitalised words that are never the place fought over: days, months, titles and institutions. */
const NOT_A_PLACE = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|general|staff|ministry|minister|president|defence|defense|department|army|forces?|command|council|office|secretary|spokesman|spokesperson|agency|government|state|news|mr|ms|mrs|dr)$/i;

/** A war by its name: "the Second World War", "World War II", "the Cold War", "the Korean War". */
const WAR_NAME = /\b(?:(?:First|Second)\s+World\s+War|World\s+War\s+(?:I{1,2}|One|Two)\b|(?:[A-Z][\w'’-]+\s+){1,2}War)\b/g;

function extractControl(text: string, tokens: Token[]): Control | null {
  let held = HELD.exec(text);
  if (held && /^entered$/i.test(held[0]) && (!ENTERED_PLACE.test(text.slice(held.index + held[0].length)) || ENTERED_BRIEFLY.test(text))) held = null;
  // HELD is case-blind: "under Ukrainian control" and "in Malian hands" need the party's capital ("in their hands" names none).
  if (held && /^(?:under|in)\s/i.test(held[0]) && !/^(?:under (?:the )?(?:full |firm )?control of|under \p{Lu}[\p{L}'’-]+ control|in \p{Lu}[\p{L}'’-]+ hands)$/u.test(held[0])) held = null;
  // "The Ukrainian side, which launched an offensive into the region in August, still holds part of
  // it": the relative clause tells the past, the main clause the hold now.
  if (held && /,\s*(?:which|who)\b[^,;.]*$/i.test(text.slice(0, held.index))) {
    const close = text.indexOf(',', held.index);
    const later = close > 0 ? HELD.exec(text.slice(close)) : null;
    if (later) {
      later.index += close;
      held = later;
    }
  }
  // "still fighting inside Kursk" holds ground only as the answer to a claim that it was lost.
  if (held && /^still /i.test(held[0]) && !/\b(den(y|ied|ies)|reject\w*|dismiss\w*)\b/i.test(text)) held = null;
  // Hostages or workers freed are people released, not a place retaken.
  const people = /\b(hostages?|captives?|prisoners?|workers?|detainees?|journalists?|civilians?|sailors?|crew|women|children)\b[^.;]{0,140}?\b(?:were |was |been |had been |have been )?(freed|released)\b/i.exec(text);
  // "it had driven Ukrainian troops out of its Kursk region": the active voice names the losers between.
  let freedMatch = FREED.exec(text) ?? EXPELLED.exec(text) ?? LOST_GROUND.exec(text) ?? withdrewFrom(text);
  if (people && freedMatch && freedMatch.index === people.index + people[0].length - people[2]!.length) freedMatch = null;
  // "liberated four hostages in Nuseirat": people rescued, not a place retaken.
  if (freedMatch && /^\s+(?:(?:the|some|all|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of)\s+)?(?:[\w-]+\s+)?(?:hostages?|captives?|prisoners?|detainees?|civilians?|workers?|journalists?|sailors?|soldiers|women|children)\b/i.test(text.slice(freedMatch.index + freedMatch[0].length))) freedMatch = null;
  // "The RSF denied that the army had recaptured Wad Madani": a retaking claimed by another and denied is no change told.
  if (freedMatch && /\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses)\s+(?:(?:claims?|reports?)\s+)?that\b[^.;]{0,60}$/i.test(text.slice(0, freedMatch.index))) freedMatch = null;
  // A purpose ("to retake") or a future is not a completed change of control.
  // Nor is an order or a vow ("orders region 'liberated'", "vowed to see Kursk liberated").
  let freed = freedMatch && !/\b(to|will|would|aim\w* to|plan\w* to|bid to)\s+(be\s+)?$|\b(order\w*|vow\w*|demand\w*|want\w*|wants)\s+(?:(?:the\s+)?[\w'’-]+\s+){0,3}(?:to\s+be\s+|be\s+)?["“‘']?$/i.test(text.slice(Math.max(0, freedMatch.index - 40), freedMatch.index)) ? freedMatch : null;
  // A change of control doubted ("Analysts doubt the army has recaptured …", "it is unclear whether …", "No one has recaptured …") is none.
  const told = freed ?? held;
  if (told && /\b(?:doubts?|doubted|doubting|unclear|uncertain|whether|no one|nobody)\b/i.test(text.slice(0, told.index))) return null;
  // A change of control denied ("has not recaptured Omdurman", "never retook the town") is no change: the negated event tells it.
  if (freed && /\b(?:not|never|(?:has|have|had|did|does|was|were)n['’]t)\s+(?:(?:yet|been|fully|actually|really)\s+){0,2}$/i.test(text.slice(Math.max(0, freed.index - 30), freed.index))) return null;
  // "still holding part of the region, but its area is reduced to about half": a hold, told with its shrinking.
  const shrank = held && freed && lostGroundAt(text, freed.index) && freed.index > held.index ? { shrank: freed[0] + (freed[1] ?? '') } : {};
  if ('shrank' in shrank) freed = null;
  // "the last Ukrainian-held village had been recaptured": the adjective tells the state before the change.
  if (held && freed && /-(held|controlled|occupied)$/i.test(held[0])) held = null;
  // "have clawed back half of the land Ukraine seized": the seizure describes what was retaken.
  if (held && freed && freed.index < held.index && /\b(the|of)\b[^.;,]{0,60}$/.test(text.slice(freed.index + freed[0].length, held.index).replace(/(\d),(\d)/g, '$1$2'))) held = null;
  if ((held && freed) || (!held && !freed)) return null;
  const m = (freed ?? held)!;
  const at = tokens.findIndex((t) => t.start >= m.index);
  // The place is named near the verb: its object, or the subject of a passive ("Kursk had been liberated").
  // A war's name is a time, not a place ("the first occupation of Russian territory since the Second World War").
  const wars = [...text.matchAll(WAR_NAME)].map((w) => [w.index!, w.index! + w[0].length] as const);
  const inWarName = (t: Token) => wars.some(([from, to]) => t.start >= from && t.end <= to);
  const placesWithin = (back: number, ahead: number) => {
    const here = at < 0 ? tokens.length : at;
    return tokens
      .filter((_, i) => i > 0 && i - here <= ahead && here - i <= back)
      .filter((t) => !t.entity && !t.stop && /^[A-Z][a-z]/.test(t.raw) && !NOT_A_PLACE.test(t.lower) && !/-(held|controlled|occupied)$/i.test(t.raw) && !inWarName(t))
      .map((t) => t.key);
  };
  // A long passive subject puts the place further back ("the last pocket of resistance in the Kursk
  // border region had been wiped out and the whole region freed").
  // An active expulsion names its place after "out of": "pushed Hezbollah forces from the border" names none.
  const expelled = !!freed && EXPELLED.test(m[0]) && !FREED.test(m[0]);
  let places = expelled ? placesWithin(0, 16).filter((k) => tokens.some((t) => t.key === k && t.start >= m.index + m[0].length)) : placesWithin(10, 10);
  // A place that only locates another one named ("Sennar, south of Wad Madani", "Anefis, 100 km south of Kidal") is not the one held;
  // with no other name, it stands for the place ("the last rebel-held village near Tarvik").
  const locators = new Set(tokens.filter((t) => LOCATOR_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start))).map((t) => t.key));
  if (places.some((p) => !locators.has(p))) places = places.filter((p) => !locators.has(p));
  // "Sudzha remains under Ukrainian control", "The town of Sudzha, where …, is still under the control of Ukraine":
  // the place held is the nearest name before the verb that names no party, first word or not.
  if (/^(?:under|in)\s/i.test(m[0])) {
    const t = tokens.filter((x, i) => x.end <= m.index && m.index - x.start < 120 && !x.entity && !x.stop && /^\p{Lu}\p{Ll}/u.test(x.raw) && !NOT_A_PLACE.test(x.lower) && !LOCATOR_BEFORE.test(text.slice(Math.max(0, x.start - 40), x.start)) &&
      !/^(?:The|A|An|In|On|At|But|And|Officials?|Residents?|Witnesses?)$/.test(x.raw) && !/^(?:said|says|told|say)$/i.test(tokens[i + 1]?.lower ?? '')).pop();
    places = t ? [t.key] : [];
  }
  // "retaken Sudzha, the largest town … in Russia's Kursk region": the region the apposition puts it in is retaken too.
  const inRegion = /^[^,;.]{0,30},\s+(?:the|a|an)\s+[^,;.]{0,60}?\bin\s+(?:the\s+)?(?:[A-Z][\w.-]*['’]s\s+)?([A-Z][\w-]+)\s+(?:region|province|oblast|district|state|governorate|county)\b/.exec(text.slice(m.index + m[0].length));
  const region = inRegion && places.length ? tokens.find((t) => t.raw === inRegion[1] && !t.entity)?.key : undefined;
  const within = region && !places.includes(region) ? { within: [region] } : {};
  // "went into Kursk … and still holds a chunk of it": "it" is the place named before in the sentence.
  if (/^\s+of\s+it\b/i.test(text.slice(m.index + m[0].length))) {
    const earlier = tokens.filter((t, i) => i > 0 && t.end <= m.index && !t.entity && !t.stop && /^[A-Z][a-z]/.test(t.raw) && !NOT_A_PLACE.test(t.lower)).pop();
    if (earlier && !places.includes(earlier.key)) places = [earlier.key, ...places];
  }
  if (!places.length && freed && /\b(region|area|district|territory|province|oblast|town|city)\s+(had been |has been |was |were )?(\w+ly )?\w*$/i.test(text.slice(Math.max(0, freed.index - 30), freed.index))) places = placesWithin(16, 0);
  // Ground lost or won back, told at length before its place ("have lost, by most estimates, around two-thirds of the ground they took in the Kursk region").
  if (!places.length && freed && /^[^.;]{0,60}?\b(ground|territory|land|square (kilometres|kilometers|miles)|foothold)\b/i.test(text.slice(freed.index))) places = placesWithin(0, 18);
  if (!places.length) return null;
  const after = m.index + m[0].length;
  const by = /^\s*by\b/i.test(text.slice(after)) ? tokens.findIndex((t) => t.start >= after) : -1;
  const before = at > 0 ? entityInClauseBefore(text, tokens, at, 10) : null;
  // "clawed back roughly half of the ground", "lost two-thirds of the territory", "foothold … has shrunk": part of it.
  const partial = freed && (lostGroundAt(text, m.index) || SHARE_OF.test(text.slice(m.index + m[0].length))) ? { partial: true as const } : {};
  // "its area is reduced to about half": the span shown runs to the shrinking.
  const shrink = m === freed && m[1] && lostGroundAt(text, m.index) ? m[1] : '';
  if (LOSER_BEFORE.test(m[0])) return { state: 'freed', places: [...new Set(places)], text: m[0] + shrink, ...within, ...partial, ...(before ? { loser: before } : {}) };
  if (expelled) {
    const loser = tokens.find((t) => t.start >= m.index && t.end <= m.index + m[0].length && t.entity)?.entity;
    return { state: 'freed', places: [...new Set(places)], text: m[0], ...within, ...(before ? { holder: before } : {}), ...(loser ? { loser } : {}) };
  }
  // A party alone before the verb, as the subject of two joined verbs ("Ukraine went into Kursk … and still holds a chunk of it").
  const sole = () => {
    const parties = new Set(tokens.filter((t) => t.end <= m.index && t.entity).map((t) => t.entity!));
    return parties.size === 1 && /\band\b/i.test(text.slice(0, m.index)) ? [...parties][0]! : null;
  };
  // "under the control of Ukraine", "under Ukrainian control": the holder is named inside the phrase or right after it.
  const under = /^(?:under|in)\s/i.test(m[0]) ? tokens.filter((t) => t.start >= m.index && t.start <= after + 12).find((t) => t.entity)?.entity : undefined;
  const holder = under ?? (by >= 0 ? nearestEntity(tokens, by, 1, 3) : (before ?? subjectPastRelative(text, tokens, m.index) ?? theLatter(text, tokens, m.index) ?? sole()));
  // A dated entry is an event too ("pushed into Khiam on October 1", "its incursion, which began on …").
  const rest = text.slice(after);
  const entry = /(incursion|invaded|into|entered)/i.test(m[0]) && (/^[^.;]{0,60}?\b(on|in)\s+(\w+\s+)?(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|\d)\b/.test(rest) || /^[^.;]{0,100}?\b(began|started|was launched)\b/i.test(rest));
  // …unless the sentence goes on to the hold since ("crossed into Kursk in August and have held a slice of it ever since").
  const heldSince = HELD_SINCE.test(rest) || STILL_THERE.test(rest);
  const launched = !freed && !heldSince && (LAUNCHED.test(text.slice(Math.max(0, m.index - 40), m.index)) || entry);
  return { state: freed ? 'freed' : 'held', places: [...new Set(places)], text: m[0], ...within, ...partial, ...shrank, ...(holder ? { holder } : {}), ...(launched ? { launched: true as const } : {}) };
}

/** "… against Ukrainian forces in Kursk, where the latter have been on the offensive": the party named last before "the latter". */
function theLatter(text: string, tokens: Token[], at: number): string | null {
  const m = /\bthe latter\s+(?:\w+\s+){0,3}$/i.exec(text.slice(Math.max(0, at - 60), at));
  if (!m) return null;
  const from = Math.max(0, at - 60) + m.index;
  return tokens.filter((t) => t.end <= from && t.entity).pop()?.entity ?? null;
}

/**
 * The subject before a relative clause set off by commas, right before the verb at `at`: "Ukrainian
 * forces, who stormed across the border in August, are still holding …" → Ukraine.
 */
function subjectPastRelative(text: string, tokens: Token[], at: number): string | null {
  const m = /^([^,;:]{1,60}),\s+(?:who|which)\b[^;:]*?,\s+(?:(?:are|is|were|was|have|has|had)\s+)?(?:still\s+)?$/i.exec(text.slice(0, at));
  if (!m) return null;
  // The party opens the subject ("Ukrainian forces", "Israel's army"): not "Militias opposed to Turkey".
  const subject = tokens.filter((t) => t.end <= m[1]!.length);
  const k = subject.findIndex((t) => !/^(the|a|an)$/.test(t.lower));
  return k >= 0 && subject[k]!.entity ? subject[k]!.entity : null;
}

/**
 * The nearest entity within `span` words before token `at`, not past a comma, semicolon or colon. A
 * possessive pronoun there ("saying its units were still holding") stands for the sentence's first
 * entity, its subject ("Ukraine's General Staff dismissed Moscow's claim, saying its units…").
 */
function entityInClauseBefore(text: string, tokens: Token[], at: number, span: number): string | null {
  for (let k = at - 1; k >= Math.max(0, at - span); k--) {
    if (tokens[k]!.entity) return tokens[k]!.entity;
    if (/^(its|their)$/.test(tokens[k]!.lower)) return tokens.find((t) => t.entity)?.entity ?? null;
    if (k > 0 && /[,;:]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return null;
  }
  return null;
}

// ---------- onset of an event ----------

const ONSET = /\b(began|begun|begin(s|ning)?|start(ed|ing|s)?|join(ed|s)|for the first time|first|(went|gone|go(es|ing)?) into (battle|combat|action)|entered (the )?(battle|combat|fighting|fight|war))\b/gi;

/** A verb of telling and a determiner right before "first": "reported its first …", "announced the first …". */
const FIRST_OF_TOLD = /\b(?:reported|reports?|announced|announces?|confirmed|confirms?|recorded|records?|disclosed|discloses?|claimed|claims?)\s+(?:its|their|the|his|her)\s+$/i;
/** An event's noun right after "first": "first firefight", "first clash with". */
const FIRST_EVENT_NOUN = /^\s+(?:(?:armed|direct|major|deadly|reported|confirmed)\s+)?(?:firefights?|clash(?:es)?|battles?|engagements?|skirmish(?:es)?|fights?|exchanges? of fire|combat|contacts?|encounters?)\b/i;

export function extractOnset(text: string, tokens: Token[], dates: DateSpan[], published: string | null): Onset | null {
  ONSET.lastIndex = 0;
  // "Kyiv first claimed on October 29 that …", "US officials first confirmed on November 12 that … had begun":
  // the first telling; an onset told after it is the event's, dated at the latest by the telling, else the telling is.
  let told: Onset | null = null;
  for (let m = ONSET.exec(text); m; m = ONSET.exec(text)) {
    if (m[0].toLowerCase() === 'first' && FIRST_TELLING.test(text.slice(m.index + m[0].length))) {
      const at = m.index + m[0].length;
      const day = dates.find((d) => d.kind === 'point' && d.start >= at && d.start - at < 20) ?? dates.find((d) => d.kind === 'point');
      const inDate = (t: Token) => dates.some((d) => t.start >= d.start && t.end <= d.start + d.text.length);
      const content = tokens.filter((t) => t.start >= at).slice(1, 9).filter((t) => !t.stop && !t.entity && !/^\d/.test(t.key) && !inDate(t)).map((t) => t.key);
      // "exchanged fire": a multiword paraphrase names the event too.
      content.push(...phraseKeys(text.slice(at, at + 100)));
      const agent = onsetAgent(tokens, tokens.findIndex((t) => t.start >= m!.index));
      told ??= { event: content, from: null, to: null, by: day?.to ?? published ?? null, text: m[0], ...(agent ? { agent } : {}) };
      continue;
    }
    // "Ukraine reported its first firefight with North Korean units on Nov. 8": the first one of an event, told on a day.
    if (m[0].toLowerCase() === 'first' && FIRST_OF_TOLD.test(text.slice(Math.max(0, m.index - 40), m.index)) && FIRST_EVENT_NOUN.test(text.slice(m.index + m[0].length))) {
      const at = m.index + m[0].length;
      const day = dates.find((d) => d.kind === 'point' && d.start >= at) ?? dates.find((d) => d.kind === 'point');
      const inDate = (t: Token) => dates.some((d) => t.start >= d.start && t.end <= d.start + d.text.length);
      const content = tokens.filter((t) => t.start >= at).slice(0, 6).filter((t) => !t.stop && !t.entity && !/^\d/.test(t.key) && !inDate(t)).map((t) => t.key);
      const teller = tokens.filter((t) => t.end <= m!.index).findLast((t) => t.entity)?.entity;
      told ??= { event: content, from: null, to: null, by: day?.to ?? published ?? null, text: m[0], ...(teller ? { agent: '@' + teller } : {}) };
      continue;
    }
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    // "confirming for the first time that …" dates the confirmation, not the event.
    const prevWord = /(\w+)[\s,]*$/.exec(before)?.[1]?.toLowerCase() ?? '';
    if (REPORTING.test(prevWord) || /^(confirm|announc|acknowledg|admit|recogni[sz])/.test(prevWord)) continue;
    // "went public for the first time with its finding": the first saying, not the event's onset.
    if (/\b(went|gone|go|goes|going)\s+public\s*$/i.test(before)) continue;
    // "for the first time", or "first" right before a past verb ("first clashed with", "first fought").
    const firstVerb = /^\s+(\w+ed|fought|met|saw|went|came|entered)\b/i.test(text.slice(m.index + m[0].length));
    if (m[0].toLowerCase() === 'first' && !firstVerb && !/\bfor the first/.test(text.slice(Math.max(0, m.index - 10), m.index + 6).toLowerCase())) continue;
    const at = m.index + m[0].length;
    const isFirstTime = /first/i.test(m[0]);
    // "engaged … for the first time" and "had for the first time engaged": the event may sit either side.
    // "went into battle", "entered combat": the onset phrase names its event itself.
    const named = /\s/.test(m[0]) && !isFirstTime ? tokens.filter((t) => t.start >= m!.index && t.end <= at) : [];
    const nearby = isFirstTime
      ? [...tokens.filter((t) => t.end <= m!.index).slice(-4), ...tokens.filter((t) => t.start >= at).slice(0, 4)]
      : [...named, ...tokens.filter((t) => t.start >= at).slice(0, 5)];
    const event = nearby.filter((t) => !t.stop && !t.entity).map((t) => t.key);
    if (!event.length) continue;
    // "exchanged fire … for the first time": a multiword paraphrase names the event too.
    event.push(...phraseKeys(text.slice(Math.max(0, (isFirstTime ? nearby[0]!.start : m.index) - 12), nearby[nearby.length - 1]!.end)));
    // A date phrase close to the onset verb dates the onset itself; otherwise the event began at the
    // latest by the sentence's date (the reporting date, or the publication date).
    // "Washington on Tuesday said the troops had entered combat": a date right before a saying dates the saying.
    const near = dates.find((d) => d.kind === 'point' && Math.abs(d.start - m!.index) < 60 && !reportingBefore(text, d.start, d.start + d.text.length) &&
      !/^\s*(said|says|told|confirmed|announced|reported|stated|added)\b/i.test(text.slice(d.start + d.text.length))) ??
      // "it was only in the first days of December … that North Korean units first went into combat": a cleft dates its "that" clause.
      dates.find((d) => d.kind === 'point' && d.start < m!.index && /\bit was (?:only |not until |just )?(?:in |on |at )?(?:the )?$/i.test(text.slice(Math.max(0, d.start - 30), d.start)) &&
        /^[^.;]*?\bthat\b/.test(text.slice(d.start, m!.index)));
    const agent = onsetAgent(tokens, tokens.findIndex((t) => t.start >= m!.index));
    const who = agent ? { agent } : {};
    if (near) return { event, from: near.from, to: near.to, by: null, text: m[0], ...who };
    const stated = told?.by ?? dates.filter((d) => d.kind === 'point').map((d) => d.to).sort()[0] ?? published;
    return { event, from: null, to: null, by: stated ?? null, text: m[0], ...who };
  }
  return told ?? lastedSoFar(text, tokens, dates, published) ?? underWay(text, tokens, dates, published) ?? tailUnderWay(text, tokens, published);
}

/** An activity told with how long it has lasted so far: "have been in combat for only about a week". */
const LASTED = /(?<!\b(?:will|would|shall|may|might|could|should)\s+)\b(?:have|has|had)\s+(?:only\s+|just\s+)?been\s+((?:fighting|in combat|engaged in (?:combat|fighting)|on the front[- ]?lines?|at the front)\b(?:\s+(?:in|near|around|inside|at|on|alongside|with|against|along)\s+[^.;:]{0,40}?)?)\s+for\s+(?:only\s+|just\s+)?(about|some|nearly|almost|around|roughly|more than|over|less than|just over|just under)?\s*\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple of|\d{1,3})\s+(days?|weeks?|months?)\b/i;

/**
 * The onset an activity's length so far gives ("Ryder said the troops had been in combat for only about
 * a week"): that long before the day it is told as of, a dated saying's day, else the publication date.
 */
function lastedSoFar(text: string, tokens: Token[], dates: DateSpan[], published: string | null): Onset | null {
  const m = LASTED.exec(text);
  if (!m) return null;
  // Lasted up to another time or event ("had been fighting for three weeks when the truce came", "By the
  // time of the ceasefire, …"), told in a relative clause ("soldiers, who have been fighting for two weeks,
  // are now resting"), or told in a memoir: not up to the telling.
  if (/\b(?:when|before|until|by the time|memoirs?|diary|diaries|autobiography|book)\b/i.test(text) || /,\s*(?:who|which|that)\s*$/i.test(text.slice(0, m.index))) return null;
  // A battle for a place ("fighting for about a week to retake the town of Goma") is not the start of the fighting.
  if (/^[\s,]*(?:to|in order to|in a bid to)\s+(?:retake|recapture|take|hold|capture|seize|defend|reach|encircle|clear)\b/i.test(text.slice(m.index + m[0].length))) return null;
  const said = dates.find((d) => d.kind === 'point' && d.from === d.to && d.start < m.index && reportingBefore(text, d.start, d.start + d.text.length));
  // Any other date (a saying "in March", "last week") leaves the day it is told as of unknown.
  if (dates.some((d) => d !== said)) return null;
  const asOf = said?.from ?? published;
  const span = asOf ? durationStart(m[2] ?? '', m[3]!, m[4]!, asOf) : null;
  if (!span) return null;
  const at = m.index + m[0].indexOf(m[1]!);
  const event = tokens.filter((t) => t.start >= at && t.end <= at + m[1]!.length && !t.stop && !t.entity).map((t) => t.key);
  if (!event.length) return null;
  const agent = onsetAgent(tokens, tokens.findIndex((t) => t.start >= m.index));
  return { event, from: span.from, to: span.to, by: null, text: m[0], lasted: true, ...(agent ? { agent } : {}) };
}

/** A verb of telling right after "first": "first claimed", "first confirmed on …". */
// The present tells it too, as a timeline does ("19 November 2024: the United States first confirms that …").
const FIRST_TELLING = /^\s+(?:publicly\s+|officially\s+)?(?:claimed|reported|said|announced|confirmed|acknowledged|admitted|told|alleged|disclosed|revealed|stated|claims|reports|says|announces|confirms|acknowledges|admits|tells|alleges|discloses|reveals|states)\b/i;

/** Words between a subject and its verb ("troops had already begun"). */
const BEFORE_VERB = /^(had|has|have|was|were|is|are|already|only|reportedly|officially|also|now|then|just|formally|first|recently)$/;

/** The subject right before an onset verb, as an entity code or a capitalised name's key; else none. */
function onsetAgent(tokens: Token[], at: number): string | undefined {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const t = tokens[k]!;
    if (BEFORE_VERB.test(t.lower)) continue;
    if (t.entity) return '@' + t.entity;
    return /^[A-Z][a-z]/.test(t.raw) && !t.stop ? t.key : undefined;
  }
  return undefined;
}

/** "are going to", "are preparing to": a plan, not an activity under way. */
const NOT_UNDER_WAY = /^(going|expecting|planning|preparing|seeking|trying|hoping|considering|waiting|getting)$/i;

/** "… were engaged in", "are fighting", "have been shelling": an activity in progress, not a plan or a result. */
const IN_PROGRESS = /\b(?:were|was|are|is|have been|has been|had been)\s+["“]?((?:engaged|involved|participating|taking part|\w+ing)\b)/gi;

/**
 * A reported state with no onset verb: "X confirmed on Tuesday that the troops were engaged in
 * combat" says the activity was under way by Tuesday. Only the complement of a reporting verb counts,
 * so the date is the one the fact was stated as of, and the activity must be in progress there.
 */
function underWay(text: string, tokens: Token[], dates: DateSpan[], published: string | null): Onset | null {
  const report = /\b(confirm\w*|said|say|says|announc\w*|report\w*|told|acknowledg\w*)\b[^.;]{0,40}?\bthat\b/i.exec(text);
  if (!report) return null;
  // "said it had no evidence that the troops were engaged": a doubt, not a state of affairs.
  if (/\b(no|not|never|without|lack\w*|unable|cannot|den(y|ied|ies))\b|n['’]t\b/i.test(report[0]) || /(?:\bnot|\bnever|n['’]t)\s*$/i.test(text.slice(0, report.index))) return null;
  const complement = report.index + report[0].length;
  IN_PROGRESS.lastIndex = complement;
  const m = IN_PROGRESS.exec(text);
  // "are going to", "is expected to": not under way yet.
  if (!m || NOT_UNDER_WAY.test(m[1]!)) return null;
  // "said that it had no evidence the troops were fighting": a doubt, not a state of affairs.
  if (/\b(no|not|never|without|doubt\w*|den(y|ied|ies))\b|n['’]t\b/i.test(text.slice(complement, m.index))) return null;
  const at = m.index + m[0].length - m[1]!.length;
  const event = tokens.filter((t) => t.start >= at && !t.stop && !t.entity).slice(0, 5).map((t) => t.key);
  if (!event.length) return null;
  // The date the fact is stated as of: one attached to the reporting verb, else the publication date.
  const attached = dates.find((d) => d.kind === 'point' && d.start >= report.index && d.start < complement);
  const by = attached?.to ?? published;
  return by ? { event, from: null, to: null, by, text: m[0] } : null;
}

/**
 * The same with the attribution after the content: "North Korean soldiers are now fighting in Kursk,
 * the United States has said". Only an activity marked as current ("now", "already") counts, as of the
 * publication date.
 */
function tailUnderWay(text: string, tokens: Token[], published: string | null): Onset | null {
  const tail = /,\s*(?:[\w.'’-]+\s+){1,6}?(?:has said|have said|said|says|confirmed|has confirmed|announced|told\s+\w+)\s*[,.]/i.exec(text);
  if (!tail || !published) return null;
  const m = /\b(?:are|is|were|was)\s+(?:now|already)\s+(\w+ing|engaged|involved|taking part)\b/i.exec(text.slice(0, tail.index));
  if (!m || NOT_UNDER_WAY.test(m[1]!)) return null;
  const at = m.index + m[0].length - m[1]!.length;
  const event = tokens.filter((t) => t.start >= at && t.end <= tail.index && !t.stop && !t.entity).slice(0, 5).map((t) => t.key);
  return event.length ? { event, from: null, to: null, by: published, text: m[0] } : null;
}

/**
 * When the date phrase at [start, end) opens the sentence ("On Tuesday, White House spokesman John
 * Kirby confirmed…"), the first words of its main clause: up to ten, not past a comma, colon or
 * "that", so "On Tuesday, troops attacked X, officials said" gives "troops attacked X". Else null.
 */
export function mainClauseAfterOpeningDate(text: string, start: number, end: number): string[] | null {
  if (/[A-Za-z]/.test(text.slice(0, start).replace(/\b(on|in|at|by|late|early|last|this)\b/gi, ''))) return null;
  // A timeline's entry heads its sentence with the date and a colon or a dash ("19 November 2024: the United States confirms …").
  // Only a bare date heads an entry: "By 19 March 2024:" is a deadline.
  const heading = /^[\s\-–—•*]*$/.test(text.slice(0, start)) ? /^\s*(?:,|:|\s[–—-]\s)/ : /^\s*,/;
  return text.slice(end).replace(heading, '').split(/[,;:]|\bthat\b/)[0]!.split(/[^A-Za-z']+/).filter(Boolean).slice(0, 10);
}

/** Whether the date phrase at [start, end) dates a saying: right after a reporting verb ("confirmed Tuesday"), or opening a sentence whose main clause says. */
function reportingBefore(text: string, start: number, end: number): boolean {
  // "said on Thursday, Nov. 14, that …": a weekday may stand before the day.
  const w = /(\w+)\s+((?:on|in)\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?$/i.exec(text.slice(Math.max(0, start - 35), start))?.[1]?.toLowerCase() ?? '';
  if (REPORTING.test(w)) return true;
  // "On November 5, Ukrainian officials said their forces had…".
  return (mainClauseAfterOpeningDate(text, start, end) ?? []).some((x) => /^(said|says|told|announced|confirmed|reported|stated)$/i.test(x));
}

// ---------- attribution ----------

const NAME = "[A-Z][\\w'’.-]*(?:\\s+(?:[A-Z][\\w'’.-]*|of|for|the))*";
const SPEAKER_PATTERNS = [
  new RegExp(`\\baccording to (?:the )?(${NAME}|[a-z]+(?:\\s+[a-z]+)?(?=[\\s,.;]|$))`),
  // "The United States on Tuesday confirmed": the speaker before a date, not the date.
  new RegExp(`(${NAME})\\s+(?:(?:on|last)\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s+)?(?:has |had )?(?:said|told|added|stated|confirmed|announced|explained|stressed|noted|warned|reiterated|emphasized)\\b`),
  new RegExp(`\\b(?:said|told reporters|added)\\s+(?:the\\s+)?(${NAME})\\s*(?:[.,;]|$)`),
];

function extractSpeaker(text: string): string | null {
  for (const re of SPEAKER_PATTERNS) {
    const m = re.exec(text);
    if (m?.[1]) {
      const words = m[1].trim().split(/\s+/).filter((w) => !/^(of|for|the)$/.test(w));
      if (!words.length || /^(He|She|They|It|We|I|The|This|That|But|And)$/.test(words[0]!) && words.length === 1) continue;
      return words.slice(-3).join(' ').replace(/[.,;:]+$/, '');
    }
  }
  return null;
}
