/**
 * A CompareContext for sentences outside any compiled corpus. The idf mirrors analyze()'s: BM25-style
 * idf of the paraphrase-folded key over a reference set of sentences (for the benchmarks, the train
 * split's sentences, so nothing is fitted on a test split). A key never seen gets the highest weight.
 */
import { bm25Idf } from '../../core/corpus/compile-corpus.ts';
import { foldSynonym } from '../../core/match/lexicon.ts';
import type { Approach, CompareContext } from '../../core/match/compare-statements.ts';

export type SentenceIdf = (key: string) => number;

export function sentenceIdf(keySets: Iterable<readonly string[]>): SentenceIdf {
  const df = new Map<string, number>();
  let n = 0;
  for (const keys of keySets) {
    n++;
    for (const k of new Set(keys.map(foldSynonym))) df.set(k, (df.get(k) ?? 0) + 1);
  }
  const cache = new Map<string, number>();
  return (key) => {
    let w = cache.get(key);
    if (w === undefined) {
      w = bm25Idf(n, df.get(foldSynonym(key)) ?? 0);
      cache.set(key, w);
    }
    return w;
  };
}

export function pairContext(idf: SentenceIdf, approach: Approach, sameThreshold?: number): CompareContext {
  return { idf, approach, ...(sameThreshold !== undefined ? { sameThreshold } : {}) };
}
