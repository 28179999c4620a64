/**
 * Two statements from two reports: same event or fact? If so, do they disagree, and how?
 * Following de Marneffe et al. (2008), sameness is decided first and each kind of disagreement has its
 * own narrow test, because a false conflict costs a reader's trust more than a missed one.
 */
import type { EvidenceKind, Verdict } from '../types';
import { MIN_CLAUSE_KEYS } from './clauses';
import { foldSynonym } from './lexicon';
import { stem } from './stem';
import { tokenize, type Token } from './tokenize';
import { EVENT_CLASSES, SHARE_WORDS, TROOP, mainClauseAfterOpeningDate, trainedNotTaught, type Control, type DateSpan, type Stance, type Directive, type EventClaim, type Figure, type Frame, type SentenceFeatures } from './sentence-features';
import { entityName, entityOf, personCode, personEntity } from './aliases';
import { keyCosine } from './word-vectors';
import { clashOnlyAtBound, compareQuantities, intervalsMeet, isNumberedList, normScope, restated, statedInterval, type Quantity, type QuantityRelation } from '../quantity/extract-quantities';

export type Side = { text: string; f: SentenceFeatures; published: string | null };
/** A: stems only; B: stems + paraphrase lexicon; C: B + distilled word vectors for "same fact". */
export type Approach = 'lexical' | 'lexicon' | 'vectors';
/** Every approach, in the order the eval compares them. */
export const APPROACHES: readonly Approach[] = ['lexical', 'lexicon', 'vectors'];

export type Judgement = {
  verdict: Verdict;
  kind: EvidenceKind;
  /** Strength of the judgement, for choosing the best evidence per report. */
  score: number;
  reason: string;
  claimSpan?: string;
  quoteSpan?: string;
  newer?: 'claim' | 'source';
  /** For a date conflict, the day this side puts the event at: restatements of one date against one passage are one contradiction. */
  day?: string;
};

export type CompareContext = {
  /** Inverse document frequency of a (folded) key over the corpus's sentences. */
  idf: (key: string) => number;
  approach: Approach;
  /** Minimum similarity for "same fact". */
  sameThreshold?: number;
  /** Approach C: minimum soft (vector) similarity for "same fact". */
  softThreshold?: number;
};

export const DEFAULT_SAME_THRESHOLD = 0.3;
/**
 * Approach C's thresholds, chosen as round values on dev (soft 0.35-0.45 and floor 0.15-0.2 all gave
 * F1 0.70-0.73, against 0.69 for B): soft similarity at or above which two statements are one fact,
 * and the exact overlap a pair needs before the soft signal counts at all, so that words shared by
 * a whole story ("troops", "fighting", "region") cannot make two statements one fact on their own.
 */
export const DEFAULT_SOFT_THRESHOLD = 0.4;
export const SOFT_FLOOR = 0.2;
const NAME_WEIGHT = 0.5;
const NONE: ReadonlySet<string> = new Set();

/** Idf-weighted overlap of content keys: the geometric mean of the two coverage ratios. */
export function similarity(a: string[], b: string[], ctx: CompareContext, light: ReadonlySet<string> = NONE): number {
  const norm = (keys: string[]) => [...new Set(ctx.approach === 'lexical' ? keys : keys.map(foldSynonym))];
  const ka = norm(a);
  const kb = new Set(norm(b));
  // Who is named (people, countries) says less about which fact is stated than what is said of them.
  const weight = (k: string) => ctx.idf(k) * (k.startsWith('@') || light.has(k) ? NAME_WEIGHT : 1);
  let shared = 0;
  let wa = 0;
  let wb = 0;
  for (const k of ka) {
    const w = weight(k);
    wa += w;
    if (kb.has(k)) shared += w;
  }
  for (const k of kb) wb += weight(k);
  if (!wa || !wb) return 0;
  return shared / Math.sqrt(wa * wb);
}

/**
 * Cosine at or above which two different words count as saying the same thing (partially). 0.65, not
 * 0.6: at 0.6 words that are only associated ("captured" / "seized", "joined" / "participated") let
 * unrelated statements of one story pass for one fact. Dev corroboration F1 81.6 -> 82.2 (precision
 * 87.5 -> 88.7, recall unchanged) and MSRP test accuracy 69.9 / 70.3 -> 70.0 / 70.7 agreed.
 */
export const SOFT_COSINE = 0.65;

/**
 * Approach C's soft overlap: like `similarity`, but a content word without an exact (or folded) match
 * on the other side earns the cosine of its nearest word there, when that reaches SOFT_COSINE. Names,
 * countries and numbers only ever match exactly: word vectors put "Russia" next to "Ukraine" and
 * "north" next to "south", which is why this signal can only add to a corroboration, never make a
 * conflict.
 */
export function softSimilarity(a: string[], b: string[], ctx: CompareContext, light: ReadonlySet<string> = NONE): number {
  const fold = (k: string) => (ctx.approach === 'lexical' ? k : foldSynonym(k));
  const rigid = (k: string) => k.startsWith('@') || light.has(k) || /^\d/.test(k);
  const weight = (k: string) => ctx.idf(k) * (k.startsWith('@') || light.has(k) ? NAME_WEIGHT : 1);
  const distinct = (keys: string[]) => {
    const seen = new Map<string, string>();
    for (const k of keys) if (!seen.has(fold(k))) seen.set(fold(k), k);
    return seen;
  };
  const da = distinct(a);
  const db = distinct(b);
  const cover = (from: Map<string, string>, to: Map<string, string>) => {
    let total = 0;
    let got = 0;
    for (const [f, k] of from) {
      const w = weight(k);
      total += w;
      if (to.has(f)) { got += w; continue; }
      if (rigid(k)) continue;
      let best = 0;
      for (const [, other] of to) {
        if (rigid(other)) continue;
        const c = keyCosine(k, other);
        if (c !== null && c > best) best = c;
      }
      if (best >= SOFT_COSINE) got += w * best;
    }
    return total ? got / total : 0;
  };
  const ca = cover(da, db);
  const cb = cover(db, da);
  return Math.sqrt(ca * cb);
}

/**
 * The exact similarity compareStatements gates conflicts with: idf-weighted key overlap, names and
 * entities weighing half. Exported so the benchmarks score the engine's own formula, not a copy.
 */
export function pairSimilarity(claim: SentenceFeatures, source: SentenceFeatures, ctx: CompareContext): number {
  return similarity(claim.keys, source.keys, ctx, new Set([...claim.names, ...source.names]));
}

/**
 * The score "same fact" is decided on, on the scale of the same-fact threshold: the exact overlap
 * (`sim`, from pairSimilarity), widened under approach C by the soft overlap rescaled so that the soft
 * threshold lands on the same-fact threshold. Conflicts are gated by exact overlap only; the soft
 * signal may only widen "same fact", and only for a pair that already shares some exact content
 * (SOFT_FLOOR). Exported so that other signals are compared against the engine's own.
 */
export function sameFactScore(claim: SentenceFeatures, source: SentenceFeatures, ctx: CompareContext, sim = pairSimilarity(claim, source, ctx)): number {
  return sameFactMatch(claim, source, ctx, sim).score;
}

type Unit = { keys: string[]; text?: string };
type SameMatch = { score: number; claimSpan?: string; quoteSpan?: string };

/**
 * sameFactScore, and the clause it was reached on when that beat the whole sentences. A sentence that
 * packs several facts ("…confirmed the troops are in combat, noting that language will be a
 * challenge") is also scored clause by clause against the other whole sentence, so that one of its
 * facts stated alone elsewhere is not diluted by the rest. Only clauses of MIN_CLAUSE_KEYS words or
 * more, and only against a sentence as long, take part.
 */
function sameFactMatch(claim: SentenceFeatures, source: SentenceFeatures, ctx: CompareContext, sim: number): SameMatch {
  const light = new Set([...claim.names, ...source.names]);
  const best: SameMatch = { score: unitScore(claim.keys, source.keys, ctx, light, sim) };
  const pairs: [Unit, Unit, 'claimSpan' | 'quoteSpan'][] = [
    ...(claim.clauses ?? []).map((c): [Unit, Unit, 'claimSpan'] => [c, source, 'claimSpan']),
    ...(source.clauses ?? []).map((c): [Unit, Unit, 'quoteSpan'] => [claim, c, 'quoteSpan']),
  ];
  for (const [a, b, span] of pairs) {
    if (a.keys.length < MIN_CLAUSE_KEYS || b.keys.length < MIN_CLAUSE_KEYS) continue;
    const score = unitScore(a.keys, b.keys, ctx, light);
    if (score <= best.score) continue;
    best.score = score;
    delete best.claimSpan;
    delete best.quoteSpan;
    best[span] = (span === 'claimSpan' ? a : b).text!;
  }
  return best;
}

function unitScore(a: string[], b: string[], ctx: CompareContext, light: ReadonlySet<string>, sim = similarity(a, b, ctx, light)): number {
  if (ctx.approach !== 'vectors' || sim < SOFT_FLOOR) return sim;
  const threshold = ctx.sameThreshold ?? DEFAULT_SAME_THRESHOLD;
  return Math.max(sim, (softSimilarity(a, b, ctx, light) * threshold) / (ctx.softThreshold ?? DEFAULT_SOFT_THRESHOLD));
}

/**
 * The judgements for a pair of statements: at most one conflict, and a corroboration only beside a
 * `superseded` (a situation that changed can still share the rest of the fact).
 */
export function compareStatements(claim: Side, source: Side, ctx: CompareContext): Judgement[] {
  const sim = pairSimilarity(claim.f, source.f, ctx);
  const threshold = ctx.sameThreshold ?? DEFAULT_SAME_THRESHOLD;
  const same = sameFactMatch(claim.f, source.f, ctx, sim);
  const control = supersededControl(claim, source, sim);
  if (control) {
    // A changed situation can still share the rest of the fact; a same-time dispute cannot.
    const also = control.kind === 'superseded' ? (sameFact(claim, source, same, threshold) ?? sameAssertion(claim, source, sim)) : null;
    return also ? [control, also] : [control];
  }
  const j = judge(claim, source, sim, same, threshold);
  // Whatever made them one fact (words, figures), one saying told by two people, one person in two places
  // or one organisation in two cities cannot be.
  if (j?.verdict === 'corroborates') {
    return [sayingDateClash(claim, source, sim) ?? briefingDateClash(claim, source, sim) ?? sayingDayClash(claim, source, sim) ?? otherSpeaker(claim, source, sim) ?? personElsewhere(claim, source, sim) ?? meetingElsewhere(claim, source, sim) ?? otherBase(claim, source, sim) ??
      deathDateClash(claim, source, sim) ?? j];
  }
  return j ? [j] : [];
}

/**
 * One person's one confirmation, dated to different days within a week ("Kirby confirmed on Tuesday
 * that…" / "Kirby confirmed the assessment Monday…"): both cannot be right. Further apart, a person
 * may well have said it twice.
 */
function sayingDateClash(claim: Side, source: Side, sim: number): Judgement | null {
  const a = saidOn(claim);
  const b = saidOn(source);
  // Two days at most: a person may well confirm the same thing at Monday's and Thursday's briefings.
  if (!a || !b || a === b || days(a, b) > 2 || days(b, a) > 2) return null;
  const person = confirmingPerson(claim);
  if (!person || person !== confirmingPerson(source)) return null;
  return {
    verdict: 'conflicts', kind: 'date', score: 1 + sim,
    reason: `date: here ${person} said it on ${fmtDate(a)}, in the other report on ${fmtDate(b)}; both cannot be right.`,
  };
}

/** An opening that dates a saying by its occasion: "At his briefing on Monday, …", "In a speech on Tuesday, …". */
const OCCASION_OPENING = /^\s*(?:at|in|during)\s+(?:his|her|their|its|a|an|the)\s+(?:\w+\s+){0,2}?(?:briefing|press conference|news conference|speech|address|interview|statement|assessment|report)\s+(?:(?:on|published|released|issued)\s+)?$/i;
/** A verb of saying, then its addressee or occasion, then the day and "that": "told an expanded meeting of the board yesterday that". */
const SAID_THEN_DAY = /\b(?:said|told|stated|declared|warned|announced|added|wrote|published|released|issued)\b[^,;:"“”.]{0,80}?\s$/i;

/** The one day a statement dates its saying to, when it gives one day only. */
function sayingDay(side: Side): string | null {
  const days1 = side.f.dates.filter((d) => d.kind === 'point' && d.from === d.to);
  if (days1.length !== 1 || side.f.dates.length !== 1) return null;
  const d = days1[0]!;
  const before = side.text.slice(0, d.start);
  const after = side.text.slice(d.start + d.text.length);
  const dated = datesTheSaying(side.text, d) || OCCASION_OPENING.test(before) || (SAID_THEN_DAY.test(before) && /^\s+that\b/i.test(after));
  return dated ? d.from : null;
}

/** A spokesperson's line, a briefing, or a saying told as repeated: it may be said on two days. */
const SAID_OVER = /\b(?:spokes(?:man|woman|person)|press secretary|briefings?|again|once more|second (?:day|time)|days? running|in a row|after (?:first )?saying|still)\b|\b(?:at|during)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:summit|conference|rally|forum|ceremony|visit)\b/i;
/** A saying written or broadcast, not spoken on the day: a post, an interview aired. */
const WRITTEN = /\b(?:wrote|writes|posted|posts|tweeted|on X|on social media|interview|aired|broadcast|op-ed|article|letter)\b/i;

/** A saying's date this many days apart on two sides is one saying misdated; further apart, it may be two. */
const SAYING_DAYS_APART = 2;

/**
 * One person's one saying dated to two days ("Putin told an expanded meeting of the board yesterday
 * that Washington's plans to deploy intermediate-range missiles in Europe and Asia …", written on a
 * Wednesday / "Putin said on Monday that the planned deployment of intermediate-range missiles in Europe
 * and Asia …"): the same person says it on both sides, in the same words (a run of three or more, five
 * content words in all, past the speaker's name), each side dating the saying to one day, at most two
 * days apart. Said again, echoed or repeated, it may be two sayings.
 */
function sayingDayClash(claim: Side, source: Side, sim: number): Judgement | null {
  const [a, b] = [sayingDay(claim), sayingDay(source)];
  if (!a || !b || a === b || Math.abs(days(a, b)) > SAYING_DAYS_APART) return null;
  if (SAID_AGAIN.test(claim.text) || SAID_AGAIN.test(source.text) || RELAYED.test(claim.text) || RELAYED.test(source.text)) return null;
  // A line a spokesperson gives at daily briefings, or said again, to another audience, in another city
  // or another medium, may well be said on two days.
  if ([claim, source].some((x) => SAID_OVER.test(x.text)) || WRITTEN.test(claim.text) !== WRITTEN.test(source.text)) return null;
  const audience = (x: Side) => /\btold\s+((?:the\s+|a\s+|an\s+|his\s+|her\s+)?[\w-]+(?:\s+[\w-]+)?)/i.exec(x.text)?.[1]?.toLowerCase().replace(/^(?:the|a|an|his|her)\s+/, '') ?? null;
  const [aa, ab] = [audience(claim), audience(source)];
  if (aa && ab && aa.split(' ')[0] !== ab.split(' ')[0]) return null;
  const city = (x: Side) => /\b(?:in|at)\s+(\p{Lu}\p{Ll}+)\b/u.exec(x.text)?.[1] ?? null;
  const [ca, cb] = [city(claim), city(source)];
  if (ca && cb && ca !== cb && !DATE_WORD.test(ca.toLowerCase()) && !DATE_WORD.test(cb.toLowerCase())) return null;
  const [sa, sb] = [namedSpeakers(claim.text), namedSpeakers(source.text)];
  const one = (ns: string[][]) => new Set(ns.map((n) => n[n.length - 1])).size === 1;
  if (!sa.length || !sb.length || !one(sa) || !one(sb) || !nameWordsMeet(sa[0]!.at(-1)!, sb[0]!.at(-1)!)) return null;
  // A full name on one side at least.
  if (sa[0]!.length < 2 && sb[0]!.length < 2) return null;
  const lower = (x: Side) => [x.text.toLowerCase().replace(/[^\p{L}\p{N}'’]+/gu, ' ').trim().split(' ')];
  const name = new Set([...sa[0]!, ...sb[0]!]);
  const runs = sharedQuotedWords(lower(claim), lower(source))
    .map((run) => run.split(' ').filter((w) => !name.has(w) && !DATE_WORD.test(w) && !SAYING.test(w)))
    .filter((run) => run.length >= 2);
  const content = (run: string[]) => run.filter((w) => !STOP_WORDS.has(w) && !PRONOUN.test(w));
  if (!runs.some((run) => run.length >= 3) || runs.reduce((n, run) => n + content(run).length, 0) < 5) return null;
  const who = sa[0]!.length >= sb[0]!.length ? sa[0]! : sb[0]!;
  const person = who.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
  return {
    verdict: 'conflicts', kind: 'date', score: 1 + sim,
    reason: `date: here ${person} said it on ${fmtDate(a)}, in the other report on ${fmtDate(b)}; one saying has one day.`,
  };
}

/** A verb of saying right before the day it is dated to ("claimed at a press briefing on Wednesday", "confirmed Tuesday"). */
const SAID_ON_DAY = /\b(said|says|claimed|claims|confirmed|confirms|announced|announces|told|stated)\s+(?:(?:at|in)\s+(?:a|an|its|the)\s+(?:press\s+|news\s+|daily\s+|regular\s+)?(?:briefing|conference|statement)\s+)?(?:on\s+)?$/i;
/** A saying subject that is no one party's voice: media report what others say. */
const MEDIA = /\b(media|newspaper|agency|television|tv|broadcaster|radio|press)\b/i;

/**
 * The party that says it on the day the sentence dates its saying: the party of the verb's own subject
 * (past ", which"), and none when the subject is the media or the saying cites someone else.
 */
function partySayingOn(side: Side): { party: string; day: string; briefed: boolean; announced: boolean } | null {
  const d = side.f.dates.find((x) => x.kind === 'point' && x.from === x.to && (SAID_ON_DAY.test(side.text.slice(0, x.start)) || datesTheSaying(side.text, x) || WHEN_SAID.test(side.text.slice(x.start + x.text.length))));
  if (!d) return null;
  // "… came from Washington last Wednesday, when the State Department confirmed that …": the saying the day is given for.
  const when = WHEN_SAID.exec(side.text.slice(d.start + d.text.length));
  if (when) {
    const party = tokenize(when[1]!).filter((t) => t.entity).pop()?.entity;
    return party && !MEDIA.test(when[1]!) ? { party, day: d.from, briefed: false, announced: ANNOUNCED.test(when[2]!) } : null;
  }
  const before = side.text.slice(0, d.start);
  const verb = SAID_ON_DAY.exec(before);
  const briefed = !!verb && BRIEFING.test(verb[0]);
  // "On Tuesday, the State Department announced …": the verb after an opening date.
  const at = verb ? verb.index : /^(?:on)?$/i.test(before.trim()) ? side.text.search(/\b(said|says|claimed|confirmed|announced|told|stated|reported)\b/i) : -1;
  if (at < 0) return null;
  // The subject right before the verb, in the verb's clause ("…, which claimed"; not "…, citing Indian media, said").
  const head = side.text.slice(0, at);
  const relative = /,\s*(?:which|who)\s*$/.exec(head);
  const subject = relative ? head.slice(0, relative.index).split(/,/).pop()! : head.split(/,\s*(?!which\b|who\b)/).pop()!;
  if (MEDIA.test(subject) || /\b(citing|quoting|briefed by)\b/i.test(head)) return null;
  // "…,” he said on Tuesday, the spokesperson for the American Department of State, Vedant Patel": a
  // pronoun's party named in the apposition right after the date.
  const pronoun = /^[\s"”’']*(?:he|she)\s*$/i.test(subject);
  const office = pronoun ? SPEAKER_OFFICE.exec(side.text.slice(d.start + d.text.length)) : null;
  const party = tokenize(subject).filter((t) => t.entity).pop()?.entity ?? (office ? tokenize(office[1]!).find((t) => t.entity)?.entity : undefined);
  return party ? { party, day: d.from, briefed, announced: ANNOUNCED.test(verb ? verb[1]! : side.text.slice(at, at + 12)) } : null;
}
/** The office a pronoun's apposition names right after the date: ". the spokesperson for the American Department of State, …". */
const SPEAKER_OFFICE = /^[.,]\s*the\s+(?:\w+\s+){0,2}?(?:spokes\w*|minister|secretary|ambassador|official|chief|head|director)\s+(?:for|of|at)\s+(?:the\s+)?([^,.;]{2,60})/i;
/** A date's clause going on to say who said what that day: ", when the State Department confirmed". */
const WHEN_SAID = /^\s*,?\s*when\s+((?:[\w.'’-]+\s+){1,6}?)(said|confirmed|announced|told|stated|claimed)\b/i;
/** Verbs of an official telling, made once: a confirmation or an announcement, not a comment that may be repeated. */
const ANNOUNCED = /^(confirmed|announced)\b/i;

/**
 * One party's one briefing dated to two days ("the US State Department, which claimed at a press
 * briefing on Wednesday that … had started to take part in combat" / "The United States confirmed
 * Tuesday that … have begun engaging in combat"): the same party telling the same event, one side
 * naming the briefing, or both telling a confirmation or an announcement, a day or two apart. Further
 * apart, it may have said it twice; a comment ("said on Monday") may be said again the next day.
 */
function briefingDateClash(claim: Side, source: Side, sim: number): Judgement | null {
  // One fact by its words, and neither side saying it was told again, of another such thing, or at a
  // briefing held every day.
  if (sim < BRIEFING_SIM || /\b(again|repeated|reiterated|also|another|second)\b|\b(?:daily|weekly|regular)\s+(?:press\s+)?briefing/i.test(claim.text + ' ' + source.text)) return null;
  const a = partySayingOn(claim);
  const b = a && partySayingOn(source);
  // The briefing is the saying's own ("claimed at a press briefing on Wednesday"), not another event's;
  // or both sides tell an official confirmation or announcement, which is made once ("the State
  // Department confirmed last Wednesday" / "On Tuesday, the State Department announced").
  // An announcement made once tells a beginning ("had begun combat operations") or an act done once; a
  // strike or a killing announced on Monday and on Tuesday may be two.
  const once = (x: Side) => !!x.f.onset || (x.f.claimed?.events ?? []).some((e) => ONCE.has(e));
  if (!a || !b || (!a.briefed && !b.briefed && !(a.announced && b.announced && once(claim) && once(source))) || a.party !== b.party || a.day === b.day || Math.abs(days(a.day, b.day)) > 2) return null;
  if (!claimsOneEvent(claim.f.claimed ?? claim.f.asserted, source.f.claimed ?? source.f.asserted)) return null;
  // The same event: no places apart, nothing else that tells two facts, and no name on each side the other lacks ("Airbus" / "Boeing").
  if (placesApart(claim, source) || distinctFacts(claim, source)) return null;
  const names = (x: Side) => x.f.names.filter((n) => !DATE_WORD.test(n));
  const [na, nb] = [names(claim), names(source)];
  if (na.some((n) => !nb.includes(n)) && nb.some((n) => !na.includes(n))) return null;
  return {
    verdict: 'conflicts', kind: 'date', score: 1 + sim,
    reason: `date: here ${entityName(a.party)} said it on ${fmtDate(a.day)}, in the other report on ${fmtDate(b.day)}; both cannot be right.`,
  };
}
const BRIEFING = /\b(briefing|press conference|news conference)\b/i;
/** Below this overlap two sayings are not taken for one briefing's, whatever else they share. */
const BRIEFING_SIM = 0.2;

/** The full name of the person who confirms, named just before the confirming word ("spokesman John Kirby confirmed"). */
function confirmingPerson(side: Side): string | null {
  const c = side.f.stances.find((x) => x.kind === 'confirm');
  if (!c) return null;
  const at = side.text.indexOf(c.text);
  if (at < 0) return null;
  // The full name, first and last: two Millers are two people.
  const m = /([A-Z][a-z]+(?:[- ][A-Z][a-z]+)+)\s+(?:\w+ly\s+)?$/.exec(side.text.slice(Math.max(0, at - 40), at));
  if (!m) return null;
  const name = m[1]!.split(/[- ]/).slice(-2).join(' ');
  return side.f.names.includes(stem(name.split(' ')[1]!.toLowerCase())) ? name : null;
}

/** Words of a casualty: the dead and wounded of a party's troops. */
/** Seats of government named after "at" or "in", which are no place anything happened. */
const OFFICE_PLACE = /^(pentagon|kremlin|white|state|elysee|élysée|downing|foggy|whitehall|capitol|congress|parliament|ministry|un|nato|headquarters)$/;
const CASUALTY_WORD = /\b(killed|died|dead|deaths?|wounded|casualties)\b/i;
const UNCONFIRMED = new Set(['no-comment', 'no-proof']);

/**
 * A party that "has not said whether" it would do something, against the same party's warning or demand
 * that says it ("Washington has not said whether it would treat the soldiers as legitimate targets" /
 * "The U.S. has warned that the troops would become legitimate targets"): the warning said it. Told
 * later than the silence, the warning overtakes it.
 */
function undecidedAgainstWarning(claim: Side, source: Side, sim: number): Judgement | null {
  if (sim < FRAME_GATE) return null;
  for (const [silent, said] of [[claim, source], [source, claim]] as const) {
    const st = silent.f.stances.find((x) => x.kind === 'no-comment' && /\bnot\s+said\s+(?:whether|if)\b|n['’]t\s+said\s+(?:whether|if)\b/i.test(x.text));
    if (!st?.subject) continue;
    const d = (said.f.directives ?? []).find((x) => x.by === st.subject && x.kind === 'warn');
    if (!d) continue;
    // What was left unsaid, in words the warning uses: most of its content words.
    const at = silent.text.indexOf(st.text) + st.text.length;
    const topic = tokenize(silent.text.slice(at)).filter((t) => !t.stop && !t.entity && !/^(would|could|will|it|they|itself|themselves|treat|consider|regard)$/.test(t.lower)).map((t) => foldSynonym(t.key));
    const warned = new Set(d.keys.map(foldSynonym));
    const met = topic.filter((k) => warned.has(k));
    if (met.length < 2 || met.length * 2 < Math.min(topic.length, 6)) continue;
    const newer = newerSide(claim, source);
    const saidLater = newer === (said === claim ? 'claim' : 'source');
    return saidLater
      ? { verdict: 'conflicts', kind: 'superseded', score: 1 + sim, newer: newer!, reason: `superseded: the older report says ${entityName(st.subject)} had not said it ('${st.text}'); the newer one says it warned so.`, ...(silent === claim ? { claimSpan: st.text } : { quoteSpan: st.text }) }
      : { verdict: 'conflicts', kind: 'negation', score: 0.9 + sim, reason: `negation: ${silent === claim ? 'here' : 'in the other report'} ${entityName(st.subject)} has not said it ('${st.text}'); ${silent === claim ? 'the other report' : 'here it'} says it warned so.`, ...(silent === claim ? { claimSpan: st.text } : { quoteSpan: st.text }) };
  }
  return null;
}

/**
 * One side has no confirmed deaths of a party's troops ("the NIS has no confirmed reports of North Korean
 * soldiers killed", "the Pentagon has not confirmed any North Korean deaths", "has not seen any North Korean
 * casualties"), the other says some have
 * died ("told reporters that some North Korean troops have died in combat"). A later report of deaths
 * supersedes an earlier "none confirmed"; told later or at once, "none confirmed" contradicts the same
 * party's own account of deaths. Another party's not confirming them contradicts nothing.
 */
function casualtiesUnconfirmed(claim: Side, source: Side, sim: number): Judgement | null {
  if (sim < FRAME_GATE) return null;
  for (const [none, some] of [[claim, source], [source, claim]] as const) {
    // "Has not confirmed any deaths", or "hasn't seen any casualties" (no proof of them).
    // …or "there has been no word of casualties among …".
    const stance = none.f.stances.find((x) => UNCONFIRMED.has(x.kind) && (/confirm/i.test(x.text) || (x.kind === 'no-proof' && /\bseen\b|\bno (?:word|reports?|news)\b/i.test(x.text))));
    if (!stance || !CASUALTY_WORD.test(none.text) || some.f.stances.some((x) => x.kind !== 'confirm')) continue;
    const at = none.text.indexOf(stance.text);
    // Who does not confirm: the stance's subject, or the party named before it ("At the Pentagon, … he could not confirm").
    const who = stance.subject ?? tokenize(none.text.slice(0, Math.max(0, at))).find((t) => t.entity)?.entity ?? null;
    // Whose dead: a party's soldiers or deaths named after the stance ("North Korean soldiers killed",
    // "any North Korean deaths"), not a place ("killed in Lebanon") nor the one that does not confirm.
    const after = tokenize(none.text.slice(at));
    // "North Korean military personnel": a kind of troops may stand between.
    const troopWord = (t: Token | undefined) => /^(troops|soldiers?|servicem[ae]n|forces|units|fighters|advisers|advisors|officers|marines|sailors|deaths|casualties|personnel)$/.test(t?.lower ?? '');
    const dead = after.find((t, i) => t.entity && t.entity !== who && (troopWord(after[i + 1]) || (/^(military|army|special|elite|combat|police)$/.test(after[i + 1]?.lower ?? '') && troopWord(after[i + 2]))))?.entity;
    // Nobody named as not confirming ("there has been no confirmed report of …"): only a later report of deaths overtakes it.
    if (!dead) continue;
    // Deaths in another place are other deaths ("in Manipur" / "in an ambush in Kashmir"); with nobody
    // named, the place must be one both name ("killed in Kursk" / "died in combat in Kursk").
    // "At the Pentagon" names an office, not where anyone died.
    const where = (x: Side) => new Set([...namedAfter(x.text, AT_A_PLACE)].filter((p) => !OFFICE_PLACE.test(p)));
    const [wn, ws] = [where(none), where(some)];
    // With no place on either side, the later report of the same party's dead overtakes it.
    if ((wn.size && ws.size && ![...wn].some((p) => ws.has(p))) || (!who && (wn.size ? ![...wn].some((p) => some.text.toLowerCase().includes(p)) : ws.size > 0))) continue;
    // Dead, not wounded: "some soldiers were wounded" is no death.
    const told = some.f.figures.some((x) => x.event === 'killed' && figureParties(x, some, true).has(dead)) ||
      (some.f.claimed?.agent === dead && CASUALTY_WORD.test(some.text) && /\b(taking|suffer\w*|sustain\w*)\s+(heavy\s+)?(casualties|losses)\b/i.test(some.text));
    if (!told) continue;
    const newer = newerSide(claim, source);
    if (newer === (some === claim ? 'claim' : 'source')) {
      return {
        verdict: 'conflicts', kind: 'superseded', score: 1 + sim, newer,
        reason: `superseded: the older report had no confirmed deaths of ${entityName(dead)}'s troops ('${stance.text}'); the newer one (${fmtDate(some.published)}) says some have died.`,
        ...(none === claim ? { claimSpan: stance.text } : { quoteSpan: stance.text }),
      };
    }
    // At once, or "none confirmed" told later: only the same party's own account of deaths is contradicted.
    if (!who) continue;
    const teller = tokenize(some.text.slice(0, Math.max(0, some.text.search(SAID_OR_TOLD)))).find((t) => t.entity && t.entity !== dead)?.entity;
    if (teller !== who) continue;
    return {
      verdict: 'conflicts', kind: 'negation', score: 0.8 + sim,
      reason: `negation: ${none === claim ? 'here' : 'in the other report'} ${entityName(who)} had not confirmed any deaths of ${entityName(dead)}'s troops; ${none === claim ? 'in the other report' : 'here'} ${entityName(who)} says some have died.`,
      ...(none === claim ? { claimSpan: stance.text } : { quoteSpan: stance.text }),
    };
  }
  return null;
}
const SAID_OR_TOLD = /\b(said|says|told|tells|confirmed|announced)\b/;

/** Footage put out once: "TASS released video of the fighting", "published combat footage" (not "aired", which is done again and again). */
const RELEASED_FOOTAGE = /\b(?:released|releases|published|publishes|publishing|posted|posts|diffused)\b[^.;,]{0,40}?\b(?:footage|video|videos|clip|clips|scenes)\b/i;
/** What footage shows: the fighting, or training. */
const SHOWS_FIGHTING = /\b(combat|fighting|battle|assault|liberation)\b(?!\s+against\s+(?:the\s+)?(?:floods?|cholera|disease|fire|virus|hunger|poverty|crime|corruption))/i;
const SHOWS_TRAINING = /\b(training|train|drills?|exercises?)\b/i;

/**
 * One agency's release of the same footage dated to two days ("TASS released video of the fighting on
 * Monday" / "On the 29th, TASS released footage showing … the liberation operation"): both cannot be
 * right. The releaser is the name both sides give before the verb ("TASS"); the footage is the same
 * when both show the fighting, or both the training, and not the other.
 */
function footageDateClash(claim: Side, source: Side, sim: number): Judgement | null {
  if (sim < FRAME_GATE) return null;
  const read = (x: Side) => {
    const m = RELEASED_FOOTAGE.exec(x.text);
    if (!m) return null;
    // What it shows: from the release to the end of its clause.
    const shown = x.text.slice(m.index, m.index + m[0].length + (/^[^;]*?(?=,\s+(?:a day|after|before|which|while)\b|;|\.\s|$)/.exec(x.text.slice(m.index + m[0].length))?.[0].length ?? 0));
    const fighting = SHOWS_FIGHTING.test(shown);
    const training = SHOWS_TRAINING.test(shown);
    if (fighting === training) return null;
    // Who released it: a name in capitals before the verb ("TASS", "KCNA"), or the party whose media it
    // is ("Russian state media"); not one it quotes ("SANA, quoting the SDF, posted …").
    const before = x.text.slice(0, m.index).replace(/,\s*(?:quoting|citing)[^,]*,/gi, ' ');
    const agency = [...before.matchAll(/\b([A-Z]{3,})\b/g)].map((n) => n[1]!).pop();
    const party = tokenize(before).filter((t) => t.entity).pop()?.entity;
    // The day of the release: a date opening the sentence or right after what was shown, not a day
    // inside it ("fighting in Afrin during the assault of March 18").
    const days = x.f.dates.filter((d) => d.kind === 'point' && d.from === d.to && !FROM_THE_REPORT.test(d.text) &&
      !/\b(?:during|of|from|since)\s+(?:the\s+)?(?:\w+\s+){0,2}$/i.test(x.text.slice(Math.max(0, d.start - 30), d.start)));
    // What the footage shows: the places and parties named after the verb.
    const after = tokenize(x.text.slice(m.index + m[0].length)).filter((t) => (t.entity || (/^[A-Z][a-z]/.test(t.raw) && !t.stop)) && !DATE_WORD.test(t.lower));
    const shows = new Set(after.map((t) => t.entity ?? t.key));
    return (agency || party) && days.length === 1 ? { agency, party, fighting, day: days[0]!, text: m[0], shows } : null;
  };
  const a = read(claim);
  const b = a && read(source);
  if (!a || !b || a.fighting !== b.fighting || a.day.from === b.day.from) return null;
  // The same agency, or (one side naming none) the same party's media.
  if (a.agency && b.agency ? a.agency !== b.agency : !a.party || a.party !== b.party) return null;
  // The same footage: what each shows, when both name it, meets ("Khan Younis" / "Shifa hospital" are two videos).
  if (a.shows.size && b.shows.size && ![...a.shows].some((k) => b.shows.has(k))) return null;
  // …and the parties shown, when both name some, meet ("Argentine players" / "Brazilian players" are two teams).
  const parties = (x: { shows: Set<string> }) => [...x.shows].filter((k) => /^[A-Z]{2,}$/.test(k));
  const [pa, pb] = [parties(a), parties(b)];
  if (pa.length && pb.length && !pa.some((e) => pb.includes(e))) return null;
  // Days further apart are two releases.
  if (Math.abs(days(a.day.from, b.day.from)) > 7) return null;
  return {
    verdict: 'conflicts', kind: 'date', score: 1 + sim,
    reason: a.agency && a.agency === b.agency
      ? `date: here ${a.agency} released the footage on ${fmtDate(a.day.from)}, in the other report on ${fmtDate(b.day.from)}; both cannot be right.`
      : `date: here ${releaser(a)} released the footage on ${fmtDate(a.day.from)}, in the other report ${releaser(b)} on ${fmtDate(b.day.from)}; both cannot be right.`,
    claimSpan: a.day.text, quoteSpan: b.day.text,
  };
}
/** Who released footage, as footageDateClash read it: the agency, or the party's media. */
function releaser(x: { agency?: string | undefined; party?: string | null | undefined }): string {
  return x.agency ?? `${entityName(x.party!)}'s media`;
}

/** A date counted from the report, not the day of the release ("a day after"). */
const FROM_THE_REPORT = /\b(after|before|earlier|later|ago)\b/i;

function judge(claim: Side, source: Side, sim: number, same: SameMatch, threshold: number): Judgement | null {
  return (
    referralSwap(claim, source, sim) ??
    sameActOtherActor(claim, source, sim) ??
    flagBearerSwap(claim, source, sim) ??
    firstConfirmedLater(claim, source, sim) ??
    stanceJudgement(claim, source, sim, threshold) ??
    noSignThenBegun(claim, source, sim) ??
    undecidedAgainstWarning(claim, source, sim) ??
    casualtiesUnconfirmed(claim, source, sim) ??
    deniedReports(claim, source) ??
    actorRole(claim, source, sim) ??
    teacherTaught(claim, source, sim, threshold) ??
    thankedSwap(claim, source, sim, threshold) ??
    negatedPredicate(claim, source, sim) ??
    speakerNegation(claim, source, sim, threshold) ??
    confirmedWhose(claim, source, sim) ??
    leftOpenThenSaid(claim, source, sim) ??
    possibilityRuledOut(claim, source, sim) ??
    rolesApart(claim, source, sim) ??
    stoppedShort(claim, source, sim) ??
    documentStoppedShort(claim, source, sim) ??
    deniedMutualDefence(claim, source, sim) ??
    deniedReading(claim, source, sim) ??
    frontWithdrawal(claim, source, sim) ??
    onsetDate(claim, source, sim) ??
    holdStartClash(claim, source, sim) ??
    onceDateClash(claim, source, sim) ??
    signedApart(claim, source, sim) ??
    quoteDateClash(claim, source, sim) ??
    demandDateClash(claim, source, sim) ??
    footageDateClash(claim, source, sim) ??
    negatedEvent(claim, source, sim) ??
    problemOvercome(claim, source, sim, threshold) ??
    problemNamedTwice(claim, source, sim) ??
    majorityClash(claim, source, sim) ??
    inclusionDenied(claim, source, sim) ??
    revisedFigure(claim, source) ??
    figures(claim, source, sim, same.score, threshold) ??
    samePersonsFigure(claim, source, sim) ??
    sameFact(claim, source, same, threshold) ??
    sameControl(claim, source) ??
    sameFrame(claim, source, sim) ??
    sameAssertion(claim, source, sim) ??
    sameEventClaim(claim, source, sim) ??
    sameDirective(claim, source, sim) ??
    sameMutualDefence(claim, source, sim)
  );
}

// ---------- helpers ----------

function days(a: string, b: string): number {
  return (Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** Whether two spans of days have a day in common. */
function spansMeet(x: { from: string; to: string }, y: { from: string; to: string }): boolean {
  return days(x.from, y.to) <= 0 && days(y.from, x.to) <= 0;
}

/** The dates a statement gives as days or periods, not as onsets ("since August"). */
function pointDates(x: Side): DateSpan[] {
  return x.f.dates.filter((d) => d.kind === 'point');
}

/** The days a statement gives, or else its report's day. */
function datesOrPublished(x: Side): { from: string; to: string }[] {
  const dated = pointDates(x);
  return dated.length ? dated : x.published ? [{ from: x.published.slice(0, 10), to: x.published.slice(0, 10) }] : [];
}

function newerSide(claim: Side, source: Side): 'claim' | 'source' | null {
  if (!claim.published || !source.published) return null;
  const d = days(claim.published.slice(0, 10), source.published.slice(0, 10));
  if (Math.abs(d) < 7) return null;
  return d > 0 ? 'claim' : 'source';
}

/**
 * A place held "still", in reports more than six weeks apart: a hold at another time, which the older
 * report does not back. A past seizure told in both ("stormed into Kursk last August") is one event.
 */
function stillHeldLater(claim: Side, source: Side): boolean {
  if (!claim.f.control || !source.f.control || !claim.published || !source.published) return false;
  if (Math.abs(days(claim.published.slice(0, 10), source.published.slice(0, 10))) <= 42) return false;
  return [claim, source].some((x) => /\b(still|continu\w*)\b/i.test(x.text));
}

/**
 * Whether a statement dates itself into the other report's time ("The State Department said in
 * November that about 8,000 troops had been sent", in a December report, against a 13 November
 * report): then its figure is not a newer one, whatever its report's date.
 */
function statedAtSameTime(claim: Side, source: Side): boolean {
  const within = (x: Side, other: Side) =>
    !!other.published && x.f.dates.some((d) => d.kind === 'point' && days(other.published!.slice(0, 10), d.from) >= -7 && days(d.to, other.published!.slice(0, 10)) >= -7);
  return within(claim, source) || within(source, claim);
}

function who(side: Side): string {
  return side.f.speaker ? ` (${side.f.speaker})` : '';
}

function fmtDate(iso: string | null): string {
  if (!iso) return 'an unknown date';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${Number(m[3])} ${months[Number(m[2]) - 1]} ${m[1]}`;
}

// ---------- superseded: control of a place changed between the reports ----------

function supersededControl(claim: Side, source: Side, sim: number): Judgement | null {
  const a = claim.f.control;
  const b = source.f.control;
  if (a && b && a.state === 'held' && b.state === 'held') return shrankSince(claim, source, sim);
  // No overlap is asked beyond the place: both sentences state who holds it, which is the fact compared
  // ("Ukrainian troops still hold a strip of Russian territory there" / "Kursk had been completely
  // liberated" share nothing else).
  if (!a || !b || a.state === b.state) return null;
  // The launch of an incursion is a past event; a later liberation does not undo it.
  if ((a.state === 'held' ? a : b).launched) return null;
  // A place retaken inside a region held before changes the hold of that region ("retook Sudzha, the largest town in
  // the Kursk region" / "advancing into Kursk"); not the other way round.
  const freedIn = (x: Control) => (x.state === 'freed' ? [...x.places, ...(x.within ?? [])] : x.places);
  const place = freedIn(a).find((p) => freedIn(b).includes(p));
  if (!place) return null;
  // Who lost the place must be who held it: troops of a third party pulled back are no end of the hold.
  const [heldCtrl, freedCtrl0] = a.state === 'held' ? [a, b] : [b, a];
  if (freedCtrl0.loser && heldCtrl.holder && freedCtrl0.loser !== heldCtrl.holder) return null;
  // Retaken by the side said to hold it ("under Israeli control" / "Israel's military said it liberated the Rafah area"): no change of holder.
  if (freedCtrl0.holder && heldCtrl.holder && freedCtrl0.holder === heldCtrl.holder) return null;
  const newer = newerSide(claim, source);
  if (!newer) {
    // At the same time, one side holding what the other says was retaken, and denying it: a dispute
    // ("Ukraine's General Staff dismissed Moscow's claim, saying its units still hold positions in Kursk").
    const denies = [claim, source].some((x) => x.f.stances.some((st) => st.kind === 'deny'));
    // Or the place "still" held against its complete liberation, in the same week; held on an earlier
    // day than the liberation, it is the liberation that is newer.
    const [heldSide, freedSide] = a.state === 'held' ? [claim, source] : [source, claim];
    const still = /\bstill\b/i.test(heldSide.text) && COMPLETED.test(freedSide.text);
    if (!denies && !still) return null;
    const day = (x: Side) => saidOn(x) ?? x.f.dates.find((d) => d.kind === 'point')?.from ?? x.published;
    const [hd, fd] = [day(heldSide), day(freedSide)];
    if (!denies && hd && fd && hd < fd) {
      const newer = freedSide === claim ? 'claim' : 'source';
      return {
        verdict: 'conflicts', kind: 'superseded', score: 1 + sim, newer,
        reason: `superseded: on ${fmtDate(hd)} the place was still '${(heldSide === claim ? a : b).text}'; on ${fmtDate(fd)} it was completely '${(freedSide === claim ? a : b).text}'.`,
        claimSpan: a.text, quoteSpan: b.text,
      };
    }
    const word = claim.text.match(new RegExp(`\\b${place}\\w*`, 'i'))?.[0] ?? place;
    return {
      verdict: 'conflicts', kind: 'negation', score: 0.8 + sim,
      reason: denies
        ? `negation: here '${a.text}', in the other report '${b.text}', at the same time; one side denies the other's account of ${word}.`
        : `negation: here '${a.text}', in the other report '${b.text}', in the same week; ${word} cannot be both.`,
      claimSpan: a.text, quoteSpan: b.text,
    };
  }
  // A newer claim that the sentence itself says was denied ("Russia claimed it had driven … out of Chasiv Yar, which Kyiv
  // denied") is a dispute, not a change.
  const newSide = newer === 'claim' ? claim : source;
  if (/\b(?:which|who|a claim)\s+(?:\w+\s+){0,3}(?:denied|disputed|rejected|dismissed)\b/i.test(newSide.text)) return null;
  const [older, newest] = newer === 'claim' ? [b, a] : [a, b];
  // A newer report that tells the entry as history, dated before the older report was written ("In August
  // 2024, Ukrainian troops punched across the border into Kursk", in May 2025 / "Kursk had been completely
  // liberated", in April 2025): it tells no change.
  const entered = newest.state === 'held' && ENTRY.test(newest.text) && !/\b(?:still\s+(?:hold|holds|control|controls)|(?:have|has)\s+held)\b/i.test(newSide.text) ? holdStart(newSide, newest) : null;
  const olderDay = (newer === 'claim' ? source : claim).published?.slice(0, 10);
  if (entered?.kind === 'point' && olderDay && entered.to < olderDay) return null;
  // A change the newer report dates before the older report was written ("withdrew from Gedo in 2016") changed nothing since.
  const changeAt = newSide.text.indexOf(newest.text);
  if (newest.state === 'freed' && olderDay && changeAt >= 0 && newSide.f.dates.some((d) => d.kind === 'point' && d.start > changeAt && d.start - changeAt < 60 &&
    !/[,;]/.test(newSide.text.slice(changeAt, d.start)) && !datesTheSaying(newSide.text, d) && d.to < olderDay)) return null;
  // Part of the ground lost since does not undo a dated entry ("Ukraine seized land in Kursk last August" /
  // "has since lost two-thirds of the ground it took"); it changes a hold or an advance told as a state.
  const olderSide = newer === 'claim' ? source : claim;
  if (newest.state === 'freed' && newest.partial && older.state === 'held' && ENTRY.test(older.text) && holdStart(olderSide, older)?.kind === 'point') return null;
  const placeWord = (newer === 'claim' ? claim : source).text.match(new RegExp(`\\b${place}\\w*`, 'i'))?.[0] ?? place;
  // A town retaken inside the region held: name the town.
  const freedCtrl = a.state === 'freed' ? [a, claim] as const : [b, source] as const;
  const town = freedCtrl[0].places.includes(place) ? '' : freedCtrl[1].text.match(new RegExp(`\\b${freedCtrl[0].places[0]}\\w*`, 'i'))?.[0];
  return {
    verdict: 'conflicts', kind: 'superseded', score: 1 + sim, newer,
    reason: `superseded: of ${placeWord}, the newer report says '${newest.text}'${town ? ` (${town}, in ${placeWord})` : ''}, the older one '${older.text}'; the situation changed.`,
    claimSpan: a.text, quoteSpan: b.text,
  };
}

/** A hold told as a gain still going on: "have been advancing into", "pushing deeper into"; not a posture ("on the offensive"). */
const ADVANCING = /^(?:advancing|advanced|pushing|pressing|capturing)\b/i;

/**
 * One party's advance into a place, and a newer report that its hold there has shrunk ("have been
 * advancing into Kursk" / months later "still holds part of Kursk, but its area is reduced to about
 * half"): the situation changed. A plain hold told in both is the same fact, shrunk or not.
 */
function shrankSince(claim: Side, source: Side, sim: number): Judgement | null {
  const newer = newerSide(claim, source);
  if (!newer) return null;
  const [now, then] = newer === 'claim' ? [claim.f.control!, source.f.control!] : [source.f.control!, claim.f.control!];
  if (!now.shrank || then.shrank || then.launched || !ADVANCING.test(then.text)) return null;
  // The advancing side's own hold shrank: an enemy's shrinking hold fits the advance.
  if (!now.holder || now.holder !== then.holder) return null;
  const place = now.places.find((p) => then.places.includes(p));
  if (!place) return null;
  const placeWord = (newer === 'claim' ? claim : source).text.match(new RegExp(`\\b${place}\\w*`, 'i'))?.[0] ?? place;
  return {
    verdict: 'conflicts', kind: 'superseded', score: 1 + sim, newer,
    reason: `superseded: of ${placeWord}, the older report says '${then.text}', the newer one '${now.shrank}'; the situation changed.`,
    claimSpan: claim.f.control!.shrank ?? claim.f.control!.text, quoteSpan: source.f.control!.shrank ?? source.f.control!.text,
  };
}

/** Verbs of a hold that tell its start, so that a date next to them dates the entry ("seized land … last August"). */
const ENTRY = /^(seized|seizing|invaded|incursion|offensive|(push|pushed|pushing|punched|swept|stormed|crossed|pressed|thrust|penetrated)\b)/i;

/** When a hold began, as the sentence dates it: "since August", or a date of its launch or entry. */
function holdStart(side: Side, c: Control): DateSpan | null {
  const since = side.f.dates.find((d) => d.kind === 'since');
  if (since) return since;
  if (!c.launched && !ENTRY.test(c.text)) return null;
  return side.f.dates.find((d) => d.kind === 'point' && !datesTheSaying(side.text, d)) ?? null;
}

/**
 * One party's hold of one place, begun on dates that cannot meet ("launched its offensive into Afrin in
 * early February" / "Turkish forces seized land in Afrin last January", "have been advancing in Afrin
 * since January"): a hold begins once. Both must name the holder, the same one.
 */
/** Hold starts this many days apart or more are two campaigns, not one start told twice. */
const HOLD_CAMPAIGN_DAYS = 365;

function holdStartClash(claim: Side, source: Side, sim: number): Judgement | null {
  const [a, b] = [claim.f.control, source.f.control];
  if (!a || !b || a.state !== 'held' || b.state !== 'held' || !a.holder || a.holder !== b.holder) return null;
  const place = a.places.find((p) => b.places.includes(p));
  if (!place) return null;
  const [x, y] = [holdStart(claim, a), holdStart(source, b)];
  if (!x || !y || spansMeet(x, y)) return null;
  // Starts a year or more apart are two campaigns: places change hands more than once.
  if (Math.abs(days(x.from, y.from)) >= HOLD_CAMPAIGN_DAYS) return null;
  const placeWord = claim.text.match(new RegExp(`\\b${place}\\w*`, 'i'))?.[0] ?? place;
  return {
    verdict: 'conflicts', kind: 'date', score: 1 + sim,
    reason: `date: when ${entityName(a.holder)}'s hold of ${placeWord} began: '${x.text}' here, '${y.text}' in the other report; it began once.`,
    claimSpan: x.text, quoteSpan: y.text,
  };
}

/**
 * Both say the same party holds the same place, or that it was retaken: "Ukrainian troops still hold a
 * strip of Russian territory in Kursk" / "Kursk region, a small part of which is occupied by Ukrainian
 * forces". A holder named on one side only does not keep them apart; two different holders do.
 */
function sameControl(claim: Side, source: Side): Judgement | null {
  if (takenByTwo(claim, source)) return null;
  const a = claim.f.control;
  const b = source.f.control;
  if (!a || !b || a.state !== b.state) return null;
  if (a.holder && b.holder && a.holder !== b.holder) return null;
  // A hold told with its shrinking is the same hold only when both name the same holder.
  if ((a.shrank || b.shrank) && (!a.holder || a.holder !== b.holder)) return null;
  // Part of the ground won back is not all of it: "lost two-thirds of the ground" / "completely liberated".
  if (a.state === 'freed' && (a.partial ? COMPLETED.test(source.text) : b.partial && COMPLETED.test(claim.text))) return null;
  // The launch of an incursion is an event; the hold since is a state ("launched its offensive into X" / "X, part of which is
  // occupied"), unless the state is told from its start ("have been on the offensive there since August").
  if (!!a.launched !== !!b.launched && !(a.launched ? holdStart(source, b) : holdStart(claim, a))) return null;
  if (controlOpposed(a, b)) return null;
  if (stillHeldLater(claim, source)) return null;
  // A denial that the place was lost ("rejected the claim, saying its units were still fighting inside
  // Kursk") disputes the other side's claim; it does not restate an earlier report's advance.
  if ([claim, source].some((x) => x.f.stances.some((st) => st.kind === 'deny'))) return null;
  const place = a.places.find((p) => b.places.includes(p));
  if (!place) return null;
  const placeWord = claim.text.match(new RegExp(`\\b${place}\\w*`, 'i'))?.[0] ?? place;
  const holder = a.holder ?? b.holder;
  const what = a.state === 'held' ? `${placeWord} is held${holder ? ` by ${entityName(holder)}` : ''}` : `${placeWord} was retaken${holder ? ` by ${entityName(holder)}` : ''}`;
  return {
    verdict: 'corroborates', kind: 'same-fact', score: 0.3,
    reason: `Same fact: both say ${what} ('${a.text}' / '${b.text}').`,
    claimSpan: a.text, quoteSpan: b.text,
  };
}

// ---------- stance: confirmed / denied / no comment / no proof ----------

/**
 * Whether two statements name the same event (an EVENT_CLASSES class: a deployment, fighting, a
 * killing…) and share something else said besides names, titles and the confirming words: "has never
 * acknowledged sending troops" / "confirmed its troop deployment", but not "did not comment on the
 * drone attack on the refinery" / "confirmed a drone attack on its embassy".
 */
function sameEventOnRecord(claim: Side, source: Side): boolean {
  const shared = sharedSaid(claim, source);
  shared.delete(CONFIRM_CLASS);
  return shared.size >= 2 && [...shared].some((k) => EVENT_CLASSES.has(k));
}

/** The day a statement was made, when the sentence dates its saying ("told reporters on Monday"). */
function saidOn(side: Side): string | null {
  return side.f.dates.find((d) => d.kind === 'point' && d.from === d.to && datesTheSaying(side.text, d))?.from ?? null;
}

/** The last day of a saying the sentence dates by a day or a month ("In November, North Korea dismissed …"). */
function saidBy(side: Side): string | null {
  // An opening date ("In November, North Korea dismissed …") dates a stance as it dates a saying.
  const opening = (d: DateSpan) => side.f.stances.length > 0 && /^\s*(?:(?:in|on|by|back in|last)\s+)?$/i.test(side.text.slice(0, d.start));
  return side.f.dates.find((d) => d.kind === 'point' && (datesTheSaying(side.text, d) || opening(d)))?.to ?? null;
}

/** Words that put a stance before the report's own time: it held for a while and has ended. */
// Not the past perfect alone: reported speech backshifts ("said the United States had not yet seen …").
const PAST_STANCE = /\b(for (months|weeks|a year)|long (maintained|insisted|denied|refused)|until (this|last) (week|month)|until recently)\b/i;

/** Whether one side dates its saying a week or more before the other side says it (its own date, or its report's). */
function saidWeeksBefore(x: Side, other: Side): boolean {
  const by = saidBy(x);
  const then = saidBy(other) ?? other.published?.slice(0, 10);
  return !!by && !!then && days(then, by) >= 7;
}

/**
 * Which side is newer: a saying dated weeks before the other report is the older, whatever its own
 * report's date ("In November, North Korea dismissed the reports", in a May report, against an April
 * confirmation); else by publication dates a week or more apart, or by the days the two sentences
 * date their sayings ("Singh told reporters on Monday" the 4th / "confirmed on Tuesday" the 12th).
 */
function newerSaying(claim: Side, source: Side): 'claim' | 'source' | null {
  if (saidWeeksBefore(claim, source)) return 'source';
  if (saidWeeksBefore(source, claim)) return 'claim';
  // "for months refused to confirm", "had never admitted … until this week": a stance the sentence
  // itself puts before now is older than a plain one told at about the same time.
  const past = (x: Side) => PAST_STANCE.test(x.text);
  if (past(claim) !== past(source) && !newerSide(claim, source)) return past(claim) ? 'source' : 'claim';
  const byReport = newerSide(claim, source);
  if (byReport) return byReport;
  const a = saidOn(claim);
  const b = saidOn(source);
  if (!a || !b || a === b) return null;
  return a > b ? 'claim' : 'source';
}

/** A denial of "the reports" or "the claims", or of "groundless rumours": its content is the story's. */
/** The words of a denial itself and of its timing: what is left names what was denied. */
const DENIAL_WORDS = /^(dismiss|reject|brush|deni|deny|report|claim|allegation|account|rumou?r|speculation|groundless|baseless|unfounded|fals|fake|news|lie|call|mission|ministry|ambassador|envoy|diplomat|likewi|also|month|week|year|last|earli|again|repeated|offici|spokes|as|off|asid|nation|unit|govern|statement)/;
const DENIED_REPORTS = /\b(reports?|claims?|allegations?|accounts?|rumou?rs?|speculation)\b/i;

/**
 * A party that dismissed "the reports" about it ("Pyongyang's mission brushed off the reports as
 * groundless rumours") against a statement that puts on record what that party did ("the United
 * States confirmed that North Korean troops have been sent"). The denial names no event of its own,
 * so nothing else can be compared: it conflicts with the confirmed deeds of the party that denies.
 * Its own later confirmation supersedes it.
 */
function deniedReports(claim: Side, source: Side): Judgement | null {
  for (const [deny, other, denySide] of [[claim, source, 'claim'], [source, claim, 'source']] as const) {
    const d = deny.f.stances.find((x) => x.kind === 'deny' && x.subject && DENIED_REPORTS.test(x.text));
    if (!d || deny.f.keys.some((k) => EVENT_CLASSES.has(foldSynonym(k)))) continue;
    // "dismissed the reports of arms sales as groundless" names its topic: then it must be the deed's.
    const topic = deny.f.keys.filter((k) => !k.startsWith('@') && !DENIAL_WORDS.test(k) && !/^\d/.test(k));
    if (topic.length && !topic.some((k) => other.f.keys.map(foldSynonym).includes(foldSynonym(k)))) continue;
    // What the other side puts on record: a deed it states, or the one it confirms ("confirmed its troop deployment").
    const deed = other.f.asserted ?? other.f.claimed;
    if (!deed || deed.agent !== d.subject || !other.f.stances.some((x) => x.kind === 'confirm')) continue;
    const own = other.f.stances.some((x) => x.kind === 'confirm' && x.subject === d.subject);
    const newer = newerSaying(claim, source);
    // Confirmed weeks after the denial, by the party itself or by anyone: the record changed.
    const weeks = !!newerSide(claim, source) || saidWeeksBefore(deny, other);
    const later = newer !== null && newer !== denySide && (own || weeks);
    return {
      verdict: 'conflicts', kind: later ? 'superseded' : 'negation', score: 0.8, ...(later ? { newer: newer! } : {}),
      reason: later
        ? `superseded: ${entityName(d.subject!)} dismissed the reports at first; ${own ? 'it confirmed them later' : 'they were confirmed later'}.`
        : `negation: ${entityName(d.subject!)} dismissed the reports ('${d.text}'), the other report puts on record what it did.`,
      ...(denySide === 'claim' ? { claimSpan: d.text, quoteSpan: deed.text } : { claimSpan: deed.text, quoteSpan: d.text }),
    };
  }
  return null;
}

/** "its soldiers are in Russia", "any North Korean soldiers are there": troops said to be in a country were sent there. */
const TROOPS_PRESENT = /^\W*(that\s+)?(any|some|its|their|the|his|her|\w+['’]s?)?\s*(\w+\s+){0,2}(troops|soldiers|forces|units|personnel)\s+(are|were|is|was|have been|had been)\s+(?:(\w+\s+)?(in|inside)\s+[A-Z]|there\b|present\b)/;

/**
 * The words a stance is about: those after it, or, when the stance's own words carry the claim
 * ("described the assertion that DPRK servicemen have entered combat as a canard"), the claim inside.
 */
function afterStance(text: string, stanceText: string): string | null {
  const at = text.indexOf(stanceText);
  if (at < 0) return null;
  // "that" opening a clause (a party or a determiner after it), not "rejected that report".
  const inner = /\bthat\s+(.+?)\s+as\s+["“‘']?(?:\S+\s+){0,3}\S+$/i.exec(stanceText) ?? /\bthat\s+(?!report|claim|account|allegation|assertion)(.{12,})$/i.exec(stanceText);
  return inner ? inner[1]! : text.slice(at + stanceText.length);
}

/**
 * Whose doing the words after a stance are about: the first party named there that is not the object of
 * a preposition, or the stance's own party for "it"/"they" ("Iran denied that it had sent advisers to Syria" → Iran).
 */
function contentSubject(side: Side, stance: Stance): string | null {
  const content = afterStance(side.text, stance.text);
  if (content === null) return null;
  const words = tokenize(content);
  for (const [i, t] of words.entries()) {
    if (/^(it|they|its|their)$/.test(t.lower)) return stance.subject;
    if (t.entity && !(i > 0 && PREPOSITION.test(words[i - 1]!.lower))) return t.entity;
  }
  return null;
}

/** The events named after a stance's words, in order ("no confirmed reports of troops being killed in the fighting" → kill, fight). */
function eventsAfter(side: Side, stanceText: string): string[] {
  const after = afterStance(side.text, stanceText);
  if (after === null) return [];
  // "… and that there were no DPRK military units on Russian territory": a deployment denied.
  const out: string[] = TROOPS_PRESENT.test(after) || /^[^.;]{0,40}\bno\s+(\S+\s+){0,2}(troops|soldiers|forces|units|personnel)\s+(on|in|inside)\b/i.test(after) ? [SEND] : [];
  for (const t of tokenize(after)) {
    const k = foldSynonym(t.key);
    if (EVENT_CLASSES.has(k) && !out.includes(k)) out.push(k);
  }
  return out;
}

/**
 * Whether a silence or a lack of proof is about something else than the confirmation it meets: the
 * first event named after the silent words is not among those the confirming side names ("no confirmed
 * reports of soldiers being killed in the fighting" against "announced that the troops took part in
 * combat"). When either names no event, nothing tells them apart.
 */
function otherTopic(claim: Side, source: Side, x: Stance, y: Stance): boolean {
  const { topic, confirmed } = stanceTopics(claim, source, x, y);
  return !!topic && confirmed.length > 0 && !topicMet(topic, confirmed);
}

/** A topic among the events confirmed; troops fighting somewhere were sent there, so their presence is confirmed too. */
function topicMet(topic: string, confirmed: string[]): boolean {
  return confirmed.includes(topic) || (topic === SEND && confirmed.includes(FIGHT_CLASS));
}

/** The first event named after the silent or doubting words, and the events named after the confirming ones. */
function stanceTopics(claim: Side, source: Side, x: Stance, y: Stance): { topic: string | undefined; confirmed: string[] } {
  const [silent, sSide, confirm, cSide] = x.kind === 'confirm' ? [y, source, x, claim] : [x, claim, y, source];
  return { topic: eventsAfter(sSide, silent.text)[0], confirmed: eventsAfter(cSide, confirm.text) };
}

const DATE_WORD = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|week|month|year)$/;

/**
 * Whether a silence names what it is about ("declined to comment on whether the hostages had been
 * freed", "questions about the North Koreans") and the confirmation shares none of it: then the
 * confirmation answers another question. A silence that names nothing ("referred questions to the
 * ministry") may be about anything the confirmation says.
 */
function silenceAboutElse(silent: Side, stanceText: string, other: Side, head = false): boolean {
  const topic = silenceTopic(silent, stanceText);
  if (!topic) return false;
  const keys = new Set(other.f.keys.map(foldSynonym));
  // With `head`, its first word must recur ("the US trainers on the island" is not about "warships … near the island").
  return head ? !keys.has(topic[0]!) : !topic.some((k) => keys.has(k));
}

/**
 * The folded words a silence names as its topic, in order ("declined to comment on whether the hostages
 * …"), or null when it names none. The topic marker stands inside the stance's words or right after
 * them, not further on ("… were on its territory"); parties are no topic (the confirming party is
 * named on both sides), and the topic ends where the questions were sent ("questions about the North
 * Koreans to the defence ministry").
 */
function silenceTopic(side: Side, stanceText: string): string[] | null {
  const at = side.text.indexOf(stanceText);
  if (at < 0) return null;
  const m = /\b(?:on|about|over|regarding|concerning|whether)\s+([^,.;]{1,80})/i.exec(side.text.slice(at, at + stanceText.length + 80));
  if (!m || m.index > stanceText.length + 2) return null;
  const words = tokenize(m[1]!.split(/\s+to\s+(?:the\s+)?/)[0]!).filter((t) => !t.stop && !t.entity && !ATTRIBUTION.has(foldSynonym(t.key)) && !/^\d/.test(t.key) && !DATE_WORD.test(t.lower) && !/^(ministry|department|question|matter|issue|subject|report)/.test(t.key));
  return words.length ? words.map((t) => foldSynonym(t.key)) : null;
}

/**
 * Two silences about two things: both name their topics and the topics share nothing ("declined to
 * say whether the two leaders had spoken" / "evaded questions about the North Korean reinforcements").
 * A silence that names nothing ("referred questions to the ministry") may be about anything.
 */
function silenceTopicsApart(a: Side, x: Stance, b: Side, y: Stance): boolean {
  const [ta, tb] = [silenceTopic(a, x.text), silenceTopic(b, y.text)];
  return !!ta && !!tb && !ta.some((k) => tb.includes(k));
}

/**
 * Below the same-fact threshold, the overlap at which a denial and a confirmation of one event still
 * meet. Only a denial: a lack of proof on one side and a confirmation by another party may both stand.
 */
const STANCE_NEAR = 0.1;

/** The first event named after the silent or doubting words is among those the confirming side names. */
function sameTopic(claim: Side, source: Side, x: Stance, y: Stance): boolean {
  const { topic, confirmed } = stanceTopics(claim, source, x, y);
  return !!topic && topicMet(topic, confirmed);
}

/** The words a stance is about: what follows its own words, to the end of the clause. */
function contentTokens(side: Side, stance: Stance): Token[] {
  const after = afterStance(side.text, stance.text);
  if (after === null) return [];
  return tokenize(/^[^;]*?(?=,\s+(and|but|while|whereas)\b|;|$)/.exec(after)![0]);
}

/**
 * Whether two stances of one party are about the same thing though the sentences share little else:
 * the words after them name the same other party and the same kind of people or event, and no two
 * different events ("has denied that North Korean soldiers are fighting on its behalf" / "has evaded
 * questions about this presence of North Korean reinforcements").
 */
function sameContent(a: Side, x: Stance, b: Side, y: Stance): boolean {
  if (contentsApart(a, x, b, y)) return false;
  const [ta, tb] = [contentTokens(a, x), contentTokens(b, y)];
  const parties = (ts: Token[]) => new Set(ts.map((t) => t.entity).filter((e): e is string => !!e && e !== x.subject));
  const pb = parties(tb);
  if (![...parties(ta)].some((e) => pb.has(e))) return false;
  const kinds = (ts: Token[]) => new Set(ts.map((t) => foldSynonym(t.key)).filter((k) => k === TROOP || EVENT_CLASSES.has(k)));
  const kb = kinds(tb);
  return [...kinds(ta)].some((k) => kb.has(k));
}

/** Whose people (the party named right before a troop noun: "Chinese coast guard personnel"). */
function troopOwners(ts: Token[]): Set<string> {
  return new Set(ts.flatMap((t, i) => {
    if (foldSynonym(t.key) !== TROOP) return [];
    // Up to two words between ("Chinese coast guard personnel").
    for (let k = i - 1; k >= Math.max(0, i - 3) && !ts[k]!.stop; k--) if (ts[k]!.entity) return [ts[k]!.entity!];
    return [];
  }));
}

/** The words after two stances name two parties' people, or two different events. */
function contentsApart(a: Side, x: Stance, b: Side, y: Stance): boolean {
  const [ta, tb] = [contentTokens(a, x), contentTokens(b, y)];
  const [oa, ob] = [troopOwners(ta), troopOwners(tb)];
  if (oa.size && ob.size && ![...oa].some((e) => ob.has(e))) return true;
  const events = (ts: Token[]) => [...new Set(ts.map((t) => foldSynonym(t.key)).filter((k) => k !== TROOP && EVENT_CLASSES.has(k)))];
  const [ea, eb] = [events(ta), events(tb)];
  return ea.length > 0 && eb.length > 0 && !ea.some((k) => eb.includes(k));
}

/**
 * A denial that a party's troops are there at all ("has flatly denied that there are any North Korean
 * soldiers on Russian soil"), and a first confirmation of anything those troops did ("confirming for the
 * first time that North Korean troops had participated in the battle"): what they did needs them there,
 * so the confirmation answers the denial. The denial names no event of its own.
 */
function presenceDenied(denier: Side, denial: Stance, confirmer: Side, confirmation: Stance): boolean {
  const [ta, tb] = [contentTokens(denier, denial), contentTokens(confirmer, confirmation)];
  if (contentsApart(denier, denial, confirmer, confirmation) || ta.some((t) => t.key !== TROOP && EVENT_CLASSES.has(foldSynonym(t.key)))) return false;
  const owners = troopOwners(tb);
  if (![...troopOwners(ta)].some((e) => owners.has(e))) return false;
  // A confirmation only held possible, denied, or of what is yet to come ("would confirm … if asked", "denied
  // reports it had confirmed", "could be sent", "will train") confirms nothing done.
  const at = confirmer.text.indexOf(confirmation.text);
  if (/\b(?:would|could|may|might|will|if|den(?:y|ies|ied|ying))\b/i.test(confirmer.text.slice(Math.max(0, at - 30), at)) || tb.some((t) => /^(?:could|would|may|might|will|shall|to)$/.test(t.lower))) return false;
  // Another place named on each side ("troops in Libya" / "fought in northern Syria"), or what was confirmed dated
  // before the denial was reported ("fought in Angola in the 1980s"), is another deployment.
  const places = (ts: Token[], owner: Set<string>) => new Set(ts.flatMap((t) => (t.entity && !owner.has(t.entity) && t.entity !== denial.subject ? [t.entity] : [])));
  const [pa, pb] = [places(ta, troopOwners(ta)), places(tb, owners)];
  if (pa.size && ![...pa].some((e) => pb.has(e))) return false;
  const yearAt = /\b(1[89]\d\d|20\d\d)s?\b/.exec(afterStance(confirmer.text, confirmation.text) ?? '');
  if (yearAt && denier.published && Number(yearAt[1]) < Number(denier.published.slice(0, 4))) return false;
  return true;
}

/** No sign, evidence or proof seen of something: not "could not verify", which leaves the thing open. */
const NO_SIGN = /\b(?:sign|signs|evidence|indication|indications|proof)\b/i;
/** Told as begun, in the perfect or the past: "have begun", "has started", "began" (not "expected to begin"). */
const HAS_BEGUN = /(?<!\b(?:may|might|could|would|should|must|will|to)\s+)\b(?:(?:has|have|had)\s+(?:now\s+|already\s+|finally\s+|officially\s+)?(?:begun|started)|began)\b/i;

/**
 * The names each side gives, places, parties and other proper names ("the strike at Samsung", "French troops
 * from Niger"), and whether neither side's names are all among the other's: then they tell of two things.
 */
function properNames(text: string): Set<string> {
  // Particles of names ("El Fasher", "Al Jazeera") name nothing alone.
  return new Set(tokenize(text).filter((t, i) => (t.entity || (i > 0 && /^[A-Z][A-Za-z]/.test(t.raw) && !t.stop && t.raw.length > 2)) && !DATE_WORD.test(t.lower) && !OFFICE_WORD.test(t.raw)).map((t) => t.entity ?? t.key));
}
function namesApart(a: string, b: string): boolean {
  const [na, nb] = [properNames(a), properNames(b)];
  return na.size > 0 && nb.size > 0 && ![...na].every((k) => nb.has(k)) && ![...nb].every((k) => na.has(k));
}

/** The one no-sign stance of a side, when it has no stance of another kind. */
function noSign(x: Side): Stance | null {
  const st = x.f.stances.find((y) => y.kind === 'no-proof' && NO_SIGN.test(y.text));
  return st && !x.f.stances.some((y) => y.kind !== 'no-proof') ? st : null;
}

/**
 * No sign that something had begun, then a later report that it has begun ("There is no sign that
 * peace talks … have begun in Jeddah" / a month later "Peace talks … have begun in Jeddah"): the news
 * overtook the older report. The two share what began (a word right by the verb of beginning) and
 * another word, name no places apart and no parties apart.
 */
function noSignThenBegun(claim: Side, source: Side, sim: number): Judgement | null {
  if (sim < FRAME_GATE || !claim.published || !source.published) return null;
  // Days later is enough: what had not begun may begin the next week.
  const apart = days(claim.published.slice(0, 10), source.published.slice(0, 10));
  for (const [doubt, begun, begunSide] of [[claim, source, 'source'], [source, claim, 'claim']] as const) {
    const st = noSign(doubt);
    const m = st && !begun.f.stances.length ? HAS_BEGUN.exec(begun.text) : null;
    if (!st || !m || NEGATIVE_CUE.test(begun.text) || (begunSide === 'source' ? -apart : apart) < 2) continue;
    const about = contentTokens(doubt, st).filter((t) => !t.stop && !t.entity);
    const keys = new Set(about.map((t) => foldSynonym(t.key)));
    // What began: named in the subject ("the evacuation of Rafah has begun"), and not another act after the verb
    // ("Iranian troops have begun withdrawing" is not "had begun combat operations"); the troops themselves are not what began.
    const words = tokenize(begun.text);
    const verbAt = words.findIndex((t) => t.start >= m.index);
    const next = words.find((t) => t.start >= m.index + m[0].length);
    const act = next && !next.stop && /^[a-z]/.test(next.raw) ? next : null;
    if (act && !keys.has(foldSynonym(act.key))) continue;
    const subject = words.slice(0, verbAt).filter((t) => !t.stop && !t.entity && foldSynonym(t.key) !== TROOP && keys.has(foldSynonym(t.key)));
    const shared = new Set(begun.f.keys.map(foldSynonym).filter((k) => keys.has(k)));
    if ((!act && !subject.length) || shared.size < 2) continue;
    // Parties named on both sides must meet ("between Sudan's army and the RSF" / "between Ethiopia and Eritrea").
    const [pa, pb] = [new Set(tokenize(afterStance(doubt.text, st.text) ?? '').flatMap((t) => (t.entity ? [t.entity] : []))), new Set(begun.f.entities)];
    if ((pa.size && pb.size && ![...pa].some((e) => pb.has(e))) || placesApart(doubt, begun) || namesApart(afterStance(doubt.text, st.text) ?? doubt.text, begun.text)) continue;
    const seen = NO_SIGN.exec(st.text)![0].toLowerCase();
    return {
      verdict: 'conflicts', kind: 'superseded', score: 1 + sim, newer: begunSide,
      reason: `superseded: the older report (${fmtDate(doubt.published)}) found no ${seen} that it had begun; the newer one (${fmtDate(begun.published)}) says it ${m[0].replace(/^(?:has|have|had)\s+/i, 'has ')}.`,
      ...(begunSide === 'source' ? { claimSpan: st.text, quoteSpan: m[0] } : { claimSpan: m[0], quoteSpan: st.text }),
    };
  }
  return null;
}

/** A silence said to last until now: "still hasn't confirmed", "has yet to confirm", "has so far not confirmed". */
function stillSilent(side: Side, stance: Stance): boolean {
  const at = side.text.indexOf(stance.text);
  if (at < 0) return false;
  const around = side.text.slice(Math.max(0, at - 25), at + stance.text.length + 12);
  return /\b(still|yet|so far|to date|as yet)\b/i.test(around);
}

/** A first confirmation dated this many days before a silence was reported belongs to an earlier episode. */
const EARLIER_EPISODE_DAYS = 180;

function stanceJudgement(claim: Side, source: Side, sim: number, threshold: number): Judgement | null {
  for (const x of claim.f.stances) {
    for (const y of source.f.stances) {
      const sameSubject = x.subject !== null && x.subject === y.subject;
      const pair = new Set([x.kind, y.kind]);
      // Silence (or no proof) earlier, a first-time confirmation later by the same party: the position changed.
      const silent = pair.has('no-comment') ? 'no-comment' : pair.has('no-proof') ? 'no-proof' : pair.has('deny') ? 'deny' : null;
      if (sameSubject && silent && pair.has('confirm')) {
        const confirm = x.kind === 'confirm' ? 'claim' : 'source';
        const c = confirm === 'claim' ? x : y;
        const newer = newerSaying(claim, source);
        // A confirmation weeks later of what the party would not acknowledge: its position changed.
        // "For the first time" says so outright; otherwise the two must name the same event.
        // A denial must be of the same event: "denied that its balloon spied" is not "confirmed for the first time that its economy grew".
        const [silentSide, silentStance, confirmSide] = confirm === 'claim' ? [source, y, claim] : [claim, x, source];
        const onTopic = sameTopic(claim, source, x, y) || sameEventOnRecord(claim, source) ||
          (silent !== 'deny' && c.firstTime && !otherTopic(claim, source, x, y) && !silenceAboutElse(silentSide, silentStance.text, confirmSide)) ||
          (silent === 'deny' && c.firstTime && presenceDenied(silentSide, silentStance, confirmSide, c));
        // Questions referred to a ministry that then confirms: the referral pointed to the confirmer.
        const referredTo = /\breferred\b.*\bto\s+(?:the\s+|its\s+|their\s+|[\w'’]+['’]s\s+)?((?:\w+\s+)?(?:ministry|department|office|agency))\b/i.exec(silentStance.text)?.[1];
        const toConfirmer = !!referredTo && new RegExp(`\\b${referredTo}\\b`, 'i').test(confirmSide.text.slice(0, Math.max(0, confirmSide.text.indexOf(c.text))));
        // A first confirmation dated before the silence was reported is an earlier episode's.
        const confirmedOn = saidBy(confirmSide);
        const earlier = !!confirmedOn && !!silentSide.published && days(confirmedOn, silentSide.published.slice(0, 10)) > EARLIER_EPISODE_DAYS;
        if (newer === confirm && onTopic && !toConfirmer && !earlier) {
          return {
            verdict: 'conflicts', kind: 'superseded', score: 1 + sim, newer,
            reason: `superseded: ${entityName(x.subject!)} had ${silent === 'no-proof' ? 'seen no proof' : silent === 'deny' ? 'denied it' : 'not confirmed it'} in the older report and confirmed it${c.firstTime ? ' for the first time' : ''} in the newer one.`,
            claimSpan: x.text, quoteSpan: y.text,
          };
        }
        // One party, at one time, with no proof of what it confirms: a clash, even in few shared words, when the event is one.
        // A silence said a day after the confirmation is no change of position: it is still a clash.
        const sameTime = !newer || (newer !== confirm && !newerSide(claim, source));
        // A silence that names its topic must be about what is confirmed ("said nothing about the US trainers" / "confirmed … warships").
        const aboutElse = silenceAboutElse(silentSide, silentStance.text, confirmSide, true);
        // "Still hasn't confirmed" weeks after the same party confirmed the same event: the later report is wrong.
        if (newer && newer !== confirm && silent !== 'deny' && stillSilent(silentSide, silentStance) && !aboutElse && sameTopic(claim, source, x, y)) {
          return {
            verdict: 'conflicts', kind: 'negation', score: 0.8 + sim,
            reason: confirm === 'source'
              ? `negation: here ${entityName(x.subject!)} still has not confirmed it, but the older report says it already had ('${c.text}').`
              : `negation: the newer report says ${entityName(x.subject!)} still has not confirmed it, but here it already had ('${c.text}').`,
            claimSpan: x.text, quoteSpan: y.text,
          };
        }
        if (sameTime && !aboutElse && (sim >= threshold ? !otherTopic(claim, source, x, y) : silent === 'no-proof' && sim >= STANCE_NEAR && sameTopic(claim, source, x, y))) {
          return {
            verdict: 'conflicts', kind: 'negation', score: 0.8 + sim,
            reason: `negation: '${x.text}' here against '${y.text}' in the other report, about ${entityName(x.subject!)}.`,
            claimSpan: x.text, quoteSpan: y.text,
          };
        }
      }
      // No proof that something happened, then its confirmation by anyone, weeks later: the evidence changed.
      if (!sameSubject && pair.has('no-proof') && pair.has('confirm') && sameTopic(claim, source, x, y)) {
        const confirm = x.kind === 'confirm' ? 'claim' : 'source';
        const c = confirm === 'claim' ? x : y;
        // A confirmation that it has begun ("confirmed Tuesday that … troops have begun engaging in combat") is a first one too.
        const began = BEGAN_FIGHTING.test(afterStance((confirm === 'claim' ? claim : source).text, c.text) ?? '');
        if (newerSide(claim, source) === confirm && (c.firstTime || began) && sameEventOnRecord(claim, source)) {
          const doubter = confirm === 'claim' ? y.subject : x.subject;
          return {
            verdict: 'conflicts', kind: 'superseded', score: 1 + sim, newer: confirm,
            reason: `superseded: ${doubter ? entityName(doubter) : 'the older report'} had seen no proof in the older report; in the newer one ${c.subject ? `${entityName(c.subject)} confirmed it` : 'it was confirmed'} for the first time.`,
            claimSpan: x.text, quoteSpan: y.text,
          };
        }
      }
      // Two silences are one fact when they are about one thing: a silence that names its topic
      // ("declined to say whether the two leaders had spoken") is not one about anything else.
      if (sameSubject && x.kind === 'no-comment' && y.kind === 'no-comment' && !silenceTopicsApart(claim, x, source, y)) {
        return {
          verdict: 'corroborates', kind: 'same-fact', score: 0.5 + sim,
          reason: `Same fact: both say ${entityName(x.subject!)} did not answer ('${x.text}' / '${y.text}').`,
          claimSpan: x.text, quoteSpan: y.text,
        };
      }
      // A party's denial and its silence are two accounts of its stance.
      const denyOrSilent = sameSubject && pair.has('deny') && pair.has('no-comment');
      const clash = (pair.has('confirm') && (pair.has('deny') || pair.has('no-proof'))) || denyOrSilent;
      // Below the same-fact overlap, a denial and a confirmation of the same event still clash.
      // …and the one confirmed to have done it is the one who denies it.
      // …or whose troops it says were sent ("more than 10,000 Iranian troops have been sent to Syria").
      const doer = (side: Side) => side.f.asserted?.agent ?? side.f.claimed?.agent ?? side.f.frames.find((f) => f.rel === 'send')?.agent;
      const denier = x.kind === 'deny' ? x.subject : y.kind === 'deny' ? y.subject : null;
      const confirmedDoer = doer(x.kind === 'confirm' ? claim : source);
      // A denial and a silence: close sentences must not be about two parties' people or two events;
      // sentences that share little must be about the same people.
      const near = denyOrSilent
        ? (sim >= threshold ? !contentsApart(claim, x, source, y) : sameContent(claim, x, source, y))
        : sim >= threshold || (sim >= FRAME_GATE && pair.has('confirm') && pair.has('deny') && !!confirmedDoer &&
            (denier === confirmedDoer || contentSubject(...(x.kind === 'deny' ? [claim, x] as const : [source, y] as const)) === confirmedDoer) && sameTopic(claim, source, x, y) &&
            !destinationsApart(claim, source));
      // A denial answers only a confirmation that the denier did it ("Turkey denied sending troops" / "the UN confirmed that Russia sent mercenaries").
      // …or a denial of what the confirmed doer did ("Russia denied that any North Korean soldiers were in Kursk").
      const denial = x.kind === 'deny' ? [claim, x] as const : [source, y] as const;
      const otherDoer = pair.has('deny') && pair.has('confirm') && !!denier && !!confirmedDoer && denier !== confirmedDoer && contentSubject(denial[0], denial[1]) !== confirmedDoer;
      // …and a denial about one party's people is no answer to a confirmation about another's
      // ("Japan denied that any Japanese nationals were among the victims" / "India confirmed that 12 Indian nationals were").
      const confirmation = x.kind === 'confirm' ? [claim, x] as const : [source, y] as const;
      const deniedParty = pair.has('deny') && pair.has('confirm') ? contentSubject(denial[0], denial[1]) : null;
      const confirmedParty = deniedParty ? contentSubject(confirmation[0], confirmation[1]) : null;
      const aboutOthers = !!deniedParty && !!confirmedParty && deniedParty !== confirmedParty;
      // …told within a fortnight of each other too.
      const sameTime = !newerSide(claim, source) || (denyOrSilent && !!claim.published && !!source.published && Math.abs(days(claim.published.slice(0, 10), source.published.slice(0, 10))) <= 31);
      if (clash && near && !otherDoer && !aboutOthers && sameTime && !(pair.has('confirm') && otherTopic(claim, source, x, y))) {
        return {
          verdict: 'conflicts', kind: 'negation', score: 0.8 + sim,
          reason: `negation: '${x.text}'${who(claim)} here against '${y.text}'${who(source)} in the other report.`,
          claimSpan: x.text, quoteSpan: y.text,
        };
      }
    }
  }
  return null;
}

// ---------- negation of the main predicate ----------

/**
 * Exact similarity at or above which two statements are confidently one event, so that one of them
 * stating its predicate in the negative is a disagreement and not a different event. Well above the
 * same-fact threshold: most of de Marneffe et al.'s errors came from misjudging "same event".
 * Chosen on SICK's TRAIN split (0.6/0.7/0.8: negation precision 85/90/95%, recall of contradictions
 * 31.5/31.4/30.1%): a false conflict costs more than a missed one.
 */
export const NEGATION_SAME = 0.8;

const NEGATIVE_CUE = /\b(not|cannot|no|never|neither|nor|none|nobody|nothing|without|refus\w*|declin\w*|fail\w*|den(y|ied|ies|ying)|unable|lack\w*|absence)\b|n['’]t\b/i;

/** "X did not attack Y" against "X attacked Y": one side negates a predicate the other states plainly. */
/** Below NEGATION_SAME, a pair may still be one statement when one side's every content word is in the other. */
const NEGATION_CONTAINED = 0.5;
const CONTAINED_MIN_KEYS = 4;
/** Below NEGATION_CONTAINED, a named person's denied act against the same person's act, told with its object, is still one statement. */
const NAMED_DENIAL = 0.35;

/** Every content key of the shorter side is in the longer one ("The incursion hasn't changed the war's dynamics" within "… the incursion has changed the war's dynamics by tying down …"). */
function contained(a: Side, b: Side): boolean {
  const [short, long] = a.f.keys.length <= b.f.keys.length ? [a, b] : [b, a];
  const keys = new Set(short.f.keys.filter((k) => !k.startsWith('@')).map(foldSynonym));
  const have = new Set(long.f.keys.map(foldSynonym));
  return keys.size >= CONTAINED_MIN_KEYS && [...keys].every((k) => have.has(k));
}

/**
 * The denied predicate told plainly on the other side with the same subject before it and the same
 * object right after it ("the incursion hasn't significantly changed the war's dynamics" / "the
 * incursion has significantly changed the war's dynamics by …"), and no dates that cannot meet: not
 * "did not cut interest rates" / "cut its growth forecast", nor "parliament has not approved" /
 * "the cabinet approved".
 */
function sameClauseDenied(neg: Side, plain: Side, key: string, loose = false): boolean {
  const nt = tokenize(neg.text);
  const pt = tokenize(plain.text);
  const at = (ts: Token[]) => ts.findIndex((t) => foldSynonym(t.key) === foldSynonym(key));
  const [ni, pi] = [at(nt), at(pt)];
  if (ni < 0 || pi < 0) return false;
  const content = (ts: Token[], from: number, to: number) => ts.slice(from, to).filter((t) => !t.stop && !/^[a-z]+ly$/.test(t.lower) && !/^(not|never|no|did|does|do|has|have|had|is|are|was|were)$/.test(t.lower) && !/n['’]t$/.test(t.lower));
  // The subject: the denial's last content word before its verb is named before the plain verb ("did
  // not announce or promise": before the first of the verbs joined).
  const subject = content(nt, 0, /^(or|nor)$/.test(nt[ni - 1]?.lower ?? '') ? ni - 2 : ni).pop();
  if (subject && !content(pt, 0, pi).some((t) => foldSynonym(t.key) === foldSynonym(subject.key))) return false;
  // The object: the first content word after the denied verb comes right after the plain one (loosely:
  // among the first five, as "promised a strong US and allied sanctions response" has it).
  const object = content(nt, ni + 1, nt.length)[0];
  const after = content(pt, pi + 1, pt.length).slice(0, loose ? 5 : 1);
  if (object && !after.some((t) => foldSynonym(t.key) === foldSynonym(object.key))) return false;
  // The first date after each verb dates what it tells ("did not send troops … in 2019" / "sent troops … in 2020 after … late 2019").
  const dated = (x: Side, verb: Token) => x.f.dates.find((d) => d.kind === 'point' && d.start > verb.start);
  const [da, db] = [dated(neg, nt[ni]!), dated(plain, pt[pi]!)];
  return !(da && db && !(days(da.from, db.to) <= 0 && days(db.from, da.to) <= 0));
}

/**
 * A named person's denied act against the same person's act holds only for one time and one object: the
 * plain side is not the newer report (he may have done it since: "Starmer has not visited Washington" /
 * a month later "Starmer visited Washington on Thursday"), dates no other time ("visited Manipur in
 * 2022"), and names every word of what was denied ("did not invite Putin to her inauguration" / "invited
 * Putin to the G20 summit").
 */
function namedDenialHolds(negated: Side, plain: Side, key: string): boolean {
  if (plain.published && negated.published && plain.published > negated.published) return false;
  const points = (x: Side) => x.f.dates.filter((d) => d.kind === 'point');
  if (points(plain).some((d) => !points(negated).some((e) => spansMeet(d, e)))) return false;
  const words = tokenize(negated.text);
  const verb = words.find((t) => foldSynonym(t.key) === foldSynonym(key));
  if (!verb) return false;
  const rest = negated.text.slice(verb.end);
  const object = rest.split(/[,;:]|\b(?:when|because|since|after|before|as|but|while|although|though|despite|saying|citing|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/i)[0]!;
  const have = new Set(plain.f.keys.map(foldSynonym));
  return tokenize(object).filter((t) => !t.stop && !/^(any|all|some|yet|ever)$/.test(t.lower) && !/^\d/.test(t.key)).every((t) => have.has(foldSynonym(t.key)));
}

/** The person named right before a denial of the predicate `key` ("Kirby did not announce or promise"), or null. */
function namedDoer(side: Side, key: string): string | null {
  const m = new RegExp(`\\b([A-Z][a-z]{2,})\\s+(?:(?:did|does|has|have|had)\\s+(?:not|never)|(?:did|does|has|have|had)n['’]t|never)\\s+(?:(?:yet|publicly|formally|officially)\\s+)?((?:[a-z]+\\s+(?:or|nor)\\s+)?[a-z]+)`).exec(side.text);
  if (!m || OFFICE_TITLE.test(m[1]!) || DATE_WORD.test(m[1]!.toLowerCase()) || tokenize(m[1]!)[0]?.entity) return null;
  return m[2]!.split(/\s+/).some((w) => foldSynonym(stem(w)) === foldSynonym(key)) ? m[1]! : null;
}

/** The proper names in the few words after the verb `key` on each side differ: "recaptured Omdurman" / "recaptured Khartoum". */
function objectNamesApart(a: Side, b: Side, key: string): boolean {
  const after = (x: Side) => {
    const ts = tokenize(x.text);
    const at = ts.findIndex((t) => foldSynonym(t.key) === foldSynonym(key));
    return at < 0 ? '' : x.text.slice(ts[at]!.end, ts[Math.min(ts.length - 1, at + 5)]!.end).split(/[,;]/)[0]!;
  };
  // (A word before, so a name right after the verb is not taken for a sentence's capitalised first word.)
  const [na, nb] = [properNames('then ' + after(a)), properNames('then ' + after(b))];
  // …and neither is named anywhere on the other side ("promise any sanctions response to Iran" / "promised a strong US … response to Iran").
  const [all_a, all_b] = [properNames('then ' + a.text), properNames('then ' + b.text)];
  return na.size > 0 && nb.size > 0 && ![...na].some((k) => all_b.has(k)) && ![...nb].some((k) => all_a.has(k));
}

/** The words around the verb `key`: a few before (its subject) and after (its object). */
function aroundVerb(x: Side, key: string): string {
  const ts = tokenize(x.text);
  const at = ts.findIndex((t) => foldSynonym(t.key) === foldSynonym(key));
  if (at < 0) return '';
  return (at - 6 > 0 ? 'then ' : '') + x.text.slice(ts[Math.max(0, at - 6)]!.start, ts[Math.min(ts.length - 1, at + 5)]!.end);
}

function negatedPredicate(claim: Side, source: Side, sim: number): Judgement | null {
  if (sim < NEGATION_SAME && sim < NAMED_DENIAL) return null;
  const weak = sim < NEGATION_SAME;
  const a = claim.f.negated ?? [];
  const b = source.f.negated ?? [];
  // Both sides negating something is a richer pattern ("did not X but Y") than this test can read.
  if (!a.length === !b.length) return null;
  const [neg, plain, negSide] = a.length ? [a, source, 'claim' as const] : [b, claim, 'source' as const];
  // The plain side must say the thing plainly: any negative word there ("neither … nor", "refused to",
  // "no", "stops short of") may carry the same denial in another construction.
  if (NEGATIVE_CUE.test(plain.text) || ANY_STOPPED_SHORT.test(plain.text)) return null;
  const plainKeys = new Set(plain.f.keys.map(foldSynonym));
  const k = neg.find((x) => plainKeys.has(foldSynonym(x)));
  if (!k) return null;
  // Below NEGATION_SAME: one side's words all within the other's, or a named person denied to have done
  // what the other side names him doing, to the same object ("Kirby did not … promise any sanctions
  // response" / "Kirby … promised a strong US and allied sanctions response").
  const negated = negSide === 'claim' ? claim : source;
  const within = sim >= NEGATION_CONTAINED && contained(claim, source);
  const named = !within && namedDoer(negated, k);
  if (weak && !within && !(named && plain.text.includes(named) && namedDenialHolds(negated, plain, k))) return null;
  if (weak && !sameClauseDenied(negated, plain, k, !!named)) return null;
  const negText = negSide === 'claim' ? claim.text : source.text;
  // What was done to: the names right after the verb must not differ ("has not recaptured Omdurman" / "has recaptured Khartoum");
  // what began is named in its subject ("The strike at Samsung has not begun" / "The strike at Hyundai has begun").
  const began = /^(?:begun|began|begin|start)/.test(k) || foldSynonym(stem('begin')) === foldSynonym(k);
  if (objectNamesApart(negated, plain, k) || (began && namesApart(aroundVerb(negated, k), aroundVerb(plain, k)))) return null;
  // A hedge on the plain side states nothing ("could have begun by now", "was due to have begun", "would have begun if …").
  const plainVerb = tokenize(plain.text).find((t) => foldSynonym(t.key) === foldSynonym(k));
  if (plainVerb && /\b(?:may|might|could|would|should|must|will|to)\s+(?:\w+\s+){0,2}$/i.test(plain.text.slice(Math.max(0, plainVerb.start - 30), plainVerb.start))) return null;
  // A part done ("retaken most of Kupiansk", "seized half of Pokrovsk") is not the whole denied ("have not retaken Kupiansk").
  if (plainVerb && (plain.f.control?.partial || PART_OF.test(plain.text.slice(plainVerb.end)))) return null;
  const span = negationSpan(negText, k);
  // The quoted words stand beside the side that says them.
  const quoted = span ? ` ('${span}')` : '';
  const here = negSide === 'claim' ? `here it is denied${quoted}` : 'here it is stated';
  const there = negSide === 'claim' ? `the other report states it${who(source)}` : `the other report denies it${quoted}${who(source)}`;
  // What had not begun and then began ("have not begun" in May / "have begun" in September): the news overtook the older report.
  const later = !!plain.published && !!negated.published && days(plain.published.slice(0, 10), negated.published.slice(0, 10)) >= 2;
  if (later && HAS_BEGUN.test(plain.text) && /\b(?:not|never|n['’]t)\s+(?:yet\s+)?(?:begun|started)\b/i.test(negText) && !namesApart(negText, plain.text)) {
    const newer = negSide === 'claim' ? 'source' : 'claim';
    return {
      verdict: 'conflicts', kind: 'superseded', score: 1 + sim, newer,
      reason: `superseded: the older report (${fmtDate(negated.published)}) says it had not begun${quoted}; the newer one (${fmtDate(plain.published)}) says it has begun.`,
      ...(span ? (negSide === 'claim' ? { claimSpan: span } : { quoteSpan: span }) : {}),
    };
  }
  return {
    verdict: 'conflicts', kind: 'negation', score: 0.9 + sim,
    reason: `negation: ${here}, ${there}.`,
    ...(span ? (negSide === 'claim' ? { claimSpan: span } : { quoteSpan: span }) : {}),
  };
}

/**
 * Named people (capitalised words the features read as names, or known officials) right before a verb
 * matching `verb`: "Putin said", "Patel put". Pronouns and a sentence's first word ("He", "Officials") are not names.
 */
function speakersBefore(side: Side, verb: RegExp, firstWord = false): Map<string, string> {
  const words = tokenize(side.text);
  const raw = words.map((t) => t.raw);
  // A sentence's capitalised first word may be a name too ("Honda said"), when the caller can take an "Officials said".
  const named = (t: Token, i: number) => side.f.names.includes(t.key) || !!personEntity(raw, i + 1) || (firstWord && i === 0 && !t.stop && /^[A-Z]/.test(t.raw));
  // An auxiliary may stand between ("Belousov had claimed", "Patel has said").
  const verbAt = (i: number) => verb.test(words[i]?.raw ?? '') || (/^(had|has|have)$/i.test(words[i]?.raw ?? '') && verb.test(words[i + 1]?.raw ?? ''));
  return new Map(words.filter((t, i) => !t.entity && named(t, i) && verbAt(i + 1)).map((t) => [t.key, t.raw]));
}

/**
 * What troops are mainly used for: "have primarily been used in an infantry role", "used mainly in
 * artillery units", "are mostly being used to guard rear areas", "have mostly served as artillery crews",
 * "with most of them engaging in combat". The qualifier is required: troops do many things at once.
 */
const MAIN_ROLE = /\b(?:(?:mainly|primarily|mostly|largely|chiefly|predominantly)\s+(?:been\s+|being\s+)?(?:used|employed|deployed|serving|served|assigned|engaged|engaging|tasked)?|(?:used|employed|deployed|serving|served|assigned|tasked)\s+(?:mainly|primarily|mostly|largely|chiefly|predominantly)|most of them(?:\s+(?:are|were|have been|had been))?)\s*(?:in|as|to|with|on)?\s+(?:an?\s+|the\s+)?((?:[\w-]+\s+){0,5}[\w-]+)/i;
/** Words for troops, or crews of guns: what a main role is told of. */
const TROOPS_WORD = /\b(troops|soldiers|forces|units|servicemen|fighters|contingent|crews?)\b/i;
/** Roles at the front, in assaults. */
const ASSAULT_ROLE = /\b(infantry|assaults?|assault|storm\w*|front[- ]line combat|combat|fighting|attack\w*)\b/i;
/** Roles behind it: guns, drones, guarding, supply, building. */
const SUPPORT_ROLE = /\b(artillery|drones?|spotters?|gun crews?|rear|guard\w*|logistics?|supply|supplies|support|engineer\w*|construction|garrison\w*|reserves?|defensive)\b/i;

/** The class of a main role told, and its words, or null. */
function mainRole(text: string): { kind: 'assault' | 'support'; text: string; party: string | null } | null {
  const m = MAIN_ROLE.exec(text);
  if (!m) return null;
  // Troops are its subject, named in the same clause right before it ("Turkish troops in Syria have
  // primarily been used …"); their party, when the words before the troop noun name one.
  const subject = ROLE_SUBJECT.exec(text.slice(Math.max(0, m.index - 70), m.index));
  if (!subject) return null;
  const party = tokenize(subject[1] ?? '').filter((t) => t.entity).pop()?.entity ?? null;
  const words = m[1]!;
  const assault = ASSAULT_ROLE.exec(words);
  const support = SUPPORT_ROLE.exec(words);
  // The role named first wins ("in an infantry role, backed by artillery").
  const role = assault && support ? (assault.index < support.index ? assault : support) : assault ?? support;
  if (!role) return null;
  // The words up to the role and the noun after it: "primarily been used in an infantry role".
  const end = m[0].length - words.length + role.index + role[0].length;
  const noun = /^\s+(?:role|roles|units?|crews?|areas?|lines?|positions?|operations?|duties|tasks)\b/i.exec(m[0].slice(end) + text.slice(m.index + m[0].length, m.index + m[0].length + 20))?.[0] ?? '';
  return { kind: role === assault ? 'assault' : 'support', text: m[0].slice(0, end) + noun, party };
}
/** The troops a main role is told of, ending the words before it: "Turkish troops in Syria have", "Those troops have". */
const ROLE_SUBJECT = /(?:^|[^,;:.]*?\b)((?:[A-Z][\w'’-]*\s+){0,2})(?:[a-z-]+\s+)?(?:troops|soldiers|forces|units|servicemen|fighters|contingent|personnel|crews)\b[^,;:.]{0,40}$/;

/**
 * One party's troops mainly used in an assault role in one report and mainly behind the front in the
 * other ("Those troops have primarily been used in an infantry role" / "the troops had been used mainly in
 * artillery units"), by one person within four months or of one party within six weeks: both cannot be
 * right. Later, the role may have changed.
 */
function rolesApart(claim: Side, source: Side, sim: number): Judgement | null {
  if (sim < FRAME_GATE) return null;
  const a = mainRole(claim.text);
  const b = a && mainRole(source.text);
  if (!a || !b || a.kind === b.kind) return null;
  // The same party's troops, when both sides name their party.
  if (a.party && b.party && a.party !== b.party) return null;
  // One person's account told twice ("According to … Pat Ryder" / "…, Ryder said") within four months,
  // or one party's troops within six weeks; and no dates told that cannot meet ("in 2018" / "now").
  const gap = claim.published && source.published ? Math.abs(days(claim.published.slice(0, 10), source.published.slice(0, 10))) : Infinity;
  if (!((gap <= 120 && sharedPersonName(claim, source)) || (gap <= 45 && a.party && a.party === b.party))) return null;
  const [da, db] = [pointDates(claim), pointDates(source)];
  if (da.length && db.length && !da.some((x) => db.some((y) => spansMeet(x, y)))) return null;
  // A role told for a period ("Before the ceasefire, …", "Since the ceasefire, …") may have changed in between.
  if (/\b(before|after|since|until)\b/i.test(claim.text + ' ' + source.text)) return null;
  // Each must speak of troops: a company "mainly engaged in construction" is no unit at the front.
  if (!TROOPS_WORD.test(claim.text) || !TROOPS_WORD.test(source.text)) return null;
  return {
    verdict: 'conflicts', kind: 'other', score: 0.8 + sim,
    reason: `role: here the troops are mainly used ${a.kind === 'assault' ? 'at the front' : 'behind the front'} ('${a.text}'), in the other report ${b.kind === 'assault' ? 'at the front' : 'behind the front'} ('${b.text}'); both cannot be right.`,
    claimSpan: a.text, quoteSpan: b.text,
  };
}

/** Capitalised words of office, which two people share ("President", "Chancellor"), not names. */
const OFFICE_TITLE = /^(president|chancellor|prime|minister|secretary|spokesman|spokeswoman|spokesperson|general|chief|ambassador|mr|mrs|ms|dr)$/i;

/** A capitalised name, first word included, on both sides: "Scholz said …" / "… Scholz mentioned". */
function sharedPersonName(a: Side, b: Side): boolean {
  // Not a month or a weekday, nor a place after a preposition ("in Valencia"), nor a word of what is done ("the World Cup final").
  const names = (x: Side) => {
    const ts = tokenize(x.text);
    return new Set(ts.filter((t, i) => !t.entity && !t.stop && /^[A-Z][a-z]{2,}$/.test(t.raw) && !OFFICE_TITLE.test(t.raw) && !DATE_WORD.test(t.lower) &&
      !/^(?:in|at|from|to|into|near|of|the)$/i.test(ts[i - 1]?.raw ?? '')).map((t) => t.key));
  };
  const nb = names(b);
  return [...names(a)].some((k) => nb.has(k));
}

/** A step ruled out: "there were no plans to decorate", "ruled out state awards", "has no intention of". */
const RULED_OUT = /\b(?:no plans? (?:to|for)|(?:does|did|do)\s*(?:not|n['’]t) plan to|(?:ruled|rules|ruling) out|not on the agenda|no intention (?:of|to)|(?:has|have|had) no intention)\b|\bno\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:is|are|was|were)\s+(?:being\s+)?(?:planned|envisaged|foreseen|contemplated)\b/i;
/** A verb of saying: who names the step ("The Kremlin has said", "Peskov, spokesperson for the Kremlin, mentioned"). */
const VOICED = /\b(?:said|says|told|mentioned|mentions|stated|states|announced|insisted|stressed|added|hinted|suggested)\b/i;

/** The party a sentence's first saying is voiced by: the last one named before its verb ("Dmitry Peskov, spokesperson for the Kremlin, mentioned"). */
function voiceOf(x: Side): string | null {
  const m = VOICED.exec(x.text);
  return m ? tokenize(x.text.slice(0, m.index)).findLast((t) => t.entity)?.entity ?? null : null;
}
/** A step held possible: "may reward", "the possibility that", "is considering". */
const HELD_POSSIBLE = /\b(?:may|might|could|possibility|possibly|consider(?:s|ed|ing)?|mull(?:s|ed|ing)?)\b/i;

/** A modal before a verb ("may reward"): the step is the verb, which the one-noun test does not compare. */
const HEDGE_VERB = /^(?:may|might|could)\b/i;

/** One step ruled out on one side and held possible on the other: the two cues, or null. */
function ruledOutStep(no: Side, maybe: Side): { out: RegExpExecArray; may: RegExpExecArray; head: boolean } | null {
  const out = RULED_OUT.exec(no.text);
  // "has not ruled out", "had not yet ruled out", "never ruled out", "ruled out nothing": the step is still possible;
  // "ruled out of the match": a player left out.
  if (out && (/(?:\bnot|n['’]t|\bnever)\s+(?:yet\s+|been\s+|so far\s+)?$/i.test(no.text.slice(Math.max(0, out.index - 20), out.index)) ||
    /^\s+(?:nothing|of)\b/i.test(no.text.slice(out.index + out[0].length)))) return null;
  const may = out && !RULED_OUT.test(maybe.text) ? HELD_POSSIBLE.exec(maybe.text) : null;
  // "there was no possibility of", "could not": the step is not held possible there.
  if (!out || !may || NEGATIVE_CUE.test(maybe.text.slice(Math.max(0, may.index - 12), may.index + 60))) return null;
  // The step and what it is done to, both: "decorate the … soldiers" / "reward the … soldiers", not
  // "sending Taurus missiles" / "send more air-defence systems".
  const stepWords = (text: string, at: number) => tokenize(text.slice(at, at + 80)).slice(0, 9)
    .filter((t) => !t.stop && !t.entity && t.key.length > 2).map((t) => foldSynonym(t.key));
  // "no state awards are planned for …": the step is named before the cue's verb.
  const [wa, wb] = [stepWords(no.text, out[1] ? out.index : out.index + out[0].length), stepWords(maybe.text, may.index + may[0].length)];
  const [ka, kb] = [new Set(wa), new Set(wb)];
  // Two words of the step in common, or its one noun heading both ("ruled out any response" / "consider appropriate responses").
  // Only "any" rules out every kind of it ("ruled out a military response" leaves a diplomatic one).
  const head = !out[1] && /^\s+any\s+[a-z]+\b/i.test(no.text.slice(out.index + out[0].length)) && !!wa[0] && wb.slice(0, 2).includes(wa[0]) && !HEDGE_VERB.test(maybe.text.slice(may.index));
  if ([...ka].filter((k) => kb.has(k)).length < 2 && !head) return null;
  // The step held possible is the one ruled out: the verb after the modal ("may reward", "could be honoured") is among
  // the words ruled out ("no state awards"), not another step toward the same people ("may meet the negotiators").
  const verb = /\b(?:may|might|could)\s+(?:(?:also|still|yet|well)\s+)?(?:be\s+)?([a-z]+)/.exec(maybe.text.slice(may.index));
  return !verb || ka.has(foldSynonym(stem(verb[1]!))) ? { out, may, head } : null;
}

/**
 * One person rules out a step the other report has him hold possible ("Peskov said there were no plans
 * to decorate the soldiers" / "Peskov mentioned the possibility that Putin may reward the soldiers"): the
 * same step (its verb in the words right after each cue), for the same party, named by the same person
 * or voiced by the same office. Months apart, he may have changed his mind.
 */
function possibilityRuledOut(claim: Side, source: Side, sim: number): Judgement | null {
  if (sim < FRAME_GATE) return null;
  for (const [no, maybe] of [[claim, source], [source, claim]] as const) {
    const step = ruledOutStep(no, maybe);
    if (!step) continue;
    const { out, may, head } = step;
    // The same person, or the same office speaking ("The Kremlin has said" / "Peskov, spokesperson for the Kremlin, mentioned"),
    // and the same party the step is for.
    // Or the party that rules it out, named right before the cue ("Seoul has ruled out any response …, officials there said").
    const before = (x: Side, at: number) => tokenize(x.text.slice(0, at).split(/[;:]|,\s+(?:but|while|and)\b/).pop()!).findLast((t) => t.entity)?.entity ?? null;
    const voice = voiceOf(no);
    const doer = before(no, out.index);
    const voices = new Set([voice, doer].filter((v): v is string => !!v));
    // A party named on both sides must be one (the step may be for people of no party: "the hostage negotiators").
    // The party before the cue counts only for a step ruled out whole ("any response"); a narrower step needs one voice.
    const oneVoice = sharedPersonName(no, maybe) || (!!voice && voice === voiceOf(maybe)) || (head && (voices.has(voiceOf(maybe) ?? '') || (!!doer && doer === before(maybe, may.index))));
    if (!oneVoice || (maybe.f.entities.length > 0 && !no.f.entities.some((e) => maybe.f.entities.includes(e)))) continue;
    const [da, db] = [pointDates(no), pointDates(maybe)];
    if (da.length && db.length ? !da.some((x) => db.some((y) => Math.abs(days(x.from, y.from)) <= 60)) : !!no.published && !!maybe.published && Math.abs(days(no.published.slice(0, 10), maybe.published.slice(0, 10))) > 60) continue;
    // The cue and the few words of the step after it: "no plans to decorate the North Korean".
    const said = (x: Side, m: RegExpExecArray) => m[0] + (/^(?:\s+[\w'’-]+){0,4}/.exec(x.text.slice(m.index + m[0].length))?.[0] ?? '');
    return {
      verdict: 'conflicts', kind: 'negation', score: 0.8 + sim,
      reason: `negation: ${no === claim ? 'here' : 'in the other report'} it is ruled out ('${said(no, out)}'); ${no === claim ? 'in the other report' : 'here'} it is held possible ('${said(maybe, may)}').`,
      ...(no === claim ? { claimSpan: said(no, out), quoteSpan: said(maybe, may) } : { claimSpan: said(maybe, may), quoteSpan: said(no, out) }),
    };
  }
  return null;
}

/** A share of what follows: "most of", "40% of", "a third of", "control of 40 per cent of", "most districts of". */
export const PART_OF = new RegExp(String.raw`^\s+(?:(?:control|hold)\s+of\s+)?(?:(?:[\w-]+\s+){0,3}?(?:${SHARE_WORDS}|centre|center|heart|outskirts|edge|edges)(?:\s+[\w'’-]+)?\s+of\b|(?:nearly|almost|virtually|practically)\s+all\b|all\s+but\b)`, 'i');

/** A "no"/"not"/"never" and the words right after it ("no additional security measures"). */
const NEGATED_PHRASE = /\b(?:no|not|never)\s+(?:[\w-]+\s+){0,3}[\w-]+/i;

/**
 * One person's one saying, reported with a negation on one side only ("Putin said Russia would take no
 * additional security measures" / "we must take additional measures to ensure the security…, Putin
 * told …"): the words negated on one side are said plainly on the other. Two of them must recur, so
 * "would not send troops" and "would send aid" stay apart; dated apart, a person may have changed his mind.
 */
function speakerNegation(claim: Side, source: Side, sim: number, threshold: number): Judgement | null {
  if (sim < threshold || newerSide(claim, source)) return null;
  const a = speakersBefore(claim, SAYING);
  const person = [...speakersBefore(source, SAYING).keys()].find((k) => a.has(k));
  if (!person) return null;
  const negHere = NEGATIVE_CUE.test(claim.text);
  if (negHere === NEGATIVE_CUE.test(source.text)) return null;
  const [neg, plain] = negHere ? [claim, source] : [source, claim];
  // Up to its last content word: "no additional security measures", not "… measures in".
  const span = NEGATED_PHRASE.exec(neg.text)?.[0].replace(/(\s+(in|on|at|to|for|of|the|a|an|and|or|with|by|from))+$/i, '');
  if (!span) return null;
  // Every word and party negated must recur: "not send troops to Israel" is not "send troops to the Middle East".
  const plainKeys = new Set(plain.f.keys.map(foldSynonym));
  const content = tokenize(span).filter((t) => !t.stop);
  if (content.length < 2 || !content.every((t) => plainKeys.has(foldSynonym(t.key)) || NEGATIVE_CUE.test(t.raw))) return null;
  const name = a.get(person)!;
  return {
    verdict: 'conflicts', kind: 'negation', score: 0.8 + sim,
    reason: `negation: ${negHere ? 'here' : 'in the other report'} ${name} says '${span}'; ${negHere ? 'in the other report' : 'here'} ${name} says it plainly.`,
    ...(negHere ? { claimSpan: span } : { quoteSpan: span }),
  };
}

/** One party confirming another's finding: "Kyiv confirms a White House assessment", "confirmed the assessment … after Ukraine's government said". */
const CONFIRMS_FINDING = /\b(?:confirm\w*|corroborat\w*|endors\w*)\s+(?:a|an|the)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,3})(?:assessment|report|claim|account|finding|findings|intelligence)\b/u;
/** Whose finding it was, told after it: "… after Ukraine's government said", "… first reported by Kyiv". */
const FINDING_BY = /\b(?:after|when|as)\s+((?:\p{Lu}[\p{L}'’.-]*\s+)(?:[\p{Ll}]+\s+){0,2}?)(?:said|reported|announced|claimed|stated)\b|\b(?:made|issued|first reported|reported)\s+by\s+((?:\p{Lu}[\p{L}'’.-]*\s*){1,3})/u;

/**
 * Who confirmed whose finding, told both ways round ("Kyiv confirms a White House assessment that North
 * Korean troops have moved into front-line combat" / "Kirby confirmed the assessment Monday after
 * Ukraine's government said North Korean troops had moved …"): the confirmer on one side is the finding's
 * owner on the other, and the other way round.
 */
function confirmedWhose(claim: Side, source: Side, sim: number): Judgement | null {
  if (sim < FRAME_GATE) return null;
  const read = (x: Side) => {
    const m = CONFIRMS_FINDING.exec(x.text);
    if (!m) return null;
    const party = (words: string) => { const ws = words.trim().split(/\s+/).filter(Boolean); return tokenize(words).find((t) => t.entity)?.entity ?? personEntity(ws, ws.length) ?? null; };
    const tokens = tokenize(x.text.slice(0, m.index));
    const raw = tokens.map((t) => t.raw);
    // The confirmer: the last party or known person named before the verb.
    let confirmer: string | null = null;
    tokens.forEach((t, i) => { confirmer = t.entity ?? personEntity(raw, i + 1) ?? confirmer; });
    const by = FINDING_BY.exec(x.text.slice(m.index + m[0].length));
    const owner = (m[1] ? party(m[1]) : null) ?? (by ? party(by[1] ?? by[2] ?? '') : null);
    return confirmer && owner && confirmer !== owner ? { confirmer, owner, text: m[0] } : null;
  };
  const a = read(claim);
  const b = a && read(source);
  if (!a || !b || a.confirmer !== b.owner || a.owner !== b.confirmer) return null;
  // The same finding: two words of it said alike besides the parties and the confirming ("tunnel destroyed" / "commander killed" are two).
  const shared = sharedSaid(claim, source);
  shared.delete(CONFIRM_CLASS);
  for (const k of [...shared]) if (/^(?:assess|report|claim|account|find|intellig)/.test(k)) shared.delete(k);
  if (shared.size < 2) return null;
  return {
    verdict: 'conflicts', kind: 'actor-role', score: 1 + sim,
    reason: `actor-role: here ${entityName(a.confirmer)} confirms a finding of ${entityName(a.owner)}; in the other report ${entityName(b.confirmer)} confirms one of ${entityName(b.owner)}. Who confirmed whom is reversed.`,
    claimSpan: a.text, quoteSpan: b.text,
  };
}

/** Titles a surname is named with, besides offices: two of them under one surname are two people. */
const PERSON_TITLE = /^(?:senator|sen|rep|representative|judge|admiral|colonel|captain|mayor|governor|coach|manager|commissioner|director|professor)$/;
/** A question a person left open, and the words of it after "whether": "did not answer whether", "would not say if", "declined to say whether". */
const LEFT_OPEN = /\b(?:(?:did|does|do|would|could|will)\s*(?:not|n['’]t)|(?:declin|refus)\w*\s+to)\s+(?:answer|say|confirm|disclose|specify|tell\s+reporters)\s+(?:whether|if)\s+([^.;,:]{3,120})/i;
/** The question asked first, then left open: "Asked whether the sailors were injured, Hardy declined to comment." */
const ASKED_THEN_OPEN = /^\s*Asked\s+(?:whether|if)\s+([^.;,:]{3,120}),\s+([^.;,]{1,60}?)\s+(?:declined|refused)\s+to\s+(?:comment|say|answer)\b/i;
/** A left-open question's answer told this many days or fewer from it is told on the same occasion. */
const SAME_OCCASION_DAYS = 2;

/**
 * One person leaving a question open ("Kirby did not answer whether the North Korean soldiers have
 * casualties") against the same person answering it on the same occasion ("Kirby said North Korean
 * troops are taking casualties"): every word of the question recurs in the answer, which is said plainly,
 * and the two are told at most two days apart. Further apart, the person may have answered later.
 */
function leftOpenThenSaid(claim: Side, source: Side, sim: number): Judgement | null {
  for (const [open, plain, here] of [[claim, source, true], [source, claim, false]] as const) {
    // The question left open, the words that leave it open, and what stands before them (where the person is named).
    const m = LEFT_OPEN.exec(open.text);
    const asked = m ? null : ASKED_THEN_OPEN.exec(open.text);
    const found = m ? { question: m[1]!, left: `${m[0].slice(0, m[0].length - m[1]!.length)}${m[1]!.trim()}`, before: open.text.slice(0, m.index) }
      : asked ? { question: asked[1]!, left: asked[0].trim(), before: `${asked[2]!} ` } : null;
    // An answer, yes or no, not another open question ("said it was too early to say whether", "investigating whether").
    if (!found || LEFT_OPEN.test(plain.text) || /\b(?:whether|if)\b/i.test(plain.text)) continue;
    // The one person named on the open side, before the question ("Rear Admiral John Hardy", or "Hardy" alone as
    // the subject), said by name on the other.
    const { before, left } = found;
    const people = fullNames(before);
    const subject = /(?:^|[,;]\s+|\s)(\p{Lu}\p{Ll}+)\s+$/u.exec(before)?.[1];
    const surname = people.length === 1 ? people[0]!.split(' ').pop()! : !people.length && subject && !OFFICE_TITLE.test(subject) && !NOT_A_PERSON_WORD.test(subject) && !entityOf([subject]) ? subject : null;
    if (!surname) continue;
    // One surname under two titles is two people ("Pentagon spokesman Hardy" / "Senator Hardy").
    const titleOf = (x: Side) => new RegExp(`\\b([\\p{L}]+)\\s+(?:\\p{Lu}\\p{Ll}+\\s+)?${escapeRegExp(surname)}\\b`, 'u').exec(x.text)?.[1]?.toLowerCase() ?? null;
    const [ta, tb] = [titleOf(open), titleOf(plain)].map((t) => (t && (OFFICE_TITLE.test(t) || PERSON_TITLE.test(t)) ? t : null));
    if (ta && tb && ta !== tb) continue;
    const speakers = speakersBefore(plain, SAYING, true);
    if (!speakers.has(tokenize(surname)[0]?.key ?? '')) continue;
    // Every word of the question, besides parties and troops, recurs on the plain side.
    const plainKeys = new Set(plain.f.keys.map(foldSynonym));
    const question = tokenize(found.question).filter((t) => !t.stop && !t.entity && foldSynonym(t.key) !== TROOP && !/^(have|has|had|any|were|was|are|is)$/.test(t.lower));
    if (!question.length || !question.every((t) => plainKeys.has(foldSynonym(t.key)))) continue;
    // On the same occasion: the days each side gives, or its report's date, at most two days apart.
    const [wo, wp] = [datesOrPublished(open), datesOrPublished(plain)];
    if (!wo.length || !wp.length || !wo.some((x) => wp.some((y) => days(x.from, y.to) <= SAME_OCCASION_DAYS && days(y.from, x.to) <= SAME_OCCASION_DAYS))) continue;
    return {
      verdict: 'conflicts', kind: 'negation', score: 0.8 + sim,
      reason: `negation: ${here ? 'here' : 'in the other report'} ${asked ? `'${left}'` : `${surname} '${left}'`}; ${here ? 'in the other report' : 'here'} ${surname} answers it, at most two days apart.`,
      ...(here ? { claimSpan: left } : { quoteSpan: left }),
    };
  }
  return null;
}

/** "Mr Kirby stopped short of promising new sanctions": a named person, the act he did not do, and what it was about. */
/** A reading of something denied: "should not be read as the revival of …", "is not seen as a threat". */
const NOT_READ_AS = /\b(?:not|n['’]t|never)\s+(?:be\s+|been\s+)?(?:read|seen|regarded|viewed|considered|described|interpreted|taken|treated)\s+as\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}?([a-z][\w-]+)\s+of\b/i;
/** A reading stated: "in what is seen as a revival of …", "regarded as the start of …". */
const READ_AS = /\b(?:read|seen|regarded|viewed|considered|described|interpreted|taken|treated)\s+as\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}?([a-z][\w-]+)\s+of\b/i;

/**
 * One reading of one thing denied on one side and stated on the other ("the treaty should not be read
 * as the revival of a Cold War-era alliance" / "in what is seen as a revival of the two countries'
 * Cold War-era military alliance"): the same head noun and what it is of, read one way and the other.
 */
function deniedReading(claim: Side, source: Side, sim: number): Judgement | null {
  if (sim < FRAME_GATE) return null;
  for (const [neg, plain, here] of [[claim, source, true], [source, claim, false]] as const) {
    const m = NOT_READ_AS.exec(neg.text);
    const p = m && !NOT_READ_AS.test(plain.text) ? READ_AS.exec(plain.text) : null;
    if (!m || !p || stem(m[1]!.toLowerCase()) !== stem(p[1]!.toLowerCase())) continue;
    // …of the same thing: a content word after "of" recurs ("a Cold War-era alliance" / "Cold War-era military alliance").
    const of = (x: Side, at: number) => new Set(tokenize(x.text.slice(at, at + 80)).filter((t) => !t.stop).slice(0, 5).map((t) => t.entity ?? foldSynonym(t.key)));
    const [a, b] = [of(neg, m.index + m[0].length), of(plain, p.index + p[0].length)];
    if (![...a].some((k) => b.has(k))) continue;
    const span = m[0].trim();
    return {
      verdict: 'conflicts', kind: 'negation', score: 0.9 + sim,
      reason: here ? `negation: here it is '${span} …'; in the other report it is '${p[0].trim()} …'.` : `negation: here it is '${p[0].trim()} …'; in the other report it is '${span} …'.`,
      ...(here ? { claimSpan: span } : { quoteSpan: span }),
    };
  }
  return null;
}

/** Words of degree, not of what an act was about: "new sanctions", "a strong response". */
const DEGREE = /^(new|fresh|further|more|additional|strong|tough|tougher|full|formal|immediate|outright|explicit|direct|public)$/;
/** Stopping short of an act, by anyone or anything ("The deal stops short of obliging Israel to …"). */
const ANY_STOPPED_SHORT = /\b(?:stopped|stops|stop|stopping|falls?|fell|falling)\s+short\s+of\s+(\w+ing)\b/i;
const STOPPED_SHORT = /\b([A-Z][a-z]+)\s+(?:\w+ly\s+)?(?:stopped|stops|stop) short of (\w+ing)\b((?:\s+[\w-]+){1,7})/;

/** A document, the subject before its verb: "The deal stops short of obliging", "Under the treaty, France is obliged". */
const DOCUMENT_SUBJECT = /\b(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,3}?(deal|pact|treaty|accord|agreement|charter|convention|law|bill|resolution)\b/i;

/**
 * A document said to stop short of an act, and the same kind of document said to do it ("The deal stops
 * short of obliging Israel to halt settlement construction" / "The deal obliges Israel to halt settlement
 * construction for four months"): the act's verb, and two of the words that follow it, on both sides.
 */
function documentStoppedShort(claim: Side, source: Side, sim: number): Judgement | null {
  if (sim < FRAME_GATE) return null;
  for (const [neg, plain, here] of [[claim, source, true], [source, claim, false]] as const) {
    const m = ANY_STOPPED_SHORT.exec(neg.text);
    const doc = m ? DOCUMENT_SUBJECT.exec(neg.text.slice(0, m.index)) : null;
    if (!m || !doc || ANY_STOPPED_SHORT.test(plain.text) || NEGATIVE_CUE.test(plain.text)) continue;
    const other = DOCUMENT_SUBJECT.exec(plain.text);
    if (!other || foldSynonym(stem(other[1]!.toLowerCase())) !== foldSynonym(stem(doc[1]!.toLowerCase()))) continue;
    const verb = foldSynonym(stem(m[1]!.toLowerCase()));
    const words = tokenize(plain.text);
    const at = words.findIndex((t) => foldSynonym(t.key) === verb);
    if (at < 0) continue;
    // Not a wish or a hedge ("Critics say the accord should oblige …").
    if (/\b(?:should|would|could|may|might|must)\s+(?:\w+\s+)?$/i.test(plain.text.slice(0, words[at]!.start))) continue;
    const after = new Set(words.slice(at + 1, at + 10).filter((t) => !t.stop).map((t) => t.entity ?? foldSynonym(t.key)));
    const askedTokens = tokenize(neg.text.slice(m.index + m[0].length)).slice(0, 8);
    const asked = askedTokens.filter((t) => !t.stop).map((t) => t.entity ?? foldSynonym(t.key));
    if (asked.filter((k) => after.has(k)).length < 2) continue;
    // Every name of what was stopped short of recurs ("to withdraw from Gaza" is not "… from Lebanon"), and the one obliged is
    // the same: the party right after the verb, or right before a passive ("France is obliged").
    // The act asked (the first word after the one obliged: "to defend", not "to buy … arms") follows the verb on the other side too.
    const act = askedTokens.find((t) => !t.stop && !t.entity && !/^[A-Z]/.test(t.raw));
    if (act && !after.has(foldSynonym(act.key))) continue;
    // Two documents by name ("The Barbados agreement" / "The Doha agreement").
    const docName = (x: string) => new Set(tokenize(x).filter((t, i) => i > 0 && /^[A-Z]/.test(t.raw) && !t.stop).map((t) => t.entity ?? t.key));
    const [da, db] = [docName(doc[0]), docName(other[0])];
    if (da.size && db.size && ![...da].some((k) => db.has(k))) continue;
    const names = askedTokens.filter((t) => t.entity || /^[A-Z][a-z]/.test(t.raw)).map((t) => t.entity ?? t.key);
    if (!names.every((k) => plain.f.keys.includes(k) || plain.f.entities.includes(k) || plain.f.keys.includes('@' + k))) continue;
    const obligee = (ts: Token[], i: number) => ts.slice(i + 1, i + 3).find((t) => t.entity)?.entity ?? ts.slice(Math.max(0, i - 3), i).reverse().find((t) => t.entity)?.entity ?? null;
    const [oa, ob] = [askedTokens.slice(0, 2).find((t) => t.entity)?.entity ?? null, obligee(words, at)];
    if (oa && ob && oa !== ob) continue;
    // The parties one side names are all named on the other ("the 1951 treaty" with the United States is not the Philippines' new one with Japan).
    const [few, many] = neg.f.entities.length <= plain.f.entities.length ? [neg.f.entities, plain.f.entities] : [plain.f.entities, neg.f.entities];
    if (few.length && !few.every((e) => many.includes(e))) continue;
    const span = m[0];
    return {
      verdict: 'conflicts', kind: 'negation', score: 0.8 + sim,
      reason: here ? `negation: here the ${doc[1]!.toLowerCase()} '${span}'; in the other report it does so.` : `negation: here the ${other[1]!.toLowerCase()} does so; in the other report it '${span}'.`,
      ...(here ? { claimSpan: span } : { quoteSpan: span }),
    };
  }
  return null;
}

/**
 * A named person who "stopped short of" an act on one side, and on the other the same person doing it
 * ("Mr Kirby stopped short of promising new sanctions" / "Kirby … promised a strong sanctions
 * response"): the verb, and a word of what it was about, must follow the name on the plain side, with
 * no negative word between.
 */
function stoppedShort(claim: Side, source: Side, sim: number): Judgement | null {
  if (sim < FRAME_GATE) return null;
  for (const [neg, plain, here] of [[claim, source, true], [source, claim, false]] as const) {
    const m = STOPPED_SHORT.exec(neg.text);
    if (!m) continue;
    // Done later, it is a change of mind, not a contradiction ("stopped short of recognising … in April" / "recognised … in September").
    if (newerSide(claim, source) === (here ? 'source' : 'claim')) continue;
    // Any negative word on the plain side may carry the same restraint ("signalled rate cuts later, but not in March").
    if (NEGATIVE_CUE.test(plain.text)) continue;
    const person = m[1]!.toLowerCase();
    const verb = stem(m[2]!.toLowerCase());
    // What it was about, and whom: "new sanctions against North Korea" → sanctions, and North Korea.
    // "calling for a ceasefire": what follows "for" right after the verb is what it was about.
    const parts = m[3]!.split(/\s+(?:against|on|for|to|with|over|in|at|from|by|toward|towards|after|during)\b/);
    const [what, whom = ''] = parts[0]!.trim() ? parts : [parts[1] ?? '', ''];
    // Every word of what it was about, but words of degree ("new", "strong"), must recur after the act.
    const about = [...new Set(tokenize(what!).filter((t) => !t.stop && !t.entity && !DEGREE.test(t.lower)).map((t) => foldSynonym(t.key)))];
    if (!about.length) continue;
    // A capitalised word that names no party may be a short name ("against the North"): it is not asked.
    const target = tokenize(whom).filter((t) => !t.stop && (t.entity || !/^[A-Z]/.test(t.raw))).map((t) => t.entity ?? foldSynonym(t.key));
    const words = tokenize(plain.text);
    // The person named as the one who acts: not "Erdogan's opponents".
    const name = words.findIndex((t, i) => t.lower === person && !/^['’]s\b/.test(plain.text.slice(t.end)) && i >= 0);
    if (name < 0) continue;
    // A finite verb: "Netanyahu rejecting the proposal would be a mistake" tells of no act.
    const act = words.findIndex((t, i) => i > name && t.key === verb && !/ing$/i.test(t.raw));
    if (act < 0) continue;
    // Dated after the restraint was reported, it is a later act ("declared martial law … on Tuesday").
    if (plain.f.dates.some((d) => d.kind === 'point' && neg.published && days(d.from, neg.published.slice(0, 10)) > 0)) continue;
    // Another party right before the verb is its subject ("…, while Macron promised"), and a modal makes it no act ("could accuse").
    const before = words.slice(Math.max(name + 1, act - 3), act);
    if (before.some((t) => t.entity || (/^[A-Z]/.test(t.raw) && !t.stop)) || before.some((t) => /^(would|could|might|may|should|will|expected|unless|if|to)$/.test(t.lower))) continue;
    const after = words.slice(act + 1, act + 10).map((t) => t.entity ?? foldSynonym(t.key));
    if (!about.every((k) => after.includes(k))) continue;
    // A promise on a condition ("promised a rate cut would come if inflation kept falling") is what stopping short allows.
    if (/\b(if|unless|provided|once)\b/i.test(plain.text.slice(words[act]!.end))) continue;
    // Whom it was against must be whom the plain side names there too ("on the Israeli battalion" / "on Israeli settlers").
    if (target.length && !target.every((k) => words.slice(act + 1).some((t) => (t.entity ?? foldSynonym(t.key)) === k))) continue;
    // Up to what it was about: "stopped short of promising new sanctions", "stopped short of calling for a ceasefire".
    const span = m[0].slice(m[0].indexOf('stop')).replace(/^(stop\w* short of \w+(?:\s+for)?\s+\S+?(?:\s+\S+?)*?)\s+(?:against|on|for|to|with|over|in|at|from|by|toward|towards|after|during)\b.*$/, '$1').trim();
    const who = words[name]!.raw;
    const did = `${who} ${words[act]!.raw}`;
    return {
      verdict: 'conflicts', kind: 'negation', score: 0.9 + sim,
      reason: here ? `negation: here ${who} '${span}'; in the other report ${did} it.` : `negation: here ${did} it; in the other report ${who} '${span}'.`,
      ...(here ? { claimSpan: span } : { quoteSpan: span }),
    };
  }
  return null;
}

/**
 * Whether one side negates a predicate that the other states plainly ("hasn't significantly changed
 * the dynamics" / "has changed the dynamics"): however much else they share, they are not one fact.
 */
function negatesTheOther(claim: Side, source: Side): boolean {
  const a = claim.f.negated ?? [];
  const b = source.f.negated ?? [];
  if (!a.length === !b.length) return false;
  const [neg, plain] = a.length ? [a, source] : [b, claim];
  const plainKeys = new Set(plain.f.keys.map(foldSynonym));
  return neg.some((x) => plainKeys.has(foldSynonym(x)));
}

/**
 * One side denies, doubts or will not comment; the other states or confirms: never one fact stated
 * twice. When one clause carried the match, only a stance within that clause counts.
 */
function oneSidedDoubt(claim: Side, source: Side, same: SameMatch): boolean {
  const doubt = (s: Side, span: string | undefined) => s.f.stances.some((x) => x.kind !== 'confirm' && (!span || span.includes(x.text)));
  return doubt(claim, same.claimSpan) !== doubt(source, same.quoteSpan);
}

/** The words from the negation to the negated verb, for the reason and the highlight. */
function negationSpan(text: string, key: string): string | null {
  const re = /\b((?:did|does|do|has|have|had|is|are|was|were)\s+)?(not|never|\w+n['’]t)\b(\s+\w+){1,4}/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const words = m[0].split(/\s+/);
    for (let n = m[1] ? 3 : 2; n <= words.length; n++) {
      const last = words[n - 1]!.toLowerCase();
      if (last.startsWith(key.slice(0, Math.max(3, key.length - 1)))) return words.slice(0, n).join(' ');
    }
  }
  return null;
}

// ---------- actor-role: who did what to whom ----------

/**
 * A frame (who did what to whom) is itself strong evidence of one event; below this overlap the pair is
 * unrelated. 0.02, not 0.05: "North Korean soldiers were helping Russian troops to master drone and
 * artillery operations" against "Russia's training of North Korean troops violates three resolutions"
 * overlap 0.03 (held-out set: +1 actor-role conflict, none false; dev unchanged).
 */
const FRAME_GATE = 0.02;

/** A text to match literally inside a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Words that say teaching or learning, not what is taught. */
const TEACHING_WORD = /^(skill|skills|pick|up|hone|acquir\w*|learn\w*|gain\w*|master\w*|develop\w*|help\w*|assist\w*|train\w*|teach\w*|taught|instruct\w*|basic|new|own|how|use|their|its)$/;

/** What a teaching frame's clause says is taught: the content words after its verb, past the parties and their troops. */
function taught(side: Side, frame: Frame): Set<string> {
  const at = new RegExp(`\\b${escapeRegExp(frame.text)}\\b`).exec(side.text);
  if (!at) return new Set();
  const rest = side.text.slice(at.index + at[0].length);
  // "Russia's training of North Korean troops violates …": what follows the noun's object is the sentence's predicate.
  if (/^\s+of\b/i.test(rest)) return new Set();
  // The clause ends where another begins: "by training North Korean troops, Russia was in breach …".
  const clause = /^[^.;]*?(?=,\s+(?:which|while|but|who|where)\b|,\s+(?=\p{Lu})|[.;]|$)/u.exec(rest)![0];
  // What is taught follows "in", "on", "pick up", "hone", "acquiring", "learning": "trained X in artillery".
  const from = /\b(?:in|on|up|hone|hones|honing|acquir\w*|learn\w*|master\w*)\s/i.exec(clause);
  if (!from) return new Set();
  return new Set(tokenize(clause.slice(from.index)).filter((t) => !t.stop && !t.entity && /^[a-z]/.test(t.raw) && foldSynonym(t.key) !== TROOP && !TEACHING_WORD.test(t.lower)).map((t) => foldSynonym(t.key)));
}

function taughtApart(claim: Side, x: Frame, source: Side, y: Frame): boolean {
  const [a, b] = [taught(claim, x), taught(source, y)];
  return a.size > 0 && b.size > 0 && ![...a].some((k) => b.has(k));
}

function actorRole(claim: Side, source: Side, sim: number): Judgement | null {
  // The swapped frame is itself strong evidence of one event; only unrelated pairs are kept out.
  if (sim < FRAME_GATE) return null;
  for (const x of claim.f.frames) {
    for (const y of source.f.frames) {
      // Attacks run both ways in a war: "Ukrainian drones attacked Russian refineries" and "Russia struck
      // Ukraine's grid" are both true. Only the same attack told both ways round is a conflict.
      // Troops are sent both ways in a war too: the same count sent told the other way round is a conflict.
      const sameCount = () => claim.f.figures.some((a) => source.f.figures.some((b) => sameUnit(a, b) && a.value === b.value && a.value >= ANCHOR_MIN_VALUE));
      // Prisoners, students or aid sent both ways are two halves of an exchange, never a conflict.
      if (x.rel !== y.rel || x.rel === 'send-other' || (x.rel === 'attack' && sim < NEGATION_SAME) || (x.rel === 'send' && sim < NEGATION_SAME && !sameCount())) continue;
      // Two teachings of two skills are two facts ("helping Haitian police pick up counter-gang skills" /
      // "Haitian police trained the Kenyan officers in Creole"): when both name what is taught, it must meet.
      if (x.rel === 'teach' && taughtApart(claim, x, source, y)) continue;
      if (x.agent === y.patient && x.patient === y.agent) {
        return {
          verdict: 'conflicts', kind: 'actor-role', score: 1 + sim,
          reason: `who did what: here ${entityName(x.agent)} ${relVerb(x.rel)} ${entityName(x.patient)}; in the other report ${entityName(y.agent)} ${relVerb(y.rel)} ${entityName(y.patient)}.`,
          claimSpan: x.text, quoteSpan: y.text,
        };
      }
    }
  }
  return null;
}

/** Whether two problems are about the same thing: a topic word in common (compared by its first six letters). */
function sameProblem(a: string[], b: string[]): boolean {
  const head = (k: string) => k.slice(0, 6);
  const topic = (ks: string[]) => new Set(ks.filter((k) => k.length >= 4).map(head));
  const tb = topic(b);
  return [...topic(a)].some((k) => tb.has(k));
}

/**
 * A problem one report says persists ("the language barrier has bedevilled combat coordination") and a
 * newer one says was overcome ("had largely overcome their early problems communicating and
 * coordinating"): the situation changed, and the newer report supersedes.
 */
/** Nouns that name any problem at all; a challenge foreseen and one overcome must share a more specific one. */
const GENERIC_PROBLEM = /^(problem|issue|challenge|obstacle|difficulty|hurdle|setback)$/;

function problemOvercome(claim: Side, source: Side, sim: number, threshold: number): Judgement | null {
  const a = claim.f.problem;
  const b = source.f.problem;
  if (!a || !b || a.state === b.state || sim < FRAME_GATE) return null;
  // A challenge still ahead is a forecast: a report of it persisting does not contradict it; one of it
  // overcome later says the situation changed, and one denying it was ever an obstacle contradicts it.
  const ahead = a.state === 'named' ? a : b.state === 'named' ? b : null;
  if (ahead && (a.state === 'present' || b.state === 'present')) return null;
  // The same problem: words about it in common, or the same specific noun between the same parties
  // ("these frictions likely eased" / "will likely continue to cause friction between Russian and North Korean forces").
  const sameNoun = (a.nouns ?? []).some((n) => /^(friction|tension|barrier)$/.test(n) && (b.nouns ?? []).includes(n)) && claim.f.entities.filter((e) => source.f.entities.includes(e)).length >= 2;
  if (!sameProblem(a.keys, b.keys) && !sameNoun) return null;
  // Each side's own speaker ("Toyota said" / "Honda said"): two holders of the problem.
  // A challenge one speaker foresees and another later finds overcome, or denies, is one problem: its
  // speakers are not its holders, and the specific thing ("the language barrier") must be named on both sides.
  if (ahead && !(a.nouns ?? []).some((n) => !GENERIC_PROBLEM.test(n) && (b.nouns ?? []).includes(n))) return null;
  const sa = speakersBefore(claim, SAYING, true);
  const sb = speakersBefore(source, SAYING, true);
  if (!ahead && sa.size && sb.size && ![...sa.keys()].some((k) => sb.has(k))) return null;
  // Whose problem: parties or names both sides give must meet ("shortages … South Africa" / "shortages in Nigeria";
  // "carmakers … Toyota" / "Apple's iPhones"). For a challenge foreseen, the names besides its speakers must
  // meet, and the parties be the same ones ("refugees in Chad" / "refugees in Egypt" are two).
  const speakers = new Set([...sa.keys(), ...sb.keys()]);
  const holders = (x: Side) => new Set([...x.f.entities, ...x.f.names.filter((n) => !DATE_WORD.test(n) && !(ahead && speakers.has(n)))]);
  const [ha, hb] = [holders(claim), holders(source)];
  if (ha.size && hb.size && ![...ha].some((h) => hb.has(h))) return null;
  if (ahead) {
    // Named as where it is, the places must meet ("refugees in Chad" / "refugees in Egypt"), and each
    // side may not name a party the other lacks ("India and Pakistan" / "India and China").
    if (placesApart(claim, source)) return null;
    const [ea, eb] = [claim.f.entities, source.f.entities];
    if (ea.some((e) => !eb.includes(e)) && eb.some((e) => !ea.includes(e))) return null;
    const names = (x: Side) => x.f.names.filter((n) => !DATE_WORD.test(n) && !speakers.has(n));
    const [na, nb] = [names(claim), names(source)];
    if (na.length && nb.length && !na.some((n) => nb.includes(n))) return null;
  }
  const solved = a.state === 'solved' ? 'claim' : 'source';
  const newer = newerSide(claim, source);
  // A denial half a year or more after the forecast tells how it turned out, not that it was wrong.
  const denied = (solved === 'claim' ? a : b).denied && !(claim.published && source.published && Math.abs(days(claim.published.slice(0, 10), source.published.slice(0, 10))) > 180);
  // At one time, a problem said to be overcome (or no problem) and said to persist cannot both be right;
  // a challenge foreseen and no obstacle at all cannot either.
  if ((!newer && sim >= threshold && !ahead) || (ahead && denied)) {
    const state = ahead ? 'is a challenge to overcome' : 'persists';
    return {
      verdict: 'conflicts', kind: 'negation', score: 0.8 + sim,
      reason: `negation: ${solved === 'claim' ? 'here' : 'the other report says'} the problem is ${denied ? 'no obstacle' : 'over'} ('${(solved === 'claim' ? a : b).text}'); ${solved === 'claim' ? 'the other report says' : 'here'} it ${state} ('${(solved === 'claim' ? b : a).text}').`,
      claimSpan: a.text, quoteSpan: b.text,
    };
  }
  if (newer !== solved) return null;
  const [now, then] = solved === 'claim' ? [claim, source] : [source, claim];
  return {
    verdict: 'conflicts', kind: 'superseded', score: 1 + sim, newer: solved,
    reason: `superseded: the newer report (${fmtDate(now.published)}) says the problem was overcome ('${now.f.problem!.text}'); the older one (${fmtDate(then.published)}) that it persisted ('${then.f.problem!.text}').`,
    claimSpan: a.text, quoteSpan: b.text,
  };
}

/**
 * The same problem named on both sides as a difficulty, at work or still to overcome ("language barriers
 * and poor integration hampered the cooperation" / "the challenges they would need to overcome are
 * interoperability, the language barrier…"), between the same parties: one fact.
 */
function problemNamedTwice(claim: Side, source: Side, sim: number): Judgement | null {
  const a = claim.f.problem;
  const b = source.f.problem;
  if (!a || !b || a.state === 'solved' || b.state === 'solved' || sim < FRAME_GATE) return null;
  const shared = (a.nouns ?? []).filter((n) => (b.nouns ?? []).includes(n) && n !== 'problem' && n !== 'issue' && n !== 'challenge');
  // With no problem noun alike ("the language barrier" / "language and interoperability challenges"), what the
  // problem is must meet by the words right beside its nouns ("language" / "language"; not "armoured vehicles").
  const alike = () => (a.topic ?? []).some((k) => (b.topic ?? []).some((y) => k.slice(0, 6) === y.slice(0, 6)));
  if (!sameProblem(a.keys, b.keys) || (!shared.length && !alike())) return null;
  if (claim.f.entities.length && source.f.entities.length && !claim.f.entities.some((e) => source.f.entities.includes(e))) return null;
  return {
    verdict: 'corroborates', kind: 'same-fact', score: 0.3 + sim,
    reason: shared.length ? `Same fact: both name the ${shared[0]} as a difficulty ('${a.text}' / '${b.text}').` : `Same fact: both name the same difficulty ('${a.text}' / '${b.text}').`,
    claimSpan: a.text, quoteSpan: b.text,
  };
}

/**
 * Whether the one taught is someone the text named before ("teaching the new arrivals", "training
 * them"), not new people ("have trained hundreds of doctors"): only then is the taught side known.
 */
function teachesSomeoneNamedBefore(side: Side): boolean {
  const words = tokenize(side.text);
  const at = words.findIndex((t) => foldSynonym(t.key) === TEACH);
  return at >= 0 && /^(the|those|these|them|their)$/.test(words[at + 1]?.lower ?? '');
}

const THANK = foldSynonym(stem('thank'));

/** The first party named after a claimed event's words, other than its agent: whom it was done to ("thanked Putin"). */
function recipient(side: Side): string | null {
  const e = side.f.claimed;
  const at = e ? side.text.indexOf(e.text) : -1;
  if (!e || at < 0) return null;
  const words = tokenize(side.text.slice(at + e.text.length));
  const raw = words.map((t) => t.raw);
  for (let i = 0; i < words.length; i++) {
    const code = words[i]!.entity ?? personEntity(raw, i + 1);
    if (code && code !== e.agent) return code;
  }
  return null;
}

/** What two sides thank each other for alike. */
const MUTUAL = new Set(['talk', 'talks', 'call', 'meeting', 'conversation', 'support', 'hospitality', 'friendship', 'cooperation', 'words', 'message', 'congratulations', 'wishes', 'partnership', 'productive', 'warm', 'constructive'].map((w) => foldSynonym(stem(w))));

/** Each side's thanker is the other's thanked ("Kim … expressing gratitude to Putin" / "Putin … expressing gratitude to Kim"). */
function thanksSwapped(claim: Side, source: Side): boolean {
  const a = claim.f.claimed;
  const b = source.f.claimed;
  if (!a?.events.includes(THANK) || !b?.events.includes(THANK) || a.agent === b.agent) return false;
  // A side that tells thanks both ways ("Zelensky thanked Biden …, and Biden thanked Zelensky") tells both.
  const thanks = (x: Side) => (x.text.match(/\b(thank\w*|gratitude|grateful)\b/gi) ?? []).length;
  return thanks(claim) === 1 && thanks(source) === 1 && recipient(claim) === b.agent && recipient(source) === a.agent;
}

/**
 * The same thanks told the other way round ("Kim Jong Un thanked Putin for the dispatch" / "Putin
 * expressed gratitude to Kim Jong Un for the dispatch"): who thanked whom is swapped. Leaders thank
 * each other, so only thanks as close as one fact stated twice (for the same thing) are read so.
 */
function thankedSwap(claim: Side, source: Side, sim: number, threshold: number): Judgement | null {
  const a = claim.f.claimed;
  const b = source.f.claimed;
  if (sim < threshold || !a || !b || !thanksSwapped(claim, source)) return null;
  // Thanked for the same thing: the first word after "for" ("for the dispatch of …" / "for the dispatch of …").
  const forWhat = (side: Side) => {
    // "for the dispatch of …", "over the deployment".
    const m = /\b(?:for|over)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?([\w-]+)/i.exec(side.text.slice(side.text.indexOf(side.f.claimed!.text)));
    return m ? foldSynonym(stem(m[1]!.toLowerCase())) : null;
  };
  const what = forWhat(claim);
  // Thanks for what two sides share (talks, a call, support, cooperation) run both ways.
  if (!what || what !== forWhat(source) || MUTUAL.has(what)) return null;
  return {
    verdict: 'conflicts', kind: 'actor-role', score: 1 + sim,
    reason: `who did what: here ${entityName(a.agent)} thanks ${entityName(b.agent)}; in the other report ${entityName(b.agent)} thanks ${entityName(a.agent)}.`,
    claimSpan: a.text, quoteSpan: b.text,
  };
}

/** Offices that answer questions or pass them on, by a word that names each one. */
const OFFICE_WORDS: [RegExp, string][] = [
  [/\b(defen[cs]e ministry|ministry of defen[cs]e|defen[cs]e department|department of defen[cs]e|pentagon|military)\b/i, 'the defence ministry'],
  [/\b(foreign ministry|ministry of foreign affairs|foreign office|state department|department of state)\b/i, 'the foreign ministry'],
  [/\b(kremlin|white house|presidential (?:office|administration)|elysee|downing street|blue house|presidential office)\b/i, "the head of state's office"],
  [/\b(embassy|mission)\b/i, 'the embassy'],
  [/\b(interior ministry|ministry of (?:the )?interior|police)\b/i, 'the interior ministry'],
];
/** "X referred questions to Y", "X directed inquiries to Y": who passed the questions on, and to whom. */
const REFERRAL = /\b(?:referred|referring|refers|directed|redirected|passed|forwarded|sent|sends|sending)\s+(?:all\s+|the\s+|such\s+|those\s+|their\s+|reporters['’]\s+|journalists['’]\s+)?(?:questions?|inquiries|enquiries|queries|requests? for comment|reporters|journalists)\b(?:\s+(?:about|on|over)\s+[^,.;]{1,40}?)?\s+to\s+(?:the\s+)?([^,.;]{2,40})/i;

/** The office a phrase names last (or first, with `first`): its kind, as OFFICE_WORDS names it, and its words. */
function officeIn(phrase: string, first: boolean): { kind: string; words: string } | null {
  let best: { at: number; kind: string; words: string } | null = null;
  for (const [re, kind] of OFFICE_WORDS) {
    const all = [...phrase.matchAll(new RegExp(re.source, 'gi'))];
    const m = first ? all[0] : all[all.length - 1];
    if (m && (!best || (first ? m.index! < best.at : m.index! > best.at))) best = { at: m.index!, kind, words: m[0] };
  }
  return best && { kind: best.kind, words: best.words };
}

type Referral = { from: { kind: string; words: string }; to: { kind: string; words: string } };

/** Who passed questions on, to whom, and about what (the folded words after "about", when said). */
function referral(side: Side): (Referral & { about: string[] }) | null {
  const m = REFERRAL.exec(side.text);
  // Two referrals in one sentence ("… and the White House referred them back") tell of a round, not of who.
  if (!m || /\breferred\b[^.;]*\breferred\b|\b(?:back|in turn)\b/i.test(side.text.slice(m.index))) return null;
  const before = side.text.slice(0, m.index).split(/[;:]|,\s+(?:and|but|while)\b|\bwhile\b/).pop()!;
  const from = officeIn(before, false);
  const to = officeIn(m[1]!, true);
  // To a statement or a website of that office, not to the office: "to the foreign ministry statement".
  if (to && new RegExp(`${to.words}['’]?s?\\s+(?:statement|website|briefing|report|communiqu)`, 'i').test(m[1]!)) return null;
  const topic = /\b(?:about|on|over|regarding|concerning)\s+(?:the\s+)?([^,.;]{1,60}?)\s+to\b/i.exec(m[0]) ??
    // "declined to comment on the drone strike in Yemen, referring questions to …".
    /\b(?:comment|questions?)\s+(?:on|about|over|regarding)\s+(?:the\s+)?([^,.;]{1,60})/i.exec(side.text.slice(0, m.index));
  const about = topic ? tokenize(topic[1]!).filter((t) => !t.stop && !t.entity).map((t) => foldSynonym(t.key)) : [];
  return from && to && from.kind !== to.kind ? { from, to, about } : null;
}

/**
 * The same referral told the other way round ("the Defence Ministry referred questions to the Kremlin"
 * / "Kremlin spokesman Peskov referred questions to the Defence Ministry"): who passed the questions on
 * to whom is swapped.
 */
function referralSwap(claim: Side, source: Side, sim: number): Judgement | null {
  if (sim < FRAME_GATE) return null;
  const a = referral(claim);
  const b = a && referral(source);
  if (!a || !b) return null;
  // Questions about two things may go to two places.
  if (a.about.length && b.about.length && !a.about.some((k) => b.about.includes(k))) return null;
  // The same office passing the questions on to two others, at one time, said of one named spokesman: both cannot be right.
  const names = (x: Side) => x.f.names.filter((n) => !DATE_WORD.test(n));
  const spokesman = names(claim).some((n) => source.f.names.includes(n));
  // Or one side names nobody, and the two tell of days at most two apart ("The Kremlin again declines to
  // comment, referring questions to …" on the 16th / "Kremlin spokesman Dmitry Peskov referred questions to …" on the 17th).
  const unnamed = (!names(claim).length || !names(source).length) && !!claim.published && !!source.published &&
    Math.abs(days(claim.published.slice(0, 10), source.published.slice(0, 10))) <= 2 && !a.about.length === !b.about.length;
  if ((spokesman || unnamed) && a.from.kind === b.from.kind && a.to.kind !== b.to.kind && (!newerSide(claim, source) || statedAtSameTime(claim, source))) {
    return {
      verdict: 'conflicts', kind: 'other', score: 0.9 + sim,
      reason: `referred to whom: here the ${a.from.words} referred questions to the ${a.to.words}, in the other report to the ${b.to.words}.`,
    };
  }
  // Swapped, at one time: weeks apart, each office may have passed questions to the other.
  if (a.from.kind !== b.to.kind || a.to.kind !== b.from.kind || (newerSide(claim, source) && !statedAtSameTime(claim, source))) return null;
  return {
    verdict: 'conflicts', kind: 'actor-role', score: 1 + sim,
    reason: `who did what: here the ${a.from.words} referred questions to the ${a.to.words}; in the other report the ${b.from.words} referred them to the ${b.to.words}.`,
  };
}

const wordsCache = new Map<string, { w: string; at: number }[]>();

/** A confirmation of an inquiry, not of the event: "that it was investigating reports that …", "looking into claims". */
const INQUIRY = /\b(?:it|they|he|she|officials|the\s+\w+)\s+(?:was|were|is|are|had\s+been|has\s+been)\s+(?:investigating|looking\s+into|examining|reviewing|probing|aware\s+of)\b/i;

/**
 * A first confirmation dated after another confirmation of the same event by the same party ("The
 * United States first confirmed in December that the North's soldiers were in combat" / "The United
 * States confirmed Tuesday [12 Nov] that North Korean troops … have begun engaging in combat"): the
 * first one cannot come after.
 */
function firstConfirmedLater(claim: Side, source: Side, sim: number): Judgement | null {
  if (sim < FRAME_GATE) return null;
  for (const [first, other, here] of [[claim, source, true], [source, claim, false]] as const) {
    const x = first.f.stances.find((st) => st.kind === 'confirm' && st.firstTime && st.subject);
    // Said to be the first in so many words: "finally confirmed" may confirm more than was confirmed before.
    if (!x || !/\bfirst\b/i.test(first.text)) continue;
    const y = other.f.stances.find((st) => st.kind === 'confirm' && st.subject === x.subject);
    if (!y) continue;
    // One event confirmed: the same doer and the same event on both sides.
    const a = first.f.claimed ?? first.f.asserted;
    const b = other.f.claimed ?? other.f.asserted;
    if (!a || !b || a.agent !== b.agent || !a.events.some((e) => b.events.includes(e))) continue;
    // …and what was confirmed shares a word besides the event ("ballistic missiles" is not "drones"), and names no other person.
    const content = (side: Side, st: Stance) => contentTokens(side, st).filter((t) => !t.stop && !t.entity && !/^\d/.test(t.key));
    const [ca, cb] = [content(first, x), content(other, y)];
    const kb = new Set(cb.map((t) => foldSynonym(t.key)));
    if (!ca.some((t) => !EVENT_CLASSES.has(foldSynonym(t.key)) && kb.has(foldSynonym(t.key)))) continue;
    // A person's full name: two capitalised words that name no party ("Ismail Haniyeh", "Mohammed Deif").
    const people = (side: Side, st: Stance) => new Set([...(afterStance(side.text, st.text) ?? '').matchAll(/\b([A-Z][a-z]+) ([A-Z][a-z]+)\b/g)].filter((m) => !entityOf(m[0].split(' ')) && !DATE_WORD.test(m[1]!.toLowerCase())).map((m) => m[0]));
    const [pa, pb] = [people(first, x), people(other, y)];
    if (pa.size && pb.size && ![...pa].some((k) => pb.has(k))) continue;
    // Sent to two places ("troops to Libya" / "troops to Syria") is two events.
    if (destinationsApart(first, other)) continue;
    // Confirming an inquiry into reports ("confirmed that it was investigating reports that …") confirms no event.
    if (INQUIRY.test((afterStance(other.text, y.text) ?? '').slice(0, 80))) continue;
    const firstOn = first.f.dates.find((d) => d.kind === 'point' && datesTheSaying(first.text, d));
    const otherOn = saidBy(other) ?? other.published?.slice(0, 10) ?? null;
    // Years apart, the two are firsts of two episodes ("confirmed in November 2012" / "first confirms" in 2024).
    if (!firstOn || !otherOn || days(firstOn.from, otherOn) <= 3 || days(firstOn.from, otherOn) > FIRST_TOLD_DAYS) continue;
    const when = (d: DateSpan) => (d.from === d.to ? `on ${fmtDate(d.from)}` : `between ${fmtDate(d.from)} and ${fmtDate(d.to)}`);
    const party = entityName(x.subject!);
    return {
      verdict: 'conflicts', kind: 'date', score: 1 + sim,
      reason: here
        ? `date: here ${party} first confirmed it ${when(firstOn)}; the other report has ${party} confirm it by ${fmtDate(otherOn)}, earlier.`
        : `date: here ${party} confirmed it by ${fmtDate(otherOn)}; the other report has ${party} first confirm it ${when(firstOn)}, later.`,
      ...(here ? { claimSpan: firstOn.text } : { quoteSpan: firstOn.text }),
    };
  }
  return null;
}

/**
 * A mutual-defence commitment: "a mutual defence pact", "each side must come to the other's aid",
 * "reciprocal 'immediate military aid' in the event of aggression".
 */
const MUTUAL_DEFENCE = /\bmutual[- ](?:defen[cs]e|military)\b|\bautomatic\s+(?:military\s+)?(?:intervention|assistance|aid)\b|\bcome\s+to\s+(?:the|each)\s+other(?:['’]s)?\s+(?:military\s+)?(?:aid|assistance|defen[cs]e)\b|\b(?:each|the)\s+other(?:['’]s)?\s+(?:military\s+)?(?:aid|assistance|defen[cs]e)\b[^.;]{0,60}\b(?:if|should|in the event|in case|when)\b|\b(?:reciprocal|mutual|immediate)\s+(?:["“]?\s*)?(?:immediate\s+)?military\s+(?:aid|assistance|help)\b[^.;]{0,40}\b(?:if|should|in the event|in case)\b[^.;]{0,40}\b(?:attack\w*|aggression|invaded|armed)|\bmilitary\s+(?:aid|assistance|help)\b[^.;]{0,60}\b(?:if|should|in the event)\b[^.;]{0,40}\b(?:attack\w*|aggression|invaded)/i;

/** Words that say a commitment is not (or not yet, or no longer) in force: a pact negotiated, rejected, suspended, lapsed. */
const NOT_COMMITTED = /\b(not|no|never|neither|nor|lacks?|lacking|absence|negotiat\w*|reject\w*|ruled out|rule out|suspend\w*|scrap\w*|laps\w*|froz\w*|freez\w*|question\w*|short of|threat\w*|withdr[ae]w\w*|terminat\w*|consider\w*|seek\w*|sought|propos\w*|talks? on|would|could)\b|n['’]t\b/i;

/**
 * Two statements that both tell of one mutual-defence commitment between the same parties (a party
 * named on one side only, or "each side", is taken to be the story's own pact): the same fact, however
 * differently worded ("The pact obliges each side to provide immediate military assistance if the
 * other comes under attack" / "… under a mutual defence pact"). Not when either side negates it.
 */
function sameMutualDefence(claim: Side, source: Side, sim: number): Judgement | null {
  if (sim < FRAME_GATE || !MUTUAL_DEFENCE.test(claim.text) || !MUTUAL_DEFENCE.test(source.text)) return null;
  // "does not include a mutual defence clause"; "without delay" negates nothing.
  if (NOT_COMMITTED.test(claim.text) || NOT_COMMITTED.test(source.text)) return null;
  // The parties one side names are all named on the other, when both name some.
  const [ea, eb] = [claim.f.entities, source.f.entities];
  const [few, many] = ea.length <= eb.length ? [ea, eb] : [eb, ea];
  if (few.length && !few.every((e) => many.includes(e))) return null;
  // One time: pacts dated years apart are two ("in August 1939" / "in January 2025").
  const [da, db] = [claim.f.dates.filter((d) => d.kind === 'point'), source.f.dates.filter((d) => d.kind === 'point')];
  if (da.length && db.length && !da.some((x) => db.some((y) => Math.abs(days(x.from, y.from)) <= 366))) return null;
  const words = (x: Side) => MUTUAL_DEFENCE.exec(x.text)![0];
  return {
    verdict: 'corroborates', kind: 'same-fact', score: 0.5 + sim,
    reason: `Same fact: both tell of the mutual-defence commitment ('${words(claim)}' / '${words(source)}').`,
    claimSpan: words(claim), quoteSpan: words(source),
  };
}

/**
 * A mutual-defence commitment denied: "the pact 'is not a mutual defense alliance'", "contains no binding
 * commitment … to come to the other's aid", "stops short of obliging either country to come to the other's defence".
 */
const NO_MUTUAL_DEFENCE = /\b(?:is|was|are|were)\s+(?:not|no)\s+(?:a\s+)?["“]?\s*mutual[- ](?:defen[cs]e|military)\s+(?:alliance|pact|treaty|clause|commitment|obligation)\b|\b(?:isn['’]t|wasn['’]t)\s+(?:a\s+)?["“]?\s*mutual[- ](?:defen[cs]e|military)\s+(?:alliance|pact|treaty|clause)\b|\b(?:contains?|includes?|has|have)\s+no\s+(?:binding\s+)?(?:commitment|obligation|clause)\b[^.;]{0,60}\b(?:aid|assistance|defen[cs]e)\b|\b(?:contains?|includes?|has|have|holds?)\s+no\s+(?:binding\s+)?mutual[- ](?:defen[cs]e|military|aid|assistance)\s+(?:commitment|obligation|clause|provision|guarantee)s?\b|\b(?:stops?|stopped|stopping|falls?|fell|falling)\s+short\s+of\s+(?:obliging|committing|requiring|binding)\b[^.;]{0,60}\b(?:aid|assistance|defen[cs]e)\b|\b(?:does|do|did)\s*(?:not|n['’]t)\s+(?:commit|oblige|obligate|bind|require)\s+(?:either|each|any|both|the)\s+(?:side|sides|party|parties|country|countries|state|states|signatory|signatories)\s+to\s+(?:come\s+to\s+)?(?:the\s+other['’]s|each\s+other['’]s|the\s+other|each\s+other)\s+(?:military\s+(?:aid|assistance|help)|defen[cs]e|(?:aid|assistance|help)(?=[^.;]{0,20}\b(?:if|should|in\s+the\s+event|in\s+case)\b[^.;]{0,40}\b(?:attack\w*|aggression|invaded)))\b/i;

/** What a denial of mutual defence is said of: "the pact", "this treaty" (the last document named before it). */
const PACT_DENIED = /\b(?:the|this|that|their|its)\s+(?:pact|treaty|accord|agreement)\b(?![^.;]*\b(?:the|this|that|their|its)\s+\w+\s+(?:is|was)\b)[^.;]*$/i;
const PACT_WORD = /\b(?:pact|treaty|accord|agreement)\b/i;

/**
 * One side denies the mutual-defence commitment ("insisted the pact 'is not a mutual defense alliance'"),
 * the other states it ("The treaty includes a mutual defense clause"): between the same parties, at one
 * time, both cannot be right.
 */
function deniedMutualDefence(claim: Side, source: Side, sim: number): Judgement | null {
  if (sim < FRAME_GATE) return null;
  for (const [no, yes] of [[claim, source], [source, claim]] as const) {
    const denial = NO_MUTUAL_DEFENCE.exec(no.text);
    if (!denial || NO_MUTUAL_DEFENCE.test(yes.text) || !MUTUAL_DEFENCE.test(yes.text) || NOT_COMMITTED.test(yes.text)) continue;
    // The same pact: the denial is said of "the pact" (not "the Quad", "the grain deal"), the other side
    // tells of a pact too, and the parties both sides name are the same ones.
    if (!PACT_DENIED.test(no.text.slice(0, denial.index)) || !PACT_WORD.test(yes.text)) continue;
    const [ea, eb] = [no.f.entities, yes.f.entities];
    if (ea.length && eb.length && (ea.length !== eb.length || !ea.every((e) => eb.includes(e)))) continue;
    const [da, db] = [no.f.dates.filter((d) => d.kind === 'point'), yes.f.dates.filter((d) => d.kind === 'point')];
    if (da.length && db.length && !da.some((x) => db.some((y) => Math.abs(days(x.from, y.from)) <= 366))) continue;
    // With the noun after it: "mutual defense clause", not "mutual defense".
    const m = MUTUAL_DEFENCE.exec(yes.text)!;
    const stated = m[0] + (/^\s+(?:pact|clause|treaty|alliance|agreement|commitment|obligation)\b/i.exec(yes.text.slice(m.index + m[0].length))?.[0] ?? '');
    return {
      verdict: 'conflicts', kind: 'negation', score: 0.8 + sim,
      reason: `negation: ${no === claim ? 'here' : 'the other report says'} there is no mutual-defence commitment ('${denial[0]}'); ${no === claim ? 'the other report' : 'here it'} states one ('${stated}').`,
      ...(no === claim ? { claimSpan: denial[0], quoteSpan: stated } : { claimSpan: stated, quoteSpan: denial[0] }),
    };
  }
  return null;
}

/** Words of a text with where each starts, lower-cased: cheaper than tokens, for a first look (kept for the texts met lately). */
function wordsAt(text: string): { w: string; at: number }[] {
  let words = wordsCache.get(text);
  if (!words) {
    if (wordsCache.size > 4000) wordsCache.clear();
    words = [...text.matchAll(/[A-Za-z0-9][\w'’-]*/g)].map((m) => ({ w: m[0].toLowerCase(), at: m.index! }));
    wordsCache.set(text, words);
  }
  return words;
}

const STOP_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'it', 'its', 'their', 'his', 'her', 'that', 'this', 'which', 'who']);
/** Words of a picture or a film: what they show is one scene. */
const DEPICTS = /\b(shows?|showed|showing|shown|footage|video|clip|scene|scenes|image|images|photo|photos|photographs?|pictured|filmed)\b/i;
/** Shortest run of the same words in the same order that tells one act: five words, three of them content words. */
const ACT_WORDS = 5;

/** The party named just before `at` (up to three words back, as "Russian soldiers" before the act), unless two parties share the act there. */
function actorBefore(text: string, at: number): string | null {
  const before = tokenize(text.slice(0, at)).slice(-4);
  for (let k = before.length - 1; k >= Math.max(0, before.length - 2); k--) {
    const t = before[k]!;
    if (/[,;:]/.test(text.slice(t.end, k + 1 < before.length ? before[k + 1]!.start : at))) return null;
    if (!t.entity) continue;
    // "Russian and North Korean soldiers laying flowers": a joint act.
    const joint = k > 0 && /^(and|or|&)$/.test(before[k - 1]!.lower);
    return joint ? null : t.entity;
  }
  return null;
}

/**
 * One act told in the same words, five or more in the same order ("laying flowers at a memorial wall
 * and saluting"), by one party's soldiers here and another's there, in one scene that both describe
 * (footage, a clip, a photo) at one time: who did it is swapped.
 */
function sameActOtherActor(claim: Side, source: Side, sim: number): Judgement | null {
  if (sim < FRAME_GATE || !claim.f.entities.length || !source.f.entities.length) return null;
  // One scene shown, at one time: both sides shoot, strike and enter towns, so only a depicted act has one actor.
  if (!DEPICTS.test(claim.text) || !DEPICTS.test(source.text) || newerSide(claim, source)) return null;
  const a = wordsAt(claim.text);
  const b = wordsAt(source.text);
  // The longest common run of words (dynamic programming over the two word lists).
  let best = { len: 0, i: 0, j: 0 };
  let prev = new Int32Array(b.length + 1);
  let row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const w = a[i - 1]!.w;
    for (let j = 1; j <= b.length; j++) {
      row[j] = w === b[j - 1]!.w ? prev[j - 1]! + 1 : 0;
      if (row[j]! > best.len) best = { len: row[j]!, i: i - row[j]!, j: j - row[j]! };
    }
    [prev, row] = [row, prev];
  }
  // "soldiers laying flowers …": the troop noun belongs to the actor, not to the act.
  while (best.len > 0 && /^(troops|soldiers|forces|units|servicemen|fighters|men)$/.test(a[best.i]!.w)) best = { len: best.len - 1, i: best.i + 1, j: best.j + 1 };
  if (best.len < ACT_WORDS) return null;
  const run = a.slice(best.i, best.i + best.len);
  if (run.filter((x) => !STOP_WORDS.has(x.w)).length < 3) return null;
  const here = actorBefore(claim.text, a[best.i]!.at);
  const there = actorBefore(source.text, b[best.j]!.at);
  if (!here || !there || here === there) return null;
  // One scene with both parties in it ("Russian and North Korean soldiers inspecting a tank, as well as
  // North Korean soldiers laying flowers"): two photos of two parties' soldiers are two scenes.
  if (!source.f.entities.includes(here) && !claim.f.entities.includes(there)) return null;
  const end = a[best.i + best.len - 1]!;
  const act = claim.text.slice(a[best.i]!.at, end.at + end.w.length);
  // The act must be what the party does, not what is done to it: a verb in -ing or the past starts it.
  // Not a fate ("killed in the strike on the depot", "trained by …"): both sides' soldiers may meet it.
  if (!/^\w+(ing|ed)\b/i.test(act) || /^(\w+ed\s+by|(killed|wounded|injured|captured|detained|arrested|trained|deployed|stationed|evacuated|dispatched|mobilized|mobilised)\b)/i.test(act)) return null;
  if (tokenize(act).some((t) => t.entity)) return null;
  return {
    verdict: 'conflicts', kind: 'actor-role', score: 1 + sim,
    reason: `who did what: here ${entityName(here)}'s soldiers were '${act}', in the other report ${entityName(there)}'s.`,
    claimSpan: act,
  };
}

/** Raising a flag: "planted", "hoist", "raise", "waved", "placed", "put up", "unfurled". */
const FLAG_VERB = /^(plant|plants|planted|planting|raise|raises|raised|raising|hoist|hoists|hoisted|hoisting|wave|waves|waved|waving|place|places|placed|placing|put|puts|putting|unfurl|unfurls|unfurled|unfurling|fly|flies|flew|flying)$/;
const FLAG_NOUN = /^(flag|flags|banner|banners|tricolou?r|standard|ensign)$/;
const SOVIET_FLAG = /(^|-)(hammer|sickle|soviet|communist)(-|$)/;
const TROOP_NOUN = /^(troops|soldiers|servicemen|forces|units|fighters|marines|paratroopers)$/;

type FlagAct = { bearer: string; flag: string; text: string };

/**
 * Who raises which flag: "North Korean soldiers plant a Russian flag", "Russian troops plant their
 * tricolor beside it", "waved a red flag bearing the hammer and sickle … and then placed it". The
 * bearer is the party of the soldiers named last before the verb; the flag is the party named on it,
 * the bearer's own ("their", "national"), or the Soviet banner.
 */
function flagActs(text: string): FlagAct[] {
  if (!/\b(flags?|banners?|tricolou?r|standard|ensign)\b/i.test(text)) return [];
  const tokens = tokenize(text);
  const out: FlagAct[] = [];
  let last: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (!FLAG_VERB.test(tokens[i]!.lower)) continue;
    let bearer: string | null = null;
    for (let k = i - 1; k >= Math.max(0, i - 25) && !bearer; k--) if (tokens[k]!.entity && TROOP_NOUN.test(tokens[k + 1]?.lower ?? '')) bearer = tokens[k]!.entity;
    if (!bearer) continue;
    // The flag raised: the first flag word after the verb, not one it is placed beside; or "it", the flag named before.
    let flag: string | null = null;
    for (let k = i + 1; k < Math.min(tokens.length, i + 8) && !flag; k++) {
      const t = tokens[k]!;
      if (/^(next|beside|alongside|besides)$/.test(t.lower)) break;
      if (t.lower === 'it' && k === i + 1) flag = last;
      if (!FLAG_NOUN.test(t.lower)) continue;
      const named = tokens.slice(i + 1, Math.min(tokens.length, k + 8));
      flag = named.some((x) => SOVIET_FLAG.test(x.lower)) ? 'the Soviet banner'
        : tokens.slice(i + 1, k).find((x) => x.entity)?.entity ?? (tokens.slice(i + 1, k).some((x) => /^(their|its|own|national)$/.test(x.lower)) ? bearer : null);
    }
    if (!flag) continue;
    last = flag;
    out.push({ bearer, flag, text: tokens[i]!.raw });
  }
  return out;
}

/**
 * One flag raised by one party's soldiers here and by another's there, in one joint scene that both
 * sides tell with both parties' soldiers raising flags ("North Korean soldiers plant a Russian flag …
 * before Russian servicemen place a red Soviet banner" / "Russian troops first planted the Russian
 * national flag …, after which North Korean soldiers waved a red flag"): who raised it is swapped,
 * unless each side also has the other's bearer raise it.
 */
function flagBearerSwap(claim: Side, source: Side, sim: number): Judgement | null {
  if (sim < FRAME_GATE) return null;
  // Both sides tell one joint scene: two parties' soldiers raising flags on each side. A flag raised by
  // one party's soldiers alone is another occasion ("British troops flew the Ukrainian flag at their base").
  const a = flagActs(claim.text);
  const b = a.length ? flagActs(source.text) : [];
  const bearers = (acts: FlagAct[]) => new Set(acts.map((f) => f.bearer)).size;
  if (bearers(a) < 2 || bearers(b) < 2) return null;
  // …at one time: two ceremonies on two days are two scenes.
  const [pa, pb] = [pointDates(claim), pointDates(source)];
  if (pa.length && pb.length && !pa.some((x) => pb.some((y) => spansMeet(x, y)))) return null;
  for (const x of a) {
    const y = b.find((f) => f.flag === x.flag && f.bearer !== x.bearer);
    if (!y || b.some((f) => f.flag === x.flag && f.bearer === x.bearer) || a.some((f) => f.flag === y.flag && f.bearer === y.bearer)) continue;
    const name = (flag: string) => (flag.startsWith('the ') ? flag : `${entityName(flag)}'s flag`);
    return {
      verdict: 'conflicts', kind: 'actor-role', score: 1 + sim,
      reason: `who did what: here ${entityName(x.bearer)}'s soldiers raise ${name(x.flag)}; in the other report ${entityName(y.bearer)}'s soldiers do.`,
      claimSpan: x.text, quoteSpan: y.text,
    };
  }
  return null;
}

const TEACH = foldSynonym(stem('teach'));

/**
 * One side names only the teacher ("Russian instructors had been teaching the new arrivals"), the other
 * has that party taught ("North Korean forces are assisting Russian troops in acquiring skills"): in one
 * event, who teaches whom is swapped. Only a pair as close as one fact stated twice is read so, since a
 * party may teach one skill and learn another.
 */
function teacherTaught(claim: Side, source: Side, sim: number, threshold: number): Judgement | null {
  if (sim < threshold) return null;
  for (const [a, b, here] of [[claim, source, true], [source, claim, false]] as const) {
    const teacher = a.f.claimed?.events.includes(TEACH) && !trainedNotTaught(a.text) ? a.f.claimed.agent : null;
    if (!teacher || a.f.frames.some((f) => f.rel === 'teach') || !teachesSomeoneNamedBefore(a)) continue;
    const y = b.f.frames.find((f) => f.rel === 'teach' && f.patient === teacher && f.agent !== teacher);
    if (!y) continue;
    // Another skill taught ("trained the officers in Creole" / "helping the police pick up counter-gang skills") is another teaching.
    const verb = a.f.claimed!.text.split(/\s+/).pop()!;
    if (taughtApart(a, { rel: 'teach', agent: teacher, patient: y.agent, text: verb }, b, y)) continue;
    // …and so is training what someone owns ("trained the Kenyan officers' sniffer dogs").
    const object = a.text.slice(a.text.indexOf(verb) + verb.length);
    if (/^\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)?[\w-]+(?:s['’]|['’]s)\s+(?!skills?\b)\p{Ll}/u.test(object)) continue;
    const taught = `${entityName(y.agent)} ${relVerb(y.rel)} ${entityName(y.patient)}`;
    const teaches = `${entityName(teacher)} does the teaching`;
    return {
      verdict: 'conflicts', kind: 'actor-role', score: 1 + sim,
      reason: `who did what: here ${here ? teaches : taught}; in the other report ${here ? taught : teaches}.`,
      claimSpan: here ? a.f.claimed!.text : y.text, quoteSpan: here ? y.text : a.f.claimed!.text,
    };
  }
  return null;
}

/**
 * The same frame on both sides ("Moscow trained North Korean soldiers" / "Russia's training of North
 * Korean troops") is one fact however differently the rest is worded: the mirror of actorRole, which
 * finds the roles swapped. No overlap is asked beyond the frame: "Russian instructors had schooled the
 * North Koreans in artillery" and "she said Russia's training of North Korean troops violates three
 * UN resolutions" share one fact and almost no words (held-out set: +1 pair, none false; dev same).
 */
function sameFrame(claim: Side, source: Side, sim: number): Judgement | null {
  for (const x of claim.f.frames) {
    for (const y of source.f.frames) {
      // A sending is corroborated as an event (sameEventClaim), where what was sent is compared too.
      if (x.rel === y.rel && !x.rel.startsWith('send') && x.agent === y.agent && x.patient === y.patient) {
        // Checked only for a pair that shares a frame: nearly every pair reaches this test, few share one.
        if (distinctFacts(claim, source)) return null;
        return {
          verdict: 'corroborates', kind: 'same-fact', score: sim,
          reason: `Same fact: both say ${entityName(x.agent)} ${relVerb(x.rel)} ${entityName(x.patient)}.`,
          claimSpan: x.text, quoteSpan: y.text,
        };
      }
    }
  }
  return null;
}

const CONFIRM_CLASS = foldSynonym(stem('confirm'));
const SEND = foldSynonym(stem('send'));

/** How a reason names an event class of an assertion (see sentence-features EVENT_CLASSES). */
const EVENT_WORDS: Record<string, string> = {
  fight: 'fighting', send: 'deployment', kill: 'killing', seiz: 'seizing ground', retak: 'retaking ground', train: 'training',
  help: 'helping', supply: 'supplies', sign: 'signing', ratify: 'ratifying', withdraw: 'withdrawal',
};

/**
 * Two statements that each put on record (confirmed, announced, acknowledged) the same event by the
 * same party ("the United States confirmed that North Korean troops are engaged in combat" / "Kirby
 * confirmed the assessment after Kyiv said North Korean troops had moved into direct fighting")
 * corroborate, however differently the rest is worded, when they share something said besides the
 * party, the confirming and the event. Unrelated pairs are kept out (FRAME_GATE).
 */
function sameAssertion(claim: Side, source: Side, sim: number): Judgement | null {
  const a = claim.f.asserted;
  const b = source.f.asserted;
  if (!a || !b || sim < FRAME_GATE || a.agent !== b.agent) return null;
  // A party's admission of its own act is put on record by that party: another's confirmation of it is another fact.
  if (!a.own !== !b.own) return null;
  const event = a.events.find((e) => b.events.includes(e));
  if (!event) return null;
  if (distinctFacts(claim, source)) return null;
  // Besides the party, the confirming and the event, the two must share something said: "Iranian drones
  // supplied to the rebels" and "Iranian fuel supplied to Syria" are two supplies.
  const shared = sharedSaid(claim, source);
  for (const k of [CONFIRM_CLASS, ...a.events, ...b.events]) shared.delete(k);
  if (!shared.size) return null;
  const word = EVENT_WORDS[event.replace(/^~/, '')] ?? event.replace(/^~/, '');
  return {
    verdict: 'corroborates', kind: 'same-fact', score: sim,
    reason: `Same fact: both put on record the ${word} by ${entityName(a.agent)}.`,
    claimSpan: a.text, quoteSpan: b.text,
  };
}

/** The same parties (a fight told from either side counts) and an event in common. */
function claimsOneEvent(a: EventClaim | undefined, b: EventClaim | undefined): boolean {
  if (!a || !b) return false;
  const sameParties =
    (a.agent === b.agent && (!a.partner || !b.partner || a.partner === b.partner)) ||
    (!!a.partner && !!b.partner && a.agent === b.partner && a.partner === b.agent) ||
    // "Kim and Putin signed" / "Putin signed": one side names both.
    (!!a.joint && !b.partner && a.partner === b.agent) ||
    (!!b.joint && !a.partner && b.partner === a.agent);
  return sameParties && a.events.some((e) => b.events.includes(e));
}

/**
 * Two statements that say the same party did the same thing ("North Korea ratified the defence treaty
 * with Russia" / "Kim Jong Un completed the ratification of the partnership treaty with Russia";
 * "Ukrainian troops exchanged fire with North Korean soldiers" / "North Korean soldiers have started
 * fighting against Ukrainian forces") corroborate however differently the rest is worded, on record or
 * not, when they share something said besides the party and the event: the same test as
 * sameAssertion, read from any statement (extractEventClaim). Both sides of a fight count when both
 * sentences name them, and so does a name of whom it was done to ("Putin thanked Kim" / "Putin
 * expressed gratitude to Kim Jong Un").
 */
function sameEventClaim(claim: Side, source: Side, sim: number): Judgement | null {
  const a = claim.f.claimed;
  const b = source.f.claimed;
  if (!a || !b || sim < FRAME_GATE || !claimsOneEvent(a, b)) return null;
  const event = a.events.find((e) => b.events.includes(e))!;
  if (oppositeStances(claim, source)) return null;
  // What happens once, dated apart, is one event told two ways, not two facts (eventDateClash asks
  // for the same object on its own).
  const clash = eventDateClash(claim, source, sim);
  if (clash) return clash;
  if (distinctFacts(claim, source)) return null;
  // A ratification by the parliament and one signed off by the president are two acts; two laws are two.
  if (otherActs(claim, source)) return null;
  // Both sides of a fight named alike are enough; one party needs something more said than its
  // troops ("North Korean troops are assisting…" / "North Korean troops moved from support roles…").
  const bothSides = !!a.partner && !!b.partner;
  const shared = sharedSaid(claim, source);
  for (const k of [CONFIRM_CLASS, TROOP, ...a.events, ...b.events]) shared.delete(k);
  if (!bothSides && !shared.size && !sharedOtherName(claim, source, a.agent)) return null;
  const word = EVENT_WORDS[event.replace(/^~/, '')] ?? event.replace(/^~/, '');
  const parties = a.partner && b.partner ? `${entityName(a.agent)} and ${entityName(a.partner)}` : entityName(a.agent);
  return {
    verdict: 'corroborates', kind: 'same-fact', score: sim,
    reason: `Same fact: both report the ${word} by ${parties}.`,
    claimSpan: a.text, quoteSpan: b.text,
  };
}

/**
 * The same warning or demand about the same party, from the same side when both name it: "The U.S.
 * has warned that North Korean troops would become legitimate targets if they become involved" /
 * "the American ambassador warned that North Korean soldiers would leave in body bags if they
 * entered Ukraine"; "Pyongyang must stop sending troops to Russia" / "Austin called on North Korea to
 * withdraw its troops from Russia". Two warnings must both be conditional or share what they warn
 * of; two demands must both ask to stop or withdraw the party's troops.
 */
function sameDirective(claim: Side, source: Side, sim: number): Judgement | null {
  if (sim < FRAME_GATE) return null;
  const alike = (a: Directive, b: Directive) => {
    if (a.kind !== b.kind || a.about !== b.about || (a.by && b.by && a.by !== b.by)) return false;
    const shared = a.keys.filter((k) => b.keys.includes(k));
    // Two conditional warnings by one named side at one time are one warning; otherwise they must share what they warn of.
    const oneWarning = a.conditional && b.conditional && !!a.by && a.by === b.by && !newerSide(claim, source);
    return a.kind === 'warn' ? oneWarning || shared.some((k) => k !== TROOP) : shared.includes(TROOP) && shared.length >= 2;
  };
  const a = claim.f.directives?.find((x) => source.f.directives?.some((y) => alike(x, y)));
  const b = a && source.f.directives?.find((y) => alike(a, y));
  if (!a || !b) return null;
  if (oppositeStances(claim, source) || distinctFacts(claim, source)) return null;
  const what = a.kind === 'warn' ? 'warning about' : 'demand to';
  return {
    verdict: 'corroborates', kind: 'same-fact', score: sim,
    reason: a.kind === 'warn' ? `Same fact: both report the same ${what} ${entityName(a.about)}.` : `Same fact: both report the demand that ${entityName(a.about)} withdraw or stop.`,
    claimSpan: a.text, quoteSpan: b.text,
  };
}

/** The full name right before a verb at `at` ("Defense Secretary Lloyd Austin demanded", "Lloyd Austin, the US defence secretary, had demanded"). */
function nameBefore(text: string, at: number, dates: DateSpan[] = []): string | null {
  // A date between the name and the verb stands aside ("Lloyd Austin had in the first week of November asked").
  const inner = dates.find((d) => d.start < at && /^[\s,]*$/.test(text.slice(d.start + d.text.length, at)));
  const head = inner ? text.slice(0, inner.start) : text.slice(0, at);
  const m = /([A-Z][a-z]+[- ][A-Z][a-z]+)\s+(?:(?:had|has|have|then|also|\w+ly)\s+)*$/.exec(head) ??
    /^([A-Z][a-z]+[- ][A-Z][a-z]+),\s+[^;:]{3,60},\s+(?:(?:had|has|have|then|also|\w+ly)\s+)*$/.exec(head);
  return m ? m[1]!.replace('-', ' ') : null;
}

/**
 * One person's one demand, dated by two reports to periods that cannot meet, within three weeks ("Lloyd
 * Austin demanded in mid-November that Pyongyang withdraw its troops" / "Lloyd Austin called on North
 * Korea at the end of October to withdraw its troops"): both cannot be right. A demand told as made
 * again, from another place, on two exact days, or further apart, may be another.
 */
function demandDateClash(claim: Side, source: Side, sim: number): Judgement | null {
  if (sim < FRAME_GATE || AGAIN.test(claim.text) || AGAIN.test(source.text)) return null;
  const read = (x: Side) => {
    const d = x.f.directives?.find((y) => y.kind === 'demand');
    const at = d ? x.text.indexOf(d.text) : -1;
    if (!d || at < 0) return null;
    const name = nameBefore(x.text, at, x.f.dates);
    // The demand's own date: a point date right after the verb or its object ("called on North Korea at the end of October").
    const end = at + d.text.length;
    // …or an opening date with only the demander's name and title between ("In mid-October, Defense Secretary Lloyd Austin told …").
    const opening = (y: DateSpan) => y.start < at && OPENING_DATE.test(x.text.slice(0, y.start)) && /^[\s,]*(?:[A-Z][\w.'’-]*\s+){1,5}$/.test(x.text.slice(y.start + y.text.length, at));
    // …or one right before the verb ("Lloyd Austin had in the first week of November asked Pyongyang to …").
    const justBefore = (y: DateSpan) => y.start < at && /^[\s,]*$/.test(x.text.slice(y.start + y.text.length, at)) && /\b(?:had|has|have)\s+$/i.test(x.text.slice(0, y.start));
    const date = x.f.dates.find((y) => y.kind === 'point' && ((y.start >= end && y.start - end <= 30 && !/[,;:]/.test(x.text.slice(end, y.start))) || opening(y) || justBefore(y)));
    // Where the troops are to leave: the party or place right after "from" or "out of".
    const from = /\b(?:from|out of)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)/.exec(x.text.slice(at));
    const place = from ? (tokenize(from[1]!).find((t) => t.entity)?.entity ?? from[1]!.toLowerCase()) : null;
    return name && date ? { d, name, date, from: place } : null;
  };
  const a = read(claim);
  const b = a && read(source);
  if (!a || !b || a.name !== b.name || a.d.about !== b.d.about || !a.d.keys.includes(TROOP) || !b.d.keys.includes(TROOP)) return null;
  const withdraw = foldSynonym(stem('withdraw'));
  if (!a.d.keys.includes(withdraw) || !b.d.keys.includes(withdraw)) return null;
  // From the same place: "withdraw its troops from Russia" on both sides.
  if (!a.from || a.from !== b.from) return null;
  const [x, y] = [a.date, b.date];
  // A demand dated to a day on both sides may be two occasions ("on Monday, at a summit in Paris" / "on
  // Thursday, in Brussels"); one dated only to a part of a month is one demand told loosely.
  // So may two weeks named exactly ("in the first week of November" / "in the third week of November").
  if (-days(x.from, x.to) <= 7 && -days(y.from, y.to) <= 7) return null;
  // A report written before the other side's demand was made tells an earlier one.
  if ((claim.published && claim.published.slice(0, 10) < y.from) || (source.published && source.published.slice(0, 10) < x.from)) return null;
  if (spansMeet(x, y) || days(x.from, y.to) > DEMAND_APART_DAYS || days(y.from, x.to) > DEMAND_APART_DAYS) return null;
  return {
    verdict: 'conflicts', kind: 'date', score: 1 + sim,
    reason: `date: here ${a.name} made the demand '${x.text}', in the other report '${y.text}'; it was made once.`,
    claimSpan: x.text, quoteSpan: y.text,
  };
}
const AGAIN = /\b(again|repeated|reiterated|renewed|once more|also)\b|\bfor the \w+ time\b/i;
/** Further apart than this, a demand dated twice may have been made twice. */
const DEMAND_APART_DAYS = 21;

function relVerb(rel: string): string {
  return ({ teach: 'trains', help: 'helps', attack: 'attacks', arm: 'arms', send: 'sends troops to' } as Record<string, string>)[rel] ?? rel;
}

// ---------- date: when an event began ----------

/** A party's troops taking part in fighting: "North Korean troops participating jointly with Russian forces in the … operation". */
const PARTICIPATING = /\b((?:[A-Z][\w'’-]*\s+){1,2})(?:troops|soldiers|forces|units)\s+(?:participating|taking part|fighting)\b(?:\s+\w+){0,6}?\s+(?:in|alongside)\b/;

/** The party whose troops the sentence shows taking part in fighting, or null. */
function participating(side: Side): string | null {
  const m = PARTICIPATING.exec(side.text);
  return m ? entityOf(m[1]!.trim().split(/\s+/)) ?? entityOf(m[1]!.trim().split(/\s+/).slice(-1)) : null;
}

/** A beginning told in the present perfect: the fighting it began goes on. */
const BEGUN_NOW = /\b(?:have|has)\s+(?:now\s+|already\s+)?(?:begun|started)\s+(?:engaging|fighting|to\s+fight|taking\s+part|to\s+take\s+part|participating)\b/i;
/** Words of a beginning: the fighting they tell of is its start, not a state. */
const BEGAN_FIGHTING = /\b(begun|began|begin|begins|start(?:ed|s|ing)?|first time|entered|entering|joined|joining)\b/i;

/**
 * One party's troops fighting in one report and pulled back from the front in another, weeks apart
 * ("North Korean troops had moved … into direct fighting" / two months later "the North's units had
 * been pulled back from the front lines"): the situation changed, and the newer report says how it
 * stands. Told at the same time, the two are left to the other tests.
 */
function frontWithdrawal(claim: Side, source: Side, sim: number): Judgement | null {
  if (sim < FRAME_GATE || (!claim.f.withdrawn && !source.f.withdrawn)) return null;
  const newer = newerSide(claim, source);
  if (!newer) return null;
  for (const [back, fights] of [[claim, source], [source, claim]] as const) {
    const party = back.f.withdrawn;
    const fight = fights.f.claimed;
    // That they began to fight ("have begun engaging in combat", "for the first time") is an event a
    // later withdrawal leaves standing; not that most of them had moved to the place whose front they
    // were later pulled back from ("most of them have moved to Kursk" / "pulled back from the front line in Kursk").
    // Begun and still going on ("have begun engaging in combat operations") is a state a later withdrawal ends.
    if ((fights.f.onset || BEGAN_FIGHTING.test(fights.text)) && !movedToFrontLeft(back, fights) && !BEGUN_NOW.test(fights.text)) continue;
    // Fighting, or shown taking part in an operation ("footage showing North Korean troops participating … in the
    // liberation operation"): not troops gathered for a purpose ("mobilized to reclaim").
    const told = fights.f.asserted;
    const fighting = (!!fight && fight.agent === party && fight.events.includes(FIGHT_CLASS)) || participating(fights) === party ||
      (!!told && told.agent === party && told.events.includes(FIGHT_CLASS) && movedToFrontLeft(back, fights));
    if (!party || fights.f.withdrawn || !fighting) continue;
    // A pull-back dated before the fighting was reported ("were pulled back … in 2019") is an earlier episode.
    if (fights.published && back.f.dates.some((d) => d.kind === 'point' && !datesTheSaying(back.text, d) && d.to < fights.published!.slice(0, 10))) continue;
    // The same front: the places and other parties the two name meet, when both name some ("withdrawn from the fighting in
    // Khan Younis" is not "fighting Hezbollah in southern Lebanon").
    // Who says it is no place: "India said", "according to the HUR".
    const names = (x: Side) => {
      const words = tokenize(x.text);
      return new Set(words.filter((t, i) => (t.entity ? t.entity !== party : /^[A-Z][a-z]/.test(t.raw) && !t.stop && x.f.names.includes(t.key) && !DATE_WORD.test(t.lower)) &&
        !SAYING.test(words[i + 1]?.raw ?? '') && !/^(said|told)$/i.test(words[i - 1]?.lower ?? '') && !(words[i - 1]?.lower === 'to' && words[i - 2]?.lower === 'according')).map((t) => t.entity ?? t.key));
    };
    const [here, there] = [names(back), names(fights)];
    if ((here.size && there.size && ![...here].some((n) => there.has(n))) || placesApart(back, fights)) continue;
    const [now, then] = newer === 'claim' ? [claim, source] : [source, claim];
    // The newer report telling of fighting dated before the older report ("fought in Kursk last autumn") tells the past.
    if (now === fights && back.published && fights.f.dates.some((d) => d.kind === 'point' && days(d.to, back.published!.slice(0, 10)) < 0)) continue;
    const state = (x: Side) => (x === back ? `${entityName(party)}'s troops were pulled back from the front` : `${entityName(party)}'s troops were fighting`);
    return {
      verdict: 'conflicts', kind: 'superseded', score: 1 + sim, newer,
      reason: `superseded: the newer report (${fmtDate(now.published)}) says ${state(now)}, the older one (${fmtDate(then.published)}) that ${state(then)}; the situation changed.`,
    };
  }
  return null;
}

/** The troops said to have moved to a place ("most of them have moved to far western Kursk Oblast") whose front the other side says they were pulled back from ("from the front line in Kursk"). */
function movedToFrontLeft(back: Side, fights: Side): boolean {
  const left = /\bfront(?:[\s-]*lines?)?\s+(?:in|at|near)\s+(?:the\s+)?([A-Z][a-z]+)/.exec(back.text);
  if (!left) return false;
  return new RegExp(`\\b(?:moved|moving|arriving|arrived)\\b[^.;]{0,40}\\b${left[1]}\\b`).test(fights.text);
}

/**
 * A length of fighting ("have been fighting for three weeks in Khan Younis", "Troops of the 5th Brigade
 * have been fighting for two weeks") names nothing the other side lacks: no place or unit by name, no
 * numbered unit.
 */
function lastedAlike(lasted: Side, other: Side): boolean {
  const words = tokenize(lasted.text);
  const otherText = other.text.toLowerCase();
  const named = words.filter((t, i) => i > 0 && !t.entity && /^[A-Z][a-z]/.test(t.raw) && !DATE_WORD.test(t.lower) && !otherText.includes(t.lower));
  const ordinals = [...lasted.text.matchAll(/\b\d+(?:st|nd|rd|th)\b/gi)].filter((o) => !otherText.includes(o[0].toLowerCase()));
  // The speaker named is no place ("Ryder said …").
  const speaker = (t: Token) => new RegExp(`\\b${t.raw}\\s+(?:said|says|told)\\b|\\b(?:said|says|told)\\s+(?:\\w+\\s+){0,3}${t.raw}\\b`).test(lasted.text);
  return !named.some((t) => !speaker(t)) && !ordinals.length;
}

const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b/i;

/**
 * The day is named exactly: a day of the calendar ("November 2", "5 Nov. 2024") or a weekday of the
 * report's week ("on Tuesday"), not a vague time ("in early November", "last week").
 */
function calendarDay(x: Side, day: string): boolean {
  return x.f.dates.some((d) => d.kind === 'point' && d.from === day && d.to === day &&
    ((/\b\d{1,2}(?:st|nd|rd|th)?\b/.test(d.text) && MONTH_NAME.test(d.text)) || /^(?:on\s+|last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i.test(d.text)));
}

/** Further apart than this, the news that something began may have been told again. */
const BEGUN_TOLD_DAYS = 14;
/** Further apart than this, two firsts told are of two episodes (a war a year later), not one first told twice. */
const FIRST_TOLD_DAYS = 120;
/** A later phase or a repeat: "a second phase of", "a new offensive", "for a second time". */
const LATER_PHASE = /\b(?:second|third|fourth|new|fresh|next|another|renewed)\s+(?:phase|stage|round|wave|offensive|operation|push|assault)\b|\bfor\s+(?:a|the)\s+(?:second|third|fourth)\s+time\b|\bfirst\s+\w+(?:\s+\w+){0,6}?\s+since\b|\bafter\s+(?:earlier|previous|prior)\b|\bagain\b/i;

/** Whom a fight was against: the word after "with", "against", "engaged" or "fought" ("with Hezbollah fighters", "engaged Hamas fighters"). */
function opponent(x: Side): string | null {
  const m = /\b(?:(?:engaged|fought|attacked|battled|clashed)(?:\s+(?:with|against))?|with|against)\s+(?:the\s+)?["“‘']?([\w'’-]+)(?:\s+([\w'’-]+))?/.exec(x.text);
  if (!m || /^(?:its|their|his|her|our|a|an|with|against)$/i.test(m[1]!)) return null;
  const words = [m[1]!, m[2] ?? ''].filter(Boolean);
  return entityOf(words) ?? entityOf(words.slice(0, 1)) ?? m[1]!.toLowerCase();
}

/** Both name whom they fought, and not the same one. */
function opponentsApart(a: Side, b: Side): boolean {
  const [oa, ob] = [opponent(a), opponent(b)];
  return !!oa && !!ob && oa !== ob;
}

/** What was begun ("had begun combat operations", "have begun to withdraw") is among the other side's event words, when the sentence names it. */
function begunActMeets(x: Side, other: Set<string>): boolean {
  const m = /\b(?:begun|began)\s+(?:to\s+)?([a-z][\w-]*)/.exec(x.text);
  if (!m || /^(?:the|a|an|its|their|in|on|at|with|against|for|by|after|to)$/.test(m[1]!)) return true;
  return other.has(foldSynonym(stem(m[1]!)));
}

/** Words of an office, not of a place ("the State Department", "the Defence Ministry"). */
const OFFICE_WORD = /^(?:state|department|ministry|office|house|council|command|agency|government|defen[cs]e|foreign|security|general|staff|army|navy|forces?)$/i;

/** Both name one place, and no other: the capitalised names after "in" or in a possessive ("in the Kursk region", "Russia's Kursk region"). */
function samePlaceNamed(a: Side, b: Side): boolean {
  const places = (x: Side) => new Set(tokenize(x.text).filter((t, i, ts) => !t.entity && !t.stop && /^[A-Z][a-z]/.test(t.raw) && i > 0 && x.f.names.includes(t.key) && !DATE_WORD.test(t.lower) && !OFFICE_WORD.test(t.raw) &&
    /^(in|the|of|near|around)$|['’]s$/i.test(ts[i - 1]!.raw)).map((t) => t.key));
  const [pa, pb] = [places(a), places(b)];
  return pa.size > 0 && pb.size > 0 && [...pa].every((k) => pb.has(k)) && [...pb].every((k) => pa.has(k));
}

/** A verb of telling: the onset it dates is when the news was first told. */
const FIRST_TOLD = /\b(said|says|reported|reports?|announced|announces?|told|confirmed|confirms?|stated|claimed|alleged)\b/i;

function onsetDate(claim: Side, source: Side, sim: number): Judgement | null {
  const a = claim.f.onset;
  const b = source.f.onset;
  // The shared event words below are the real test of one event; the gate only keeps unrelated pairs out.
  if (!a || !b || sim < 0.05) return null;
  // An onset doubted or denied ("no sign that talks have begun", "denied that their troops had for the first time clashed") dates nothing.
  if ([claim, source].some((x) => noSign(x) || x.f.stances.some((st) => st.kind === 'deny' || st.kind === 'no-comment'))) return null;
  // Two parties each beginning something ("Finland joined the alliance" / "Sweden joined the alliance").
  if (a.agent && b.agent && a.agent !== b.agent) return null;
  const ea = new Set(a.event.map(foldSynonym));
  if (!b.event.map(foldSynonym).some((k) => ea.has(k))) return null;
  // A length of fighting told of a place or a unit the other side does not name is another battle's.
  if ((a.lasted && !lastedAlike(claim, source)) || (b.lasted && !lastedAlike(source, claim))) return null;
  // Exact onset on one side against "already under way by" on the other, more than a few days apart.
  const check = (exact: typeof a, by: typeof b): boolean =>
    exact.from !== null && by.by !== null && days(exact.from, by.by) > 3;
  const both = a.from && b.from && b.to && a.to && (days(a.from, b.to) > 3 || days(b.from, a.to) > 3);
  // Both say when it was first told ("Kyiv first reported … on Oct. 29" / "On November 5, officials said
  // their forces had for the first time engaged …"): it was first told on one day only.
  // Told by the same party: the one named last before the verb of telling ("Ukrainian officials said", "Kyiv first reported").
  // Or the news that it began, told on a day the sentence names ("The State Department said on Thursday,
  // Nov. 14, that … troops had begun combat operations" / "On Tuesday, the State Department announced that
  // … for the first time"): that news is told once, within days; weeks later it may be told again.
  const firstTold = (o: typeof a, x: Side) => !o.from && o.by !== null && FIRST_TOLD.test(x.text) &&
    (/\bfirst\b/i.test(o.text) || (/^(?:begun|began)$/i.test(o.text) && saidOn(x) === o.by));
  const begunOnly = !/\bfirst\b/i.test(a.text) && !/\bfirst\b/i.test(b.text);
  const teller = (x: Side) => tokenize(x.text.slice(0, FIRST_TOLD.exec(x.text)!.index)).findLast((t) => t.entity)?.entity ?? null;
  // Or one office named before both tellings ("The State Department said" / "the U.S. State Department announced").
  const office = (x: Side) => /\b([A-Z][a-z]+ (?:Department|Ministry|Office|Council|Command))\b/.exec(x.text.slice(0, FIRST_TOLD.exec(x.text)!.index))?.[1] ?? null;
  const sameTeller = () => (!!teller(claim) && teller(claim) === teller(source)) || (!!office(claim) && office(claim) === office(source));
  // Days that meet ("in early November" / "on November 5") are one telling. Two days of the calendar
  // ("on November 2" / "On November 5") meet only a day apart, across time zones; a weekday or a vague
  // time may be off by a few.
  const slack = a.by && b.by && calendarDay(claim, a.by) && calendarDay(source, b.by) ? 1 : 3;
  const meet = claim.f.dates.some((x) => x.kind === 'point' && source.f.dates.some((y) => y.kind === 'point' && days(x.from, y.to) <= slack && days(y.from, x.to) <= slack));
  // One event: the same doer against the same other side ("its forces … with North Korean units" on both), not two firsts
  // of one party ("first attacked a ship in the Indian Ocean" / "… in the Mediterranean").
  // With no event claimed, the teller of its first one and the party named after "with" or "against" ("reported its first firefight with North Korean units").
  const withParty = (x: Side, o: typeof a) => {
    const m = /\b(?:with|against|between\s+[^,;]{1,40}?\s+and)\s+(.{1,40})/.exec(x.text.slice(x.text.indexOf(o.text)));
    const party = m ? tokenize(m[1]!).find((t) => t.entity)?.entity : undefined;
    return o.agent?.startsWith('@') && party ? `${o.agent.slice(1)}>${party}` : null;
  };
  const against = (x: Side) => (x.f.claimed?.partner ? `${x.f.claimed.agent}>${x.f.claimed.partner}` : !x.f.claimed ? withParty(x, x === claim ? a : b) : null);
  // One side may leave out whom it was against, when both name the one place it began in ("in the Kursk region" / "Russia's Kursk region").
  const oneParty = !!claim.f.claimed && claim.f.claimed.agent === source.f.claimed?.agent && (!claim.f.claimed.partner || !source.f.claimed.partner);
  const oneEvent = (!!against(claim) && against(claim) === against(source)) || (oneParty && samePlaceNamed(claim, source));
  // The first of one event: against the same opponent ("with Hezbollah fighters" / "engaged Hamas fighters" are two firsts),
  // sharing more than the troops ("exchanged fire" / "for the first time killed a senior commander" are two), not a later
  // phase ("have begun a second phase"), and, for a beginning, the same act begun ("begun combat operations" / "begun to withdraw").
  const eb = new Set(b.event.map(foldSynonym));
  const moreThanTroops = [...ea].some((k) => k !== TROOP && eb.has(k));
  const oneFirst = moreThanTroops && !opponentsApart(claim, source) && !LATER_PHASE.test(claim.text) && !LATER_PHASE.test(source.text) &&
    begunActMeets(claim, eb) && begunActMeets(source, ea);
  const told = oneEvent && oneFirst && firstTold(a, claim) && firstTold(b, source) && Math.abs(days(a.by!, b.by!)) > slack && !meet && sameTeller() &&
    Math.abs(days(a.by!, b.by!)) <= (begunOnly ? BEGUN_TOLD_DAYS : FIRST_TOLD_DAYS);
  if (!(check(a, b) || check(b, a) || both || told)) return null;
  // A span of more than a week is told as one: "began between 21 Nov 2024 and 27 Dec 2024".
  const describe = (o: typeof a) =>
    o.from && o.to && days(o.from, o.to) < -7 ? `began between ${fmtDate(o.from)} and ${fmtDate(o.to)}` : o.from ? `began around ${fmtDate(o.from)}` : `was under way by ${fmtDate(o.by)}`;
  return {
    verdict: 'conflicts', kind: 'date', score: 1 + sim,
    reason: told && !check(a, b) && !check(b, a) && !both
      ? `date: here it was first told on ${fmtDate(a.by)}, in the other report on ${fmtDate(b.by)}; it was first told on one day only.`
      : `date: here it ${describe(a)}, in the other report it ${describe(b)}; both cannot be right.`,
    claimSpan: a.text, quoteSpan: b.text, day: (a.from ?? a.by)!,
  };
}

// ---------- numbers as intervals ----------

function sameUnit(x: Figure, y: Figure): boolean {
  if (!x.unit || !y.unit) return false;
  if (foldSynonym(x.unit) !== foldSynonym(y.unit) && x.unit !== y.unit) return false;
  return normScope(x.scope) === normScope(y.scope);
}

function overlaps(x: Figure, y: Figure): boolean {
  return intervalsMeet({ ...x, high: x.high ?? Infinity }, { ...y, high: y.high ?? Infinity });
}

function asQuantity(x: Figure): Quantity {
  return { text: x.text, start: 0, end: x.text.length, low: x.low, high: x.high ?? Infinity, value: x.value, unit: x.unit, scope: x.scope, event: x.event ?? null };
}

/**
 * Whether two figures are bound to different actors: each names someone next to it (an entity or a
 * capitalised name in its own clause) and the two share none ("Apple sold 5 million" vs "Microsoft
 * sold 3 million"). Then they count different things, whatever their unit.
 */
function otherActor(x: Figure, y: Figure, names: ReadonlySet<string>): boolean {
  const actors = (f: Figure) => (f.bound ?? []).filter((k) => k.startsWith('@') || names.has(k));
  const ax = actors(x);
  const ay = new Set(actors(y));
  return ax.length > 0 && ay.size > 0 && !ax.some((k) => ay.has(k));
}

/**
 * How two figures relate. The quantity module owns units and scopes, so its answer stands when it
 * has one; when it cannot compare them ("incomparable"), units that the paraphrase lexicon folds
 * together ("troops"/"soldiers") are still compared as intervals here.
 */
/** How far above the same-fact threshold a pair must be for clashing figures to be a number conflict. */
const NUMBER_MARGIN = 0.1;

function relateAll(claim: Side, source: Side) {
  const names = new Set([...claim.f.names, ...source.f.names]);
  const xs = claim.f.figures;
  const ys = source.f.figures;
  // An addition or a part ("another 3,000", "the first wave") is not the count the other side gives.
  const rel = xs.map((x) => ys.map((y) => {
    // A measure in two units is one measure only when what it measures is named alike right after it ("about
    // 30 square miles of territory" / "about 30 square kilometres of territory"; not "10 km deep" / "10 miles from the city").
    if (x.unit !== y.unit && (restated(x) || restated(y)) && !besideAlike(claim.text, x, source.text, y, 'after')) return null;
    // A count of numbered texts is one count when the same act governs both ("violated five resolutions" /
    // "violates Resolutions 1718, 1874 and 2270"), at one time; not "struck down Articles 5, 6 and 7" / "upheld four articles".
    if ((isNumberedList(x.text) || isNumberedList(y.text)) && (!besideAlike(claim.text, x, source.text, y, 'before') || datedApart(claim, source))) return null;
    const r = relateAcross(x, y, names);
    // "Nearly 200 dead" and "more than 200 dead" clash only at 200: a toll that rose past it, or two
    // tallies, unless one source gives both ("Washington said nearly 10,000" / "Patel: over 10,000").
    if (r === 'conflict' && x.unit === y.unit && clashOnlyAtBound({ ...x, high: x.high ?? Infinity }, { ...y, high: y.high ?? Infinity }) &&
      (!oneSource(claim, source) || !sameParties(claim, source) || NEGATIVE_CUE.test(claim.text + ' ' + source.text) || /\b(?:disput\w*|claims?)\b/i.test(claim.text + ' ' + source.text) || datedApart(claim, source))) return null;
    return r === 'conflict' && (increment(claim.text, x) || increment(source.text, y)) ? null : r;
  }));
  const xOk = xs.map((_, i) => rel[i]!.includes('compatible'));
  const yOk = ys.map((_, j) => rel.some((row) => row[j] === 'compatible'));
  return { xs, ys, rel, xOk, yOk };
}

/** Whether both sides name the same parties. */
function sameParties(claim: Side, source: Side): boolean {
  const [a, b] = [new Set(claim.f.entities), new Set(source.f.entities)];
  return a.size === b.size && [...a].every((e) => b.has(e));
}

/** Whether both sides attribute what they say to one source and the same one. */
function oneSource(claim: Side, source: Side): boolean {
  const a = new Set([...attributedTo(claim.text), ...namedReporters(claim.text)]);
  const b = new Set([...attributedTo(source.text), ...namedReporters(source.text)]);
  return a.size === 1 && b.size >= 1 && [...a].some((e) => b.has(e));
}

/**
 * The content words beside a figure in its clause: the one right before it, the act that governs it
 * ("violated five resolutions"), or up to four right after it, what it measures ("30 square miles of territory").
 */
function wordsBeside(text: string, f: Figure, where: 'before' | 'after'): Set<string> {
  const at = text.indexOf(f.text);
  if (at < 0) return new Set();
  const words = where === 'before'
    ? tokenize(/[^,.;:]*$/.exec(text.slice(0, at))![0]).filter((t) => !t.stop && !t.entity).slice(-1)
    : tokenize(/^[^,.;:]*/.exec(text.slice(at + f.text.length))![0]).filter((t) => !t.stop).slice(0, 4);
  return new Set(words.map((t) => foldSynonym(t.key)));
}

/** Whether two figures share a content word on the same side of them. */
function besideAlike(a: string, x: Figure, b: string, y: Figure, where: 'before' | 'after'): boolean {
  const wb = wordsBeside(b, y, where);
  return [...wordsBeside(a, x, where)].some((k) => wb.has(k));
}

/**
 * Whether the two give figures for one count that cannot both be right ("about 8,000 troops" /
 * "over 10,000 troops"), with no compatible pair beside them. Such statements are never one fact
 * stated twice, whatever else they share: at most a number conflict, when they are clearly one event.
 */
function figuresClash(claim: Side, source: Side): boolean {
  if (asOfAnotherTime(claim, source)) return false;
  const { rel, xOk, yOk } = relateAll(claim, source);
  return rel.some((row, i) => row.some((r, j) => r === 'conflict' && !xOk[i] && !yOk[j]));
}

/** relateFigures, with a party's people and its troops compared as one count (countsAlike). */
function relateAcross(x: Figure, y: Figure, names: ReadonlySet<string>): 'compatible' | 'conflict' | null {
  // Two lists of numbered texts are compared by their numbers (otherIdentifiers), not by how many they are.
  if (isNumberedList(x.text) && isNumberedList(y.text)) return null;
  if (includedByName(x, y) || includedByName(y, x)) return overlaps(x, y) ? 'compatible' : 'conflict';
  if (sameUnit(x, y) || !countsAlike(x, y)) return relateFigures(x, y, names);
  if (otherActor(x, y, names) || (x.event ?? null) !== (y.event ?? null)) return null;
  return overlaps(x, y) ? 'compatible' : 'conflict';
}

/** Numbers written as words and scale words: part of the figure, not of what it counts. */
const NUMBER_WORD = /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|scores?|tens|few|several)$/i;
const modifiersOf = new WeakMap<Figure, Set<string>>();

/** Words between a figure's number and its counted noun ("1.2 million electric cars" → electric): parties left out. */
function modifiers(x: Figure): Set<string> {
  let out = modifiersOf.get(x);
  if (out) return out;
  const tokens = tokenize(x.text);
  let last = -1;
  for (const [i, t] of tokens.entries()) if (/^\d/.test(t.key) || NUMBER_WORD.test(t.lower)) last = i;
  // A capitalised word names whose they are ("Cuban doctors"), not a narrower kind.
  // "sq km" and "square kilometres" are one unit, not a narrower kind of it.
  out = new Set(tokens.slice(last + 1, -1).filter((t) => !t.stop && !t.entity && !/^[A-Z]/.test(t.raw) && !/^(sq|square)$/.test(t.lower)).map((t) => t.key));
  modifiersOf.set(x, out);
  return out;
}

function relateFigures(x: Figure, y: Figure, names: ReadonlySet<string>): 'compatible' | 'conflict' | null {
  if (otherActor(x, y, names)) return null;
  // "about 2 million cars" and "some 1.2 million electric cars" count a whole and a part.
  const [mx, my] = [modifiers(x), modifiers(y)];
  if ([...mx].some((k) => !my.has(k)) || [...my].some((k) => !mx.has(k))) return null;
  // "150 Russian prisoners" and "150 Ukrainian prisoners" count two parties' people.
  const [ox, oy] = [ownParties(x), ownParties(y)];
  if (ox.size && oy.size && ![...ox].some((e) => oy.has(e))) return null;
  let rel: QuantityRelation = 'incomparable';
  try {
    rel = compareQuantities(asQuantity(x), asQuantity(y));
  } catch {
    rel = 'incomparable';
  }
  if (rel !== 'incomparable') return rel;
  if (!sameUnit(x, y) || (x.event ?? null) !== (y.event ?? null)) return null;
  return overlaps(x, y) ? 'compatible' : 'conflict';
}

/**
 * Words that date a figure to another time than the report's own ("12 original members", "initially
 * 3,000 troops", "at the time of its founding"). A figure so dated on one side only counts something
 * else than the other side's present figure: "There were 12 original members of NATO" and "NATO has
 * 16 members" do not disagree.
 */
const ANOTHER_TIME = /\b(original(ly)?|initial(ly)?|at first|at the time|at (its|the) (founding|creation|outset|start|launch|peak)|when it was (founded|created|formed|set up|launched)|formerly|previously(?! (?:reported|said|announced|stated|told|confirmed|estimated))|used to|at one point)\b/i;

/**
 * Whether the two count over periods or days that do not meet ("in August" / "in July", "last year" /
 * "in 2022", "on January 19" / "on January 25"): two counts, not one count given twice. A cumulative
 * "by October 28" counts up to a day, and the day a figure was said dates the saying, not the count.
 */
function otherPeriods(claim: Side, source: Side): boolean {
  const periods = (x: Side) => x.f.dates.filter((d) => d.kind === 'point' && !/^by\b/i.test(d.text) && !datesTheSaying(x.text, d));
  const a = periods(claim);
  const b = periods(source);
  return a.length > 0 && b.length > 0 && a.every((x) => b.every((y) => x.to < y.from || y.to < x.from));
}

function asOfAnotherTime(claim: Side, source: Side): boolean {
  // "initially estimated in early November that …", against a report of early November: that same time.
  return ANOTHER_TIME.test(claim.text) !== ANOTHER_TIME.test(source.text) && !statedAtSameTime(claim, source);
}

/**
 * Figures are matched as sets, not every-against-every: a figure conflicts only when it has no
 * compatible counterpart on the other side (and neither has the figure it clashes with), so
 * "from 5% to 10%" against "from 5% to 10%", or a salary and the old salary stated on both sides,
 * never conflict with themselves crosswise.
 */
function figures(claim: Side, source: Side, sim: number, same: number, threshold: number): Judgement | null {
  // A figure a statement denies ("the figure of ten thousand had been pulled out of thin air") is
  // neither backed nor contradicted by another figure: the denial is what it says.
  if (deniesOnly(claim) || deniesOnly(source)) return null;
  if (same < threshold) return anchoredFigure(claim, source, sim) ?? anchoredClash(claim, source, sim);
  const { xs, ys, rel, xOk, yOk } = relateAll(claim, source);
  let compatible: [Figure, Figure] | null = null;
  for (const [i, x] of xs.entries()) {
    for (const [j, y] of ys.entries()) {
      const r = rel[i]![j];
      // The margin keeps loosely similar sentences apart; one named person's two figures need none.
      // Both bound to one happening, or one to none: "are fighting in Ukraine" is not "had been recruited this year".
      const alike = boundAlike(x, y, new Set([...claim.f.names, ...source.f.names]));
      const margin = alike && (sim >= threshold + NUMBER_MARGIN || samePersonSays(claim, source));
      if (r === 'conflict' && !xOk[i] && !yOk[j] && margin && !asOfAnotherTime(claim, source) && !otherPeriods(claim, source) && !placesApart(claim, source) && !oneSideFuture(claim, source) && !leavesPartOut(claim, x, source, y)) {
        return figuresDisagree(claim, source, x, y, sim);
      }
      // A count told weeks later as clearly larger, with words that say it grew, changed.
      if (r === 'compatible' && x.value >= ANCHOR_MIN_VALUE && !asOfAnotherTime(claim, source) && grownSince(claim, x, source, y)) return figuresDisagree(claim, source, x, y, sim);
      if (r === 'compatible') compatible ??= [x, y];
    }
  }
  // One fact by its words, but figures that clash below the margin: the anchored test still reads them.
  // The same count sent both ways round ("Poland sent 200 firefighters to Germany" / "Germany sent 200
  // firefighters to Poland") is two sendings.
  if (compatible && swappedFrames(claim, source)) return null;
  // One source's own count given as two figures: the attribution, not the overlap, makes it one count.
  if (compatible && !asOfAnotherTime(claim, source)) {
    const party = oneSourceTwoCounts(claim, source, compatible[0], compatible[1]);
    if (party) return oneSourceDisagrees(claim, source, compatible[0], compatible[1], party, sim);
  }
  if (compatible && stillHeldLater(claim, source)) return null;
  // The same count in two places apart ("about 5,000 troops in northern Iraq" / "… in Idlib") is two counts:
  // places bound to the figures themselves, not where it was said ("Speaking in Washington, …").
  if (compatible && countedInPlacesApart(claim, source, compatible[0], compatible[1])) return null;
  return compatible ? figuresAgree(claim, source, compatible[0], compatible[1], same + 0.2) : anchoredClash(claim, source, sim);
}

/** Words right after a figure that leave part of the count out: "2,000 homes were destroyed, excluding those in Derna". */
const LEAVES_OUT = /^[^.;]{0,40}?\b(?:excluding|not counting|not including|leaving out|without counting|apart from)\b/i;

/** The smaller figure leaves part of the count out, so the larger may be the whole: no clash. */
function leavesPartOut(claim: Side, x: Figure, source: Side, y: Figure): boolean {
  const out = (side: Side, f: Figure) => { const at = side.text.indexOf(f.text); return at >= 0 && LEAVES_OUT.test(side.text.slice(at + f.text.length)); };
  return (out(claim, x) && (x.high ?? Infinity) < y.low) || (out(source, y) && (y.high ?? Infinity) < x.low);
}

/** Both figures are bound to a place named after "in", "at" or "to", and no place is the same. */
function countedInPlacesApart(claim: Side, source: Side, x: Figure, y: Figure): boolean {
  const places = (side: Side, f: Figure) => {
    const bound = new Set(f.bound ?? []);
    // Compared by key: "Russia's" and "Russia" are one place.
    const key = (p: string) => tokenize(p.charAt(0).toUpperCase() + p.slice(1))[0]?.key ?? p;
    return new Set([...namedAfter(side.text, AT_A_PLACE), ...namedAfter(side.text, TO_A_PLACE)].map(key).filter((k) => bound.has(k)));
  };
  const [a, b] = [places(claim, x), places(source, y)];
  return a.size > 0 && b.size > 0 && ![...a].some((p) => b.has(p));
}

/** Words bound to a figure that say nothing of what happened to what is counted: giving it, or naming the count. */
const NOT_AN_EVENT = new Set(['put', 'say', 'said', 'spoke', 'speak', 'estimat', 'claim', 'report', 'number', 'figur', 'total', 'count', 'tally', 'now', 'some', 'about', 'around'].map((w) => foldSynonym(stem(w))));

/**
 * Whether two figures are bound to the same happening, or one to none: "will take part in the exercise
 * in Estonia" is not "are joining NATO's biggest drills", and "are fighting in Ukraine" is not "had been
 * recruited this year"; "the figure closer to 15,000" is bound to nothing and may be any of them.
 */
function boundAlike(x: Figure, y: Figure, names: ReadonlySet<string>): boolean {
  const events = (f: Figure) => new Set((f.bound ?? []).filter((k) => !k.startsWith('@') && !names.has(k)).map(foldSynonym)
    .filter((k) => !NOT_AN_EVENT.has(k) && k !== foldSynonym(stem(f.unit ?? ''))));
  const [ex, ey] = [events(x), events(y)];
  return !ex.size || !ey.size || [...ex].some((k) => ey.has(k));
}

/** Verbs a person gives a figure or a claim with. */
const GIVES = /^(said|says|told|claimed|claims|stated|states|added|estimated|estimates|put|puts|announced|reported|confirmed|confirms)$/i;

/** The same named person gives both statements ("Belousov, claimed …" / "Andrei Belousov said …"). */
function samePersonSays(claim: Side, source: Side): boolean {
  // A capitalised first word may be the name ("Katz said …"); it must then be named on the other side too.
  const a = speakersBefore(claim, GIVES, true);
  return [...speakersBefore(source, GIVES, true).keys()].some((k) => a.has(k) && !/^(officials?|he|she|they|it)$/.test(k));
}

/** A statement whose only stance is a denial. */
function deniesOnly(side: Side): boolean {
  return side.f.stances.some((x) => x.kind === 'deny') && !side.f.stances.some((x) => x.kind === 'confirm');
}

/**
 * The conflict of two figures for one count. Reports weeks apart that give different figures (troops
 * sent, people killed, money pledged) most often tell of a count that grew or was revised: the newer
 * one supersedes. Otherwise the figures cannot both be right.
 */
/** Words that say a figure has stayed the same: "has been twelve thousand all along", "from the start"; not "all along the border". */
const ALL_ALONG = /\b(?:all along(?!\s+(?:the|its|their|a|an|this|that|our|his|her)\b)|from the (?:start|outset|beginning)(?!\s+of\b)|has always been|have always been)\b/i;
/** One outlet's report cited on both sides is one report when the two are this close in time. */
const SAME_REPORT_DAYS = 60;

/** The newer side says its figure has held all along: no change since the older one. */
function heldAllAlong(claim: Side, source: Side): boolean {
  const newer = newerSide(claim, source);
  return !!newer && ALL_ALONG.test((newer === 'claim' ? claim : source).text);
}

function figuresDisagree(claim: Side, source: Side, x: Figure, y: Figure, sim: number): Judgement {
  // Both cite one outlet's report ("CNN has reported …" / "CNN previously reported …"): one report, one figure.
  // …and a figure held "all along" has not changed since.
  const sameReport = sameReporter(claim, source) && !!claim.published && !!source.published && Math.abs(days(claim.published, source.published)) <= SAME_REPORT_DAYS;
  const newer = statedAtSameTime(claim, source) || sameReport || heldAllAlong(claim, source) ? null : newerSide(claim, source);
  if (newer) {
    const [now, then] = newer === 'claim' ? [[x, claim], [y, source]] as const : [[y, source], [x, claim]] as const;
    return {
      verdict: 'conflicts', kind: 'superseded', score: 1 + sim, newer,
      reason: `superseded: the newer report (${fmtDate(now[1].published)}) gives '${now[0].text}', the older one (${fmtDate(then[1].published)}) '${then[0].text}'; the figure changed between them.`,
      claimSpan: x.text, quoteSpan: y.text,
    };
  }
  // A figure in another unit is restated in the other's: "'about 30 square miles' (about 78 square kilometres)".
  const inOther = (f: Figure, g: Figure) => (f.unit !== g.unit && restated(f) ? ` (${restated(f)})` : '');
  return {
    verdict: 'conflicts', kind: 'number', score: 1 + sim,
    reason: `number: '${x.text}'${inOther(x, y)}${who(claim)} vs '${y.text}'${inOther(y, x)}${who(source)}: these figures cannot both be right.`,
    claimSpan: x.text, quoteSpan: y.text,
  };
}

/** Words that say a figure was revised: "revising upward the 'over 10,000' figure", "up from 8,000". */
const REVISED = /\b(revis\w* (upward|up|downward|down)|revised|up from|down from|rais\w* (its|the|their) (estimate|figure|count)|(higher|lower) than the)\b/i;

/**
 * A newer report that revises an older figure and names it ("now assess that Pyongyang has sent
 * roughly 14,000 troops, revising upward the 'over 10,000' figure first cited in November"): the
 * older report's figure of that value, for the same kind of count, is superseded by the new one.
 */
function revisedFigure(claim: Side, source: Side): Judgement | null {
  const newer = newerSide(claim, source);
  if (!newer) return null;
  const [now, then] = newer === 'claim' ? [claim, source] : [source, claim];
  if (!REVISED.test(now.text)) return null;
  // Counts sent or found in two places are two counts ("to Tigray" / "to Somalia"); the two must share a party.
  if (destinationsApart(claim, source) || !claim.f.entities.some((e) => source.f.entities.includes(e))) return null;
  for (const old of then.f.figures) {
    if (!old.unit) continue;
    // The old figure named in the newer sentence, and the new one for the same kind of count.
    if (!now.f.figures.some((f) => f.value === old.value && (f.high === null) === (old.high === null))) continue;
    const fresh = now.f.figures.find((f) => f.unit && f.value !== old.value && foldSynonym(f.unit) === foldSynonym(old.unit!));
    if (!fresh) continue;
    return {
      verdict: 'conflicts', kind: 'superseded', score: 1.5, newer,
      reason: `superseded: the newer report (${fmtDate(now.published)}) revises '${old.text}' to '${fresh.text}'; the figure changed between them.`,
      ...(newer === 'claim' ? { claimSpan: fresh.text, quoteSpan: old.text } : { claimSpan: old.text, quoteSpan: fresh.text }),
    };
  }
  return null;
}

/** A preposition of place and the capitalised name after it ("in the Kursk region", "near Aleppo"). */
const AT_A_PLACE = /\b(?:[Ii]n|[Aa]t|[Nn]ear|[Aa]round|[Ii]nside|[Oo]utside)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)\s+)?([A-Z][\w'’-]*)/g;
/** A preposition of destination and the name after it ("sent to Russia", "into Tigray"). */
const TO_A_PLACE = /\b(?:to|into)\s+(?:the\s+)?([A-Z][\w'’-]*)/g;

/** The capitalised names a text gives after a preposition (a global regex with the name as group 1), lowercased, dates left out. */
function namedAfter(text: string, preposition: RegExp): Set<string> {
  return new Set([...text.matchAll(preposition)].map((m) => m[1]!.toLowerCase()).filter((w) => !DATE_WORD.test(w)));
}

/** Both name where the count went or is, and not the same place ("sent … to Tigray" / "sent … to Somalia"). */
function destinationsApart(claim: Side, source: Side): boolean {
  const a = namedAfter(claim.text, TO_A_PLACE);
  const b = namedAfter(source.text, TO_A_PLACE);
  // A place the other side names anywhere ("sent to Russia" / "deployed in eastern Russia") is a shared one.
  return a.size > 0 && b.size > 0 && ![...a].some((p) => namesPlace(source, p)) && ![...b].some((p) => namesPlace(claim, p));
}

/** Whether a side names a place anywhere, in any case ("russia" in "… eastern Russia"). */
function namesPlace(x: Side, place: string): boolean {
  return new RegExp(`\\b${place}`, 'i').test(x.text);
}

const MAJORITY = /\b(most|the majority|more than half|the bulk)\s+of\s+(them|those|these)\b/i;
const NOT_A_PLACE_WORD = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|oblast|region|province|district)$/i;

/** The places a clause names after `from`, to its end: capitalised words that are not parties or dates ("moved to far western Kursk Oblast" → kursk). */
function placesAfter(text: string, from: number): string[] {
  const clause = /^[^;]*?(?=,\s+(while|but|whereas|and)\b|;|\.\s|$)/.exec(text.slice(from))![0];
  return tokenize(clause).filter((t) => !t.entity && !t.stop && /^[A-Z][a-z]/.test(t.raw) && !NOT_A_PLACE_WORD.test(t.lower)).map((t) => t.key);
}

/**
 * "over 10,000 soldiers have been sent to Russia, and most of them have moved to Kursk" counts more
 * than half of them in Kursk: a figure for the same party's troops at that place that is under half
 * of the whole ("only about 3,000 of them had reached the front lines in Kursk") cannot be right too.
 */
function majorityClash(claim: Side, source: Side, sim: number): Judgement | null {
  // The party, the troops and the place are asked below: little else need be shared.
  if (sim < FRAME_GATE) return null;
  for (const [most, other, mostSide] of [[claim, source, 'claim'], [source, claim, 'source']] as const) {
    const m = MAJORITY.exec(most.text);
    if (!m) continue;
    const whole = most.f.figures.filter((f) => f.unit && f.value >= ANCHOR_MIN_VALUE && most.text.indexOf(f.text) >= 0 && most.text.indexOf(f.text) < m.index).pop();
    if (!whole) continue;
    const places = new Set(placesAfter(most.text, m.index + m[0].length));
    const parties = figureParties(whole, most, true);
    if (!places.size || !parties.size) continue;
    // A small share of them at the same place ("only about one-third of them have so far been moved up
    // to the front line in Kursk"), told of no other party's troops and with no count of its own.
    const few = MINORITY.exec(other.text);
    const troopsOf = few ? tokenize(other.text).filter((t, i, all) => t.entity && TROOP_NOUN_WORD.test(all[i + 1]?.lower ?? '')).map((t) => t.entity!) : [];
    // Within three weeks: later, the share may well have grown.
    const near = !!claim.published && !!source.published && Math.abs(days(claim.published.slice(0, 10), source.published.slice(0, 10))) <= 21;
    // "… of the reinforcements sent last week": a share of another group.
    const fewThere = !!few && near && !MAJORITY.test(other.text) && !/\b(reinforcements?|new|fresh|additional|latest|second|another)\b/i.test(other.text) && !other.f.figures.some((y) => y.unit && y.value >= ANCHOR_MIN_VALUE) &&
      placesAfter(other.text, few.index + few[0].length).some((p) => places.has(p)) && !troopsOf.some((e) => !parties.has(e));
    if (few && fewThere) {
      const mine = `'${m[0]}' (of ${whole.text})`;
      return {
        verdict: 'conflicts', kind: 'number', score: 1 + sim,
        reason: `number: ${mostSide === 'claim' ? 'here' : 'the other report says'} ${mine}; ${mostSide === 'claim' ? 'the other report says' : 'here'} '${few[0]}': more than half and a small share cannot both be right.`,
        ...(mostSide === 'claim' ? { claimSpan: m[0], quoteSpan: few[0] } : { claimSpan: few[0], quoteSpan: m[0] }),
      };
    }
    // A count still to come, or another count beside it ("… of the roughly 4,000 deployed in the
    // province"), is no count of all who are at that place now.
    // "only about 3,000 of those troops": a count of the troops told of before, its noun after "of".
    const ofThose = (y: Figure) => {
      const at = other.text.indexOf(y.text);
      return at >= 0 && OF_THOSE_TROOPS.test(other.text.slice(at + y.text.length, at + y.text.length + 80));
    };
    const alike = other.f.figures.filter((y) => (y.unit ? foldSynonym(y.unit) === foldSynonym(whole.unit!) : ofThose(y) && foldSynonym(stem(whole.unit!)) === TROOP));
    if (other.f.figures.length !== 1 || FUTURE_FIGURE.test(other.text)) continue;
    for (const y of alike) {
      // A handful ("two North Korean soldiers captured") counts who met some fate, not who is there.
      if (y.event || y.scope || y.value < ANCHOR_MIN_VALUE || increment(other.text, y)) continue;
      const at = other.text.indexOf(y.text);
      if (at < 0 || !placesAfter(other.text, at + y.text.length).some((p) => places.has(p))) continue;
      // The same party's troops; "of those troops", with no party, are the ones the page told of.
      const yParties = figureParties(y, other, true);
      if (yParties.size ? ![...yParties].some((p) => parties.has(p)) : !ofThose(y)) continue;
      if (statedInterval({ ...y, high: y.high ?? Infinity })[1] >= whole.low / 2) continue;
      const share: Figure = { ...whole, text: `${m[0]} (of ${whole.text})`, low: whole.low / 2, value: whole.value / 2 };
      const [x1, y1] = mostSide === 'claim' ? [share, y] : [y, share];
      // Within three weeks, the troops at one place are one count, not a count that changed.
      if (near) return { verdict: 'conflicts', kind: 'number', score: 1 + sim, reason: `number: '${x1.text}'${who(claim)} vs '${y1.text}'${who(source)}: these figures cannot both be right.`, claimSpan: x1.text, quoteSpan: y1.text };
      return figuresDisagree(claim, source, x1, y1, sim);
    }
  }
  return null;
}

/** A count said to leave a group out: "that figure did not yet include the North Korean contingent", "not counting the Kurdish units". */
const LEFT_OUT = /\b(?:(?:did|does|do|had|has|have)\s*(?:not|n['’]t)\s+(?:yet\s+|then\s+|even\s+)?(?:include|count|cover)|(?:excluding|not\s+including|not\s+counting|leaving\s+out|without\s+counting))\s+(?:the\s+|any\s+)?([^.;,]{3,60})/i;

/**
 * One outlet's count of a force said on one side to include a group ("CNN previously reported that
 * approximately 50,000 troops, including the North Korean contingent, have been mobilized") and on the
 * other side to leave it out ("When CNN reported that some 50,000 Russian troops had been massed …, that
 * figure did not yet include the North Korean contingent"): figures that meet, of one kind, told by the
 * same outlet or person, with the group's party named on both sides.
 */
function inclusionDenied(claim: Side, source: Side, sim: number): Judgement | null {
  // Cheap tests first: words that leave a group out on one side, a count "including" one on the other.
  const outHere = LEFT_OUT.test(claim.text);
  if (!outHere && !LEFT_OUT.test(source.text)) return null;
  const incl = (x: Side) => x.f.figures.some((f) => f.scope && /^including\b/.test(f.scope));
  if (!(outHere ? incl(source) : incl(claim)) && !(LEFT_OUT.test(source.text) && incl(claim))) return null;
  if (!sameReporter(claim, source) && !samePersonSays(claim, source)) return null;
  for (const [incl, excl, here] of [[claim, source, true], [source, claim, false]] as const) {
    const out = LEFT_OUT.exec(excl.text);
    if (!out) continue;
    const x = incl.f.figures.find((f) => f.scope && /^including\b/.test(f.scope));
    if (!x) continue;
    // The same group: a party named in the count's scope and among the words left out.
    const party = (t: string) => new Set(tokenize(t).filter((w) => w.entity).map((w) => w.entity!));
    const [pi, po] = [party(x.scope!), party(out[1]!)];
    if (![...pi].some((e) => po.has(e))) continue;
    // The same count: a figure of one kind that meets it, before the words that leave the group out.
    const y = excl.f.figures.find((f) => f.unit && x.unit && foldSynonym(f.unit) === foldSynonym(x.unit) && f.low <= (x.high ?? Infinity) && x.low <= (f.high ?? Infinity) && excl.text.indexOf(f.text) < out.index);
    if (!y) continue;
    const left = out[0].trim();
    return {
      verdict: 'conflicts', kind: 'number', score: 1 + sim,
      reason: `number: ${here ? 'here' : 'in the other report'} '${x.text}' includes ${x.scope!.replace(/^including\s+/, '')}; ${here ? 'in the other report' : 'here'} '${y.text}' '${left}'; one count cannot both include and leave it out.`,
      ...(here ? { claimSpan: x.text, quoteSpan: left } : { claimSpan: left, quoteSpan: x.text }),
    };
  }
  return null;
}

/** A share of them well under half: "only about one-third of them", "a fifth of those", "a small fraction of them". */
const MINORITY = /\b(?:only\s+)?(?:about\s+|roughly\s+|around\s+|some\s+|just\s+|barely\s+)?(?:one[- ]third|a third|one[- ]quarter|a quarter|one[- ]fifth|a fifth|a tenth|a small (?:part|share|fraction|number)|a minority|a handful|fewer than (?:a third|a quarter)|less than (?:a third|a quarter))\s+of\s+(?:them|those|these)\b/i;
const TROOP_NOUN_WORD = /^(troops|soldiers|forces|units|servicemen|fighters|contingent)$/;
/**
 * A count's noun told after it, of troops named before, that reached a place: "3,000 of those troops
 * have actually reached Kursk". Not those who met a fate there, came back from it, or were sent by another.
 */
const OF_THOSE_TROOPS = /^\s+of\s+(?:(?:those|these|the)\s+(?:troops|soldiers|forces|units|servicemen)|them)\b(?=\s+(?:have|had|has)\s+(?:actually\s+|so far\s+|now\s+|since\s+)?(?:reached|arrived|moved|been (?:moved|deployed|sent|stationed))\b)/i;

/** A person's giving of a figure: "Patel put the figure at", "Ryder estimated". */
const GIVES_FIGURE = /^(put|puts|placed|places|gave|gives|estimated|estimates|said|says|cited|cites)\b/i;

/**
 * A figure with no unit ("Mr Patel put the figure at more than 10,000") against the same figure, given
 * the same way, by the same named person ("Vedant Patel confirmed that over 10,000 soldiers …"): the
 * person's one count, stated twice. Only a large figure, the same value and the same kind of bound.
 */
function samePersonsFigure(claim: Side, source: Side, sim: number): Judgement | null {
  if (sim < FIGURE_GATE) return null;
  const shape = (f: Figure) => `${f.value}:${f.low}:${f.high}`;
  for (const [a, b] of [[claim, source], [source, claim]] as const) {
    // A unitless figure here and the same figure with a unit there, first: nearly every pair reaches this
    // test, and reading the speakers tokenizes both sentences.
    const pairs = a.f.figures.flatMap((x) => {
      if (x.unit || x.value < ANCHOR_MIN_VALUE) return [];
      const y = b.f.figures.find((f) => f.unit && shape(f) === shape(x));
      return y ? [[x, y] as const] : [];
    });
    if (!pairs.length) continue;
    // Names followed by a verb that gives a figure.
    const givers = [...speakersBefore(a, GIVES_FIGURE).keys()];
    // The same person, and something else in common (words or another name): two Patels give two counts.
    const giver = givers.find((k) => b.f.names.includes(k));
    if (!giver || !(sharesWhatIsSaid(claim, source) || a.f.names.some((k) => k !== giver && b.f.names.includes(k)))) continue;
    const [x, y] = pairs[0]!;
    return a === claim ? figuresAgree(claim, source, x, y, sim + 0.2) : figuresAgree(claim, source, y, x, sim + 0.2);
  }
  return null;
}

/** A point figure: a bare number or an estimate around one ("about 12,000"), not a bound ("over 10,000") or a range. */
const POINT_FIGURE = /^(?:(?:about|some|around|roughly|approximately|an estimated|estimated|circa|nearer|closer to)\s+)?(?:(?:\d[\d.,]*\d|\d)(?![\d.,])(?:\s+(?:thousand|million|billion))?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?\s+(?:thousand|million|billion)\b)(?!\s*(?:-|–|to|and|or)\s*\d)/i;
/** Two point figures further apart than a reporter's rounding of one number. */
const POINTS_APART = 0.05;

const ACCORDING_TO = /\baccording to ([^,;:]+)/i;
// Verbs of saying only: in "North Korea is believed to have sent about 12,000" the subject is counted, not counting.
const SOURCE_SAYS = /^([^,;:"“]{1,80}?)\s+(?:says|said|estimates|estimated|reports|reported|puts|put|claims|claimed|assesses|assessed)\b(?!\s+to\b)/i;
const SAYS_AT_END = /,\s*([^,;:"“]{1,60}?)\s+(?:says|said|estimates?|estimated|reports?|reported|claims?|claimed)\.?$/i;

/** A party's own figure named as such: "Kyiv's figure …", "Tokyo's estimate is higher". */
const OWN_FIGURE = /\b([A-Z][\w-]*)['’]s\s+(?:own\s+)?(?:figure|estimate|count|tally)\b(?!\s+(?:of|for)\b)/;

/** The parties a statement attributes itself to: "according to Kyiv", "Ukraine's intelligence agency says …", "Kyiv's figure". */
function attributedTo(text: string): Set<string> {
  const out = new Set<string>();
  // "Kyiv's figure has been higher from the start: Ukrainian officials said …": the clause after a colon says.
  const colon = text.indexOf(': ');
  const afterColon = colon > 0 && colon < 120 ? [text.slice(colon + 2)] : [];
  for (const [re, t] of [[ACCORDING_TO, text], [SOURCE_SAYS, text], ...afterColon.map((a) => [SOURCE_SAYS, a] as const), [SAYS_AT_END, text], [OWN_FIGURE, text]] as const) {
    const m = re.exec(t.trim());
    // "North Korea is estimated …": a passive names who is counted.
    if (m?.[1] && !/\b(is|are|was|were|been|being)$/i.test(m[1].trim())) for (const t of tokenize(m[1])) if (t.entity) out.add(t.entity);
  }
  return out;
}

/** A named reporter that is no party: "CNN reported that", "CNN's report", "Reuters' report", "The Times previously reported that". */
const NAMED_REPORTER = /\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})(?:['’]s?\s+(?:report|reporting|estimate|count|tally)\b|\s+(?:\w+ly\s+)?(?:reported|reports)\s+that\b)/g;

/** "According to CNN, …": the outlet a sentence cites by name. */
const ACCORDING_TO_NAMED = /\b[Aa]ccording to\s+(?:the\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})(?=[,;.]|\s+(?:on|in|last|this)\b)/g;

function namedReporters(text: string): string[] {
  // An outlet citing others ("According to Reuters, citing UN figures") gives their count, not its own.
  if (/\b(citing|quoting)\b/i.test(text)) return [];
  return [...text.matchAll(NAMED_REPORTER), ...text.matchAll(ACCORDING_TO_NAMED)].map((m) => m[1]!.replace(/^(The|A)\s+/, '')).filter((n) => !/^(He|She|It|They|This|That|The|A|An|Its|Their|His|Her)$/.test(n) && !tokenize(n).some((t) => t.entity));
}

/**
 * The one party both statements credit with a count they give as two different point figures
 * ("Ukraine's intelligence says about 12,000 soldiers …" / "According to Kyiv, some 11,000 soldiers …").
 * The intervals may overlap, but a source's own estimate at one time is one number: it cannot be both.
 * Bounds ("over 10,000") and figures from different sources ("about 10,000", said Washington) stay
 * compatible.
 */
function oneSourceTwoCounts(claim: Side, source: Side, x: Figure, y: Figure): string | null {
  if (!POINT_FIGURE.test(x.text) || !POINT_FIGURE.test(y.text)) return null;
  if (Math.abs(x.value - y.value) < POINTS_APART * Math.max(x.value, y.value)) return null;
  const a = new Set([...attributedTo(claim.text), ...namedReporters(claim.text)]);
  const b = new Set([...attributedTo(source.text), ...namedReporters(source.text)]);
  const shared = [...a].filter((e) => b.has(e));
  return shared.length === 1 && a.size === 1 && b.size === 1 ? shared[0]! : null;
}

/** oneSourceTwoCounts found one party's count given as two figures: superseded when dated apart, else a number conflict. */
function oneSourceDisagrees(claim: Side, source: Side, x: Figure, y: Figure, party: string, sim: number): Judgement {
  const j = figuresDisagree(claim, source, x, y, sim);
  if (j.kind !== 'number') return j;
  return { ...j, reason: `number: ${entityName(party)}'s own count is '${x.text}' here and '${y.text}' in the other report; one source's estimate cannot be both.` };
}

/** The corroboration of two compatible figures: the same value, or intervals that overlap. */
function figuresAgree(claim: Side, source: Side, x: Figure, y: Figure, score: number): Judgement {
  const equal = x.value === y.value;
  return {
    verdict: 'corroborates', kind: equal ? 'same-fact' : 'compatible-figure', score,
    reason: equal
      ? `Same fact: both give '${x.text}'${who(claim)} / '${y.text}'${who(source)}.`
      : `number: '${x.text}'${who(claim)} vs '${y.text}'${who(source)}: compatible.`,
    claimSpan: x.text, quoteSpan: y.text,
  };
}

/** Both name where it happened, and not the same place ("evacuated in Japan" / "evacuated in the Philippines"). */
function placesApart(claim: Side, source: Side): boolean {
  const a = namedAfter(claim.text, AT_A_PLACE);
  const b = namedAfter(source.text, AT_A_PLACE);
  return a.size > 0 && b.size > 0 && ![...a].some((p) => b.has(p));
}

/**
 * The same figure for the same unit, one side saying what it includes ("some 50,000 troops" /
 * "approximately 50,000 troops, including the North Korean contingent"): one count, told in more detail.
 */
function sameCountIncluding(x: Figure, y: Figure): boolean {
  if (x.value !== y.value || !x.unit || !y.unit || foldSynonym(x.unit) !== foldSynonym(y.unit)) return false;
  const including = (f: Figure) => !!f.scope && /^including\b/i.test(f.scope);
  return (!x.scope && including(y)) || (!y.scope && including(x));
}

/**
 * One count told with its parts named two ways: "some 60,000 Russian and North Korean troops" against
 * "approximately 50,000 troops, including the North Korean contingent". The plain figure names the
 * included party and at least one other among its own; both count the same unit at the same event.
 */
function includedByName(plain: Figure, incl: Figure): boolean {
  if (plain.scope || !incl.scope || !plain.unit || !incl.unit || foldSynonym(plain.unit) !== foldSynonym(incl.unit)) return false;
  if ((plain.event ?? null) !== (incl.event ?? null)) return false;
  const m = /^including\s+(?:the\s+)?(.+)$/i.exec(incl.scope);
  if (!m) return false;
  const included = tokenize(m[1]!).flatMap((t) => (t.entity ? [t.entity] : []));
  const own = ownParties(plain);
  return included.length === 1 && own.size >= 2 && own.has(included[0]!);
}

/** A party's people on one side and that party's troops on the other ("4,700 North Koreans" / "North Korean troops"). */
function peopleAndTroops(x: Figure, y: Figure): boolean {
  const troop = (f: Figure) => !!f.unit && foldSynonym(stem(f.unit)) === TROOP;
  const [people, troops] = x.unit?.startsWith('person:') && troop(y) ? [x, y] : y.unit?.startsWith('person:') && troop(x) ? [y, x] : [null, null];
  return !!people && !!troops && tokenize(troops.text).some((t) => t.entity === people.unit!.slice('person:'.length));
}

/**
 * Whether two figures count the same: the same unit, or a party's people ("8,000 North Koreans")
 * against that party's troops ("10,000 DPRK soldiers") when both are bound to the same event
 * ("sent", "deployed") and the troops are named as that party's: then the people counted are the troops.
 */
function countsAlike(x: Figure, y: Figure): boolean {
  if (sameUnit(x, y)) return true;
  // The troops must be that people's: "about 500 Turkish troops" are not "2,000 Syrians".
  if (!peopleAndTroops(x, y)) return false;
  // Sent or deployed only: the dead among a people are not its dead soldiers.
  const events = (f: Figure) => new Set((f.bound ?? []).map(foldSynonym).filter((k) => k === SEND));
  const ex = events(x);
  return [...events(y)].some((k) => ex.has(k));
}

/**
 * The same count of the same party, bound to the same event, given as figures that cannot both be
 * right ("about 8,000 North Korean troops had been sent to Russia" / "over 10,000 DPRK soldiers have
 * been sent to eastern Russia"), in otherwise different sentences. Reports weeks apart record a count
 * that changed (superseded); otherwise it is a number conflict. Held-out set: +3 conflicts, none false.
 */
function anchoredClash(claim: Side, source: Side, sim: number): Judgement | null {
  if (sim < FIGURE_GATE || asOfAnotherTime(claim, source) || otherPeriods(claim, source) || oneSideFuture(claim, source)) return null;
  const names = new Set([...claim.f.names, ...source.f.names]);
  // A conflict needs the party in the figure's own words: a clause's subject is a weaker tie.
  const parties = (x: Figure, side: Side) => figureParties(x, side, false);
  // "the number of North Korean troops in Russia at only a few thousand": a count of who is there,
  // bound to nothing but its own noun, is the count of those sent there.
  // Not against a count over a span ("sent 1,000 ships … over a year", "so far"): that is a total, not who is there.
  const event = (x: Figure) => {
    const keys = new Set((x.bound ?? []).filter((k) => !k.startsWith('@') && !names.has(k)).map(foldSynonym));
    // "The department put their number at roughly 8,000": a count put by someone, bound to nothing else.
    const put = (side: Side) => { const at = side.text.indexOf(x.text); return at > 0 && PUT_THE_NUMBER.test(side.text.slice(Math.max(0, at - 60), at)); };
    if (x.unit && ([...keys].every((k) => k === foldSynonym(stem(x.unit!)) || COUNT_NOUN.has(k)) || put(claim) || put(source))) return new Set(OVER_A_SPAN.test(source.text) ? [] : [SEND]);
    return keys;
  };
  for (const x of claim.f.figures) {
    if (x.value < ANCHOR_MIN_VALUE || !x.unit) continue;
    if (increment(claim.text, x)) continue;
    // The same scope spelled out on both sides ("…troops, including the North Korean contingent") names one count.
    const scoped = x.scope && !/^(per|a|an|each|whole)\b/.test(x.scope) && x.scope.split(' ').length >= 3 && !placesApart(claim, source)
      ? source.f.figures.find((y) => normScope(y.scope) === normScope(x.scope) && y.value >= ANCHOR_MIN_VALUE && sameUnit(x, y) && relateFigures(x, y, names) === 'conflict' && !increment(source.text, y))
      : undefined;
    if (scoped) return figuresDisagree(claim, source, x, scoped, sim);
    // …or a force that includes the same party's troops, counted at the same place ("about 35,000
    // troops, North Korean units included, to push Ukrainian forces out of Kursk" / "approximately
    // 50,000 troops, including the North Korean contingent, … to reclaim the Kursk region").
    // So is a force both say was gathered to retake the same place ("the grouping tasked with driving
    // the enemy out of the Kursk Region numbers around 30,000" / "approximately 50,000 troops … mobilized to reclaim the Kursk region").
    const includes = (f: Figure) => !!f.scope && /^including\b/i.test(f.scope);
    const oneForce = (y: Figure) => includesSameParty(x, y) || (RETAKE_PURPOSE.test(claim.text) && RETAKE_PURPOSE.test(source.text) && !(includes(x) && includes(y)));
    // The same place named on both sides, or the same outlet's report of the force ("CNN has reported that
    // Russia has massed some 80,000 troops, North Koreans among them" / "CNN previously reported that
    // approximately 50,000 troops, including the North Korean contingent, …") with no places apart.
    const onlyShared = (x: Side, y: Side) => [...namedAfter(x.text, AT_A_PLACE)].every((p) => namesPlace(y, p));
    const oneTelling = sharedName(claim, source) || (sameReporter(claim, source) && onlyShared(claim, source) && onlyShared(source, claim));
    const including = FUTURE_FIGURE.test(claim.text) || FUTURE_FIGURE.test(source.text) ? undefined : source.f.figures.find((y) => y.value >= ANCHOR_MIN_VALUE && !!x.unit && foldSynonym(x.unit) === foldSynonym(y.unit ?? '') && oneForce(y) && oneTelling && !overlaps(x, y) && !increment(source.text, y));
    if (including) return figuresDisagree(claim, source, x, including, sim);
    const px = parties(x, claim);
    const ex = event(x);
    if (!px.size || !ex.size) continue;
    for (const y of source.f.figures) {
      if (y.value < ANCHOR_MIN_VALUE || !countsAlike(x, y) || increment(source.text, y)) continue;
      const rel = relateAcross(x, y, names);
      if (rel !== 'conflict' && !(rel === 'compatible' && grownSince(claim, x, source, y))) continue;
      if (![...parties(y, source)].some((p) => px.has(p)) || ![...event(y)].some((k) => ex.has(k))) continue;
      // Counted for the same other party or place too ("sent to Russia" / "sent to eastern Russia"):
      // "2,500 stationed across the province" and "9,000 sent to the front lines" may both be right.
      if (!claim.f.entities.some((e) => !px.has(e) && source.f.entities.includes(e)) && !sharedName(claim, source)) continue;
      return figuresDisagree(claim, source, x, y, sim);
    }
  }
  return null;
}

/** "put their number at", "puts the total at about": a count given by someone, right before the figure. */
const PUT_THE_NUMBER = /\bput(?:s|ting)?\s+(?:the|their|its|his|her)\s+(?:own\s+)?(?:number|total|count|figure|tally|strength)\s+(?:\w+\s+){0,2}?at\s+$/i;

/** A count over a span of time: a total, not a count of who is there now. */
const OVER_A_SPAN = /\b(?:over|in|during|within|throughout)\s+(?:a|an|the\s+(?:past|last)|one|two|three|\d+)\s+(?:years?|months?|weeks?)\b|\b(?:so far|to date|in total|all told|cumulative(?:ly)?)\b/i;

/** Nouns that name a count itself, not what happened to what is counted: "the number of", "estimates". */
const COUNT_NOUN = new Set(['number', 'figure', 'total', 'count', 'tally', 'estimate'].map((w) => foldSynonym(stem(w))));

/** A force's purpose, to retake a place: "to reclaim the Kursk region", "tasked with driving the enemy out of". */
const RETAKE_PURPOSE = /\b(to|tasked with|aimed at|in order to|bid to)\s+(try to\s+)?(retake|reclaim|recapture|liberate|push|drive|driving|expel|oust|dislodge)\w*|\bto\s+(?:try\s+to\s+)?(?:take|win)\s+(?:the\s+)?(?:ground|territory|land|region|area|town|city|village|province)\s+back\b|\b(driving|pushing|ousting|expelling)\b[^.;]{0,30}\bout of\b/i;

/** A count of what is yet to come: "will join", "are expected to reach". */
const FUTURE_FIGURE = /\b(will|would|shall|expected to|set to|due to|plans? to|planned to|to be sent)\b/i;

/** One side counts what is yet to come, the other what is: two counts ("2,500 will join" / "10,000 make up"). */
function oneSideFuture(claim: Side, source: Side): boolean {
  return FUTURE_FIGURE.test(claim.text) !== FUTURE_FIGURE.test(source.text);
}

/** Both figures' scopes include the same party ("including the North Korean contingent" / "including North Korean units"). */
function includesSameParty(x: Figure, y: Figure): boolean {
  const included = (f: Figure) => (f.scope && /^including\b/i.test(f.scope) ? tokenize(f.scope).flatMap((t) => (t.entity ? [t.entity] : [])) : []);
  const iy = included(y);
  return included(x).some((e) => iy.includes(e));
}

/** The one outlet both sides cite for what they tell: "CNN has reported that …" / "CNN previously reported that …". */
function sameReporter(claim: Side, source: Side): boolean {
  // An outlet, not a party: "according to Kyiv" cites a government, whose count may change.
  const reporter = (x: Side) => {
    // "When CNN reported …": a conjunction opening the sentence is not the outlet's name.
    const name = (REPORTED_BY.exec(x.text)?.[1] ?? ACCORDING_TO_OUTLET.exec(x.text)?.[1])?.replace(/^(?:When|As|After|Before|Since|While|Although|Though|If|But|And|Then)\s+/, '') ?? null;
    return name && !tokenize(name).some((t) => t.entity) ? name : null;
  };
  const a = reporter(claim);
  return !!a && a === reporter(source);
}
const ACCORDING_TO_OUTLET = /\b[Aa]ccording to (?:the\s+)?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?)/;
const REPORTED_BY = /\b([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?)\s+(?:(?:has|had|have|previously|earlier|also|first|last\s+week)\s+)*reported\b/;

/** A place both sentences name after a preposition ("out of Kursk" / "the Kursk region"), not a party's name. */
function sharedName(claim: Side, source: Side): boolean {
  const places = (x: Side) => {
    const tokens = tokenize(x.text);
    const raw = tokens.map((w) => w.raw);
    return tokens
      .filter((t, i) => i > 1 && !t.entity && !t.stop && /^[A-Z][a-z]/.test(t.raw) && /^(in|into|near|around|at|of|to|from|the|across)$/.test(tokens[i - 1]!.lower) && !personEntity(raw, i + 1))
      .map((t) => t.key);
  };
  const b = new Set(places(source));
  return places(claim).some((k) => b.has(k));
}

/** Words that tell a count has grown: "now estimates", "including reinforcements", "has since risen". */
const GROWTH = /\b(now|so far|to date|reinforcements?|additional|fresh|another|has since|have since|risen|grown|increased|climbed)\b/i;

/**
 * A count told weeks later as a clearly larger figure, with words that say it grew ("now estimates that
 * about 15,000 soldiers have been sent, including reinforcements" / "over 10,000 soldiers have been
 * sent"): the intervals may overlap, but the newer report records a count that changed.
 */
function grownSince(claim: Side, x: Figure, source: Side, y: Figure): boolean {
  const newer = statedAtSameTime(claim, source) ? null : newerSide(claim, source);
  if (!newer) return false;
  const [now, then, nowSide] = newer === 'claim' ? [x, y, claim] : [y, x, source];
  // An addition ("another 15,000", "15,000 more", "reinforcements of 15,000") is not the new total.
  const at = nowSide.text.indexOf(now.text);
  if (at < 0) return false;
  if (increment(nowSide.text, now) || /\breinforcements? of\s*$/i.test(nowSide.text.slice(Math.max(0, at - 30), at)) || /\b(more|additional|extra)\b/i.test(now.text) || /^\s*(more|additional|extra)\b/i.test(nowSide.text.slice(at + now.text.length))) return false;
  // The same kind of count: bound to the same events, if both say (not losses against a deployment).
  const events = (f: Figure) => new Set((f.bound ?? []).map(foldSynonym).filter((k) => EVENT_CLASSES.has(k)));
  const [ex, ey] = [events(x), events(y)];
  if (ex.size && ey.size && ![...ex].some((k) => ey.has(k))) return false;
  return now.value >= then.value * 1.25 && GROWTH.test(nowSide.text) && !destinationsApart(claim, source);
}

const ownPartiesOf = new WeakMap<Figure, Set<string>>();

/** The parties a figure's own words name ("8,000 North Korean troops"); read once per figure, as every figure pair asks. */
function ownParties(x: Figure): Set<string> {
  let own = ownPartiesOf.get(x);
  if (!own) ownPartiesOf.set(x, (own = new Set(tokenize(x.text).flatMap((t) => (t.entity ? [t.entity] : [])))));
  return own;
}

const PREPOSITION = /^(to|by|in|into|from|after|for|with|against|of|on|at|over|near|toward|towards|about|across|inside|within)$/;

/**
 * The parties a figure counts: those its own words name ("8,000 North Korean troops"), or else, with
 * `subject`, the party that is the subject of its clause just before it ("Pyongyang has shipped about
 * 12,000 troops"); a party after a preposition there ("sent to Russia") is not the one counted.
 */
function figureParties(x: Figure, side: Side, subject: boolean): Set<string> {
  // "the number of North Koreans … at nearly 11,000": a people's count is that people's.
  if (x.unit?.startsWith('person:')) return new Set([x.unit.slice('person:'.length)]);
  if (x.party) return new Set([x.party]);
  // "50,000 troops, including the North Korean contingent": the parties it includes are its own.
  const own = x.scope && /^including\b/i.test(x.scope) ? new Set([...ownParties(x), ...tokenize(x.scope).flatMap((t) => (t.entity ? [t.entity] : []))]) : ownParties(x);
  if (own.size) return own;
  const at = side.text.indexOf(x.text);
  if (at < 0) return own;
  // "eleven thousand soldiers from North Korea": the party right after the counted noun.
  const from = /^\s+(?:from|of)\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)/.exec(side.text.slice(at + x.text.length));
  const party = from ? tokenize(from[1]!).find((t) => t.entity)?.entity : undefined;
  if (party) return new Set([party]);
  if (!subject) return own;
  const before = tokenize(side.text.slice(0, at));
  for (let k = before.length - 1; k >= Math.max(0, before.length - 6); k--) {
    const t = before[k]!;
    if (/[,;:()]/.test(side.text.slice(t.end, k + 1 < before.length ? before[k + 1]!.start : at))) break;
    if (/^(that|which|who|and|but|while)$/.test(t.lower)) break;
    if (t.entity && !(k > 0 && PREPOSITION.test(before[k - 1]!.lower))) return new Set([t.entity]);
  }
  return own;
}

/** A part or an addition, not the whole count: "another 3,000", "a further 500", "the first 2,000", "in the first wave". */
function increment(text: string, x: Figure): boolean {
  const at = text.indexOf(x.text);
  if (at < 0) return false;
  const around = text.slice(Math.max(0, at - 25), at + x.text.length + 30).toLowerCase();
  const before = around.slice(0, around.indexOf(x.text.toLowerCase()));
  // "in the first wave", "a batch of 500": the part is named before the figure or right after it, not
  // in a scope ("10,000 troops, including the North Korean contingent" is the whole).
  const after = around.slice(before.length + x.text.length);
  return /\b(another|further|additional|extra|more|new|latest|first|second|third|initial)\b[^,.;]{0,12}$/.test(before) || /\b(wave|batch|contingent|rotation|group)\b/.test(before + x.text.toLowerCase()) || /^\s*(in|as) (the|a|an) (\w+ )?(wave|batch|contingent|rotation|group)\b/.test(after);
}

/** Figures from this size on are specific enough to name one count ("some 11,000 troops"). */
const ANCHOR_MIN_VALUE = 100;
/** How far apart the two stated values may be, as a share of the larger, to name one count. */
const ANCHOR_CLOSE = 0.25;
/** How far apart a count and an open bound below it may be ("about 15,000" / "over 10,000") when both are bound to one happening. */
const ANCHOR_OPEN = 0.4;

/** One figure an open lower bound ("over 10,000"), the other a count above it, both bound to one happening with one place named on both. */
function openBoundMet(x: Figure, y: Figure): boolean {
  const open = (f: Figure) => f.high === null || f.high === Infinity;
  if (open(x) === open(y)) return false;
  const keys = (f: Figure) => new Set((f.bound ?? []).map(foldSynonym));
  const [kx, ky] = [keys(x), keys(y)];
  const shared = [...kx].filter((k) => ky.has(k));
  return shared.some((k) => k.startsWith('@')) && shared.some((k) => !k.startsWith('@') && !NOT_AN_EVENT.has(k));
}

/** Below this overlap a pair is unrelated, whatever clashing figures it gives (anchoredClash). */
const FIGURE_GATE = 0.05;

/**
 * The same count of the same party's people or things, stated in otherwise different sentences
 * ("Around 11,000 North Korean troops are believed to be in the region" / "some 11,000 North Korean
 * soldiers are already deployed in Russia"): the figure itself is the shared fact. Both figures must
 * name the same party in their own words, count the same unit, be compatible, state values within a
 * quarter of each other and be large enough to be specific. A people's count meets its troops' ("the
 * number of North Koreans in Russia at nearly 11,000" / "over 10,000 DPRK soldiers sent to Russia").
 * Only corroboration is read this way, so the figure is the anchor and the overlap gate is the
 * frames' (0.02): such pairs share little else (set 1: +2, none false).
 */
/**
 * Below this overlap not even one party's count in the same unit, close in value, ties two sentences: a
 * count read from "the total" of the sentence before shares little else with a long quotation.
 */
const ANCHOR_GATE = 0.01;

function anchoredFigure(claim: Side, source: Side, sim: number): Judgement | null {
  // Below the frame gate, two places named apart are two counts whatever else agrees.
  if (sim < ANCHOR_GATE || (sim < FRAME_GATE && placesApart(claim, source))) return null;
  const names = new Set([...claim.f.names, ...source.f.names]);
  const parties = (x: Figure, side: Side) => figureParties(x, side, true);
  const casualties = (x: Figure) => x.event === 'killed' || x.event === 'wounded';
  for (const x of claim.f.figures) {
    // A casualty count of one party is one count at any size ("some North Korean troops have died" /
    // "about 300 North Korean soldiers have been killed"), unless dated apart.
    if ((x.value < ANCHOR_MIN_VALUE && !casualties(x)) || !x.unit) continue;
    const px = parties(x, claim);
    if (!px.size) continue;
    for (const y of source.f.figures) {
      // Only a vague toll ("some soldiers have died") meets any figure: two figures must be close.
      const vague = (f: Figure) => f.low <= 1 && f.high === null;
      const toll = casualties(x) && x.event === y.event && (vague(x) || vague(y)) && !datedApart(claim, source);
      // A people's dead and its troops' dead are one toll ("4,700 North Koreans killed" / "some North Korean troops have died").
      if (toll && peopleAndTroops(x, y) && [...parties(y, source)].some((p) => px.has(p))) return figuresAgree(claim, source, x, y, sim + 0.2);
      // One source's own count given as two figures that do not even overlap ("Kiev has put the figure
      // closer to 15,000" / "According to Kyiv, some 11,000 North Korean soldiers …"): the gate keeps noise out.
      if (sameUnit(x, y) && y.value >= ANCHOR_MIN_VALUE && !overlaps(x, y) && !asOfAnotherTime(claim, source) && !increment(claim.text, x) && !increment(source.text, y) &&
          [...parties(y, source)].some((p) => px.has(p)) && boundAlike(x, y, names) && !oneSideFuture(claim, source)) {
        const party = oneSourceTwoCounts(claim, source, x, y);
        if (party) return oneSourceDisagrees(claim, source, x, y, party, sim);
      }
      // The same people included, named two ways ("North Koreans included" / "including the North Korean contingent"), may agree too.
      const sameKind = sameUnit(x, y) || (!!x.unit && !!y.unit && foldSynonym(x.unit) === foldSynonym(y.unit) && !!x.scope && !!y.scope);
      const alike = sameKind ? relateFigures(x, y, names) === 'compatible' : (peopleAndTroops(x, y) && overlaps(x, y)) || (sameCountIncluding(x, y) && !placesApart(claim, source));
      if ((y.value < ANCHOR_MIN_VALUE && !toll) || !alike) continue;
      if (toll && [...parties(y, source)].some((p) => px.has(p))) return figuresAgree(claim, source, x, y, sim + 0.2);
      // Open-ended figures ("more than 3,000", "over 10,000") overlap with nearly any larger count: a
      // count well above the bound must be bound to the same happening in the same words ("deployed to
      // Russia" / "sent to Russia").
      const close = Math.abs(x.value - y.value) <= ANCHOR_CLOSE * Math.max(x.value, y.value);
      // …and not a count said to have grown since ("now estimates about 15,000, including reinforcements").
      if (!close && !(Math.abs(x.value - y.value) <= ANCHOR_OPEN * Math.max(x.value, y.value) && openBoundMet(x, y) && !grownSince(claim, x, source, y) &&
        !oneSideFuture(claim, source) && !asOfAnotherTime(claim, source) && !otherPeriods(claim, source))) continue;
      if (![...parties(y, source)].some((p) => px.has(p))) continue;
      // One source's own two figures for one party's count: the anchoring is the test, the gate only keeps noise out.
      const split = !asOfAnotherTime(claim, source) && !increment(claim.text, x) && !increment(source.text, y);
      const party = split ? oneSourceTwoCounts(claim, source, x, y) : null;
      return party ? oneSourceDisagrees(claim, source, x, y, party, sim) : figuresAgree(claim, source, x, y, sim + 0.2);
    }
  }
  return null;
}

// ---------- same fact ----------

/**
 * Words that say who speaks rather than what is said: titles and the verbs and nouns of attribution.
 * General newsroom vocabulary, folded like every key.
 */
const ATTRIBUTION = new Set(
  ['spokesperson', 'spokesman', 'spokeswoman', 'minister', 'secretary', 'president', 'official', 'leader', 'chairman', 'ambassador', 'general', 'press', 'agency', 'government', 'ministry', 'department', 'said', 'say', 'told', 'report']
    .map((w) => foldSynonym(stem(w))),
);

/**
 * The folded content keys two statements share, leaving out names, numbers and titles: what both say,
 * not who says it. A word counts as a name when one side capitalises it inside the sentence and
 * neither side writes it in lower case, so a headline in title case still shares its words.
 */
function sharedSaid(claim: Side, source: Side): Set<string> {
  const lower = new Set<string>();
  for (const side of [claim, source]) for (const t of tokenize(side.text)) if (!t.entity && /^[a-z]/.test(t.raw)) lower.add(t.key);
  const names = new Set([...claim.f.names, ...source.f.names].filter((k) => !lower.has(k)));
  const said = (f: SentenceFeatures) =>
    new Set(f.keys.filter((k) => !k.startsWith('@') && !names.has(k) && !/^\d/.test(k)).map(foldSynonym).filter((k) => !ATTRIBUTION.has(k)));
  const a = said(claim.f);
  return new Set([...said(source.f)].filter((k) => a.has(k)));
}

/**
 * A name both statements give that is not a name of the acting party ("Putin thanked Kim" / "Putin
 * expressed gratitude to Kim Jong Un"): whom the event was done to or with.
 */
function sharedOtherName(claim: Side, source: Side, agent: string): boolean {
  const words = (s: Side) => tokenize(s.text).map((t) => t.raw);
  const own = (s: Side) => {
    const w = words(s);
    const out = new Set<string>();
    for (let i = 1; i <= w.length; i++) if (personEntity(w, i) === agent) for (const t of tokenize(w.slice(Math.max(0, i - 3), i).join(' '))) out.add(t.key);
    return out;
  };
  const skip = new Set([...own(claim), ...own(source)]);
  const b = new Set(source.f.names);
  return claim.f.names.some((k) => b.has(k) && !skip.has(k) && !ATTRIBUTION.has(foldSynonym(k)));
}

/**
 * Whether two statements share something said besides names, numbers and titles. "Kremlin spokesman
 * Dmitry Peskov referred questions to the ministry" and "Dmitry Peskov, spokesperson for the Kremlin,
 * said Putin may reward the soldiers" share five words and no fact.
 */
function sharesWhatIsSaid(claim: Side, source: Side): boolean {
  return sharedSaid(claim, source).size > 0;
}

/**
 * One side denies (or has no proof of) what the other confirms: whatever the two share, it is not the
 * same fact stated twice. ("Ukraine's military denied that the operation was over" / "The United
 * States confirmed that the troops were engaged in combat".) The negation test judges such pairs
 * when they are one event; otherwise they are left apart.
 */
function oppositeStances(claim: Side, source: Side): boolean {
  const kinds = (s: Side) => new Set(s.f.stances.map((x) => x.kind));
  const a = kinds(claim);
  const b = kinds(source);
  const against = (x: Set<string>, y: Set<string>) => (x.has('deny') || x.has('no-proof') || x.has('no-comment')) && y.has('confirm') && !y.has('deny') && !y.has('no-proof') && !y.has('no-comment');
  // A denial and a silence never state one fact: one answers, the other does not.
  const deniedOrSilent = (x: Set<string>, y: Set<string>) => x.has('deny') && !x.has('no-comment') && y.has('no-comment') && !y.has('deny');
  return against(a, b) || against(b, a) || deniedOrSilent(a, b) || deniedOrSilent(b, a);
}

const SAYING = /^(said|says|say|told|confirm\w*|announc\w*|stated|report\w*|acknowledg\w*|admit\w*|declared|denied|added|noted|warned)$/i;

/**
 * Whether a date dates the saying rather than the event: a reporting verb within three words of it
 * ("On the 26th, Russia announced", "Kirby confirmed the assessment Monday").
 */
function datesTheSaying(text: string, d: { start: number; text: string }): boolean {
  const before = text.slice(0, d.start).split(/[^A-Za-z']+/).filter(Boolean).slice(-3);
  // Past a comma only when the date opens the sentence ("On the 26th, Russia announced"), up to the
  // main clause's verb: "signed the law on 2 May, the palace said" dates the signing.
  const end = d.start + d.text.length;
  const after = mainClauseAfterOpeningDate(text, d.start, end) ?? text.slice(end).split(/[,;]/)[0]!.split(/[^A-Za-z']+/).filter(Boolean).slice(0, 3);
  return [...before, ...after].some((w) => SAYING.test(w));
}

/**
 * Two statements that cannot be one fact stated twice, whatever they share: see oneSideOnly,
 * figuresClash and datedApart; the same relation with the roles swapped ("Ukrainian drones attacked
 * Russian refineries" / "Russia struck Ukraine's grid"); and control of a place lost by the side the
 * other says took it, or of different places ("Russian forces had seized Vovchansk" / "its troops had
 * recaptured Kupiansk").
 */
/** The same relation with the roles swapped on the two sides. */
function swappedFrames(claim: Side, source: Side): boolean {
  return claim.f.frames.some((x) => source.f.frames.some((y) => x.rel === y.rel && x.agent === y.patient && x.patient === y.agent));
}

/** Doubt about what follows: "doubt(s) that", "it is unclear whether", "no one has" (not "no doubt", "little doubt"). */
const DOUBT_CUE = /(?<!\b(?:no|little|without|any)\s+)\b(?:doubts?|doubted|doubting)\s+(?:that\s+)?(?:the|a|an|any|its|their|[A-Z]\w*)\b|\b(?:unclear|uncertain)\s+(?:whether|if)\b|\b[Nn]o\s+one\s+(?:has|had)\b|^Whether\b[^.;]*\b(?:is|was|remains)\s+(?:disputed|unclear|contested|unknown|uncertain)\b/;

/** An act held possible, expected or planned: "may ratify", "is expected to sign", "plans to approve" (the month "May" is no modal). */
const HEDGED_ACT = /\b(?:may|might|could|would|will|shall|(?:is|are|was|were)\s+(?:expected|set|due|likely|poised)\s+to|plans?\s+to|intends?\s+to)\s+(?:(?:soon|still|now|also|formally)\s+)?([a-z]+)\b/;

function distinctFacts(claim: Side, source: Side): boolean {
  // "No serious obstacle" against an obstacle foreseen or at work is never one fact.
  const [pa, pb] = [claim.f.problem, source.f.problem];
  if (pa && pb && (pa.denied || pb.denied) && pa.state !== pb.state) return true;
  const a = claim.f.control;
  const b = source.f.control;
  // Thanks told the other way round are never one fact, whether or not they are a conflict (thankedSwap).
  const swapped = swappedFrames(claim, source) || thanksSwapped(claim, source);
  // One side says it did not happen what the other says happened ("has yet to ratify" / "ratified").
  const denied = claimsOneEvent(claim.f.unclaimed, source.f.claimed) || claimsOneEvent(source.f.unclaimed, claim.f.claimed);
  // Two parties' silences are two facts ("Washington declined to comment" / "Peskov referred questions to the ministry").
  const silent = (x: Side) => new Set(x.f.stances.filter((st) => st.kind === 'no-comment' && st.subject).map((st) => st.subject!));
  const [sa, sb] = [silent(claim), silent(source)];
  const twoSilences = sa.size > 0 && sb.size > 0 && ![...sa].some((e) => sb.has(e)) && !claim.f.stances.some((st) => st.kind !== 'no-comment') && !source.f.stances.some((st) => st.kind !== 'no-comment');
  // A predicate denied on one side and told plainly on the other, with the same subject and object ("has not
  // recaptured Omdurman" / "Analysts say Sudan's army has recaptured Omdurman"), is never one fact, however the rest is framed.
  const deniedPlainly = (neg: Side, plain: Side) => !NEGATIVE_CUE.test(plain.text) && (neg.f.negated ?? []).some((k) => plain.f.keys.some((p) => foldSynonym(p) === foldSynonym(k)) && sameClauseDenied(neg, plain, k));
  const plainAndDenied = () => deniedPlainly(claim, source) || deniedPlainly(source, claim);
  // Two denials of one predicate about two named things ("has not recaptured Omdurman" / "… Khartoum") are two facts.
  const twoDenials = () => {
    const shared = (claim.f.negated ?? []).find((k) => (source.f.negated ?? []).some((j) => foldSynonym(j) === foldSynonym(k)));
    return !!shared && objectNamesApart(claim, source, shared);
  };
  // A commitment a side says the document stops short of, or denies, against the commitment stated: never one fact.
  const shortOf = (x: Side, other: Side) => {
    if (NO_MUTUAL_DEFENCE.test(x.text) && MUTUAL_DEFENCE.test(other.text) && !NO_MUTUAL_DEFENCE.test(other.text)) return true;
    const m = ANY_STOPPED_SHORT.exec(x.text);
    if (!m || ANY_STOPPED_SHORT.test(other.text) || NEGATIVE_CUE.test(other.text)) return false;
    // The act stopped short of, or two words of what it was about ("calling the soldiers legitimate military targets" / "would become legitimate targets").
    const have = new Set(other.f.keys.map(foldSynonym));
    const about = tokenize(x.text.slice(m.index + m[0].length)).slice(0, 8).filter((t) => !t.stop && !t.entity && foldSynonym(t.key) !== TROOP).map((t) => foldSynonym(t.key));
    return have.has(foldSynonym(stem(m[1]!))) || new Set(about.filter((k) => have.has(k))).size >= 2;
  };
  const committedApart = () => shortOf(claim, source) || shortOf(source, claim);
  // One once-only act (a signing, a ratification) with two partners ("with Washington" / "with London"), two such acts.
  const onceApart = () => onceActs(claim).some((e) => ONCE.has(e)) && onceActs(source).some((e) => ONCE.has(e)) && partnersApart(claim, source);
  // One kind of once-only act by two signers ("Argentina signed a swap deal with China" / "Brazil signed …"), unless done jointly.
  // The signer read plainly: its name opens the words of the act ("Argentina signed", not "The American confirmation came as …").
  const signer = (x: Side) => {
    const c = x.f.claimed;
    if (!c || c.joint || !c.events.some((e) => ONCE.has(e))) return null;
    return tokenize(c.text).slice(0, 3).some((t) => t.entity === c.agent) ? c.agent : null;
  };
  const signersApart = () => { const [x, y] = [signer(claim), signer(source)]; return !!x && !!y && x !== y; };
  // A treaty signed into law (its ratification) and the treaty signed at a summit or on a visit (its conclusion) are two acts.
  const intoLaw = (x: Side) => /\binto law\b/i.test(x.text);
  const concluded = (x: Side) => /\b(?:summit|visit|ceremony|talks)\b/i.test(x.text);
  const lawApart = () => intoLaw(claim) !== intoLaw(source) && concluded(intoLaw(claim) ? source : claim) && onceActs(claim).includes(SIGN) && onceActs(source).includes(SIGN);
  // A once-only act only held possible or planned ("Parliament may ratify the treaty") against the act done: never one fact.
  const hedged = (x: Side, other: Side) => {
    const m = HEDGED_ACT.exec(x.text);
    if (!m || x.f.claimed || HEDGED_ACT.test(other.text)) return false;
    // Only an act done once (a signing, a ratification): "could confirm" is a stock phrase, "plans to deploy" a noun's.
    const act = foldSynonym(stem(m[1]!));
    return ONCE.has(act) && (!!other.f.claimed?.events.includes(act) || other.f.keys.some((k) => foldSynonym(k) === act));
  };
  const hedgedAgainstDone = () => hedged(claim, source) || hedged(source, claim);
  // No sign of something against a side that tells it without doubt: never one fact.
  const oneSignless = () => !!noSign(claim) !== !!noSign(source) && !(noSign(claim) ? source : claim).f.stances.some((y) => y.kind === 'no-proof');
  // Troops withdrawn, or to be withdrawn, from two places ("out of Syria" / "from Iraq") are two withdrawals.
  const leftFrom = (x: Side) => /\b(?:withdr[ae]w\w*|pull(?:s|ed|ing)?|remov\w*|evacuat\w*)\b[^.;]{0,40}?\b(?:from|out of)\s+(?:the\s+)?([A-Z][\w'’-]*)/.exec(x.text)?.[1] ?? null;
  const placeOf = (w: string) => entityOf([w]) ?? w.toLowerCase();
  const fromApart = () => {
    const [fa, fb] = [leftFrom(claim), leftFrom(source)];
    return !!fa && !!fb && placeOf(fa) !== placeOf(fb) && !source.text.includes(fa) && !claim.text.includes(fb);
  };
  // A step ruled out and the same step held possible are never one fact, whoever says them.
  // …nor is a step ruled out against a statement with no negation or rejection at all ("no layoffs are planned" / "may cut jobs", "cut 400 jobs").
  // ("without ruling out" rules nothing out.)
  const ruled = (x: Side) => { const m = RULED_OUT.exec(x.text); return !!m && !/\b(?:without|not|never)\s+$/i.test(x.text.slice(Math.max(0, m.index - 12), m.index)); };
  const outOnly = (x: Side, other: Side) => ruled(x) && !RULED_OUT.test(other.text) && !NEGATIVE_CUE.test(other.text) && !/\b(?:reject\w*|dismiss\w*|rul\w* out)\b/i.test(other.text);
  const ruledOut = () => !!ruledOutStep(claim, source) || !!ruledOutStep(source, claim) || outOnly(claim, source) || outOnly(source, claim);
  // A statement held in doubt ("Analysts doubt the army has recaptured …", "it is unclear whether …", "No one has
  // recaptured …") against one that tells it plainly: never one fact ("no doubt" is certainty, not doubt).
  const doubted = (x: Side, other: Side) => DOUBT_CUE.test(x.text) && !DOUBT_CUE.test(other.text);
  const doubtApart = () => doubted(claim, source) || doubted(source, claim);
  // The guards below are tried in turn, each only when the ones before have not decided.
  return swapped || denied || twoSilences || ruledOut() || doubtApart() || fromApart() || plainAndDenied() || oneSignless() || onceApart() || hedgedAgainstDone() || committedApart() || lawApart() || twoDenials() || signersApart() || figuresClash(claim, source) || datedApart(claim, source) || oneSideOnly(claim, source, KILL) || (!!a && !!b && (controlOpposed(a, b) || heldApart(a, b)));
}

/**
 * Two holds or changes of two places are two facts, unless one tells a hold with its shrinking ("still holds a
 * pocket around Sudzha, although it has lost half the ground it seized last August"): its other clause may be the fact shared.
 */
function heldApart(a: Control, b: Control): boolean {
  return !a.shrank && !b.shrank && !a.places.some((p) => b.places.includes(p));
}

/** One side lost the place the other says it took ("Ukrainian units were driven out of Sudzha" / "Sudzha was recaptured by Ukrainian forces"). */
function controlOpposed(a: Control, b: Control): boolean {
  return (!!a.loser && a.loser === b.holder) || (!!b.loser && b.loser === a.holder);
}

const KILL = foldSynonym(stem('kill'));

/**
 * Whether one side only names an event of this class. Deaths are a fact of their own: "North Korean
 * soldiers have been killed in combat in Kursk" is not "North Korean troops took part in combat in
 * Kursk" stated again, however much else the two share.
 */
function oneSideOnly(claim: Side, source: Side, cls: string): boolean {
  const has = (x: Side) => x.f.keys.some((k) => foldSynonym(k) === cls);
  return has(claim) !== has(source);
}

/**
 * Both date what they state (not when it was said), and the dates lie more than a week apart: "Putin
 * signed the ratification law at the weekend" and "Kim and Putin signed the treaty in June" are two
 * signings. A date beside a reporting verb ("confirmed Monday") dates the saying, and is left out.
 */
function datedApart(claim: Side, source: Side): boolean {
  const dated = (x: Side) => x.f.dates.filter((d) => d.kind === 'point' && !datesTheSaying(x.text, d));
  const a = dated(claim);
  const b = dated(source);
  if (!a.length || !b.length) return false;
  return a.every((x) => b.every((y) => days(x.from, y.to) > 7 || days(y.from, x.to) > 7));
}

/** An act only moved towards: "moved to finalize", "was set to ratify". */
const NOT_DONE_YET_TO = /\b(moved|prepared|sought|set|about|going|expected|planning|plans|due|ready|poised|began|started|trying|tried)\s+to\b/i;
/** A verb in the past: "finalized", "had signed", "took". */
const PAST_DONE = /\b(had|has|have|took|began|sent|signed|won|gave|made)\b|\b(?!united\b)\w{3,}ed\b/i;

/**
 * The day a report that does not date an event was published, when it tells of the event as done
 * (a verb in the past) at least two days before every date the other report gives it; else null.
 */
function toldDoneBefore(side: Side, dates: DateSpan[]): string | null {
  // Told done by the day the sentence dates its telling ("…, the Kremlin announced this weekend"), or else by its report's day.
  const told = side.f.dates.find((d) => d.kind === 'point' && -days(d.from, d.to) <= 3 && datesTheSaying(side.text, d))?.to;
  const published = told ?? side.published?.slice(0, 10);
  if (!published || !side.f.claimed || !PAST_DONE.test(side.f.claimed.text)) return null;
  // "moved to finalize", "was set to ratify": not done yet.
  if (NOT_DONE_YET_TO.test(side.f.claimed.text)) return null;
  return dates.every((d) => days(d.from, published) >= 2) ? published : null;
}

const DOCUMENT = /^(treaty|agreement|pact|accord|deal|bill|law|protocol|convention|charter|budget|act)$/;
/** The field a document covers: two fields are two documents, between the same parties too. */
const FIELD = /^(trade|economic|defen[cs]e|security|nuclear|arms|climate|energy|gas|oil|fisher(y|ies)|investment|tax|border|peace|ceasefire|maritime|space|health|extradition|visa|aviation|science|chips|inflation|infrastructure|highway|spending)$/i;
/** Words that praise or rank a document without telling which one it is. */
const EVALUATIVE = /^(historic|landmark|new|mutual|major|key|comprehensive|strategic|sweeping|controversial|long-awaited|final|first)$/;

/**
 * Both name the document acted on, and the words before its noun name two different ones: "the defence
 * spending bill" / "the highway spending bill", "the Paris agreement" / "the Kyoto protocol". Words of
 * praise are left out, and one name within the other is one document ("the defence treaty" / "a historic
 * defence treaty").
 */
function documentsApart(a: Side, b: Side, fieldsOnly = false): boolean {
  const names = (x: Side) => {
    const tokens = tokenize(x.text);
    // "Act" only as a name's head ("the CHIPS and Science Act"), not the noun "act of".
    const at = tokens.findIndex((t) => DOCUMENT.test(t.lower) && (t.lower !== 'act' || t.raw === 'Act'));
    if (at < 0) return null;
    const out = new Set<string>();
    for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
      const t = tokens[k]!;
      // A place names a document too ("the Paris agreement"), and so do "and" names ("CHIPS and Science").
      if ((t.stop && !(t.lower === 'and' && /^[A-Z]/.test(tokens[k - 1]?.raw ?? ''))) || EVENT_CLASSES.has(foldSynonym(t.key))) break;
      if (t.stop) continue;
      if (EVALUATIVE.test(t.lower) || (fieldsOnly && !FIELD.test(t.lower))) continue;
      out.add(t.entity ?? foldSynonym(t.key));
    }
    return out;
  };
  const [na, nb] = [names(a), names(b)];
  if (!na?.size || !nb?.size) return false;
  return ![...na].every((k) => nb.has(k)) && ![...nb].every((k) => na.has(k));
}

/** The bodies of a state that act for it: its chambers, its head, its government. */
const BODY = /\b(duma|federation council|senate|sejm|riksdag|rada|storting|bundesrat|majlis|lok sabha|rajya sabha|parliament|national assembly|supreme people['’]s assembly|assembly|congress|lower house|upper house|president|cabinet|government|bundestag|knesset|diet)\b(?!\s+(said|says|announced|told|reported|stated)\b)/gi;
function bodies(text: string): Set<string> {
  return new Set([...text.matchAll(BODY)].map((m) => m[1]!.toLowerCase()));
}

/**
 * Two acts that happen once, told apart: by two bodies of one state, or two documents ("signed the
 * CHIPS and Science Act" / "signed the Inflation Reduction Act").
 */
function otherActs(claim: Side, source: Side): boolean {
  const once = (x: Side) => (x.f.claimed?.events ?? []).some((e) => ONCE.has(e));
  if (!once(claim) || !once(source)) return false;
  const others = (x: Side) => new Set(x.f.entities.filter((e) => e !== x.f.claimed?.agent));
  const ob = others(source);
  // Only the bodies count here: "signed the ratification law" is read as signing the treaty by most reports.
  return bodiesApart(claim, source) || documentsApart(claim, source, [...others(claim)].some((e) => ob.has(e)));
}

/** Two bodies of one state named, one on each side and none on both ("the Duma" / "the Federation Council"). */
function bodiesApart(claim: Side, source: Side): boolean {
  const ba = bodies(claim.text);
  const bb = bodies(source.text);
  return ba.size > 0 && bb.size > 0 && ![...ba].some((x) => bb.has(x));
}

/** Two bodies of one state named, one on each side, or a law signed on one side only: two acts, not one. */
function twoActs(claim: Side, source: Side): boolean {
  if (bodiesApart(claim, source)) return true;
  // Signing a law is another act than signing the treaty it ratifies ("signed the treaty" / "signed the
  // law ratifying the treaty"); a decree signed is the ratification itself to a report that says "ratified".
  const signs = (x: Side) => !!x.f.claimed?.events.includes(SIGN);
  const law = (x: Side) => /\b(law|bill|decree)\b/i.test(x.text);
  // …unless one side signs the ratification into law and the other tells one party alone signing, not at a
  // summit with the other signer, within weeks ("signed the treaty into law on Nov. 24" / "Putin also signed this
  // mutual defense treaty, the Kremlin announced this weekend"): that is the same act told loosely.
  const alone = (x: Side) => !law(x) && !x.f.claimed?.joint && !x.f.claimed?.partner && !CONCLUDED_AT.test(x.text);
  const when = (x: Side) => datesOrPublished(x).map((y) => y.from);
  const weeks = () => when(claim).some((x) => when(source).some((y) => Math.abs(days(x, y)) <= INTO_LAW_DAYS));
  const oneAct = ((INTO_LAW.test(claim.text) && alone(source)) || (INTO_LAW.test(source.text) && alone(claim))) && claim.f.claimed?.agent === source.f.claimed?.agent && weeks();
  if (signs(claim) && signs(source) && law(claim) !== law(source) && !oneAct) return true;
  // One chamber's vote is not the whole ratification ("the lower house ratifies" / "Russia ratified the treaty … when Putin signed").
  if (CHAMBER.test(claim.text) !== CHAMBER.test(source.text)) return true;
  // A parliament's vote is not the signing into law ("Ukraine's parliament ratifies …" / "Zelensky signed the ratification into law").
  const voted = (x: Side) => bodies(x.text).size > 0 && !!x.f.claimed?.events.includes(foldSynonym(stem('ratify')));
  return (INTO_LAW.test(claim.text) && !voted(claim) && voted(source)) || (INTO_LAW.test(source.text) && !voted(source) && voted(claim));
}

/** One chamber of a parliament of two. */
const CHAMBER = /\b(?:lower|upper) house\b|\b(?:state )?duma\b|\bfederation council\b|\bsenate\b|\bhouse of (?:representatives|commons|lords)\b|\bbundesrat\b|\brajya sabha\b|\blok sabha\b/i;

/**
 * Both date what they state, on days that cannot both be right but lie within a week ("ratified
 * the treaty on Monday" / "completed the ratification on November 12", Monday being the 11th): one
 * event dated twice. Further apart they are two events (datedApart).
 */
const ONCE = new Set(['sign', 'ratify'].map((w) => foldSynonym(stem(w))));

/** A document signed or ratified by no one named: "The defence treaty … was signed in Pyongyang in July". */
// …or opens its sentence: "Concluded during a rare visit by Putin to Pyongyang in June, this treaty provides …".
const PASSIVE_ONCE = /\b(?:treaty|pact|accord|agreement)\b[^.;]{0,80}?\b(?:was|were|had been|has been)\s+(?:\w+ly\s+)?(?:signed|ratified)\b(?!\s+(?:by|into)\b)|^(?:Signed|Concluded|Ratified)\b[^.;]{0,100}?,\s+(?:this|the|that|their)\s+(?:[\w-]+\s+){0,3}?(?:treaty|pact|accord|agreement)\b/i;

/** The words of a passive signing or ratification, from the document to the verb, or null. */
function passiveOnce(text: string): string | null {
  return PASSIVE_ONCE.exec(text)?.[0] ?? null;
}

/** The events a statement tells as done: its claimed events, or a passive signing or ratification by no one named. */
function onceActs(x: Side): string[] {
  const p = x.f.claimed ? null : passiveOnce(x.text);
  return p ? [foldSynonym(stem(/ratified$|^ratified/i.test(p) ? 'ratify' : 'sign'))] : (x.f.claimed?.events ?? []);
}

/** A signing by no one named on one side, and the same act on the other, by no one named or by anyone. */
function passiveOneEvent(claim: Side, source: Side): boolean {
  if (!!claim.f.claimed && !!source.f.claimed) return false;
  const b = onceActs(source);
  return onceActs(claim).some((e) => ONCE.has(e) && b.includes(e));
}

/** Words that may stand before a sentence's opening date: "In", "On", "Back in", "Then, on". */
// A timeline's entry may stand after a bullet ("- October 2024: Pyongyang ratifies the treaty").
const OPENING_DATE = /^\s*(?:[-–—•*]\s+)?(?:(?:back|then|later|earlier|and|but)\s*,?\s+)?(?:in|on|during|at the (?:end|start|beginning) of)?\s*$/i;
/** Between an opening date and the act's subject: a comma (or a timeline's colon or dash) and names ("In July, Vladimir Putin …"). */
const ONLY_NAMES = /^(?:[\s,]*|\s*(?::|\s[–—-])\s*)(?:[A-Z][\w.'’-]*\s+){0,3}$/;
/** An act told in a clause of its own or before another time: ", which", "had signed", "since it signed", "the anniversary of". */
const NOT_PLAIN_ACT = /,|\b(?:which|who|had|having|since|after|before|when|anniversary|year|years|marked|celebrated)\b/i;
/** A saying or a "that" clause between an opening date and the act: the date is the saying's. */
const SAYING_BETWEEN = /\b(said|says|told|announced|reported|confirmed|stated|claimed|according|revealed|disclosed|learned|that)\b/i;

/** A document that is not the first of its kind, or a part added to one. */
const ANOTHER_DOCUMENT = /\b(?:second|third|fourth|another|new|updated|revised|fresh|additional|extended|follow-up)\s+(?:[\w-]+\s+){0,2}?(?:pact|treaty|accord|agreement|deal|contract|memorandum)\b|\b(?:annex|annexes|extension|amendment|amendments|protocol|addendum|renewal)\b/i;

/** The visitor on whose visit a document was concluded ("during a visit by Prime Minister Modi to Abu Dhabi") is named on the other side. */
function visitorNamed(x: Side, other: Side): boolean {
  const v = /\bvisit\s+by\s+(?:[A-Z][\w.'’-]*\s+){0,3}?([A-Z][\w'’-]+)\s+to\b/.exec(x.text);
  // Only a side that names who signed can name another signer ("Pakistan signed …"; not "The treaty was signed in Pyongyang").
  return !v || !other.f.claimed || other.text.includes(v[1]!) || (!!personCode(v[1]!) && other.f.entities.includes(personCode(v[1]!)!));
}

/** Documents in the plural: "15 cooperation agreements", "a series of deals". */
const SEVERAL_DOCUMENTS = /\b(?:pacts|treaties|accords|agreements|deals|contracts|memorandums|memoranda)\b/i;
/** A document of a kind, not one named: "a trade deal", "an agreement". */
const INDEFINITE_DOCUMENT = /\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:pact|treaty|accord|agreement|deal|contract|memorandum)\b/i;

/** Both name whom the act was done with, and not the same one ("signed a deal with Egypt" / "… with Tunisia"). */
function partnersApart(claim: Side, source: Side): boolean {
  // The partner's name, up to three capitalised words ("with the United States"), and the party it names.
  const partner = (x: Side) => {
    const m = /\bwith\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})/.exec(x.text);
    if (!m) return null;
    const words = m[1]!.split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      const e = entityOf(words.slice(0, n));
      if (e) return { name: words.slice(0, n).join(' '), entity: e };
    }
    return { name: words[0]!, entity: null };
  };
  const [a, b] = [partner(claim), partner(source)];
  // One party by two names ("with Moscow" / "with Russia", "with Washington" / "with the United States").
  if (!a || !b || (a.entity && a.entity === b.entity)) return false;
  // Named on the other side as a party, not as a venue ("signed … in Tunis … with Libya").
  const named = (x: Side, name: string) => new RegExp(`(?<!\\b(?:in|at)\\s+)\\b${escapeRegExp(name)}\\b`, 'i').test(x.text);
  return !named(source, a.name) && !named(claim, b.name);
}

/** "… came as Kim finalized …": the act told in this clause happened with the report's news. */
const CAME_AS = /\bcame\s+(?:just\s+|only\s+|even\s+)?as\s+$/i;
/** How many days before its report's date an act told with "came as" may have happened. */
const CAME_AS_DAYS = 7;

/** The ISO day `n` days from an ISO day. */
function isoDay(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

function eventDateClash(claim: Side, source: Side, sim: number): Judgement | null {
  // Only a date written after the start of what is said to have happened dates it: in "On Tuesday,
  // the agency announced that Kim had signed…" and "Kyiv reported on Nov 5 that its troops…" the
  // date is the saying's.
  // …and before any relative clause: in "signed the agreement, which takes effect on Monday" the
  // date is another event's.
  const dated = (x: Side) => {
    const told = x.f.claimed?.text ?? passiveOnce(x.text);
    const from = told ? x.text.indexOf(told) : -1;
    if (from < 0) return [];
    // Right after the act, "that" names its object ("ratified that treaty on …"), not a relative clause.
    // …and a participle clause dates the document, not the act ("ratified that agreement, signed on the fourth of November").
    const rel = /[,\s](which|who|where)\b|(?<!^)[,\s]that\b|,?\s+(?:signed|concluded|agreed|negotiated|approved|adopted|drafted)\s+(?:on|in|at|last|this)\b/i.exec(x.text.slice(from + told!.length));
    const until = rel ? from + told!.length + rel.index : x.text.length;
    // An opening date with no saying between it and the act dates the act too ("In July, Putin flew to
    // Pyongyang and signed …"; not "In July, the agency said Kim had signed …").
    // Only names stand between ("In July, Vladimir Putin flew to Pyongyang and signed"), and the act is
    // told plainly: not in a relative clause, after "had" or "since", nor as an anniversary.
    const opening = (d: DateSpan) => d.start < from && OPENING_DATE.test(x.text.slice(0, d.start)) && ONLY_NAMES.test(x.text.slice(d.start + d.text.length, from)) &&
      !SAYING_BETWEEN.test(x.text.slice(d.start + d.text.length, from)) && !NOT_PLAIN_ACT.test(told!);
    return x.f.dates.filter((d) => d.kind === 'point' && (opening(d) || (d.start > from && d.start < until)) && !datesTheSaying(x.text, d));
  };
  // Only what is done once to one object (a treaty signed or ratified) has one date; strikes,
  // killings and deployments recur within a week. A document "was signed" by no one named is one too.
  const once = (x: Side) => (x.f.claimed?.events ?? []).some((e) => ONCE.has(e)) || (!x.f.claimed && !!passiveOnce(x.text));
  if (!once(claim) || !once(source)) return null;
  // Two bodies of one state each ratify once ("the Duma ratified" / "the Federation Council ratified").
  if (twoActs(claim, source)) return null;
  // Another document of the same kind ("a second defence pact", "an updated pact", "the pact's second
  // annex", "a contract extension"), or a partner named on each side and not the same ("with Egypt" / "with Tunisia").
  if (ANOTHER_DOCUMENT.test(claim.text) !== ANOTHER_DOCUMENT.test(source.text) || partnersApart(claim, source)) return null;
  // Several documents at once ("signed 15 cooperation agreements") are not the one the other side dates.
  if (SEVERAL_DOCUMENTS.test(claim.text) !== SEVERAL_DOCUMENTS.test(source.text)) return null;
  // One side's partner in the act ("Russia and Iran sign") is not the other's ("… with North Korea").
  const partnerOf = (x: Side) => x.f.claimed?.partner ?? (/\bwith\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)/u.exec(x.text)?.[1] ?? null);
  const [pa, pb] = [partnerOf(claim), partnerOf(source)];
  const partyOf = (p: string) => entityOf(p.split(/\s+/)) ?? entityOf(p.split(/\s+/).slice(0, 1)) ?? p;
  const partiesOf = (x: Side, p: string | null) => new Set([x.f.claimed?.agent, p ? partyOf(p) : null].filter(Boolean));
  if (pa && pb && !partiesOf(source, pb).has(partyOf(pa)) && !partiesOf(claim, pa).has(partyOf(pb))) return null;
  // A document named on one side whose name the other side lacks ("the Rome Statute" / "a defence agreement with France").
  const docName = (x: Side) => /\b((?:\p{Lu}[\p{L}'’-]+\s+){1,3})(?:Statute|Agreement|Accords?|Treaty|Pact|Convention|Protocol|Charter)\b/u.exec(x.text)?.[1]?.trim().split(/\s+/) ?? null;
  const lacks = (name: string[] | null, other: Side) => !!name && !name.every((w) => new RegExp(`\\b${escapeRegExp(w)}\\b`, 'i').test(other.text));
  if (lacks(docName(claim), source) || lacks(docName(source), claim)) return null;
  // A document concluded on someone's visit is another's when the other side does not name the visitor.
  if (!visitorNamed(claim, source) || !visitorNamed(source, claim)) return null;
  // "Confirmation … came as Kim finalized the ratification": an act told as happening with the news of the report,
  // in its last week.
  const cameAs = (x: Side): DateSpan[] => {
    const told = x.f.claimed?.text;
    const at = told ? x.text.indexOf(told) : -1;
    const pub = x.published?.slice(0, 10);
    if (at <= 0 || !pub || !CAME_AS.test(x.text.slice(Math.max(0, at - 30), at)) || !PAST_DONE.test(told!) || NOT_DONE_YET_TO.test(told!)) return [];
    // A day past the report's date: it may be dated in another time zone.
    return [{ text: 'came as', from: isoDay(pub, -CAME_AS_DAYS), to: isoDay(pub, 1), kind: 'point', start: at }];
  };
  let a = dated(claim);
  let b = dated(source);
  if (!a.length && !b.length) return null;
  // Undated on one side but told as done in a report published days before the other side's date
  // ("came as Kim finalized the ratification", 13 November / "ratified the treaty on Dec. 4").
  const undated = !a.length ? claim : !b.length ? source : null;
  const toldBy = undated ? toldDoneBefore(undated, undated === claim ? b : a) : null;
  if (undated && !toldBy) {
    // Told with the report's news instead ("came as Kim finalized …"): dated to that report's last week.
    const near = cameAs(undated);
    if (!near.length) return null;
    if (undated === claim) a = near;
    else b = near;
  }
  // One event needs one object: another party named on both sides, or a shared word besides the
  // event ("signed a trade agreement with France" / "signed a defence agreement with Poland" are two).
  // Both parties to a joint act ("Kim and Putin signed") are its actors, not its object.
  const joint = [claim, source].find((x) => x.f.claimed?.joint)?.f.claimed;
  const actors = new Set(joint ? [joint.agent, joint.partner!] : []);
  const others = (x: Side) => new Set(x.f.entities.filter((e) => e !== x.f.claimed?.agent && !actors.has(e)));
  const oa = others(claim);
  const ob = others(source);
  // Another party named on one side only ("ratified the treaty" / "ratified the agreement with Russia")
  // leaves the object to the words…
  if (oa.size && ob.size && ![...oa].some((e) => ob.has(e))) return null;
  // With no other party named on both sides, the document's own name must not tell them apart; with
  // one, its field must not ("a defence pact" / "a trade agreement" with the Philippines).
  if (documentsApart(claim, source, [...oa].some((e) => ob.has(e)))) return null;
  // …and then the treaty's own name must not tell them apart ("the defence treaty" / "a trade agreement").
  if (!oa.size !== !ob.size && (!treatiesMayMatch(claim, source) || onceActs(claim)[0] !== onceActs(source)[0])) return null;
  const shared = sharedSaid(claim, source);
  for (const k of [CONFIRM_CLASS, TROOP, ...(claim.f.claimed?.events ?? []), ...(source.f.claimed?.events ?? [])]) shared.delete(k);
  if (![...oa].some((e) => ob.has(e)) && !shared.size) return null;
  if (toldBy) {
    const d = (undated === claim ? b : a)[0]!;
    return {
      verdict: 'conflicts', kind: 'date', score: 1 + sim,
      reason: `date: ${undated === claim ? 'the other report dates it' : 'here it is dated'} ${fmtDate(d.from)}, but ${undated === claim ? 'this' : 'the other'} report already told of it as done on ${fmtDate(toldBy)}; both cannot be right.`,
      ...(undated === claim ? { quoteSpan: d.text } : { claimSpan: d.text }),
    };
  }
  // Some pair of dates can meet: no clash.
  if (a.some((x) => b.some((y) => spansMeet(x, y)))) return null;
  const when = (d: DateSpan) => d.text === 'came as' ? `with that report's news, in the week before ${fmtDate(isoDay(d.to, -1))} ('came as')` : d.from === d.to ? `on ${fmtDate(d.from)}` : `between ${fmtDate(d.from)} and ${fmtDate(d.to)}`;
  const [x, y] = [a[0]!, b[0]!];
  // "a trade deal" signed in 2019 and one in 2024: a document of a kind, not named, may be signed again years later.
  if (Math.abs(days(x.from, y.from)) > 365 && (INDEFINITE_DOCUMENT.test(claim.text) || INDEFINITE_DOCUMENT.test(source.text))) return null;
  return {
    verdict: 'conflicts', kind: 'date', score: 1 + sim,
    reason: `date: here it happened ${when(x)}, in the other report ${when(y)}; both cannot be right.`,
    claimSpan: x.text, quoteSpan: y.text,
  };
}

/**
 * The event class a directed relation is told with, for a denial of it: teaching is training, arming
 * is supplying. Not help (its purposes are too many to match) nor attacks (they recur).
 */
const FRAME_EVENT: Record<string, string> = { teach: foldSynonym(stem('train')), arm: foldSynonym(stem('supply')) };

/**
 * One side says an event did not happen ("North Korean troops had not yet engaged in combat"), the
 * other that it did ("North Korean troops have begun engaging in combat"): the same party, the same
 * event, and something more said in common (as sameEventClaim asks). At one time that is a negation;
 * a later report that it happened supersedes an earlier one that it had not.
 */
function negatedEvent(claim: Side, source: Side, sim: number): Judgement | null {
  if (sim < FRAME_GATE) return null;
  for (const [neg, pos, negSide] of [[claim, source, 'claim'], [source, claim, 'source']] as const) {
    const n = neg.f.unclaimed;
    const p = pos.f.claimed;
    if (!n || !p || !claimsOneEvent(n, p) || NEGATIVE_CUE.test(pos.text.slice(pos.text.indexOf(p.text), pos.text.indexOf(p.text) + p.text.length))) continue;
    // A part done ("regained control of 40 per cent of Kupiansk") is not the whole denied.
    if (pos.f.control?.partial || PART_OF.test(pos.text.slice(pos.text.indexOf(p.text) + p.text.length))) continue;
    const shared = sharedSaid(claim, source);
    for (const k of [CONFIRM_CLASS, TROOP, ...n.events, ...p.events]) shared.delete(k);
    const event = n.events.find((e) => p.events.includes(e))!;
    // A party's troops' own losses ("suffered no casualties" / "are taking casualties") have no other object to share.
    const troops = (x: Side) => x.f.keys.some((k) => foldSynonym(k) === TROOP);
    const ownLosses = event === KILL && !n.partner && !p.partner && troops(neg) && troops(pos);
    // Done to the same party: the positive side's frame runs from the denier to a party the denial names
    // ("Moscow denied giving any military training to N. Korean personnel" / "Moscow trained North Korean soldiers").
    const framed = pos.f.frames.some((fr) => fr.agent === n.agent && fr.patient !== n.agent && neg.f.entities.includes(fr.patient) && n.events.some((e) => FRAME_EVENT[fr.rel] === e));
    // A ratification not yet signed into law ("has yet to sign the ratification into law", "is yet to sign the law ratifying
    // the pact") is not the treaty's conclusion, signed by two at a summit; a signing of the treaty by the same one party,
    // told within weeks, is that very act.
    const intoLaw = INTO_LAW.test(neg.text) && n.events.includes(SIGN);
    if (intoLaw && (!!p.joint || !!p.partner || CONCLUDED_AT.test(pos.text))) continue;
    const lawSigned = intoLaw && p.agent === n.agent && p.events.includes(SIGN) && /\b(?:treaty|pact|accord|agreement|protocol|convention|ratification)\b/i.test(pos.text) && pos.f.entities.every((e) => e === n.agent) &&
      !!pos.published && !!neg.published && Math.abs(days(pos.published.slice(0, 10), neg.published.slice(0, 10))) <= INTO_LAW_DAYS;
    if (!(n.partner && p.partner) && !shared.size && !ownLosses && !framed && !lawSigned) continue;
    // What was done must be the same thing: fighting, losses or troops sent are; a treaty, a delivery
    // or an export may be another one of its kind ("has yet to ratify the nuclear agreement" / "ratified
    // the trade agreement"), so only a near-identical pair is read for those.
    const plainEvent = event === FIGHT_CLASS || ownLosses || framed || lawSigned || (event === SEND && troops(neg) && troops(pos)) || sameTreaty(neg, pos);
    if (!plainEvent && sim < NEGATION_SAME) continue;
    const word = EVENT_WORDS[event.replace(/^~/, '')] ?? event.replace(/^~/, '');
    const what = ownLosses ? `losses among ${entityName(n.agent)}'s forces` : `the ${word} by ${entityName(n.agent)}`;
    const pron = ownLosses ? 'they' : 'it';
    // Whether it happened after the negative was said: the positive side's date for the event (or for
    // its saying, or its report) against the day the negative was said (or its report's).
    const eventDay = pos.f.dates.find((d) => d.kind === 'point' && !datesTheSaying(pos.text, d))?.from;
    const posDay = eventDay ?? saidOn(pos) ?? pos.published;
    const negDay = saidOn(neg) ?? neg.published;
    // A denial answered later by someone else's account is a dispute, not a change; only the denier's own admission changes it.
    const disputed = neg.f.stances.some((st) => st.kind === 'deny') && !pos.f.stances.some((st) => st.kind === 'confirm' && st.subject === n.agent);
    const later = !disputed && !!posDay && !!negDay && (eventDay ? posDay > negDay : days(posDay, negDay) > 7);
    const posSide = negSide === 'claim' ? 'source' : 'claim';
    if (later) {
      const newer = posSide;
      return {
        verdict: 'conflicts', kind: 'superseded', score: 1 + sim, newer,
        reason: `superseded: the older report says ${what} had not happened ('${n.text}'); the newer one says ${pron} had ('${p.text}').`,
        ...(negSide === 'claim' ? { claimSpan: n.text, quoteSpan: p.text } : { claimSpan: p.text, quoteSpan: n.text }),
      };
    }
    return {
      verdict: 'conflicts', kind: 'negation', score: 0.9 + sim,
      reason: `negation: ${negSide === 'claim' ? `here ${what} did not happen ('${n.text}'), the other report says ${pron} did` : `here ${what} happened, the other report says ${pron} did not ('${n.text}')`}${who(source)}.`,
      ...(negSide === 'claim' ? { claimSpan: n.text, quoteSpan: p.text } : { claimSpan: p.text, quoteSpan: n.text }),
    };
  }
  return null;
}

/** A ratification signed into law: "sign Russia's ratification into law", "sign the law ratifying the pact". */
const INTO_LAW = /\bsign\w*\s+(?:[\w’'-]+\s+){0,5}?into\s+law\b|\bsign\w*\s+(?:the|a)\s+(?:law|bill|decree)\s+(?:ratifying|on\s+(?:the\s+)?ratification)\b|\bsign\w*\s+(?:the|its|their|[\w’'-]+['’]s?)\s+ratification\b/i;
/** A treaty concluded at a meeting of its signers: "during their summit", "on a visit to", "at talks in". */
const CONCLUDED_AT = /\b(?:summit|visit|trip|talks|ceremony|meeting)\b/i;
/** Within this many days, a party's treaty "signed" and its ratification "yet to be signed into law" are one act. */
const INTO_LAW_DAYS = 45;

const TREATY = foldSynonym(stem('treaty'));

/** The words that name a statement's treaty ("a historic defence agreement" → historic, defence); null when it names none. */
function treatyModifiers(x: Side): Set<string> | null {
  const tokens = tokenize(x.text);
  const at = tokens.findIndex((t) => !t.stop && foldSynonym(t.key) === TREATY);
  if (at < 0) return null;
  // The words that name it, back to its determiner or verb: "a historic defence agreement", "the Ottawa treaty".
  const out = new Set<string>();
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const t = tokens[k]!;
    if (t.stop || t.entity || EVENT_CLASSES.has(foldSynonym(t.key))) break;
    out.add(foldSynonym(t.key));
  }
  return out;
}

/**
 * Both name a treaty, and the words before it do not name two different ones: "the mutual defence
 * treaty" and "a historic defense agreement" share "defence"; "the nuclear agreement" and "the trade
 * agreement" are two.
 */
function sameTreaty(a: Side, b: Side): boolean {
  const ma = treatyModifiers(a);
  const mb = treatyModifiers(b);
  // Named on one side only ("the Ottawa treaty" / "a treaty"), it may be another.
  return !!ma && !!mb && !ma.size === !mb.size && namesMeet(ma, mb);
}

/** Two treaties' names do not tell them apart: one names none, or they share a word. */
function namesMeet(ma: Set<string> | null, mb: Set<string> | null): boolean {
  return !ma?.size || !mb?.size || [...ma].some((k) => mb.has(k));
}

/** Whether two treaties are not told apart by their names: "the defence treaty" / "a trade agreement" are two. */
function treatiesMayMatch(a: Side, b: Side): boolean {
  return namesMeet(treatyModifiers(a), treatyModifiers(b));
}

/**
 * The same words quoted on both sides ("“withdraw its troops from Russia”"), said once, dated by each
 * report to days that cannot meet ("demanded in the first days of October" / "called on North Korea
 * at the end of October"): both cannot be right. Only a date shortly before the quotation counts.
 */
function quoteDateClash(claim: Side, source: Side, sim: number): Judgement | null {
  // Checked only for a pair with a quotation on both sides: nearly every pair reaches this test.
  if (!/[“"]/.test(claim.text) || !/[“"]/.test(source.text)) return null;
  const quotes = (x: Side) => [...x.text.matchAll(/[“"]([^”"]{12,200})[”"]/g)].map((m) => ({ words: m[1]!.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, '').replace(/\s+/g, ' ').trim(), at: m.index! }));
  const qb = quotes(source);
  for (const a of quotes(claim)) {
    if (a.words.split(' ').length < 4) continue;
    const b = qb.find((q) => q.words === a.words);
    if (!b) continue;
    // One speaker named on both sides, outside the quotation ("El Fasher" inside "lift the siege of
    // El Fasher" names no speaker), and no word that the words were said again.
    const speakers = (x: Side) => new Set(tokenize(x.text.replace(/[“"][^”"]*[”"]/g, ' ')).filter((t) => x.f.names.includes(t.key)).map((t) => t.key));
    const sb = speakers(source);
    if (![...speakers(claim)].some((k) => sb.has(k)) || [claim, source].some((x) => /\b(again|repeated|reiterated|renewed|once more)\b/i.test(x.text))) return null;
    const near = (x: Side, at: number) => x.f.dates.filter((d) => d.kind === 'point' && d.start < at && at - d.start <= 80);
    const [da, db] = [near(claim, a.at), near(source, b.at)];
    if (!da.length || !db.length || da.some((x) => db.some((y) => spansMeet(x, y)))) continue;
    const [x, y] = [da[0]!, db[0]!];
    const when = (d: DateSpan) => (d.from === d.to ? 'on ' + fmtDate(d.from) : 'between ' + fmtDate(d.from) + ' and ' + fmtDate(d.to));
    return {
      verdict: 'conflicts', kind: 'date', score: 1 + sim,
      reason: `date: the same words, “${a.words}”, were said ${when(x)} here and ${when(y)} in the other report; both cannot be right.`,
      claimSpan: x.text, quoteSpan: y.text,
    };
  }
  return null;
}

/** A liberation said to be complete: "had been completely liberated", "fully retaken", "the whole region freed". */
const COMPLETED = /\b(complete(ly)?|fully|entirely)\s+(\w+\s+)?(liberat|retak|recaptur|freed|cleared|regain)|\b(whole|entire)\s+(\w+\s+){0,3}(liberat|retak|recaptur|freed|cleared|regain)/i;
const SIGN = foldSynonym(stem('sign'));
const FIGHT_CLASS = foldSynonym(stem('fight'));

/**
 * An event that happens once, dated by the two reports to days that cannot meet, however far apart:
 * a treaty signed or ratified (see eventDateClash for what makes it one event), or the same place
 * seized or retaken by the same side ("seized part of Kursk in October" / "seized land in Kursk last
 * August"). A state ("occupied since August") is no event, and a completed liberation is announced
 * once, so there the days of the saying count too.
 */
function onceDateClash(claim: Side, source: Side, sim: number): Judgement | null {
  if (sim < FRAME_GATE) return null;
  // A treaty two leaders signed together is signed once; a law, a bill or a ratification may be signed
  // or passed by several bodies on several days.
  const onlySigned = (x: Side) => x.f.claimed?.events.length === 1 && x.f.claimed.events[0] === SIGN && !/\b(law|bill|decree|ratif\w*)\b/i.test(x.text);
  // …and so is a treaty "Concluded during a visit … in June" by no one named, against one signed by a named side.
  const passiveSigned = (x: Side) => !x.f.claimed && onceActs(x)[0] === SIGN && !/\b(law|bill|decree)\b/i.test(x.text);
  const oneSigning = (claimsOneEvent(claim.f.claimed, source.f.claimed) && (claim.f.claimed!.joint || source.f.claimed!.joint) && onlySigned(claim) && onlySigned(source)) ||
    (passiveOneEvent(claim, source) && ((onlySigned(claim) && passiveSigned(source)) || (passiveSigned(claim) && onlySigned(source))));
  if (oneSigning) {
    const clash = eventDateClash(claim, source, sim);
    if (clash) return clash;
  }
  // A place changes hands many times; its complete liberation, announced, happens once.
  const a = claim.f.control;
  const b = source.f.control;
  if (!a || !b || a.state !== 'freed' || b.state !== 'freed' || !COMPLETED.test(claim.text) || !COMPLETED.test(source.text)) return null;
  if ((a.holder && b.holder && a.holder !== b.holder) || !a.places.some((p) => b.places.includes(p))) return null;
  const dated = (x: Side) => x.f.dates.filter((d) => d.kind === 'point');
  const da = dated(claim);
  const db = dated(source);
  if (!da.length || !db.length || da.some((x) => db.some((y) => spansMeet(x, y)))) return null;
  const [x, y] = [da[0]!, db[0]!];
  const when = (d: DateSpan) => (d.from === d.to ? 'on ' + fmtDate(d.from) : 'between ' + fmtDate(d.from) + ' and ' + fmtDate(d.to));
  return {
    verdict: 'conflicts', kind: 'date', score: 1 + sim,
    reason: `date: here it was completely '${a.text}' ${when(x)}, in the other report ${when(y)}; both cannot be right.`,
    claimSpan: x.text, quoteSpan: y.text,
  };
}

/** A signing of a treaty: the verb and, in the sentence, the document ("signed the treaty", "the pact … concluded"). */
const SIGNING = /\b(sign(?:ed|s|ing)?|conclud(?:ed|es|ing)|ink(?:ed|s|ing))\b/i;
const TREATY_OR_IT = /\b(treaty|pact|accord|agreement|it)\b/i;
/** Laws and ratifications are signed by several bodies on several days; they are not one signing. */
const NOT_ONE_SIGNING = /\b(law|bill|decree|ratif\w*|legislation)\b/i;
/** Words of office, which two signers share ("President … signed"). */
const TITLE_WORD = /^(president|prime|minister|leader|king|queen|chancellor|secretary|general|supreme|chairman|premier|foreign|defence|defense|state|russian|american)$/;
/** Where a signing took place: "signed … at a summit in Vladivostok", "during a rare visit … to Pyongyang", "when Kim travelled to Moscow for a summit". */
const SIGNING_PLACE = /\b(?:summit|meeting|talks|visit|trip|ceremony|signed|concluded|signing|inked|travell?ed|flew|journeyed)\b(?:\s+[\w'’-]+){0,6}?\s+(?:in|to|at)\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)/g;

/** The places a signing sentence says it took place, lower-cased, without dates. */
function signingPlaces(text: string): Set<string> {
  return new Set([...text.matchAll(SIGNING_PLACE)].map((m) => m[1]!.toLowerCase()).filter((w) => !DATE_WORD.test(w) && !NOT_A_PLACE_WORD.test(w)));
}

/**
 * One signing of a treaty, by the same signer, told in two places ("signed at a summit in Vladivostok
 * last June" / "signed the treaty during their summit in Pyongyang in June"): a treaty is signed once,
 * so both cannot be right. Dated apart, they may be two signings; neither place may be named on the
 * other side at all.
 */
function signedApart(claim: Side, source: Side, sim: number): Judgement | null {
  if (sim < FRAME_GATE || !SIGNING.test(claim.text) || !SIGNING.test(source.text)) return null;
  // One side names the treaty; the other names it too, says "it", or names nothing signed ("Concluded during a visit …").
  const signedThing = (x: Side) => /^\s+(?:(?:the|a|an|their|its|his|her)\s+)?([\w-]+)/.exec(x.text.slice(SIGNING.exec(x.text)!.index + SIGNING.exec(x.text)![0].length))?.[1] ?? '';
  const oneTreaty = (x: Side) => TREATY_OR_IT.test(x.text) || /^(during|at|in|on|when|while|last|this|by|with)$/i.test(signedThing(x));
  if (![claim, source].some((x) => /\b(treaty|pact|accord|agreement)\b/i.test(x.text)) || ![claim, source].every(oneTreaty)) return null;
  if ([claim, source].some((x) => NOT_ONE_SIGNING.test(x.text))) return null;
  const a = signingPlaces(claim.text);
  const b = signingPlaces(source.text);
  if (!a.size || !b.size) return null;
  const named = (p: string, x: Side) => new RegExp(`\\b${p}\\b`, 'i').test(x.text);
  if ([...a].some((p) => named(p, source)) || [...b].some((p) => named(p, claim))) return null;
  // Co-signers named apart ("he and Scholz" / "Macron and Merkel"): two treaties.
  const signersNamed = (x: Side) => [...x.text.matchAll(/\b((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}\p{Ll}+|he|she)\s+and\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}\p{Ll}+)|\b(?:summit|talks|meeting)\s+with\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}\p{Ll}+)/gu)]
    .flatMap((m) => [m[1], m[2], m[3]]).filter((w): w is string => !!w && !/^(?:he|she)$/i.test(w)).map((w) => w.split(/\s+/).filter((v) => v.length >= 3 && !TITLE_WORD.test(v.toLowerCase())));
  const missing = (runs: string[][], other: Side) => runs.some((r) => r.length > 0 && !r.some((w) => new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '')}`, 'i').test(other.text)));
  if (missing(signersNamed(claim), source) && missing(signersNamed(source), claim)) return null;
  // A city and its country ("in Aachen" / "in Germany") may be one place: a country, against a place the gazetteer does not put elsewhere.
  const country = (p: string) => { const code = entityOf(p.split(' ')); return code && foldName(entityName(code)) === foldName(p) ? code : null; };
  for (const [xs, ys] of [[a, b], [b, a]] as const) {
    for (const p of xs) {
      const code = country(p);
      if (code && [...ys].some((q) => { const other = entityOf(q.split(' ')); return !other || other === code; })) return null;
    }
  }
  const [wa, wb] = [tokenize(claim.text), tokenize(source.text)];
  // The same signer: a capitalised word inside both sentences that is no date nor title ("Putin").
  const capitalised = (words: Token[]) => new Set(words.filter((t) => !t.stop && /^[A-Z][a-z]{2,}$/.test(t.raw) && !DATE_WORD.test(t.lower) && !TITLE_WORD.test(t.lower)).map((t) => t.lower));
  const cb = capitalised(wb);
  const signers = [...capitalised(wa)].filter((w) => cb.has(w)).length;
  // Or one side tells the signing with no signer ("the treaty itself was signed in Moscow back in June")
  // in the same month the other gives: the treaty both name.
  const sameMonth = pointDates(claim).some((x) => pointDates(source).some((y) => spansMeet(x, y)));
  const unsigned = [claim, source].some((x) => /\b(?:was|were|been)\s+(?:\w+\s+)?(?:signed|inked)\b/i.test(x.text) && !/\b(?:signed|inked)\s+by\b/i.test(x.text));
  if (!signers && !(unsigned && sameMonth)) return null;
  // The same parties to it: a treaty with Vietnam in Hanoi is not the one with North Korea in Pyongyang.
  const parties = (words: Token[]) => {
    const raw = words.map((t) => t.raw);
    return new Set(words.flatMap((t, i) => { const code = t.entity ?? personEntity(raw, i + 1); return code ? [code] : []; }));
  };
  const [ea, eb] = [parties(wa), parties(wb)];
  const [few, many] = ea.size <= eb.size ? [ea, eb] : [eb, ea];
  // Parties the gazetteer does not know: two signers named alike on both sides ("Erdogan and Aliyev").
  if (few.size ? [...few].some((e) => !many.has(e)) : signers < 2 && !(unsigned && sameMonth)) return null;
  // Two documents: "a framework agreement on rare earths" / "the trade agreement".
  if (documentsApart(claim, source, false)) return null;
  // At one time: the dates both give meet, or an undated side's report is within weeks of the other's date.
  const [da, db] = [datesOrPublished(claim), datesOrPublished(source)];
  const undated = !claim.f.dates.some((d) => d.kind === 'point') || !source.f.dates.some((d) => d.kind === 'point');
  const slack = undated ? 180 : 0;
  if (da.length && db.length && !da.some((x) => db.some((y) => days(x.from, y.to) <= slack && days(y.from, x.to) <= slack))) return null;
  const place = (x: Set<string>) => [...x].map((p) => p.replace(/\b\w/g, (c) => c.toUpperCase())).join(', ');
  return {
    verdict: 'conflicts', kind: 'other', score: 0.9 + sim,
    reason: `place: here it was signed in ${place(a)}, in the other report in ${place(b)}; a treaty is signed once.`,
  };
}

const QUOTE_MARK = /["“”]/;

/** An office and up to three words before it: "the deputy American ambassador", "the U.S. deputy ambassador". */
const OFFICE = /((?:[\w.-]+\s+){0,3})(ambassador|secretary|minister|spokes(?:man|woman|person)|director|envoy|commander|chairman|chairwoman)\b/gi;
const DEPUTY = /\b(deputy|vice|assistant|under-secretary)\b/i;

/** Each office a statement names, and whether each mention names a deputy of it (true) or the office itself (false). */
function offices(text: string): Map<string, Set<boolean>> {
  const out = new Map<string, Set<boolean>>();
  OFFICE.lastIndex = 0;
  for (let m = OFFICE.exec(text); m; m = OFFICE.exec(text)) {
    const office = m[2]!.toLowerCase();
    const set = out.get(office) ?? new Set<boolean>();
    set.add(DEPUTY.test(m[1]!));
    out.set(office, set);
  }
  return out;
}

/**
 * One fact stated twice, said by an office-holder on one side and by the deputy of that office on the
 * other ("the U.S. ambassador to the UN warned …" / "the deputy American ambassador to the UN warned
 * …"): two people, and both reports cannot be right about who said it.
 */
function otherOffice(claim: Side, source: Side, score: number): Judgement | null {
  // Only words quoted on both sides are one saying: a deputy may well repeat what the minister said.
  if (!QUOTE_MARK.test(claim.text) || !QUOTE_MARK.test(source.text)) return null;
  const a = offices(claim.text);
  if (!a.size) return null;
  for (const [office, ys] of offices(source.text)) {
    const xs = a.get(office);
    if (!xs || xs.size !== 1 || ys.size !== 1 || xs.has(true) === ys.has(true)) continue;
    const [here, there] = xs.has(true) ? [`the deputy ${office}`, `the ${office}`] : [`the ${office}`, `the deputy ${office}`];
    return {
      verdict: 'conflicts', kind: 'actor-role', score: 1 + score,
      reason: `who said it: here ${here}, in the other report ${there}; they are two people.`,
    };
  }
  return null;
}

/** A capitalised word of a name, hyphenated or not ("Thomas-Greenfield", "Zajárova"). */
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:\p{Lu}[\p{Ll}'’]+)*(?:-\p{Lu}?[\p{Ll}'’]+)*`;
/** A name of one to three such words. */
const PERSON_NAME = String.raw`((?:${NAME_WORD}\s+){0,2}${NAME_WORD})`;
/** A verb a speaker is named with. */
const SPEAKER_VERB = String.raw`(?:was\s+quoted\s+as\s+saying|(?:has\s+|had\s+|also\s+|later\s+)?(?:said|says|added|adds|told|tells|stated|states|warned|warns|insisted|insists|stressed|stresses|noted|notes|remarked|declared|wrote|listed|affirmed|confirmed|announced|explained|argued|claimed|promised))\b`;
/** Speakers named before their verb: "Vedant Patel added", "Matthew Miller was quoted as saying", "John Kirby, the White House spokesman, said", "The department's spokesman, Matthew Miller, listed". */
const NAME_BEFORE_SAYING = [
  new RegExp(String.raw`(?<![\p{L}])${PERSON_NAME}\s+${SPEAKER_VERB}`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])${PERSON_NAME},\s+(?:the|a|an|its|their|[\p{Lu}][\p{L}.'’-]*['’]s)\s+[^,;"“”]{3,80}?,\s+${SPEAKER_VERB}`, 'gu'),
  new RegExp(String.raw`(?:spokes(?:man|woman|person)|secretary|minister|ambassador|official|envoy|director|chief),\s+${PERSON_NAME},\s+${SPEAKER_VERB}`, 'giu'),
];
/** A person's name after the verb that closes a quotation: "…,” said Vedant Patel", "…," added Patel. */
const NAME_AFTER_QUOTE = new RegExp(String.raw`[”"]\s*,?\s*(?:said|says|added|adds|wrote|told\s+reporters|stated|warned|noted)\s+(?:(?:the\s+)?(?:[a-z]+\s+){0,3}?(?:spokes(?:man|woman|person)|secretary|minister|ambassador|official|envoy|director|chief)\s+)?${PERSON_NAME}`, 'gu');
/** Words that open a capitalised run without naming a person. */
const NOT_A_PERSON_WORD = /^(?:the|a|an|he|she|they|it|we|i|this|that|but|and|separately|meanwhile|however|also|state|department|white|house|kremlin|pentagon|ministry|office|council|government|spokes(?:man|woman|person)|secretary|minister|ambassador|official|officials|president|prime|defen[cs]e|foreign|deputy|general|chief|envoy|director|mr|mrs|ms|dr|judge|justice|mayor|governor|attorney|district|senator|sen|rep|representative|congressman|congresswoman|pope|king|queen|prince|princess|sheikh|emir|executive|ceo|chairman|chairwoman|coach|manager|captain|commissioner|inspector|police|army|navy|company|group|bank|university)$/i;

/** The people a statement has speak, by their names' words ("Matthew Miller" → ["matthew", "miller"]): no party, office or date. */
function namedSpeakers(text: string): string[][] {
  const out: string[][] = [];
  for (const re of [...NAME_BEFORE_SAYING, NAME_AFTER_QUOTE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // A place before the verb is no speaker ("the judge in U.S. District Court in Manhattan said").
      // (A title after "of" is a title: "Secretary of State Marco Rubio told".)
      const at = m.index + m[0].indexOf(m[1]!);
      const words = m[1]!.split(/\s+/);
      if (!NOT_A_PERSON_WORD.test(words[0]!) && /\b(?:in|at|from|of|to|for|near|by)\s+$/i.test(text.slice(Math.max(0, at - 6), at))) continue;
      while (words.length && NOT_A_PERSON_WORD.test(words[0]!)) words.shift();
      if (!words.length || words.some((w) => NOT_A_PERSON_WORD.test(w) || DATE_WORD.test(w.toLowerCase()) || entityOf([w]))) continue;
      out.push(words.map((w) => w.toLowerCase().replace(/[’']s$/, '')));
    }
  }
  return out;
}

/** The words inside quotation marks, one list per quotation, lower-case. */
function quotedWords(text: string): string[][] {
  return [...text.matchAll(/[“"]([^”"]{3,400})[”"]/g)].map((m) => m[1]!.toLowerCase().split(/[^\p{L}\p{N}'’]+/u).filter(Boolean));
}

/** A name's word with its accents taken off ("Erdoğan" → "erdogan"), lower-case. */
function foldName(w: string): string {
  return w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** One name spelled two ways: the same word, the same first five letters ("Zelensky" / "Zelenskyy"), or one letter apart ("Sisi" / "Sissi", "Tokayev" / "Tokaev"). */
function nameWordsMeet(a: string, b: string): boolean {
  const [x, y] = [foldName(a), foldName(b)];
  return x === y || (x.length >= 5 && y.length >= 5 && x.slice(0, 5) === y.slice(0, 5)) || (x.length >= 4 && y.length >= 4 && oneEditApart(x, y));
}

/** Whether two words differ by at most one letter added, dropped or changed. */
function oneEditApart(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return x.slice(i + 1) === y.slice(i + 1) || x.slice(i + 1) === y.slice(i) || x.slice(i) === y.slice(i + 1);
}

/** Particles of names that name no one alone ("al-", "bin", "da"). */
const NAME_PARTICLE = /^(?:al|el|bin|ibn|abu|da|de|di|del|van|von|der|le|la)$/;

/** Words that tell a saying relayed, read out or repeated by another ("quoting", "citing", "reading from a statement by", "said the same thing"). */
const RELAYED = /\b(?:quot(?:ing|es)|(?<!\b(?:was|were|is|been)\s+)quoted|cit(?:ing|ed)|reading|read out|paraphras\w*|borrow\w*|relay\w*|translat\w*|deliver\w*|summari[sz]\w*|echo\w*|mock\w*|throwing|the same thing|the words of|on behalf of|told (?:him|her|them|the court|the judge|parliament|lawmakers)|been told|welcomed|warning that|claim(?:ed|s)? that|asked about|wrong to|co-?sign\w*|jointly|joint statement|letter)\b/i;
/** A reported clause about another's stance: "said the government will not …", "said the minister's message …", "said the Bank of Japan has …". */
const ANOTHERS_STANCE = /\b(?:said|says|told reporters|added|noted|stressed)\s+(?:that\s+)?(?:the|its|his|her|their)\s+(?:\p{Lu}|(?:government|bank|ministry|minister|president|administration|company|council|army|military|party|court|state|cabinet|leadership|authorities)\b)/u;
/** Words of a document's text: two people reading out one resolution are not one saying misattributed. */
const DOCUMENT_WORDS = /\b(?:resolution|declaration|communiqu[eé]|statement|treaty|agreement|letter|text)\b/i;

/** How many words of one side's quotations stand, two or more in a row, in the other side's quotations. */
function sharedQuotedWords(a: string[][], b: string[][]): string[] {
  const other = b.map((q) => ` ${q.join(' ')} `);
  const found = (words: string[]) => other.some((o) => o.includes(` ${words.join(' ')} `));
  const out: string[] = [];
  for (const q of a) {
    for (let i = 0; i < q.length - 1;) {
      // The longest run from here that the other side quotes too.
      let n = 1;
      while (i + n < q.length && found(q.slice(i, i + n + 1))) n++;
      if (n >= 2) out.push(q.slice(i, i + n).join(' '));
      i += n;
    }
  }
  return out;
}

/** At least this many words quoted alike, in runs of two or more, make one saying: two people may both be "deeply concerned". */
const SHARED_QUOTE_WORDS = 4;
/** Reports further apart than this may quote one saying said again. */
const SAID_APART_DAYS = 60;
/** A quotation this long is a saying; a shorter one may be a slogan or a stock phrase many repeat. */
const SAYING_WORDS = 12;
/** Words shared that are not function words or pronouns, at the least. */
const SHARED_CONTENT_WORDS = 4;
const PRONOUN = /^(?:i|we|you|he|she|it|they|me|us|him|her|them|my|our|your|his|its|their|this|that|these|those|can|could|will|would|have|has|had|not|no)$/;
/** Quoted on one side only, the other side must repeat more of it, with a run of three words or more. */
const SHARED_PARAPHRASE_WORDS = 6;
/** A spokesperson's title ("spokesman", "press secretary", "deputy spokesperson"). */
function spokesperson(text: string): boolean {
  return /\b(?:spokes(?:man|woman|person)|press\s+secretary)\b/i.test(text);
}
/** A principal's title, whose line a spokesperson may repeat. */
const PRINCIPAL = /\b(?:[Mm]inister|[Ss]ecretary|[Pp]resident|[Pp]remier|[Cc]hancellor|[Cc]hief|[Cc]ommander|[Gg]overnor|[Mm]ayor|[Aa]mbassador|[Ee]nvoy)\b/;
/** "Also on Tuesday," or "Also," opening a sentence: one more item of news. */
const OPENING_ALSO = /^\s*Also\b(?:\s+(?:on|in|at|last|this)\s+[\w.]+(?:\s+\d{1,2})?)?\s*,?/;
/** One saying told as said again or by several: "also", "echoed", "repeated", "as did Patel". */
const SAID_AGAIN = /\b(?:also|too|echo(?:ed|ing|es)?|repeat(?:ed|ing|s)?|reiterat\w*|likewise|as did)\b/;

/**
 * One saying put in the mouths of two people each side names and the other does not: its words quoted
 * on both sides ("spokesperson Matthew Miller was quoted as saying Washington was “incredibly concerned”
 * by Moscow's “brutal war”" / "“We are incredibly concerned … their brutal war …,” Patel said"), or
 * quoted on one side and repeated at length on the other ("John Kirby … said he could confirm that more
 * than 10,000 North Korean troops had been sent" / "“I can confirm that more than 10,000 North Korean
 * troops have been sent …,” Vedant Patel added"): both reports cannot be right about who said it.
 */
function otherSpeaker(claim: Side, source: Side, score: number): Judgement | null {
  if (!QUOTE_MARK.test(claim.text) && !QUOTE_MARK.test(source.text)) return null;
  const [sa, sb] = [namedSpeakers(claim.text), namedSpeakers(source.text)];
  // "Also on Tuesday, …" opens the sentence as one more item of news, not the saying as said again.
  const again = (x: Side) => SAID_AGAIN.test(x.text.replace(OPENING_ALSO, ''));
  if (!sa.length || !sb.length || again(claim) || again(source)) return null;
  // Each side's speaker goes unnamed on the other side, under any of their names' words, however spelled.
  const lower = (x: Side) => ` ${x.text.toLowerCase().replace(/[^\p{L}\p{N}'’]+/gu, ' ')} `;
  const [ta, tb] = [lower(claim), lower(source)];
  const named = (n: string[], t: string) => n.filter((w) => !NAME_PARTICLE.test(w)).some((w) => t.trim().split(' ').some((v) => nameWordsMeet(w, v)));
  if (sa.some((n) => named(n, tb)) || sb.some((n) => named(n, ta))) return null;
  // One speaker a side, saying it in their own name: not relayed, quoted from another, or told of someone else.
  const one = (ns: string[][]) => new Set(ns.map((n) => n.join(' '))).size === 1;
  if (!one(sa) || !one(sb) || RELAYED.test(claim.text) || RELAYED.test(source.text)) return null;
  // A full name on one side at least: a single name on both may be one person's two names ("Tedros" / "Ghebreyesus").
  const full = (ns: string[][]) => ns[0]!.filter((w) => !NAME_PARTICLE.test(w)).length >= 2;
  if (!full(sa) && !full(sb)) return null;
  // Said at one time: dates both give meet, and the reports are weeks apart at most ("said in 2020" / "said on Tuesday").
  const [da, db] = [pointDates(claim), pointDates(source)];
  if (da.length && db.length && !da.some((x) => db.some((y) => spansMeet(x, y)))) return null;
  if (claim.published && source.published && Math.abs(days(claim.published.slice(0, 10), source.published.slice(0, 10))) > SAID_APART_DAYS) return null;
  const [qa, qb] = [quotedWords(claim.text), quotedWords(source.text)];
  const words = (t: string) => [t.trim().split(' ')];
  let shared = qa.length && qb.length ? sharedQuotedWords(qa, qb) : [];
  if (count(shared) < SHARED_QUOTE_WORDS) {
    // Quoted on one side and repeated at length on the other, which may quote a few words of it itself
    // ("Singh told reporters that Washington was “incredibly concerned” by Russia's decision to turn to North Korea").
    const [fromA, fromB] = [qa.length ? sharedQuotedWords(qa, words(tb)) : [], qb.length ? sharedQuotedWords(qb, words(ta)) : []];
    const claimRepeats = count(fromB) > count(fromA);
    shared = claimRepeats ? fromB : fromA;
    if (count(shared) < SHARED_PARAPHRASE_WORDS || !shared.some((run) => run.split(' ').length >= 3)) return null;
    // The side that paraphrases tells its own saying, not another's stance ("said the government will not negotiate").
    if (ANOTHERS_STANCE.test(claimRepeats ? claim.text : source.text)) return null;
    // Both quoting, only a few words alike: told in other words, a saying is one only on one occasion (reports
    // two days apart at most, or days both give that meet), and not a spokesperson repeating a minister's line.
    if (qa.length && qb.length) {
      const near = !!claim.published && !!source.published && Math.abs(days(claim.published.slice(0, 10), source.published.slice(0, 10))) <= SAME_OCCASION_DAYS;
      if (!(da.length && db.length) && !near) return null;
      if (spokesperson(claim.text) !== spokesperson(source.text) && [claim, source].some((x) => !spokesperson(x.text) && PRINCIPAL.test(x.text))) return null;
    }
  }
  if (shared.some((run) => DOCUMENT_WORDS.test(run))) return null;
  // A saying, not a slogan or a stock phrase ("as long as it takes", "a clear violation of international law"):
  // a quotation of a dozen words or more holds the shared words, and four of them are not function words.
  const holding = [...qa, ...qb].filter((q) => shared.some((run) => ` ${q.join(' ')} `.includes(` ${run} `)));
  if (!holding.some((q) => q.length >= SAYING_WORDS)) return null;
  if (shared.flatMap((run) => run.split(' ')).filter((w) => !STOP_WORDS.has(w) && !PRONOUN.test(w)).length < SHARED_CONTENT_WORDS) return null;
  const name = (n: string[]) => n.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
  return {
    verdict: 'conflicts', kind: 'other', score: 0.9 + score,
    reason: `speaker: here the words “${shared.join(' … ')}” are ${name(sa[0]!)}'s, in the other report ${name(sb[0]!)}'s; both reports cannot be right about who said them.`,
  };
}

/**
 * Where a person is, told right after the name: "is in Brussels", "was in The Hague", "arrived in Cairo"
 * (not "sent an envoy to Khartoum", "phoned his counterpart in Ankara", "lives in", "will travel to").
 */
const PERSON_IS_IN = /^(?:,[^,;]{1,80},)?\s+(?:(?:also|then|already|now|still)\s+)?(?:is|was|were|are|arrived|arrives|landed|lands)\s+(?:(?:also|then|already|now|still|back)\s+)?(?:in|at)\s+((?:The\s+)?\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*)?)/u;
/** Any stay told (PERSON_IS_IN's verb and preposition), wherever in the sentence. */
const STAYS = /\b(?:is|was|were|are|arrived|arrives|landed|lands)\s+(?:\w+\s+)?(?:in|at)\s+\p{Lu}/u;
/** A time longer than this many days ("in June", "this week") leaves a person time to travel. */
const SAME_DAYS_SPAN = 3;

/** Where a meeting with counterparts was held: "… took the matter to his NATO and EU counterparts in Rome", "talks with … in Brussels". */
const MET_IN = /\b(?:counterparts?|ministers|leaders|talks|meetings?|summit)\b[^.;]{0,40}?\b(?:in|at)\s+((?:The\s+)?\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*)?)/u;
/** A time this many days long or shorter pins one meeting; a longer one leaves room for two. */
const MEETING_DAYS_SPAN = 10;

/**
 * One person meeting the same counterparts, in the same days, in two cities ("Blinken carried the issue
 * to his NATO and European Union counterparts in Berlin" the week of the 12th / "Blinken is in Brussels on
 * Tuesday and Wednesday to discuss support for Ukraine with his counterparts from NATO and the EU"): one
 * meeting is held in one place. The same parties met on both sides, a full name on one side, days that
 * meet on both sides (ten days long at most), and neither side naming the other's city.
 */
function meetingElsewhere(claim: Side, source: Side, score: number): Judgement | null {
  if (!MET_IN.test(claim.text) && !MET_IN.test(source.text)) return null;
  const [sa, sb] = [fullNames(claim.text), fullNames(source.text)];
  const name = [...sa, ...sb].map((n) => n.split(' ').pop()!).find((w) => new RegExp(`\\b${w}\\b`).test(claim.text) && new RegExp(`\\b${w}\\b`).test(source.text));
  if (!name) return null;
  const place = (x: Side) => { const rest = x.text.slice(x.text.indexOf(name) + name.length); return MET_IN.exec(rest)?.[1] ?? PERSON_IS_IN.exec(rest)?.[1] ?? null; };
  const [pa, pb] = [place(claim), place(source)];
  if (!pa || !pb || DATE_WORD.test(pa.toLowerCase()) || DATE_WORD.test(pb.toLowerCase()) || placesMeet(pa, pb) || namesPlace(source, pa) || namesPlace(claim, pb)) return null;
  // The same counterparts: a party or body met on both sides.
  const own = personCode(name);
  const met = (x: Side) => new Set(x.f.entities.filter((e) => e !== own && e !== 'USA'));
  const [ma, mb] = [met(claim), met(source)];
  if (![...ma].some((e) => mb.has(e))) return null;
  const near = (x: Side) => pointDates(x).filter((d) => -days(d.from, d.to) <= MEETING_DAYS_SPAN);
  const [da, db] = [near(claim), near(source)];
  if (!da.length || !db.length || !da.some((x) => db.some((y) => spansMeet(x, y)))) return null;
  return {
    verdict: 'conflicts', kind: 'other', score: 0.9 + score,
    reason: `place: here ${name} meets them in ${pa}, in the other report in ${pb}, in the same days; one meeting is held in one place.`,
    claimSpan: pa, quoteSpan: pb,
  };
}

/** Full names (two or three capitalised words) that name no party, office or date. */
function fullNames(text: string): string[] {
  const title = (v: string) => OFFICE_TITLE.test(v) || OFFICE_WORD.test(v) || NOT_A_PERSON_WORD.test(v) || /^(?:of|the)$/i.test(v);
  return [...text.matchAll(/\b(\p{Lu}\p{Ll}+(?:\s+(?:of\s+)?\p{Lu}\p{Ll}+){1,4})\b/gu)].map((m) => {
    const w = m[1]!.split(/\s+/);
    while (w.length && title(w[0]!)) w.shift();
    return w;
  }).filter((w) => w.length >= 2 && w.length <= 3 && !entityOf(w) && !w.some((v) => entityOf([v]) || title(v) || DATE_WORD.test(v.toLowerCase()))).map((w) => w.join(' '));
}

/** One place by two names: the same word, spelled alike to its fifth letter ("Kharkiv" / "Kharkov"), or a country and a place in it. */
function placesMeet(a: string, b: string): boolean {
  const [x, y] = [foldName(a.replace(/^The\s+/, '')), foldName(b.replace(/^The\s+/, ''))];
  if (x === y || x.includes(y) || y.includes(x) || (x.length >= 5 && y.length >= 5 && x.slice(0, 5) === y.slice(0, 5))) return true;
  // A country named ("in Saudi Arabia") holds its cities ("in Jeddah").
  const country = (p: string) => { const code = entityOf(p.replace(/^The\s+/, '').split(/\s+/)); return !!code && foldName(entityName(code).replace(/^the\s+/i, '')) === foldName(p.replace(/^The\s+/, '')); };
  return country(a) || country(b);
}

/**
 * One person, told on both sides as present in two places on the same days, for days on at least one
 * side ("Antony Blinken … was in The Hague on Tuesday and Wednesday for talks" / "Blinken is in Brussels
 * on Tuesday and Wednesday"): one person is in one place at a time. Only a stay of days is told: a
 * morning in one city and an evening in another is one day's travel.
 */
function personElsewhere(claim: Side, source: Side, score: number): Judgement | null {
  // Checked on every corroboration: first the cheap test that both sides tell someone staying somewhere.
  if (!STAYS.test(claim.text) || !STAYS.test(source.text)) return null;
  // The people both sides name: a known person's name, or the last word of a full name ("Antony Blinken") on either side.
  const surnames = (x: Side) => new Set([...x.text.matchAll(/\b(\p{Lu}\p{Ll}+\s+)?(\p{Lu}\p{Ll}{2,})\b/gu)]
    .filter((m) => personCode(m[2]!) !== null || (!!m[1] && !entityOf([m[1].trim(), m[2]!]) && !entityOf([m[1].trim()]) && !OFFICE_TITLE.test(m[1].trim()) &&
      !OFFICE_WORD.test(m[1].trim()) && !NOT_A_PERSON_WORD.test(m[1].trim()) && !DATE_WORD.test(m[1].trim().toLowerCase()))).map((m) => m[2]!)
    .filter((w) => !OFFICE_TITLE.test(w) && !OFFICE_WORD.test(w) && !DATE_WORD.test(w.toLowerCase()) && !entityOf([w])));
  const known = (x: Side) => new Set([...x.text.matchAll(/\b\p{Lu}\p{Ll}{2,}\b/gu)].map((m) => m[0]));
  const [sa, sb, ka, kb] = [surnames(claim), surnames(source), known(claim), known(source)];
  const shared = [...new Set([...sa, ...sb])].filter((w) => ka.has(w) && kb.has(w));
  for (const name of shared) {
    const place = (x: Side) => PERSON_IS_IN.exec(x.text.slice(x.text.indexOf(name) + name.length))?.[1] ?? null;
    const [pa, pb] = [place(claim), place(source)];
    if (!pa || !pb || placesMeet(pa, pb) || namesPlace(source, pa) || namesPlace(claim, pb)) continue;
    // The same days, told on both sides: days, not a month ("in June" leaves time to travel), and a stay of
    // two days or more on one side at least ("on Tuesday and Wednesday").
    const near = (x: Side) => pointDates(x).filter((d) => -days(d.from, d.to) <= SAME_DAYS_SPAN);
    const [da, db] = [near(claim), near(source)];
    const stay = (ds: DateSpan[]) => ds.length >= 2 || ds.some((d) => -days(d.from, d.to) >= 1);
    if (!da.length || !db.length || !da.some((x) => db.some((y) => spansMeet(x, y))) || !(stay(da) || stay(db))) continue;
    return {
      verdict: 'conflicts', kind: 'other', score: 0.9 + score,
      reason: `place: here ${name} is in ${pa}, in the other report in ${pb}, on the same days; one person is in one place at a time.`,
      claimSpan: pa, quoteSpan: pb,
    };
  }
  return null;
}

/** An organisation and the city an apposition bases it in: "the Institute for the Study of War, a Washington think tank", "…, a London-based monitor". */
const BASED_IN = /((?:\p{Lu}[\p{L}'’.&-]*\s+(?:(?:of|for|the|and|on)\s+){0,2}){0,5}\p{Lu}[\p{L}'’.&-]*),\s+(?:a|an)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)(?:-based)?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:think[- ]tank|research (?:group|centre|center|institute)|institute|monitor|monitoring group|watchdog|organi[sz]ation|non-?profit|charity|group|firm|consultancy|newspaper|daily|broadcaster|news agency|agency|university)\b/gu;

/** The organisations a statement bases in a city, by their names lower-cased. */
function basedIn(text: string): Map<string, { name: string; place: string }> {
  const out = new Map<string, { name: string; place: string }>();
  BASED_IN.lastIndex = 0;
  for (let m = BASED_IN.exec(text); m; m = BASED_IN.exec(text)) {
    const name = m[1]!.replace(/^the\s+/i, '');
    out.set(name.toLowerCase(), { name, place: m[2]! });
  }
  return out;
}

/**
 * One organisation based by an apposition in two cities ("the Institute for the Study of War, a
 * London-based think tank" / "…, a Washington think tank"): both reports cannot be right.
 */
function otherBase(claim: Side, source: Side, score: number): Judgement | null {
  if (!/,\s+an?\s+\p{Lu}/u.test(claim.text) || !/,\s+an?\s+\p{Lu}/u.test(source.text)) return null;
  const b = basedIn(source.text);
  for (const [key, { name, place: here }] of basedIn(claim.text)) {
    const there = b.get(key)?.place;
    if (!there || there === here) continue;
    // Two places of two known countries only: a city and its region ("Paris" / "Courbevoie", "Wisconsin" / "Madison")
    // may both be right, and one country by two names ("London" / "Britain") is one.
    const code = (p: string) => entityOf(p.split(/\s+/));
    if (!code(here) || !code(there) || code(here) === code(there)) continue;
    return {
      verdict: 'conflicts', kind: 'other', score: 0.9 + score,
      reason: `place: here the ${name} is based in ${here}, in the other report in ${there}; both cannot be right.`,
      claimSpan: here, quoteSpan: there,
    };
  }
  return null;
}

/** A named person's death: "Ismail Haniyeh was killed", "Hassan Nasrallah died", "… was assassinated". */
const DIED = /(?<!\b(?:of|by|and|with)\s+)(?<![’']s\s+)\b((?:\p{Lu}[\p{Ll}'’-]+\s+){1,2}\p{Lu}[\p{Ll}'’-]+)\s+(?:was|were|had been|has been)?\s*(killed|assassinated|shot dead|died)\b/u;

/**
 * One person's death dated to two calendar days more than a day apart ("Ismail Haniyeh was killed in
 * Tehran on July 31" / "… on July 24"): a person dies once.
 */
function deathDateClash(claim: Side, source: Side, sim: number): Judgement | null {
  const [ma, mb] = [DIED.exec(claim.text), DIED.exec(source.text)];
  if (!ma || !mb) return null;
  const words = (m: RegExpExecArray) => m[1]!.split(/\s+/).filter((w) => !NOT_A_PERSON_WORD.test(w) && !entityOf([w]));
  const [wa, wb] = [words(ma), words(mb)];
  // The same person by full name on both sides.
  if (wa.length < 2 || wb.length < 2 || wa.join(' ') !== wb.join(' ')) return null;
  // Killed in an attack and died later of wounds are two days of one story: the same verb on both sides.
  if ((ma[2] === 'died') !== (mb[2] === 'died')) return null;
  // The day right after the verb (a place between: "was killed in Tehran on July 31"), not a day the death was told or confirmed.
  const day = (x: Side, m: RegExpExecArray) => {
    const end = m.index + m[0].length;
    return x.f.dates.find((d) => d.kind === 'point' && d.start >= end && d.start - end <= 40 && d.from === d.to && calendarDay(x, d.from) &&
      !/[,;]|\b(?:said|says|confirmed|announced|reported|admitted|told|after|before|since|began|which|when)\b/i.test(x.text.slice(end, d.start)));
  };
  const [da, db] = [day(claim, ma), day(source, mb)];
  if (!da || !db || Math.abs(days(da.from, db.from)) <= 1) return null;
  return {
    verdict: 'conflicts', kind: 'date', score: 1 + sim,
    reason: `date: here ${wa.join(' ')} died on ${fmtDate(da.from)}, in the other report on ${fmtDate(db.from)}; a person dies once.`,
    claimSpan: da.text, quoteSpan: db.text,
  };
}

/** How many words runs hold. */
function count(runs: string[]): number {
  return runs.reduce((n, run) => n + run.split(' ').length, 0);
}

/** Documents and things named by number: "resolutions 1718, 1874 and 2397", "Article 5", "Flight 370". */
const NUMBERED = /\b(resolutions?|articles?|sections?|paragraphs?|clauses?|decrees?|bills?|laws?|flights?|routes?|lines?|platforms?|gates?|rooms?|cases?)\s+((?:No\.?\s*)?\d+[A-Za-z]?(?![\d,]*\d{3}\b)(?:\s*(?:,|,?\s*and|,?\s*or|&)\s*\d+[A-Za-z]?(?!,\d))*)/gi;

/** The numbers a statement names things by, per kind of thing ("resolution" → "resolutions" 1718, 1874, 2397). */
function identifiers(text: string): Map<string, { noun: string; ids: Set<string> }> {
  const out = new Map<string, { noun: string; ids: Set<string> }>();
  NUMBERED.lastIndex = 0;
  for (let m = NUMBERED.exec(text); m; m = NUMBERED.exec(text)) {
    const kind = stem(m[1]!.toLowerCase());
    const entry = out.get(kind) ?? { noun: m[1]!.toLowerCase(), ids: new Set<string>() };
    for (const n of m[2]!.match(/\d+[A-Za-z]?/g) ?? []) entry.ids.add(n.toUpperCase());
    out.set(kind, entry);
  }
  return out;
}

/**
 * One fact stated twice that cites one list of numbered things two ways ("in breach of resolutions
 * 1718, 1874 and 2397" / "violates Resolutions 1718, 1874, and 2270"): both cannot cite it right.
 */
function otherIdentifiers(claim: Side, source: Side, score: number): Judgement | null {
  const a = identifiers(claim.text);
  if (!a.size) return null;
  for (const [kind, y] of identifiers(source.text)) {
    const x = a.get(kind);
    // Each must name one the other does not: citing fewer ("resolutions 1718 and 1874") is not citing others.
    // And one list told two ways: a single number on a side ("resolution 1701" / "resolution 2334") may well cite another text.
    if (!x || x.ids.size < 2 || y.ids.size < 2 || ![...x.ids].some((n) => y.ids.has(n))) continue;
    if ([...x.ids].every((n) => y.ids.has(n)) || [...y.ids].every((n) => x.ids.has(n))) continue;
    const list = (ids: Set<string>) => [...ids].join(', ');
    return {
      verdict: 'conflicts', kind: 'number', score: 1 + score,
      reason: `number: here ${x.noun} ${list(x.ids)}, in the other report ${y.noun} ${list(y.ids)}; one statement cannot cite both.`,
    };
  }
  return null;
}

/**
 * Two statements whose acts are apart: each tells an act (a ratification, a battle, a thanks) and
 * neither sentence has a word of the other's act ("North Korea completed its own ratification" /
 * "Russia announced that Kursk had been liberated, confirming … had participated in the battle").
 * Words of a story shared beyond that do not make one fact.
 */
function actsApart(claim: Side, source: Side): boolean {
  const ea = claim.f.claimed?.events ?? [];
  const eb = source.f.claimed?.events ?? [];
  if (!ea.length || !eb.length) return false;
  // "in a telltale sign of deepening cooperation": a sign as evidence is no signing.
  const keys = (x: Side) => {
    const plain = x.text.replace(SIGN_OF, ' ');
    return new Set((plain === x.text ? x.f.keys : tokenize(plain).map((t) => t.key)).map((k) => foldSynonym(k)));
  };
  const [ka, kb] = [keys(claim), keys(source)];
  // Sending, supplying and helping tell one act often enough ("sent 200 fuel trucks" / "supplied … with
  // fuel"); so do taking and retaking a place, which reports of one capture use both.
  const kin = (e: string) => ACT_KIN.find((g) => g.includes(e)) ?? [e];
  return !ea.some((e) => kin(e).some((k) => kb.has(k) || eb.includes(k))) && !eb.some((e) => kin(e).some((k) => ka.has(k)));
}
const ACT_KIN = [['send', 'supply', 'help'], ['retake', 'seize']].map((g) => g.map((w) => foldSynonym(stem(w))));
/** "a sign of", "the first signs of": a sign as evidence of something. */
const SIGN_OF = /\b(?:a|an|the|any|no|some|telltale|clear|further|another|first|latest|strong|clearest)\s+(?:[\w-]+\s+)?signs?\s+of\b/gi;

/**
 * A demand on one side only, and on the other an act by the demander that is no demand ("Austin demanded
 * that Pyongyang withdraw its troops" / "Austin and Umerov discussed the North Korean forces by phone"):
 * two facts, though they share the speaker and the story.
 */
/** Talks held: "discussed … in a phone call with", "met with", "held talks with". */
const TALKS = /\b(?:discuss(?:ed|es|ing)?|(?:phone|telephone|video) (?:call|conversation)|(?:met|meets|meeting) with|held talks|talks with|spoke (?:with|by phone|by telephone))\b/i;

function demandAgainstAct(claim: Side, source: Side): boolean {
  const demands = (x: Side) => (x.f.directives ?? []).some((d) => d.kind === 'demand');
  if (demands(claim) === demands(source)) return false;
  const other = demands(claim) ? source : claim;
  // The other side tells an act of its own, and says nothing of a demand nor of what was demanded.
  // "Austin also discussed the troops in a phone call with Umerov": talks are an act too.
  return (!!other.f.claimed?.events.length || TALKS.test(other.text)) && !/\b(demand\w*|call\w* (on|for|off)|ask\w*|request\w*|sought|seek\w*|hold off|scale back|pause|suspend\w*|reconsider|urg\w*|press\w*|insist\w*|appeal\w*|told \w+ to|needs? to|withdr[ae]w\w*|pull\w*\b[^.;]{0,25}\b(out|back)|must|should|let|leave|go home|bring \w+ home|cease|stop|halt)\b/i.test(other.text);
}

/** A place won or a battle ended in words the control reader does not take: "full control of", "cleared of militants", "declared victory". */
const TAKEN_IN_OTHER_WORDS = /\b(?:(?:full|complete|total)\s+control|(?:took|taken|take|taking|seized|gained|regained|assumed|restored)\s+(?:full\s+|complete\s+)?control|driven|cleared|free of|freed|victory|captured|captur\w+|retook|recaptur\w*|liberat\w*|stronghold|expelled|pushed out|ousted|regained|won back|(?:battle|fight|fighting|siege)\b[^.;]{0,30}\b(?:over|ended|end))\b/i;

/** The count a figure is given for, right before it: "the death toll at", "the number of dead rose to". */
const TALLY_OF = /\b(toll|number|total|tally|count|figure)\b[^.;,]{0,25}?\b(?:at|to|of|reached|stood at|stands at|hit)\s+$/i;

/** Both give a figure for the same kind of count, and no two of them overlap. */
function tallyApart(claim: Side, source: Side): boolean {
  const tallies = (x: Side) => x.f.figures.flatMap((f) => {
    const at = x.text.indexOf(f.text);
    const m = at > 0 ? TALLY_OF.exec(x.text.slice(Math.max(0, at - 40), at)) : null;
    return m ? [{ f, noun: m[1]!.toLowerCase() }] : [];
  });
  const [a, b] = [tallies(claim), tallies(source)];
  return a.length > 0 && b.length > 0 && a.every((x) => b.every((y) => x.noun === y.noun && !overlaps(x.f, y.f)));
}

/** The side a change of control names as its doer: "Ethiopian forces", "Tigrayan troops", a known party. */
function controlDoer(x: Side): string | null {
  const c = x.f.control;
  if (!c) return null;
  if (c.holder) return entityName(c.holder).toLowerCase();
  const at = x.text.indexOf(c.text);
  const m = at > 0 ? /\b([A-Z][\w'’-]+)\s+(?:forces|troops|soldiers|fighters|militias|militiamen|rebels|army)\s+(?:have\s+|has\s+|had\s+)?$/.exec(x.text.slice(0, at)) : null;
  return m ? m[1]!.toLowerCase() : null;
}

/** Both tell the same place taken or held, each by a side it names, and not the same side. */
function takenByTwo(claim: Side, source: Side): boolean {
  const [a, b] = [claim.f.control, source.f.control];
  if (!a || !b || a.state !== b.state || !a.places.some((p) => b.places.includes(p))) return false;
  const [da, db] = [controlDoer(claim), controlDoer(source)];
  // "Ethiopian" and "Ethiopia" name one side.
  return !!da && !!db && !da.startsWith(db.slice(0, 5)) && !db.startsWith(da.slice(0, 5));
}

/** Both give counts of one kind (the same unit), and no count on one side meets one on the other. */
function countsApart(claim: Side, source: Side): boolean {
  const counted = (x: Side) => x.f.figures.filter((f) => f.unit && f.value >= 2);
  const [a, b] = [counted(claim), counted(source)];
  const alike = a.filter((x) => b.some((y) => sameUnit(x, y)));
  return alike.length > 0 && alike.every((x) => b.every((y) => !sameUnit(x, y) || !overlaps(x, y)));
}

/** A statement that tells a place freed and nothing else: no event claimed or put on record, no figure, no onset. */
function onlyControlChange(x: Side): boolean {
  return x.f.control?.state === 'freed' && !x.f.claimed && !x.f.asserted && !x.f.onset && !x.f.figures.length;
}

function sameFact(claim: Side, source: Side, same: SameMatch, threshold: number): Judgement | null {
  if (same.score < threshold || stillHeldLater(claim, source) || otherActs(claim, source) || actsApart(claim, source) || demandAgainstAct(claim, source)) return null;
  // A change of control told alone ("Moscow declared that the Kursk region was completely liberated")
  // is not a statement that tells no control at all, whatever their words share.
  if (onlyControlChange(claim) !== onlyControlChange(source) && (!claim.f.control || !source.f.control) && !TAKEN_IN_OTHER_WORDS.test(onlyControlChange(claim) ? source.text : claim.text)) return null;
  // One place taken by two named sides ("Ethiopian forces liberated Lalibela" / "Tigrayan forces have recaptured Lalibela").
  if (takenByTwo(claim, source)) return null;
  // Two tallies of one count that cannot both hold ("put the death toll at 120" / "… at 180") are no one fact,
  // nor are counts of one kind that cannot meet ("killed at least 95 people in Spain" / "… 62 people in Valencia").
  if (tallyApart(claim, source) || countsApart(claim, source)) return null;
  // …and one kind of event in two places named apart ("killed at least 95 people in Spain" / "… in Valencia"
  // may be part of it, "… in Haiti" is another) is not one fact told twice when both count it.
  if (placesApart(claim, source) && claim.f.figures.some((f) => f.unit) && source.f.figures.some((f) => f.unit)) return null;
  // Two silences about two named topics share their words of silence, not a fact.
  if (claim.f.stances.some((x) => x.kind === 'no-comment' && source.f.stances.some((y) => y.kind === 'no-comment' && silenceTopicsApart(claim, x, source, y)))) return null;
  if (!sharesWhatIsSaid(claim, source) || oppositeStances(claim, source)) return null;
  if (distinctFacts(claim, source) || negatesTheOther(claim, source)) return null;
  if (oneSidedDoubt(claim, source, same)) return null;
  const clash = (claimsOneEvent(claim.f.claimed, source.f.claimed) || passiveOneEvent(claim, source) ? eventDateClash(claim, source, same.score) : null) ?? otherIdentifiers(claim, source, same.score) ?? otherOffice(claim, source, same.score);
  if (clash) return clash;
  const a = claim.f.speaker;
  const b = source.f.speaker;
  const { score, claimSpan, quoteSpan } = same;
  // When one clause carried the match, say so: the rest of that sentence is not backed.
  const part = claimSpan ? ' (in one clause of this sentence)' : quoteSpan ? " (in one clause of the other report's sentence)" : '';
  const reason =
    a && b && a !== b
      ? `Same fact${part}, stated by ${a} here and by ${b} in the other report.`
      : a || b
        ? `Same fact in other words${part}, attributed to ${a ?? b}.`
        : `Same fact in other words${part}.`;
  return { verdict: 'corroborates', kind: 'same-fact', score, reason, ...(claimSpan ? { claimSpan } : {}), ...(quoteSpan ? { quoteSpan } : {}) };
}
