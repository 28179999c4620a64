/**
 * The engine as the background sees it: the article in, a Report out, against the corpus index that
 * the build compiled (vite.config.ts writes it to `corpus-index.json`), or that index with the reader's
 * library added (library/library-index.ts).
 */
import type { CorpusIndex } from '../core/corpus/compile-corpus';
import { unpackIndex, type PackedIndex } from '../core/corpus/pack-index';
import { analyze, DEFAULT_MAX_STATEMENTS } from '../core/analyze';
import type { ArticleInput, Report } from '../core/types';

/**
 * The engine's own cap on statements per analysis: it keeps a pathological page bounded, and the
 * report's notice says when it applied.
 */
export const MAX_STATEMENTS = DEFAULT_MAX_STATEMENTS;

/**
 * Loads the packed index once, on first use, and unpacks it (postings are rebuilt from the
 * sentences' keys). Nothing is loaded when the worker starts, so a large index never delays the
 * worker's first answer; the popup shows the `matching` stage while it loads. A failed load is not
 * kept: the next analysis tries again.
 */
export function createIndexLoader(fetchPacked: () => Promise<unknown>): () => Promise<CorpusIndex> {
  let loading: Promise<CorpusIndex> | null = null;
  return () =>
    (loading ??= fetchPacked().then(
      (packed) => {
        if (!packed || typeof packed !== 'object' || (packed as { version?: unknown }).version !== 4) {
          throw new Error('The bundled corpus index is damaged; reinstalling the extension restores it.');
        }
        return unpackIndex(packed as PackedIndex);
      },
    ).catch((error: unknown) => {
      loading = null;
      throw error;
    }));
}

export async function runEngine(article: ArticleInput, index: CorpusIndex): Promise<Report> {
  return analyze(article, index, { maxStatements: MAX_STATEMENTS });
}
