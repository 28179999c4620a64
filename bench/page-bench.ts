/**
 * Part 1, per page: (a) Readability's parse of a document clone alone, (b) the whole click path
 * (extraction, analyze with the bundled index, anchoring and highlighting), b/a, and the long tasks
 * seen during (b). Every run is a fresh navigation, so the page's DOM is untouched by the last run's
 * highlights; one warm-up run per page is discarded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { RawReport } from '../src/core/corpus/raw-report.ts';
import type { ClickPath } from './harness.ts';
import { articlePage } from './article-page.ts';
import type { BenchServer } from './serve.ts';
import { figure, median, type Figure } from './stats.ts';

export type PageResult = {
  page: string;
  kind: 'corpus' | 'readability-news';
  article: boolean;
  note?: string;
  readability: Figure;
  clickPath: Figure;
  ratio: Figure;
  /** document.documentElement.outerHTML: the main-thread cost left if Readability ran off the page. */
  serialize: Figure;
  stages: { extract: Figure; analyze: Figure; highlight: Figure; messaging: Figure };
  claims: number;
  anchored: number;
  /** Longest long task in the page-side stages (extraction, highlighting), ms; 0 when none reached 50 ms. */
  longestPageTask: number;
  longestPageTaskStage: string | null;
  /** Longest long task of Readability's own parse (the floor the issue measures against), ms. */
  longestReadabilityTask: number;
  /** Longest long task while analyze() ran (in the page here, in the background in the extension). */
  longestAnalyzeTask: number;
};

export type PageEntry = { name: string; kind: PageResult['kind']; url: string };

const NEWS = new Set(['news-general-outlet', 'news-topical-site']);

/** The pages to measure: the corpus reports as article pages, then the news pages among the readability test pages. */
export function benchPages(server: BenchServer, bundled: RawReport[], sharedDir: string): { pages: PageEntry[]; skipped: string | null } {
  const pages: PageEntry[] = bundled.map((r) => ({
    name: `corpus/${r.id}`,
    kind: 'corpus' as const,
    url: server.put(`/corpus/${r.id}.html`, { body: articlePage(r), type: 'text/html; charset=utf-8' }),
  }));
  const dir = join(sharedDir, 'readability-test-pages');
  const indexCsv = join(dir, 'INDEX.csv');
  if (!existsSync(indexCsv)) return { pages, skipped: `${dir} is absent: measuring the ${pages.length} corpus pages only.` };
  for (const line of readFileSync(indexCsv, 'utf8').split(/\r?\n/).slice(1)) {
    const [folder, category] = line.split(',');
    if (!folder || !category || !NEWS.has(category)) continue;
    const file = join(dir, folder, 'source.html');
    if (!existsSync(file)) continue;
    pages.push({ name: folder, kind: 'readability-news', url: server.put(`/rtp/${folder}/source.html`, { file, type: 'text/html; charset=utf-8' }) });
  }
  return { pages, skipped: null };
}

type Bench = {
  readability(): number;
  serialize(): number;
  setIndex(json: string): number;
  clickPath(): Promise<ClickPath>;
};
declare const corroborateBench: Bench;

export async function runPageBench(
  browser: Browser,
  pages: PageEntry[],
  harness: string,
  indexJson: string,
  runs: number,
  log: (line: string) => void,
): Promise<PageResult[]> {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1100, height: 900 } });
  const origin = new URL(pages[0]!.url).origin;
  // The saved pages reference ads, fonts and trackers: nothing but our server is reachable.
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  const page = await context.newPage();
  const results: PageResult[] = [];
  for (const entry of pages) {
    const a: number[] = [];
    const b: ClickPath[] = [];
    const serialize: number[] = [];
    let error: string | null = null;
    for (let run = 0; run <= runs; run++) {
      try {
        await page.goto(entry.url, { waitUntil: 'load', timeout: 30_000 });
        await page.evaluate(harness);
        await page.evaluate((json) => corroborateBench.setIndex(json), indexJson);
        const readability = await page.evaluate(() => corroborateBench.readability());
        const click = await page.evaluate(() => corroborateBench.clickPath());
        const serialized = await page.evaluate(() => corroborateBench.serialize());
        if (run === 0) continue;
        serialize.push(serialized);
        a.push(readability);
        b.push(click);
      } catch (e) {
        error = e instanceof Error ? e.message.split('\n')[0]! : String(e);
        break;
      }
    }
    const result = summarise(entry, a, b, serialize, error);
    results.push(result);
    log(
      `  ${entry.name.padEnd(44)} a ${result.readability.median.toFixed(1).padStart(6)} ms  b ${result.clickPath.median.toFixed(1).padStart(6)} ms  b/a ${result.ratio.median.toFixed(2).padStart(5)}` +
        (result.article ? '' : `  (${result.note ?? 'not an article'})`),
    );
  }
  await context.close();
  return results;
}

function summarise(entry: PageEntry, a: number[], b: ClickPath[], serialize: number[], error: string | null): PageResult {
  const article = !error && b.length > 0 && b.every((x) => x.ok);
  const pageTasks = b.flatMap((x) => x.longTasks.filter((t) => t.stage === 'extract' || t.stage === 'highlight'));
  const longest = pageTasks.reduce<{ duration: number; stage: string } | null>((m, t) => (!m || t.duration > m.duration ? t : m), null);
  const analyzeTasks = b.flatMap((x) => x.longTasks.filter((t) => t.stage.startsWith('analyze')));
  const readabilityTasks = b.flatMap((x) => x.longTasks.filter((t) => t.stage === 'readability'));
  const note = error ?? (b.find((x) => !x.ok)?.error ? `not an article: ${b.find((x) => !x.ok)!.error}` : undefined);
  return {
    page: entry.name,
    kind: entry.kind,
    article,
    ...(note ? { note } : {}),
    readability: figure(a),
    clickPath: figure(b.map((x) => x.total)),
    ratio: figure(b.map((x, i) => x.total / a[i]!)),
    serialize: figure(serialize),
    stages: {
      extract: figure(b.map((x) => x.extract)),
      analyze: figure(b.map((x) => x.analyze)),
      highlight: figure(b.map((x) => x.highlight)),
      messaging: figure(b.map((x) => x.messaging)),
    },
    claims: median(b.map((x) => x.claims)) || 0,
    anchored: median(b.map((x) => x.anchored)) || 0,
    longestPageTask: longest?.duration ?? 0,
    longestPageTaskStage: longest?.stage ?? null,
    longestAnalyzeTask: analyzeTasks.reduce((m, t) => Math.max(m, t.duration), 0),
    longestReadabilityTask: readabilityTasks.reduce((m, t) => Math.max(m, t.duration), 0),
  };
}
