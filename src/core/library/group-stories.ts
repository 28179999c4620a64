/**
 * Groups kept articles by story, for the library view. Two articles are about the same story when the
 * cosine of their tf-idf vectors (the measure the engine uses to decide that a report is about an
 * article's story) reaches the engine's story threshold; a story is a connected group of such pairs.
 * Single linkage can chain two stories through one article that covers both; for a reader's
 * library that is an honest "these belong together", and the view says no more than that.
 */
import { docIdf, reportDf, reportTerms, type CorpusIndex } from '../corpus/compile-corpus';
import { DEFAULT_RELATED_THRESHOLD } from '../analyze';

/**
 * Terms found in more reports than this add little (their idf is near zero) but would make the pair
 * count quadratic in the library's size; they are left out of the dot products, which only lowers
 * scores slightly for very large libraries.
 */
const MAX_TERM_REPORTS = 200;

/** Ids of `ids` (reports of `index`) grouped by story: groups in first-seen order, ids in given order. */
export function groupStories(index: CorpusIndex, ids: string[], threshold = DEFAULT_RELATED_THRESHOLD): string[][] {
  const position = new Map(index.reports.map((r, i) => [r.id, i]));
  const members = ids.filter((id) => position.has(id));
  const n = index.reports.length;
  const byTerm = new Map<string, { m: number; w: number }[]>();
  const dfCache = new Map<string, number>();
  for (const [m, id] of members.entries()) {
    for (const [k, tf] of reportTerms(index, position.get(id)!)) {
      let df = dfCache.get(k);
      if (df === undefined) dfCache.set(k, (df = reportDf(index, k)));
      const list = byTerm.get(k) ?? [];
      list.push({ m, w: (1 + Math.log(tf)) * docIdf(n, df) });
      byTerm.set(k, list);
    }
  }
  const dot = new Map<number, number>();
  for (const list of byTerm.values()) {
    if (list.length < 2 || list.length > MAX_TERM_REPORTS) continue;
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const key = list[i]!.m * members.length + list[j]!.m;
        dot.set(key, (dot.get(key) ?? 0) + list[i]!.w * list[j]!.w);
      }
  }
  const parent = members.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const norm = (m: number) => index.reports[position.get(members[m]!)!]!.norm;
  for (const [key, d] of dot) {
    const a = Math.floor(key / members.length);
    const b = key % members.length;
    const denominator = norm(a) * norm(b);
    if (denominator && d / denominator >= threshold) parent[root(b)] = root(a);
  }
  const groups = new Map<number, string[]>();
  for (const [m, id] of members.entries()) {
    const r = root(m);
    const group = groups.get(r) ?? [];
    group.push(id);
    groups.set(r, group);
  }
  return [...groups.values()];
}
