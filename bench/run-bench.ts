/**
 * `npm run bench`: how fast and how small Corroborate is, measured in Debian's Chromium.
 *   1. per page: Readability alone (a) against the whole click path (b), and long tasks;
 *   2. corpus scale: 5, 1,000 and 10,000 reports;
 *   3. bundle sizes, and no declared content script;
 *   4. popup: time to the report, uncached and cached.
 * Prints tables, writes bench/results.json (git-ignored) and bench/results.md (the README section).
 * Options: --only=pages,scale,bundle,popup  --runs=N (per page, default 5)  --sizes=5,1000,10000
 * Env: CHROMIUM_PATH (default /usr/bin/chromium).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { loadBundledCorpus } from '../scripts/load-corpus.ts';
import { compileCorpus } from '../src/core/corpus/compile-corpus.ts';
import { buildHarness } from './build-harness.ts';
import { runBundleBench, type BundleResult } from './bundle-bench.ts';
import { benchPages, runPageBench, type PageResult } from './page-bench.ts';
import { runPopupBench, type PopupResult } from './popup-bench.ts';
import { runScaleBench, type ScaleResult } from './scale-bench.ts';
import { startBenchServer } from './serve.ts';
import { figure, type Figure } from './stats.ts';
import { sentencePool } from './synthetic-corpus.ts';
import { formatReport, targets } from './format-results.ts';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '../shared');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const flags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const only = new Set((arg('only') ?? 'pages,scale,bundle,popup').split(','));
const pageRuns = Number(arg('runs') ?? 5);
const sizes = (arg('sizes') ?? '5,1000,10000').split(',').map(Number);

const log = (line: string) => console.log(line);

function ensureBuilt(dir: string, script: string): void {
  if (existsSync(resolve(root, dir, 'manifest.json'))) return;
  log(`${dir}/ is missing: running \`npm run ${script}\`…`);
  const run = spawnSync('npm', ['run', script], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`npm run ${script} failed`);
}

export type BenchResults = {
  date: string;
  machine: { cpus: number; chromium: string; load: number[] };
  sharedPresent: boolean;
  pages?: { runs: number; results: PageResult[]; summary: PageSummary; skipped: string | null };
  scale?: { pool: string; results: ScaleResult[]; ratios: Record<string, number> };
  bundle?: BundleResult;
  popup?: PopupResult;
};

export type PageSummary = {
  pages: number;
  articles: number;
  readability: Figure;
  clickPath: Figure;
  ratio: Figure;
  /** Per-page median ratios of the corpus pages and of the readability news pages, summarised apart. */
  ratioCorpus: Figure;
  ratioNews: Figure;
  longestPageTask: { ms: number; page: string | null; stage: string | null };
  longestAnalyzeTask: { ms: number; page: string | null };
  /** Longest block of Readability's own parse: the floor, one synchronous task we cannot split. */
  longestReadabilityTask: { ms: number; page: string | null };
  stages: { extract: Figure; analyze: Figure; highlight: Figure };
  /** Longest outerHTML serialisation over pages (median of runs): the block left if Readability moved off the page. */
  longestSerialize: { ms: number; page: string | null };
};

function summarisePages(results: PageResult[]): PageSummary {
  const articles = results.filter((r) => r.article);
  const byMedian = (pick: (r: PageResult) => number, list = articles) => figure(list.map(pick));
  const longest = results.reduce((m, r) => (r.longestPageTask > m.longestPageTask ? r : m), results[0]!);
  const longestA = results.reduce((m, r) => (r.longestAnalyzeTask > m.longestAnalyzeTask ? r : m), results[0]!);
  const longestR = results.reduce((m, r) => ((r.longestReadabilityTask ?? 0) > (m.longestReadabilityTask ?? 0) ? r : m), results[0]!);
  return {
    pages: results.length,
    articles: articles.length,
    readability: byMedian((r) => r.readability.median),
    clickPath: byMedian((r) => r.clickPath.median),
    ratio: byMedian((r) => r.ratio.median),
    ratioCorpus: byMedian((r) => r.ratio.median, articles.filter((r) => r.kind === 'corpus')),
    ratioNews: byMedian((r) => r.ratio.median, articles.filter((r) => r.kind !== 'corpus')),
    longestPageTask: { ms: longest?.longestPageTask ?? 0, page: longest?.longestPageTask ? longest.page : null, stage: longest?.longestPageTaskStage ?? null },
    longestAnalyzeTask: { ms: longestA?.longestAnalyzeTask ?? 0, page: longestA?.longestAnalyzeTask ? longestA.page : null },
    longestReadabilityTask: { ms: longestR?.longestReadabilityTask ?? 0, page: longestR?.longestReadabilityTask ? longestR.page : null },
    longestSerialize: results.reduce<{ ms: number; page: string | null }>((m, r) => (r.serialize.median > m.ms ? { ms: r.serialize.median, page: r.page } : m), { ms: 0, page: null }),
    stages: {
      extract: byMedian((r) => r.stages.extract.median),
      analyze: byMedian((r) => r.stages.analyze.median),
      highlight: byMedian((r) => r.stages.highlight.median),
    },
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: install Debian's chromium or set CHROMIUM_PATH.`);
  ensureBuilt('dist', 'build');
  if (only.has('popup')) ensureBuilt('dist-test', 'build:test');
  const sharedPresent = existsSync(shared);
  if (!sharedPresent) log(`${shared} is absent: skipping the readability test pages; synthetic corpora are built from the corpus's own sentences.`);

  const bundled = loadBundledCorpus(resolve(root, 'corpus'));
  const server = await startBenchServer();
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: [...flags, '--enable-precise-memory-info'] });
  const failures: string[] = [];
  /** Runs one part; a part that fails is reported and the others still run, and results are saved after each. */
  const part = async (name: string, body: () => Promise<void>) => {
    try {
      await body();
    } catch (error) {
      failures.push(name);
      console.error(`The ${name} part failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    save();
  };
  const save = () => {
    writeFileSync(resolve(root, 'bench/results.json'), JSON.stringify({ ...results, targets: targets(results), failures }, null, 2) + '\n');
    writeFileSync(resolve(root, 'bench/results.md'), formatReport(results).markdown);
  };
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: { cpus: (await import('node:os')).cpus().length, chromium: browser.version(), load: (await import('node:os')).loadavg() },
    sharedPresent,
  };
  try {
    const harness = only.has('pages') || only.has('scale') ? await buildHarness(root) : '';
    if (only.has('pages')) await part('pages', async () => {
      const { pages, skipped } = benchPages(server, bundled, shared);
      if (skipped) log(skipped);
      log(`\n1. Per page (${pages.length} pages, ${pageRuns} runs each after a warm-up)`);
      const indexJson = JSON.stringify(compileCorpus(bundled));
      const pageResults = await runPageBench(browser, pages, harness, indexJson, pageRuns, log);
      results.pages = { runs: pageRuns, results: pageResults, summary: summarisePages(pageResults), skipped };
    });
    if (only.has('scale')) await part('scale', async () => {
      const pool = sentencePool(bundled, shared);
      log(`\n2. Corpus scale (material: ${pool.origin})`);
      const scale = await runScaleBench(browser, server, harness, bundled, pool, resolve(root, 'bench/.cache'), {
        sizes,
        buildRuns: (n) => (n <= 5 ? 5 : n <= 1000 ? 2 : 1),
        loadRuns: (n) => (n <= 1000 ? 5 : 2),
        analyzeRuns: 5,
      }, log);
      const first = scale[0]!;
      const last = scale[scale.length - 1]!;
      const ratio = (pick: (r: ScaleResult) => number) => pick(last) / pick(first);
      results.scale = {
        pool: pool.origin,
        results: scale,
        ratios: {
          build: ratio((r) => r.build.median),
          jsonBytes: ratio((r) => r.jsonBytes),
          gzipBytes: ratio((r) => r.gzipBytes),
          coldLoad: ratio((r) => r.coldLoad.median),
          parse: ratio((r) => r.parse.median),
          analyze: ratio((r) => r.analyze.median),
          analyzeFirst: ratio((r) => r.analyzeFirst.median),
          heapMB: ratio((r) => r.heapMB.median),
        },
      };
    });
  } finally {
    await browser.close();
  }
  if (only.has('bundle')) {
    log('\n3. Bundle');
    await part('bundle', async () => {
      results.bundle = runBundleBench(resolve(root, 'dist'));
    });
  }
  if (only.has('popup')) {
    log('\n4. Popup');
    const subject = bundled.find((r) => r.id === '001') ?? bundled[0]!;
    const url = `${server.origin}/corpus/${subject.id}.html`;
    if (!only.has('pages')) benchPages(server, bundled, shared);
    await part('popup', async () => {
      results.popup = await runPopupBench(chromiumPath, flags, resolve(root, 'dist-test'), url, 5, log);
    });
  }
  await server.close();

  save();
  log('\n' + formatReport(results).text);
  if (failures.length) process.exitCode = 1;
  log(`\nWrote bench/results.json and bench/results.md in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});

