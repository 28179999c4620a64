/**
 * The engine's entry point: an article against the compiled corpus → a Report.
 * 1. Story match: is the article about a story in the corpus at all, and is it one of the corpus's
 *    own reports (then that report is excluded from its own evidence)?
 * 2. Per check-worthy statement: BM25 over the corpus's sentences (inverted index, so cost follows
 *    the story's reports, not the corpus size), then a typed comparison of each candidate.
 * Never throws: any failure becomes a Report whose notice says so.
 */
import type { ArticleInput, Claim, ClaimStatus, Evidence, Report, Sentence, SourceRef } from './types';
import { cleanReport } from './text/clean-report';
import { splitSentences, withoutFootnoteMarks } from './text/split-sentences';
import { FIGURE_LOOKBACK, resolveCountReferences, resolveDemonstratives, resolveFigureReferences, resolveGroups, resolveDocumentIt, resolveRegions, resolveSayingIt, resolveShortNames, resolveSurnames, restoreFigureText } from './match/coreference';
import { isCheckWorthy } from './text/is-check-worthy';
import { bm25Idf, docIdf, postingsOf, reportDf, sentenceKeys, sentenceSignature, type CorpusIndex } from './corpus/compile-corpus';
import { sentenceFeatures, sentenceWords, type SentenceFeatures, type SentenceWords } from './match/sentence-features';
import { foldSynonym } from './match/lexicon';
import { tokenize } from './match/tokenize';
import { stem } from './match/stem';
import { isHeadline } from './match/is-headline';
import { datelineDate, findDateline } from './time/find-dateline';
import { timelineDates } from './time/timeline';
import { compareStatements, type Approach, type Judgement } from './match/compare-statements';

export type AnalyzeOptions = {
  /** Analyse at most this many statements (huge pages); the report says it was truncated. */
  maxStatements?: number;
  /** 'lexical' compares stems only; 'lexicon' folds paraphrases; 'vectors' adds word vectors for "same fact". */
  approach?: Approach;
  /** Similarity at or above which two statements are taken as the same fact. */
  sameThreshold?: number;
  /** Approach 'vectors': soft (word-vector) similarity at or above which two statements are the same fact. */
  softThreshold?: number;
  /** Story relatedness (cosine) at or above which a report is about the article's story. */
  relatedThreshold?: number;
  /** Candidates retrieved per statement before the finer comparison. */
  candidates?: number;
  /** Proper names a related report must share with the article (see MIN_SHARED_NAMES). */
  minSharedNames?: number;
};

export const DEFAULT_MAX_STATEMENTS = 300;
export const DEFAULT_APPROACH: Approach = 'vectors';
export const DEFAULT_RELATED_THRESHOLD = 0.1;
/**
 * Besides its cosine, a report about the article's story shares several of the article's proper
 * names, the people and places of the event (half of them when the article names fewer than six, as
 * a short local story may name one town). Word overlap alone let general news through (a gun-law
 * story scored 0.15 against a report on a battle, on words such as "president" and "Sunday"). A
 * country counts half (see properNames). Three: the bundled reports share 5 to 22 with each other;
 * with this rule 5 of the 47 news pages among Readability's test pages, none about the corpus's
 * story, still find a related report in it, against 15 without.
 */
export const MIN_SHARED_NAMES = 3;
/**
 * BM25 candidates per statement. Every sentence of a story shares its story words, so a short
 * paraphrase can rank below thirty longer sentences of other reports; sixty keeps it in range, and
 * the finer comparison after retrieval costs microseconds per candidate.
 */
export const DEFAULT_CANDIDATES = 60;

/**
 * `read`: the sentence as its features were read ("the North" as North Korea), which the rules read too;
 * `words`: its keys and names, read at once, which name the story; `f`: its features, built on first
 * use, so a page about another story costs no more than its words; `shown`: resolved words of its
 * figures and the page's own words for them, for what the reader sees.
 */
/** `published` is the day the statement is told as of: the page's, or a timeline entry's own day. */
type Statement = Sentence & { words: SentenceWords; readonly f: SentenceFeatures; read: string; readonly shown: [string, string][]; published: string | null };

export function analyze(input: ArticleInput, index: CorpusIndex, options: AnalyzeOptions = {}): Report {
  // Input crosses a message boundary; a field of the wrong type must not crash the engine or leak into the report.
  const article = sanitiseArticle(input);
  const head = { title: article.title, url: article.url, published: article.published, sentences: 0 };
  try {
    return analyzeOrThrow(article, index, options, head);
  } catch (error) {
    return {
      article: head,
      sources: [],
      claims: [],
      notice: { kind: 'no-statements', message: `The article could not be analysed: ${error instanceof Error ? error.message : String(error)}` },
    };
  }
}

function sanitiseArticle(input: ArticleInput): ArticleInput {
  const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
  return {
    title: str(input?.title),
    byline: str(input?.byline),
    siteName: str(input?.siteName),
    published: str(input?.published),
    url: str(input?.url),
    text: str(input?.text) ?? '',
  };
}

function analyzeOrThrow(article: ArticleInput, index: CorpusIndex, options: AnalyzeOptions, head: Report['article']): Report {
  // The metadata's date in any written form ("2024-11-13T09:12:00Z", "Nov 13, 2024"), reported as the
  // day it names; a page without one may still print a dateline near its top.
  const stated = dateOnly(article.published) ?? (article.published ? datelineDate(article.published) : null);
  const dateline = stated ? null : findDateline([article.byline, article.text]);
  const published = stated ?? dateline?.date ?? null;
  head.published = published;
  if (dateline) head.dateline = dateline.line;
  const { all, statements } = articleStatements(article.text ?? '', published, article.title);
  head.sentences = all;
  const approach = options.approach ?? DEFAULT_APPROACH;

  const articleKeys = new Map<string, number>();
  for (const s of statements) for (const k of new Set(s.words.keys.map(foldSynonym))) articleKeys.set(k, (articleKeys.get(k) ?? 0) + 1);
  if (article.title) for (const k of sentenceFeatures(article.title, published).keys.map(foldSynonym)) articleKeys.set(k, (articleKeys.get(k) ?? 0) + 1);

  const relatedness = storyRelatedness(articleKeys, index);
  const selfIds = selfReports(article, statements, index, relatedness);
  const threshold = options.relatedThreshold ?? DEFAULT_RELATED_THRESHOLD;
  // The statements that will be analysed are plenty to name the story, and keep a huge page's cost bounded.
  const names = properNames(article.title, statements.slice(0, Math.max(1, options.maxStatements ?? DEFAULT_MAX_STATEMENTS)));
  let nameTotal = 0;
  for (const w of names.values()) nameTotal += w;
  const namesNeeded = Math.min(options.minSharedNames ?? MIN_SHARED_NAMES, nameTotal / 2);
  const allowed = new Set<number>();
  const sources: SourceRef[] = [];
  // Only reports that share words with the article have a relatedness; in report order, so ties sort stably.
  for (const r of [...relatedness.keys()].sort((a, b) => a - b)) {
    const rep = index.reports[r]!;
    const rel = relatedness.get(r) ?? 0;
    if (selfIds.has(r) || rel < threshold || sharedNames(names, index, r) < namesNeeded) continue;
    allowed.add(r);
    sources.push({ id: rep.id, outlet: rep.outlet, title: rep.title, published: rep.published, url: rep.url, relatedness: round(rel), origin: rep.origin });
  }
  sources.sort((a, b) => b.relatedness - a.relatedness);

  if (!statements.length) {
    return { article: head, sources, claims: [], notice: { kind: 'no-statements', message: 'No factual statements were found in this article.' } };
  }
  if (!allowed.size) {
    const selfOnly = selfIds.size > 0;
    return {
      article: head,
      sources: [],
      claims: [],
      notice: selfOnly
        ? { kind: 'self-only', message: 'This article is itself one of the reports in the corpus, and no other report covers its story.' }
        : { kind: 'unrelated', message: 'No report in the corpus is about the story of this article, so there is nothing to compare it with.' },
    };
  }

  const max = Math.max(1, options.maxStatements ?? DEFAULT_MAX_STATEMENTS);
  const analysed = statements.slice(0, max);
  const N = index.sentences.length;
  // Every pair comparison weighs each key; the same few hundred keys recur across all pairs.
  const idfs = new Map<string, number>();
  const idf = (k: string) => {
    let w = idfs.get(k);
    if (w === undefined) {
      idfs.set(k, (w = bm25Idf(N, postingsOf(index, foldSynonym(k))?.length ?? 0)));
    }
    return w;
  };
  const story = storyIndex(index, allowed, analysed);
  const ctx = {
    idf,
    approach,
    ...(options.sameThreshold !== undefined ? { sameThreshold: options.sameThreshold } : {}),
    ...(options.softThreshold !== undefined ? { softThreshold: options.softThreshold } : {}),
  };
  const scored = analysed.map((s) => matchStatement(s, index, story, ctx, options.candidates ?? DEFAULT_CANDIDATES));
  const once = reportedOnce(scored);
  const claims: Claim[] = analysed.map((s, i) => {
    const evidence = scored[i]!.filter((x) => once.has(x)).map((x) => x.e);
    return { text: s.text, start: s.start, end: s.end, status: statusOf(evidence), evidence, ...independence(evidence, index) };
  });
  return {
    article: head,
    sources,
    claims,
    notice:
      statements.length > max
        ? { kind: 'truncated', message: `This page is long: analysed the first ${max} statements of ${statements.length}.` }
        : null,
  };
}

function matchStatement(
  s: Statement,
  index: CorpusIndex,
  story: StoryIndex,
  ctx: Parameters<typeof compareStatements>[2],
  limit: number,
): Scored[] {
  const candidates = retrieve(s.f.keys, index, story, limit);
  // A stance or a change of control is judged against the other reports' stances and control, which
  // may share no other word ("refuses to admit …" / "Peskov referred questions to the ministry").
  if (s.f.stances.length || s.f.control) {
    const have = new Set(candidates);
    for (const id of story.stanced) if (!have.has(id)) candidates.push(id);
  }
  const best = new Map<string, { j: Judgement; quote: string; source: string }>();
  for (const id of candidates) {
    const sent = index.sentences[id]!;
    const rep = index.reports[sent.r]!;
    for (const j of compareStatements({ text: s.read, f: s.f, published: s.published }, { text: sent.text, f: story.features(id), published: rep.published }, ctx)) {
      const key = `${rep.id}|${j.verdict}`;
      const prev = best.get(key);
      if (!prev || j.score > prev.j.score) best.set(key, { j, quote: sent.text, source: rep.id });
    }
  }
  return [...best.values()]
    .sort((a, b) => (a.j.verdict === b.j.verdict ? b.j.score - a.j.score : a.j.verdict === 'conflicts' ? -1 : 1))
    .map(({ j, quote, source }): Scored => {
      const page = (t: string) => s.shown.reduce((out, [read, own]) => out.split(read).join(own), t);
      const e: Evidence = { source, quote, verdict: j.verdict, kind: j.kind, reason: page(j.reason) };
      const claimSpan = j.claimSpan && page(j.claimSpan);
      if (claimSpan && s.text.includes(claimSpan)) e.claimSpan = claimSpan;
      if (j.quoteSpan && quote.includes(j.quoteSpan)) e.quoteSpan = j.quoteSpan;
      if (j.newer) e.newer = j.newer;
      return { e, score: j.score, ...(j.day ? { day: j.day } : {}) };
    });
}

type Scored = { e: Evidence; score: number; day?: string };

/** Dates this many days apart or fewer, set against one passage, are one date restated ("on Tuesday" / the report of the 13th). */
const RESTATED_DAYS = 3;

/**
 * A contradiction is reported once: when one passage of another report (the same quote and the same
 * contested words in it) conflicts with several statements of the article in the same way, only the
 * statement it contradicts most strongly carries it. An article restates its key fact in several
 * sentences ("The US confirmed on Tuesday that the troops are in combat", "'Today I can confirm…',
 * Patel said"), and one contradiction flagged on each of them reads as several. Corroborations are
 * all kept: each restatement is backed on its own.
 */
function reportedOnce(scored: Scored[][]): Set<Scored> {
  const keep = new Set(scored.flat());
  const best = new Map<string, Scored>();
  for (const list of scored) {
    for (const x of list) {
      if (x.e.verdict !== 'conflicts') continue;
      // A superseded position is a party's: two parties' positions overtaken by one passage are two.
      // Two different denials on the article's side ("pulled out of thin air" / "described … as a
      // canard") are two contradictions; a restated "confirmed" / "confirm" is one.
      const mine = x.e.kind === 'negation' ? stem((x.e.claimSpan ?? '').toLowerCase().split(/\s+/)[0] ?? '') : '';
      // Two dates set against one passage ("began about a week before 19 Dec" / "told on 14 Nov") are two
      // contradictions; one date restated ("under way by 12 Nov" / "by 13 Nov") is one.
      const base = `${x.e.source}|${x.e.kind}|${x.e.quote}|${x.e.quoteSpan ?? ''}|${mine}|${x.e.kind === 'superseded' ? x.e.reason : ''}`;
      const near = x.day ? [...best.keys()].find((k) => k.startsWith(`${base}@`) && Math.abs(Date.parse(k.slice(base.length + 1)) - Date.parse(x.day!)) <= RESTATED_DAYS * 86_400_000) : undefined;
      const key = near ?? (x.day ? `${base}@${x.day}` : base);
      const prev = best.get(key);
      if (!prev) best.set(key, x);
      else if (x.score > prev.score) {
        keep.delete(prev);
        best.set(key, x);
      } else keep.delete(x);
    }
  }
  return keep;
}

/**
 * The article's story within the corpus, for one analysis: postings restricted to the sentences of
 * the related reports and to the article's own keys. Retrieval then walks lists as long as the story
 * is, not as long as the corpus (a word such as "said" has a posting in most sentences of a large
 * corpus, and all but a handful belong to other stories).
 */
type StoryIndex = {
  postings: Map<string, number[]>;
  /** Key count of each sentence in `postings`, for BM25's length normalisation. */
  lengths: Map<number, number>;
  /** A sentence's features, materialised once per analysis. */
  features(id: number): SentenceFeatures;
  /** The story's sentences that state a stance or a control of a place. */
  stanced: number[];
};

/** Words without which a sentence states no stance (see extractStances) and no control of a place (extractControl). */
const STANCE_OR_CONTROL_WORD = /\b(called|confirm|acknowledg|admit|conced|announc|own(ed|s|ing)? up|public with|came clean|den(y|ied|ies|ying)|reject|dismiss|brush|comment|respond|answer|question|inquir|quer|silent|mention|evad|dodg|sidestep|deflect|refus|declin|proof|evidence|verif|seen|occup|seiz|advanc|offensive|incursion|invad|pushed|pushing|punched|swept|stormed|crossed|captur|held|hold|control|still|liberat|recaptur|retook|retaken|reclaim|regain|freed|won back|took back|taken back|restored|expelled|driven out|ousted|cleared)/i;

function storyIndex(index: CorpusIndex, allowed: Set<number>, statements: Statement[]): StoryIndex {
  const wanted = new Set<string>();
  for (const s of statements) for (const k of s.f.keys) wanted.add(foldSynonym(k));
  const postings = new Map<string, number[]>();
  const lengths = new Map<number, number>();
  const features = new Map<number, SentenceFeatures>();
  const featuresOf = (id: number) => {
    let f = features.get(id);
    if (!f) features.set(id, (f = index.sentences[id]!.f));
    return f;
  };
  const add = (k: string, id: number) => {
    const list = postings.get(k);
    if (!list) postings.set(k, [id]);
    else if (list[list.length - 1] !== id) list.push(id);
  };
  // On an unpacked index, key numbers are looked up in a table instead of folding strings.
  const vocab = index.vocab;
  const wantedFolded = vocab ? new Int8Array(vocab.foldedKeys.length) : null;
  if (vocab && wantedFolded) for (const k of wanted) { const f = vocab.foldedId.get(k); if (f !== undefined) wantedFolded[f] = 1; }
  for (const r of [...allowed].sort((a, b) => a - b)) {
    const rep = index.reports[r]!;
    for (let id = rep.first; id < rep.first + rep.count; id++) {
      const s = index.sentences[id]!;
      const ids = s.keyIds;
      if (ids && vocab && wantedFolded) {
        lengths.set(id, ids.length);
        for (let i = 0; i < ids.length; i++) {
          const f = vocab.folded[ids[i]!]!;
          if (wantedFolded[f]) add(vocab.foldedKeys[f]!, id);
        }
        continue;
      }
      const keys = sentenceKeys(s);
      lengths.set(id, keys.length);
      for (const key of keys) {
        const k = foldSynonym(key);
        if (wanted.has(k)) add(k, id);
      }
    }
  }
  // Made on first use, and only sentences whose words can state a stance or a control have their
  // features built: on a packed index features are made again from the text, and a large story has
  // thousands of sentences.
  let stanced: number[] | null = null;
  const stancedOf = () => {
    if (stanced) return stanced;
    stanced = [];
    for (const r of [...allowed].sort((a, b) => a - b)) {
      const rep = index.reports[r]!;
      for (let id = rep.first; id < rep.first + rep.count; id++) {
        if (!STANCE_OR_CONTROL_WORD.test(index.sentences[id]!.text)) continue;
        const f = featuresOf(id);
        if (f.stances.length || f.control) stanced.push(id);
      }
    }
    return stanced;
  };
  return { postings, lengths, features: featuresOf, get stanced() { return stancedOf(); } };
}

/** BM25 over the story's sentences; idf is the corpus's, so a word common everywhere still weighs little. */
function retrieve(keys: string[], index: CorpusIndex, story: StoryIndex, limit: number): number[] {
  const k1 = 1.2;
  const b = 0.75;
  const N = index.sentences.length;
  const scores = new Map<number, number>();
  for (const k of new Set(keys.map(foldSynonym))) {
    const ids = story.postings.get(k);
    if (!ids) continue;
    const idf = bm25Idf(N, postingsOf(index, k)?.length ?? ids.length);
    for (const id of ids) {
      const len = story.lengths.get(id) ?? 0;
      const w = (idf * (k1 + 1)) / (1 + k1 * (1 - b + (b * len) / (index.avgKeys || 1)));
      scores.set(id, (scores.get(id) ?? 0) + w);
    }
  }
  return [...scores.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, limit).map(([id]) => id);
}

/**
 * A key is a candidate-finder when at most this share of the reports hold it (and never fewer than
 * RARE_MIN_REPORTS, so a small corpus uses every key). A report about the article's story shares
 * its distinctive words (names, places, the event's own nouns); one that shares only words found in
 * a large part of the corpus cannot reach the story threshold, and walking those words' postings is
 * what made story matching grow with the corpus.
 */
const RARE_SHARE = 0.01;
const RARE_MIN_REPORTS = 50;

type ReportStats = { df: Map<string, number>; urls: Map<string, number[]> | null };
const stats = new WeakMap<CorpusIndex, ReportStats>();

function reportStats(index: CorpusIndex): ReportStats {
  let s = stats.get(index);
  if (!s) stats.set(index, (s = { df: new Map(), urls: null }));
  return s;
}

/** Reports holding a folded key (postings ascend and a report's sentences are contiguous), cached per index. */
function cachedReportDf(index: CorpusIndex, key: string): number {
  const cache = reportStats(index).df;
  let df = cache.get(key);
  if (df === undefined) cache.set(key, (df = reportDf(index, key)));
  return df;
}

/**
 * Cosine between the article's and each report's smoothed tf-idf vectors. Candidate reports are those
 * holding one of the article's rarer keys (see RARE_SHARE); their cosine is then exact, over all keys,
 * from their own sentences.
 */
function storyRelatedness(articleKeys: Map<string, number>, index: CorpusIndex): Map<number, number> {
  const n = index.reports.length;
  const rareCap = Math.max(RARE_MIN_REPORTS, Math.ceil(n * RARE_SHARE));
  const weights = new Map<string, number>();
  const candidates = new Set<number>();
  let articleNorm = 0;
  for (const [k, tf] of articleKeys) {
    const df = cachedReportDf(index, k);
    const idf = docIdf(n, df);
    const wa = (1 + Math.log(tf)) * idf;
    articleNorm += wa * wa;
    if (!df) continue;
    weights.set(k, wa * idf);
    if (df > rareCap) continue;
    let last = -1;
    for (const id of postingsOf(index, k) ?? []) {
      const r = index.sentences[id]!.r;
      if (r !== last) candidates.add((last = r));
    }
  }
  const out = new Map<number, number>();
  const an = Math.sqrt(articleNorm);
  if (!an) return out;
  // Each weighted key gets a slot; a report's term frequency (sentences holding the key, as
  // reportTerms counts it) is gathered in typed arrays, from key numbers when the sentence is packed.
  const slotOf = new Map<string, number>();
  const w = new Float64Array(weights.size);
  for (const [k, x] of weights) { w[slotOf.size] = x; slotOf.set(k, slotOf.size); }
  const vocab = index.vocab;
  const slotOfFolded = vocab ? new Int32Array(vocab.foldedKeys.length).fill(-1) : null;
  if (vocab && slotOfFolded) for (const [k, slot] of slotOf) { const f = vocab.foldedId.get(k); if (f !== undefined) slotOfFolded[f] = slot; }
  const tf = new Int32Array(w.length);
  const seenIn = new Int32Array(w.length).fill(-1);
  const touched: number[] = [];
  const count = (slot: number, id: number) => {
    if (seenIn[slot] === id) return;
    seenIn[slot] = id;
    if (tf[slot] === 0) touched.push(slot);
    tf[slot] = tf[slot]! + 1;
  };
  for (const r of candidates) {
    const rep = index.reports[r]!;
    if (!rep.norm) continue;
    for (let id = rep.first; id < rep.first + rep.count; id++) {
      const s = index.sentences[id]!;
      if (s.keyIds && vocab && slotOfFolded) {
        const ids = s.keyIds;
        for (let i = 0; i < ids.length; i++) {
          const slot = slotOfFolded[vocab.folded[ids[i]!]!]!;
          if (slot >= 0) count(slot, id);
        }
      } else {
        for (const key of sentenceKeys(s)) {
          const slot = slotOf.get(foldSynonym(key));
          if (slot !== undefined) count(slot, id);
        }
      }
    }
    let d = 0;
    for (const slot of touched) { d += w[slot]! * (1 + Math.log(tf[slot]!)); tf[slot] = 0; }
    touched.length = 0;
    if (d) out.set(r, d / (an * rep.norm));
  }
  return out;
}

const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' ').map(stem),
);

/**
 * The article's proper names, as keys: capitalised words inside a sentence that the article's
 * statements never write in lower case ("President", "State" in titles are also common words; "Sunday" and "June"
 * are in every story), and gazetteer entities, which weigh half because one country is named by
 * much news that has nothing else in common.
 */
function properNames(title: string | null, statements: Statement[]): Map<string, number> {
  const lower = new Set<string>();
  for (const text of [title ?? '', ...statements.map((s) => s.text)]) {
    for (const t of tokenize(text)) if (!t.entity && /^[a-z]/.test(t.raw)) lower.add(t.key);
  }
  const out = new Map<string, number>();
  for (const s of statements) {
    for (const k of s.words.names) if (!lower.has(k) && !CALENDAR.has(k)) out.set(k, 1);
    for (const k of s.words.keys) if (k.startsWith('@')) out.set(k, 0.5);
  }
  return out;
}

/** How many of the article's proper names (countries counting half) a report mentions. */
function sharedNames(names: Map<string, number>, index: CorpusIndex, r: number): number {
  const rep = index.reports[r]!;
  const found = new Set<string>();
  let score = 0;
  for (let id = rep.first; id < rep.first + rep.count; id++) {
    for (const k of sentenceKeys(index.sentences[id]!)) {
      const w = names.get(k);
      if (w === undefined || found.has(k)) continue;
      found.add(k);
      score += w;
    }
  }
  return score;
}

function normaliseUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  return url.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/[?#].*$/, '').replace(/\/+$/, '') || null;
}

/** Report positions by normalised URL, built once per index. */
function reportsByUrl(index: CorpusIndex): Map<string, number[]> {
  const s = reportStats(index);
  if (!s.urls) {
    s.urls = new Map();
    for (const [r, rep] of index.reports.entries()) {
      const u = normaliseUrl(rep.url);
      if (u) s.urls.set(u, [...(s.urls.get(u) ?? []), r]);
    }
  }
  return s.urls;
}

/** Reports that are the article itself: the same URL, or most of their sentences found verbatim. */
function selfReports(article: ArticleInput, statements: Statement[], index: CorpusIndex, relatedness: Map<number, number>): Set<number> {
  const out = new Set<number>();
  const url = normaliseUrl(article.url);
  if (url) for (const r of reportsByUrl(index).get(url) ?? []) out.add(r);
  const sigs = new Set(statements.map((s) => sentenceSignature(s.words)).filter((x): x is string => x !== null));
  for (const [r, rel] of relatedness) {
    const rep = index.reports[r]!;
    if (out.has(r) || rel < 0.5 || !rep.count) continue;
    let found = 0;
    let signed = 0;
    for (let i = rep.first; i < rep.first + rep.count; i++) {
      const sig = sentenceSignature({ keys: sentenceKeys(index.sentences[i]!) });
      if (!sig) continue;
      signed++;
      if (sigs.has(sig)) found++;
    }
    if (signed && found / signed >= 0.6) out.add(r);
  }
  return out;
}

/** How many references back a count is followed ("their number" → "Kyiv's estimate"). */
const FIGURE_REFERENCE_DEPTH = 3;

/** Check-worthy statements of the article, with offsets in the article's own text. */
function articleStatements(text: string, published: string | null, title: string | null): { all: number; statements: Statement[] } {
  let cleaned = text;
  try {
    cleaned = cleanReport(text);
  } catch {
    cleaned = text;
  }
  let sentences: Sentence[] = [];
  try {
    sentences = splitSentences(cleaned);
  } catch {
    sentences = [];
  }
  const statements: Statement[] = [];
  let cursor = 0;
  const seen = new Set<string>();
  const bodies = sentences.map((s) => withoutFootnoteMarks(s.text).replace(/\s+/g, ' ').trim());
  // Features read "the North" as North Korea, "some 4,700 of them" as a count of the troops named
  // before, "the two soldiers" as the two named before, "the region" held as the region named
  // before, "It also admitted" as the party that opened the sentence before, and a known person's
  // family name alone as the full name given before; the statement stays verbatim. A timeline's entry
  // is told as of its own day (timelineDates).
  const readAs = resolveDocumentIt(resolveSayingIt(resolveRegions(resolveDemonstratives(resolveGroups(resolveCountReferences(resolveShortNames(resolveSurnames(bodies))))))));
  const entryDay = timelineDates(text, published);
  // A sentence's figures as counts of what they refer to ("The department put their number at roughly
  // 8,000." then "Kyiv's estimate is higher, at about 11,000."), a few references deep at most.
  // Kept per sentence and depth, so a sentence read first from further away does not leave a shallower read.
  const resolved = new Map<string, SentenceFeatures['figures']>();
  const figuresAt = (k: number, depth: number): SentenceFeatures['figures'] => {
    const known = resolved.get(`${k}@${depth}`);
    if (known) return known;
    const own = sentenceFeatures(readAs[k]!, published).figures;
    if (depth >= FIGURE_REFERENCE_DEPTH) return own;
    const out = resolveFigureReferences(readAs[k]!, own, function* () {
      for (let j = k - 1; j >= Math.max(0, k - FIGURE_LOOKBACK); j--) yield figuresAt(j, depth + 1);
    }, k > 0 ? readAs[k - 1] : undefined).figures;
    resolved.set(`${k}@${depth}`, out);
    return out;
  };
  for (const [i, s] of sentences.entries()) {
    const body = bodies[i]!;
    let worthy = false;
    try {
      worthy = isCheckWorthy(body);
    } catch {
      worthy = false;
    }
    if (!body || !worthy || seen.has(body) || isHeadline(body, title)) continue;
    seen.add(body);
    const at = locate(text, s.text, cursor);
    const start = at ? at[0] : Math.min(s.start, text.length);
    const end = at ? at[1] : Math.min(s.end, text.length);
    if (at) cursor = at[1];
    const read = readAs[i]!;
    const told = entryDay(start) ?? published;
    let full: { f: SentenceFeatures; shown: [string, string][] } | null = null;
    const features = () => {
      if (full) return full;
      const { f, shown } = readFeatures(body, read, told);
      // "puts the number higher still, at about 15,000": the count of the figures a few sentences before.
      const ref = resolveFigureReferences(read, f.figures, function* () {
        for (let k = i - 1; k >= Math.max(0, i - FIGURE_LOOKBACK); k--) yield figuresAt(k, 1);
      }, i > 0 ? readAs[i - 1] : undefined);
      return (full = { f: ref.counted === null ? f : withCounted(f, ref.figures, ref.counted), shown });
    };
    statements.push({
      text: at ? text.slice(start, end) : s.text, start, end, read, words: sentenceWords(read), published: told,
      get f() { return features().f; },
      get shown() { return features().shown; },
    });
  }
  return { all: sentences.length, statements };
}

/** Features whose figures count what an earlier sentence counted, with what they count among the statement's keys. */
function withCounted(f: SentenceFeatures, figures: SentenceFeatures['figures'], counted: string): SentenceFeatures {
  const tokens = tokenize(counted);
  const keys = tokens.filter((t) => !t.stop && t.key.length > 1).map((t) => t.key);
  const entities = tokens.flatMap((t) => (t.entity ? [t.entity] : []));
  return { ...f, figures, keys: [...new Set([...f.keys, ...keys])], entities: [...new Set([...f.entities, ...entities])] };
}

/** A statement's features, read from its resolved text, and the page's own words for any figure read otherwise. */
function readFeatures(body: string, readAs: string, published: string | null): { f: SentenceFeatures; shown: [string, string][] } {
  const f = sentenceFeatures(readAs, published);
  if (readAs === body) return { f, shown: [] };
  // The rules read the resolved text, so a figure keeps its resolved words there ("some 4,700 North
  // Korean soldiers"), with the party its page words were read with; `shown` gives the page's words
  // back ("some 4,700 of them") for reasons and highlights.
  const restored = restoreFigureText(f.figures, body);
  const figures = f.figures.map((x, i) => ({ ...restored[i]!, text: x.text }));
  const shown = f.figures.flatMap((x, i): [string, string][] => (restored[i]!.text !== x.text ? [[x.text, restored[i]!.text]] : []));
  return { f: { ...f, figures }, shown };
}

/** Where a sentence of the cleaned text sits in the original text, tolerant of whitespace changes. */
function locate(text: string, sentence: string, from: number): [number, number] | null {
  const direct = text.indexOf(sentence, from);
  if (direct >= 0) return [direct, direct + sentence.length];
  const words = sentence.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!words.length || words.length > 200) return null;
  const re = new RegExp(words.join('\\s+'), 'g');
  re.lastIndex = from;
  const m = re.exec(text) ?? ((re.lastIndex = 0), re.exec(text));
  return m ? [m.index, m.index + m[0].length] : null;
}

function statusOf(evidence: Evidence[]): ClaimStatus {
  const c = evidence.some((e) => e.verdict === 'corroborates');
  const x = evidence.some((e) => e.verdict === 'conflicts');
  return c && x ? 'mixed' : x ? 'conflicting' : c ? 'corroborated' : 'unique';
}

const idMaps = new WeakMap<CorpusIndex, Map<string, CorpusIndex['reports'][number]>>();

/** Reports by id, built once per index (an index is never changed in place once analysed). */
function reportsById(index: CorpusIndex): Map<string, CorpusIndex['reports'][number]> {
  let map = idMaps.get(index);
  if (!map) {
    map = new Map(index.reports.map((r) => [r.id, r]));
    idMaps.set(index, map);
  }
  return map;
}

/** Corroborating reports counted once per wire-copy group. */
function independence(evidence: Evidence[], index: CorpusIndex): { independentSources?: number } {
  const groups = new Set<number>();
  const byId = reportsById(index);
  for (const e of evidence) {
    if (e.verdict !== 'corroborates') continue;
    const rep = byId.get(e.source);
    if (rep) groups.add(rep.group);
  }
  return groups.size ? { independentSources: groups.size } : {};
}

function dateOnly(published: string | null | undefined): string | null {
  if (!published) return null;
  const m = /^\d{4}-\d{2}-\d{2}/.exec(published);
  return m ? m[0] : null;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
