/**
 * `npm run --silent analyze -- <file.html|file.txt> [--json] [--published YYYY-MM-DD]`
 * Prints one JSON Report with --json, otherwise a readable report grouped by status.
 * Exit codes: 0 done, 2 bad input (missing file, bad date, unknown option).
 */
import { resolve } from 'node:path';
import { analyze } from '../core/analyze.ts';
import { compileCorpus } from '../core/corpus/compile-corpus.ts';
import { loadBundledCorpus } from '../../scripts/load-corpus.ts';
import { parseAnalyzeArgs } from './parse-args.ts';
import { readArticle } from './read-article.ts';
import { formatReport } from './format-report.ts';

const root = resolve(import.meta.dirname, '../..');

function main(argv: string[]): number {
  const args = parseAnalyzeArgs(argv);
  if (!args.ok) {
    process.stderr.write(args.error + '\n');
    return 2;
  }
  const article = readArticle(args.value.file, args.value.published);
  if (!article.ok) {
    process.stderr.write(article.error + '\n');
    return 2;
  }
  const corpus = loadBundledCorpus(resolve(root, 'corpus'));
  const index = compileCorpus(corpus);
  const report = analyze(article.value, index, { approach: args.value.approach });
  if (args.value.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else process.stdout.write(formatReport(report, { color: process.stdout.isTTY === true && !process.env.NO_COLOR }) + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
