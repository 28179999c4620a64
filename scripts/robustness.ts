/**
 * `npm run robustness`: the content script's steps on all of Readability's real-world test pages
 * (../shared/readability-test-pages) in Debian's Chromium. For each page: extraction, sentence
 * splitting, highlighting of every sentence (the highlighter's diagnostic mode), then clear(). Prints
 * the anchoring rate per page, names the news pages below 99%, and writes the figures to
 * bench/robustness.json.
 *
 * Pages are served from 127.0.0.1 with `default-src 'none'; style-src 'unsafe-inline'`: a saved page's
 * scripts would fail without their servers anyway, and left running they would change the DOM under
 * the before/after comparison; the policy also makes every page a strict-CSP page for the highlighter.
 * Every request that is not to the local server is aborted as well, so nothing leaves the machine.
 * The check itself (test/browser/robustness/page-check.ts) is bundled with Vite and evaluated in the
 * page, as the content script would be; the fixture test in `npm test` runs the same code.
 */
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'vite';
import { chromium, type Browser } from 'playwright-core';
import type { PageCheck } from '../test/browser/robustness/page-check.ts';

const repo = resolve(import.meta.dirname, '..');
const pagesDir = resolve(repo, '../shared/readability-test-pages');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumFlags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const NEWS = new Set(['news-general-outlet', 'news-topical-site']);
const TARGET = 0.99;
const PAGE_TIMEOUT_MS = 90_000;
const CONCURRENCY = Number(process.env.ROBUSTNESS_CONCURRENCY ?? 3);

type IndexRow = { dir: string; category: string; hardNews: boolean; lang: string };
type Row = IndexRow & PageCheck & { pageErrors: string[]; consoleErrors: string[]; loadMs: number };

/** INDEX.csv: only the first columns are needed, and they never hold a comma. */
function readIndex(): IndexRow[] {
  const lines = readFileSync(resolve(pagesDir, 'INDEX.csv'), 'utf8').trim().split('\n').slice(1);
  return lines.map((line) => {
    const [dir, category, hard, , lang] = line.split(',');
    return { dir: dir!, category: category!, hardNews: hard === 'yes', lang: lang ?? '' };
  });
}

async function bundleCheck(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      minify: false,
      lib: { entry: resolve(repo, 'test/browser/robustness/page-check.ts'), formats: ['iife'], name: 'corroborateCheck', fileName: () => 'check.js' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Array<{ output: Array<{ type: string; code?: string }> }>;
  const chunk = outputs[0]!.output.find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('Bundling page-check.ts produced no code.');
  return chunk.code;
}

async function startServer(): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const dir = /^\/([^/]+)\/source\.html$/.exec(path)?.[1];
    const file = dir && !dir.startsWith('.') ? resolve(pagesDir, dir, 'source.html') : null;
    if (!file || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((done) => server.close(() => done())) };
}

/** Console errors the page causes by being a saved page with its scripts and servers gone: not ours. */
const isPageNoise = (text: string) => /^(Refused to|Failed to load resource|Loading the script|Executing inline|Not allowed to load local resource)/.test(text) || /Content Security Policy/.test(text);

async function checkOne(browser: Browser, origin: string, check: string, row: IndexRow): Promise<Row> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  await context.route('**/*', (route) => (route.request().url().startsWith(origin + '/') ? route.continue() : route.abort()));
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !isPageNoise(m.text())) consoleErrors.push(m.text());
  });
  const t = Date.now();
  try {
    await page.goto(`${origin}/${encodeURIComponent(row.dir)}/source.html`, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    const loadMs = Date.now() - t;
    const result = await Promise.race([
      page.evaluate(`${check}\n;corroborateCheck.checkPage(document)`) as Promise<PageCheck>,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${PAGE_TIMEOUT_MS} ms`)), PAGE_TIMEOUT_MS)),
    ]);
    return { ...row, ...result, pageErrors, consoleErrors, loadMs };
  } catch (error) {
    const blank: PageCheck = {
      article: false, message: null, sentences: 0, anchored: 0, exact: 0, rate: null, orphanSamples: [], marks: 0, styled: false,
      restored: { html: false, text: false, structure: false }, exception: String(error), ms: { extract: 0, split: 0, highlight: 0, clear: 0 },
    };
    return { ...row, ...blank, pageErrors, consoleErrors, loadMs: Date.now() - t };
  } finally {
    await context.close();
  }
}

const pct = (r: number | null) => (r == null ? '   -  ' : `${(r * 100).toFixed(1).padStart(5)}%`);

function printTable(rows: Row[]): void {
  const restoredOk = (r: Row) => r.restored.html && r.restored.text && r.restored.structure;
  console.log(`${'page'.padEnd(42)} ${'category'.padEnd(20)} ${'sent'.padStart(5)} ${'anch'.padStart(5)} ${'exact'.padStart(5)}   rate  restored  errors`);
  for (const r of rows) {
    const errors = r.pageErrors.length + r.consoleErrors.length + (r.exception ? 1 : 0);
    const flag = NEWS.has(r.category) && r.rate != null && r.rate < TARGET ? '  < 99%' : '';
    console.log(
      `${r.dir.slice(0, 42).padEnd(42)} ${r.category.padEnd(20)} ${String(r.sentences).padStart(5)} ${String(r.anchored).padStart(5)} ${String(r.exact).padStart(5)} ${r.article ? pct(r.rate) : ' (n/a)'}  ${restoredOk(r) ? 'yes     ' : 'NO      '}  ${errors}${flag}${r.article ? '' : `  not an article: ${r.message}`}`,
    );
  }
}

async function main(): Promise<number> {
  if (!existsSync(resolve(pagesDir, 'INDEX.csv'))) {
    console.log(`Skipped: ${pagesDir} is absent (the real-world test pages live in ../shared).`);
    return 0;
  }
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: install chromium or set CHROMIUM_PATH.`);
  const started = Date.now();
  const index = readIndex();
  const check = await bundleCheck();
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumFlags });
  const rows: Row[] = new Array(index.length);
  let next = 0;
  const worker = async () => {
    while (next < index.length) {
      const k = next++;
      rows[k] = await checkOne(browser, server.origin, check, index[k]!);
      process.stderr.write('.');
    }
  };
  try {
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    process.stderr.write('\n');
    await browser.close();
    await server.close();
  }

  printTable(rows);
  const news = rows.filter((r) => NEWS.has(r.category) && r.article && r.sentences > 0);
  const newsSentences = news.reduce((n, r) => n + r.sentences, 0);
  const newsAnchored = news.reduce((n, r) => n + r.anchored, 0);
  const below = news.filter((r) => (r.rate ?? 1) < TARGET);
  const allArticles = rows.filter((r) => r.article && r.sentences > 0);
  const overall = allArticles.reduce((n, r) => n + r.anchored, 0) / Math.max(1, allArticles.reduce((n, r) => n + r.sentences, 0));
  const broken = rows.filter((r) => !(r.restored.html && r.restored.text && r.restored.structure));
  const erroring = rows.filter((r) => r.exception || r.pageErrors.length || r.consoleErrors.length);
  const notArticleNews = rows.filter((r) => NEWS.has(r.category) && !r.article);

  console.log('');
  console.log(`News pages (${news.length} analysed, ${newsSentences} sentences): ${pct(newsAnchored / Math.max(1, newsSentences))} of sentences anchored.`);
  const newsExact = news.reduce((n, r) => n + r.exact, 0);
  console.log(`News sentences whose highlight covers exactly the sentence's own words: ${pct(newsExact / Math.max(1, newsSentences))}.`);
  console.log(`All article pages (${allArticles.length}): ${pct(overall)} anchored.`);
  console.log(`News pages below 99%: ${below.length ? '' : 'none'}`);
  for (const r of below) {
    console.log(`  ${r.dir} (${r.category}): ${pct(r.rate)}, ${r.sentences - r.anchored} of ${r.sentences} not anchored, e.g.`);
    for (const s of r.orphanSamples.slice(0, 3)) console.log(`      "${s}"`);
  }
  if (notArticleNews.length) console.log(`News pages taken for non-articles: ${notArticleNews.map((r) => `${r.dir} (${r.message})`).join('; ')}`);
  console.log(`DOM restored exactly after clear(): ${rows.length - broken.length} of ${rows.length}${broken.length ? ` (not: ${broken.map((r) => r.dir).join(', ')})` : ''}`);
  console.log(`Pages with an exception or console error from our code: ${erroring.length ? erroring.map((r) => `${r.dir}: ${r.exception ?? r.pageErrors[0] ?? r.consoleErrors[0]}`).join('\n  ') : 'none'}`);
  console.log(`Took ${((Date.now() - started) / 1000).toFixed(0)} s.`);

  mkdirSync(resolve(repo, 'bench'), { recursive: true });
  const out = resolve(repo, 'bench/robustness.json');
  writeFileSync(out, JSON.stringify({
    date: new Date().toISOString(),
    news: { pages: news.length, sentences: newsSentences, anchored: newsAnchored, exact: newsExact, rate: newsAnchored / Math.max(1, newsSentences), below: below.map((r) => r.dir) },
    overall: { pages: allArticles.length, rate: overall },
    restoredAll: broken.length === 0,
    errors: erroring.map((r) => r.dir),
    pages: rows,
  }, null, 2));
  console.log(`Wrote ${out}`);
  return erroring.length > 0 || broken.length > 0 ? 1 : 0;
}

// Exit explicitly: Vite's build API can leave handles open for a minute after the bundle is made.
process.exit(await main());
