/**
 * The engine as the background sees it: the article in, a Report out, against the corpus index that
 * the build compiled (vite.config.ts, `virtual:corpus-index`).
 */
import index from 'virtual:corpus-index';
import { analyze, DEFAULT_MAX_STATEMENTS } from '../core/analyze';
import type { ArticleInput, Report } from '../core/types';

/**
 * The engine's own cap on statements per analysis: it keeps a pathological page bounded, and the
 * report's notice says when it applied.
 */
export const MAX_STATEMENTS = DEFAULT_MAX_STATEMENTS;

export async function runEngine(article: ArticleInput): Promise<Report> {
  return analyze(article, index, { maxStatements: MAX_STATEMENTS });
}
