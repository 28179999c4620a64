/**
 * Keeps an index up to date as a reader keeps or removes articles, without re-indexing what is
 * already there: a report's sentence features (cleaning, splitting, figures, dates, frames) are the
 * costly part and are computed once, when the report is added.
 *
 * Both functions return a new index and leave the one passed in untouched (the bundled index stays
 * pristine while the library changes). The new index shares the unchanged sentences and their features
 * with the old one; only the arrays, the touched postings lists and the report records are copied.
 *
 * What is approximated: a report's `norm` (its tf-idf length, used for story relatedness) is computed
 * against the document frequencies of the moment it was added and is not recomputed when other
 * reports come or go. With a few reports more or less the drift is small; `refreshNorms` recomputes
 * every norm from the postings (no features are recomputed) when exactness matters. Sentence idf and
 * BM25 statistics are read live from the postings, so they are always exact. Wire-copy groups are
 * recomputed from the sentences' signatures each time, which is cheap.
 */
import type { RawReport } from './raw-report';
import { compactLists } from './posting-lists';
import { appendReports, computeNorms, groupWireCopies, sentenceKeys, type CorpusIndex, type IndexedSentence, type PostingList } from './compile-corpus';

/** A copy of the index that shares sentences and features, safe to extend in place. */
function shallowCopy(index: CorpusIndex): CorpusIndex {
  const postings = Object.create(null) as Record<string, PostingList>;
  for (const k of Object.keys(index.postings)) postings[k] = index.postings[k]!;
  const copy: CorpusIndex = {
    version: index.version,
    reports: index.reports.map((r) => ({ ...r })),
    sentences: index.sentences.slice(),
    postings,
    avgKeys: index.avgKeys,
  };
  if (index.vocab) Object.defineProperty(copy, 'vocab', { value: index.vocab, enumerable: false });
  return copy;
}

/**
 * Adds reports (origin 'library' unless a report says otherwise). A report whose id is already in the
 * index replaces it, so re-keeping an article does not duplicate it; within `raws` the last copy of an
 * id wins.
 */
export function addReports(index: CorpusIndex, raws: RawReport[]): CorpusIndex {
  const byId = new Map<string, RawReport>();
  for (const raw of raws) if (raw && typeof raw.id === 'string') byId.set(raw.id, raw);
  const fresh = [...byId.values()];
  const present = new Set(index.reports.map((r) => r.id));
  const base = fresh.some((r) => present.has(r.id)) ? removeReports(index, fresh.map((r) => r.id)) : index;
  const next = shallowCopy(base);
  // Postings lists are shared with `base`: appendReports copies each one before appending to it.
  const touched = new Set<string>();
  const added = appendReports(next, fresh, 'library', touched);
  // The copies are arrays; the long ones are made compact again, as unpackIndex keeps them, so that a
  // library does not undo the index's small memory on the commonest keys.
  const keys = [...touched];
  for (const [i, list] of compactLists(keys.map((k) => next.postings[k] as number[])).entries()) next.postings[keys[i]!] = list;
  computeNorms(next, added);
  groupWireCopies(next);
  return next;
}

/** Removes the reports with these ids; unknown ids are ignored. */
export function removeReports(index: CorpusIndex, ids: string[]): CorpusIndex {
  const drop = new Set(ids);
  if (!index.reports.some((r) => drop.has(r.id))) return index;
  const reports: CorpusIndex['reports'] = [];
  const sentences: IndexedSentence[] = [];
  // Old sentence id → new id, or -1 when its report is removed.
  const remap = new Int32Array(index.sentences.length).fill(-1);
  let totalKeys = 0;
  for (const [r, rep] of index.reports.entries()) {
    if (drop.has(rep.id)) continue;
    const nr = reports.length;
    const first = sentences.length;
    for (let i = rep.first; i < rep.first + rep.count; i++) {
      const s = index.sentences[i]!;
      remap[i] = sentences.length;
      // A packed sentence keeps its features on its prototype, so it is moved by copying them out.
      sentences.push(s.r === nr ? s : { r: nr, text: s.text, f: s.f });
      totalKeys += sentenceKeys(s).length;
    }
    reports.push({ ...rep, first, group: nr });
  }
  const keys: string[] = [];
  const lists: number[][] = [];
  for (const k of Object.keys(index.postings)) {
    const list: number[] = [];
    for (const id of index.postings[k]!) {
      const n = remap[id] ?? -1;
      if (n >= 0) list.push(n);
    }
    if (list.length) {
      keys.push(k);
      lists.push(list);
    }
  }
  // Long lists are kept compact again, as unpackIndex keeps them.
  const postings = Object.create(null) as Record<string, PostingList>;
  for (const [i, list] of compactLists(lists).entries()) postings[keys[i]!] = list;
  const next: CorpusIndex = {
    version: index.version, reports, sentences, postings, avgKeys: sentences.length ? totalKeys / sentences.length : 0,
  };
  // The surviving packed sentences still number their keys by the same vocabulary.
  if (index.vocab) Object.defineProperty(next, 'vocab', { value: index.vocab, enumerable: false });
  groupWireCopies(next);
  return next;
}

/** Recomputes every report's norm against the current document frequencies (see the note above). */
export function refreshNorms(index: CorpusIndex): CorpusIndex {
  const next: CorpusIndex = { ...index, reports: index.reports.map((r) => ({ ...r })) };
  if (index.vocab) Object.defineProperty(next, 'vocab', { value: index.vocab, enumerable: false });
  computeNorms(next);
  return next;
}
