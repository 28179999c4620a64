/**
 * The engine as the background sees it: the article in, a Report out, against the corpus index that
 * the build compiled (vite.config.ts, `virtual:corpus-index`), or that index with the reader's library
 * added (library/library-index.ts).
 */
import bundled from 'virtual:corpus-index';
import type { CorpusIndex } from '../core/corpus/compile-corpus';
import { unpackIndex } from '../core/corpus/pack-index';
import { analyze, DEFAULT_MAX_STATEMENTS } from '../core/analyze';
import type { ArticleInput, Report } from '../core/types';

/**
 * The engine's own cap on statements per analysis: it keeps a pathological page bounded, and the
 * report's notice says when it applied.
 */
export const MAX_STATEMENTS = DEFAULT_MAX_STATEMENTS;

/** Unpacked once when the background starts (postings are rebuilt from the sentences' keys). */
export const bundledIndex: CorpusIndex = unpackIndex(bundled);

export async function runEngine(article: ArticleInput, index: CorpusIndex = bundledIndex): Promise<Report> {
  return analyze(article, index, { maxStatements: MAX_STATEMENTS });
}
