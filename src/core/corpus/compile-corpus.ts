/**
 * Compiles raw reports into the index the extension ships: cleaned, split into check-worthy
 * sentences, each with its precomputed features, an inverted index over paraphrase-folded keys for
 * BM25, and wire-copy groups. Runs at build time (vite's `virtual:corpus-index`); the result is plain
 * JSON.
 */
import { cleanReport } from '../text/clean-report';
import { splitSentences } from '../text/split-sentences';
import { isCheckWorthy } from '../text/is-check-worthy';
import { sentenceFeatures, type SentenceFeatures } from '../match/sentence-features';
import { foldSynonym } from '../match/lexicon';
import type { RawReport } from './raw-report';
import { isHeadline } from '../match/is-headline';

export type IndexedReport = {
  id: string;
  outlet: string;
  title: string | null;
  published: string | null;
  url: string | null;
  origin: 'bundled' | 'library';
  /** Index of the first sentence of this report in `sentences`, and how many it has. */
  first: number;
  count: number;
  /** Reports that are near-identical copies (wire copies) share a group number. */
  group: number;
  /** Euclidean norm of the report's smoothed tf-idf vector over folded keys, for story matching. */
  norm: number;
};

export type IndexedSentence = {
  /** Index of the report in `reports`. */
  r: number;
  text: string;
  f: SentenceFeatures;
  /**
   * `f.keys`, when a sentence can give them without building its other features (an unpacked
   * sentence builds `f` on each read: see pack-index.ts). Read keys through `sentenceKeys`.
   */
  readonly keys?: string[];
  /** An unpacked sentence's keys as numbers into its index's `vocab`. */
  readonly keyIds?: ArrayLike<number>;
};

/** The vocabulary of an unpacked index (pack-index.ts), so hot loops can work on key numbers. */
export type IndexVocab = {
  keys: string[];
  /** Key number → number of its folded form (foldSynonym) in `foldedKeys`. */
  folded: Int32Array;
  foldedKeys: string[];
  foldedId: Map<string, number>;
};

/** A sentence's keys, without building its other features when it is stored packed. */
export function sentenceKeys(s: IndexedSentence): string[] {
  return s.keys ?? s.f.keys;
}

/**
 * Ids of the sentences holding a key, ascending. A compiled index holds arrays; an unpacked one holds
 * its long lists in a compact form (pack-index.ts) that can be counted, walked and copied.
 */
export type PostingList = { readonly length: number; [Symbol.iterator](): Iterator<number>; slice(): number[] };

export type CorpusIndex = {
  version: 2;
  reports: IndexedReport[];
  sentences: IndexedSentence[];
  /** Folded key → ids of sentences containing it (ascending). */
  postings: Record<string, PostingList>;
  avgKeys: number;
  /** Set on an unpacked index: what its sentences' `keyIds` number. */
  vocab?: IndexVocab;
};

/**
 * Signature of a sentence for spotting verbatim copies across reports: its content keys in order, so
 * case, punctuation and inflection do not hide a copy, while a paraphrase that reuses the same words
 * in another order is not taken for one.
 */
export function sentenceSignature(f: Pick<SentenceFeatures, 'keys'>): string | null {
  return f.keys.length >= 6 ? f.keys.join(' ') : null;
}

/** BM25's idf of a key held by `df` of `n` sentences: rare keys weigh most, and it never goes negative. */
export function bm25Idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Smoothed document idf: terms found in every report still weigh something in a tiny corpus. */
export function docIdf(reports: number, df: number): number {
  return Math.log(1 + reports / Math.max(1, df));
}

/** The costly part of indexing one report: cleaning, splitting and each sentence's features. */
export function reportSentences(report: RawReport): { text: string; f: SentenceFeatures }[] {
  let cleaned = '';
  try {
    cleaned = cleanReport(report.text ?? '', { title: report.title });
  } catch {
    cleaned = report.text ?? '';
  }
  const seen = new Set<string>();
  const out: { text: string; f: SentenceFeatures }[] = [];
  for (const s of safeSplit(cleaned)) {
    const text = s.text.replace(/\s+/g, ' ').trim();
    if (!text || seen.has(text) || isHeadline(text, report.title) || !safeCheckWorthy(text)) continue;
    seen.add(text);
    out.push({ text, f: sentenceFeatures(text, report.published) });
  }
  return out;
}

/** Sentence ids holding a folded key; safe for keys such as "constructor" on an index read from JSON. */
export function postingsOf(index: CorpusIndex, key: string): PostingList | undefined {
  return Object.prototype.hasOwnProperty.call(index.postings, key) ? index.postings[key] : undefined;
}

/**
 * Appends indexed reports to `index` in place: sentences, postings (ids stay ascending because new
 * sentences go at the end) and the average key count. Returns the positions of the new reports; their
 * norms and the wire-copy groups are left to the caller.
 */
export function appendReports(index: CorpusIndex, reports: RawReport[], origin: 'bundled' | 'library', copied: Set<string> | null = null): number[] {
  let totalKeys = index.avgKeys * index.sentences.length;
  const added: number[] = [];
  for (const report of reports) {
    const r = index.reports.length;
    const first = index.sentences.length;
    for (const { text, f } of reportSentences(report)) {
      const id = index.sentences.length;
      index.sentences.push({ r, text, f });
      totalKeys += f.keys.length;
      for (const k of new Set(f.keys.map(foldSynonym))) {
        const found = postingsOf(index, k);
        // Lists shared with another index (`copied` given), and compact ones, become arrays of their own
        // once, before they change.
        const own = found && Array.isArray(found) && !(copied && !copied.has(k));
        const list: number[] = found ? (own ? (found as number[]) : found.slice()) : [];
        list.push(id);
        index.postings[k] = list;
        copied?.add(k);
      }
    }
    index.reports.push({
      id: report.id, outlet: report.outlet, title: report.title, published: report.published, url: report.url,
      origin: report.origin ?? origin, first, count: index.sentences.length - first, group: r, norm: 0,
    });
    added.push(r);
  }
  index.avgKeys = index.sentences.length ? totalKeys / index.sentences.length : 0;
  return added;
}

export function compileCorpus(reports: RawReport[]): CorpusIndex {
  const index: CorpusIndex = { version: 2, reports: [], sentences: [], postings: Object.create(null) as Record<string, PostingList>, avgKeys: 0 };
  appendReports(index, reports, 'bundled');
  computeNorms(index);
  groupWireCopies(index);
  return index;
}

function safeSplit(text: string) {
  try {
    return splitSentences(text);
  } catch {
    return [];
  }
}

function safeCheckWorthy(text: string): boolean {
  try {
    return isCheckWorthy(text);
  } catch {
    return false;
  }
}

/** Term frequencies of a report over folded keys. */
export function reportTerms(index: CorpusIndex, r: number): Map<string, number> {
  const rep = index.reports[r]!;
  const tf = new Map<string, number>();
  for (let i = rep.first; i < rep.first + rep.count; i++) {
    for (const k of new Set(sentenceKeys(index.sentences[i]!).map(foldSynonym))) tf.set(k, (tf.get(k) ?? 0) + 1);
  }
  return tf;
}

/** Number of reports containing a folded key, read off the sentence postings. */
export function reportDf(index: CorpusIndex, key: string): number {
  const ids = postingsOf(index, key);
  if (!ids) return 0;
  let df = 0;
  let last = -1;
  for (const id of ids) {
    const r = index.sentences[id]!.r;
    if (r !== last) { df++; last = r; }
  }
  return df;
}

/** Norms of the given reports (all by default) against the current document frequencies. */
export function computeNorms(index: CorpusIndex, which: Iterable<number> = index.reports.keys()): void {
  const n = index.reports.length;
  const dfCache = new Map<string, number>();
  for (const r of which) {
    let sum = 0;
    for (const [k, tf] of reportTerms(index, r)) {
      let df = dfCache.get(k);
      if (df === undefined) { df = reportDf(index, k); dfCache.set(k, df); }
      const w = (1 + Math.log(tf)) * docIdf(n, df);
      sum += w * w;
    }
    index.reports[r]!.norm = Math.sqrt(sum);
  }
}

/** Reports sharing at least half of the smaller one's sentences verbatim are copies of one source. */
export function groupWireCopies(index: CorpusIndex): void {
  const bySig = new Map<string, number[]>();
  for (const s of index.sentences) {
    const sig = sentenceSignature({ keys: sentenceKeys(s) });
    if (!sig) continue;
    const list = bySig.get(sig) ?? [];
    if (!list.includes(s.r)) list.push(s.r);
    bySig.set(sig, list);
  }
  const shared = new Map<string, number>();
  for (const list of bySig.values()) {
    if (list.length < 2 || list.length > 50) continue;
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const key = `${Math.min(list[i]!, list[j]!)}:${Math.max(list[i]!, list[j]!)}`;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
  }
  const parent = index.reports.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  for (const [key, count] of shared) {
    const [a, b] = key.split(':').map(Number) as [number, number];
    const smaller = Math.min(index.reports[a]!.count, index.reports[b]!.count);
    if (smaller > 0 && count / smaller >= 0.5) parent[find(a)] = find(b);
  }
  for (const [i, rep] of index.reports.entries()) rep.group = find(i);
}
