/**
 * The engine as the background sees it: the article in, a Report out, with the bundled corpus index.
 */
import index from 'virtual:corpus-index';
import type { CorpusIndex } from '../core/corpus/compile-corpus';
import { splitSentences } from '../core/text/split-sentences';
import type { ArticleInput, Report } from '../core/types';

/**
 * The most statements one analysis looks at. A long feature has a few hundred; the cap keeps a
 * pathological page (tens of thousands of sentences) bounded, and the report's notice says so.
 */
export const MAX_STATEMENTS = 2000;

type Analyze = (article: ArticleInput, index: CorpusIndex, opts: { maxStatements: number }) => Report | Promise<Report>;

// TEMPORARY until src/core/analyze.ts lands: a glob import is empty when the file is missing, so the
// shell builds either way. Replace with `import { analyze } from '../core/analyze'` once it exists.
const engines = import.meta.glob<Analyze>('../core/analyze.ts', { eager: true, import: 'analyze' });

/** Without the engine: every sentence is listed as a statement no other report makes. */
function sentencesOnly(article: ArticleInput, maxStatements: number): Report {
  const sentences = splitSentences(article.text);
  const kept = sentences.slice(0, maxStatements);
  return {
    article: { title: article.title, url: article.url, published: article.published, sentences: sentences.length },
    sources: [],
    claims: kept.map((s) => ({ text: s.text, start: s.start, end: s.end, status: 'unique', evidence: [] })),
    notice:
      kept.length < sentences.length
        ? { kind: 'truncated', message: `Analysed the first ${kept.length} of ${sentences.length} statements.` }
        : null,
  };
}

export async function runEngine(article: ArticleInput): Promise<Report> {
  const analyze = Object.values(engines)[0];
  if (!analyze) return sentencesOnly(article, MAX_STATEMENTS);
  return analyze(article, index, { maxStatements: MAX_STATEMENTS });
}
