/**
 * `npm run eval [-- --json] [--approach lexical|lexicon|vectors] [--compare] [--verbose]
 * [--same-threshold x] [--soft-threshold x] [--gold file.json]`: the engine against
 * ../shared/gold/dev.json, each corpus report in turn as the page and the other four as the corpus.
 * Skips with a message (exit 0) when ../shared is absent.
 *
 * `--gold` scores another labelled set in the same format. Its documents that are not corpus reports
 * are pages: each is read from its `file` (beside the gold file) as `npm run analyze` reads a file,
 * dated by its `published`, and analysed against the whole corpus. That is how an article the corpus
 * has never seen is judged.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { analyze, DEFAULT_APPROACH, type AnalyzeOptions } from '../core/analyze.ts';
import { compileCorpus } from '../core/corpus/compile-corpus.ts';
import type { Report } from '../core/types.ts';
import { APPROACHES, type Approach } from '../core/match/compare-statements.ts';
import { loadBundledCorpus } from '../../scripts/load-corpus.ts';
import { scoreReports, type Gold, type Prf, type Score } from './score-gold.ts';
import { readArticle } from './read-article.ts';

const root = resolve(import.meta.dirname, '../..');
const goldPath = resolve(root, '../shared/gold/dev.json');

export function runEval(gold: Gold, options: AnalyzeOptions): { score: Score; reports: Map<string, Report> } {
  const corpus = loadBundledCorpus(resolve(root, 'corpus'));
  const reports = new Map<string, Report>();
  for (const page of corpus) {
    const index = compileCorpus(corpus.filter((r) => r.id !== page.id));
    reports.set(page.id, analyze({ title: page.title, byline: null, siteName: null, published: page.published, url: page.url, text: page.text }, index, options));
  }
  return { score: scoreReports(gold, reports), reports };
}

type GoldDocument = { id: string; file: string; published?: string | null };

/** The pages of a labelled set that are not corpus reports, each analysed against the whole corpus. */
export function runHeldOut(gold: Gold & { documents?: GoldDocument[] }, goldFile: string, options: AnalyzeOptions): { score: Score; reports: Map<string, Report> } | string {
  const corpus = loadBundledCorpus(resolve(root, 'corpus'));
  const ids = new Set(corpus.map((r) => r.id));
  const pages = (gold.documents ?? []).filter((d) => !ids.has(d.id));
  if (!pages.length) return `${goldFile} names no document outside the corpus, so there is no page to analyse.`;
  const index = compileCorpus(corpus);
  const reports = new Map<string, Report>();
  for (const d of pages) {
    const article = readArticle(resolve(dirname(goldFile), d.file), d.published ?? null);
    if (!article.ok) return `${d.id}: ${article.error}`;
    reports.set(d.id, analyze(article.value, index, options));
  }
  return { score: scoreReports(gold, reports), reports };
}

const LETTER: Record<Approach, string> = { lexical: 'A', lexicon: 'B', vectors: 'C' };

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const line = (name: string, p: Prf) => `${name.padEnd(13)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}   (found ${p.tp}, missed ${p.fn}, unlabelled triples ${p.fp})`;

function printScore(approach: string, s: Score): void {
  console.log(`\n== approach ${LETTER[approach as Approach] ?? ''}: ${approach} ==`);
  console.log(line('corroborates', s.corroborates));
  console.log(line('conflicts', s.conflicts));
  console.log(`unique statements marked unique: ${s.unique.correct}/${s.unique.total} (${pct(s.unique.accuracy)}%)`);
  console.log(`found pairs citing the labelled quote: ${s.quoteMatch.same}/${s.quoteMatch.found}`);
  console.log(`boilerplate lines that became statements: ${s.boilerplateLeaked.length}`);
  console.log('\nconfusion (gold kind → engine outcome, both directions):');
  for (const [kind, row] of Object.entries(s.confusion)) console.log(`  ${kind.padEnd(18)} ${Object.entries(row).map(([k, n]) => `${k}:${n}`).join('  ')}`);
  const worst = [
    ...s.falseConflicts.map((f) => `FALSE CONFLICT ${f.page}→${f.other} [${f.kind}] "${f.statement.slice(0, 110)}" vs "${f.quote.slice(0, 90)}" — ${f.reason}`),
    ...s.misses.map((m) => `MISSED ${m.label}/${m.kind} ${m.pair} ${m.page}→${m.other} (got ${m.got}) "${m.quote.slice(0, 120)}"`),
  ].slice(0, 10);
  console.log('\nten worst misses:');
  for (const w of worst) console.log('  ' + w);
}

function main(argv: string[]): number {
  if (!argv.includes('--gold') && !existsSync(goldPath)) {
    console.log(`SKIP: ${goldPath} not found (the shared gold set sits beside the repo as ../shared); nothing to score.`);
    return 0;
  }
  const json = argv.includes('--json');
  const verbose = argv.includes('--verbose');
  const ai = argv.indexOf('--approach');
  const requested = ai >= 0 ? argv[ai + 1] : undefined;
  if (requested && !APPROACHES.includes(requested as Approach)) {
    console.error(`--approach is one of: ${APPROACHES.join(', ')}.`);
    return 2;
  }
  const tuning: AnalyzeOptions = {};
  for (const [flag, key] of [['--same-threshold', 'sameThreshold'], ['--soft-threshold', 'softThreshold']] as const) {
    const i = argv.indexOf(flag);
    if (i < 0) continue;
    const v = Number(argv[i + 1]);
    if (!Number.isFinite(v) || v <= 0 || v > 1) {
      console.error(`${flag} takes a number in (0, 1].`);
      return 2;
    }
    tuning[key] = v;
  }
  const approaches: readonly Approach[] = argv.includes('--compare') ? APPROACHES : [(requested as Approach | undefined) ?? DEFAULT_APPROACH];
  const gi = argv.indexOf('--gold');
  const goldFile = gi >= 0 ? resolve(argv[gi + 1] ?? '') : null;
  if (goldFile && !existsSync(goldFile)) {
    console.error(`--gold: ${goldFile} not found.`);
    return 2;
  }
  let gold: Gold;
  try {
    gold = JSON.parse(readFileSync(goldFile ?? goldPath, 'utf8')) as Gold;
  } catch (e) {
    console.error(`${goldFile ?? goldPath} is not a labelled set: ${(e as Error).message}`);
    return 2;
  }
  const out: Record<string, Score> = {};
  for (const approach of approaches) {
    const run = goldFile ? runHeldOut(gold, goldFile, { ...tuning, approach }) : runEval(gold, { ...tuning, approach });
    if (typeof run === 'string') {
      console.error(run);
      return 2;
    }
    const { score } = run;
    out[approach] = score;
    if (!json) {
      printScore(approach, score);
      if (verbose) {
        for (const f of [...score.falseConflicts, ...score.falseCorroborations]) console.log(`  FP ${f.page}→${f.other} ${f.verdict}/${f.kind}: "${f.statement.slice(0, 100)}" vs "${f.quote.slice(0, 100)}"`);
        for (const m of score.misses) console.log(`  FN ${m.pair} ${m.page}→${m.other} ${m.label}/${m.kind} got ${m.got}: "${m.quote.slice(0, 100)}"`);
        for (const u of score.unique.wrong) console.log(`  UNIQUE-WRONG ${u.doc} got ${u.got}: "${u.quote.slice(0, 100)}"`);
      }
    }
  }
  if (json) process.stdout.write(JSON.stringify(approaches.length === 1 ? out[approaches[0]!] : out, null, 2) + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
