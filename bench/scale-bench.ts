/**
 * Part 2, corpus scale: for synthetic corpora of 5, 1,000 and 10,000 reports, the index build time
 * (compileCorpus + packIndex, in Node as at build time), its size as it ships (the packed JSON, raw and
 * gzip), its cold load in a fresh page (fetching the index asset, JSON.parse and unpackIndex, as
 * run-engine.ts does at the background's first analysis), the time to analyse one corpus-sized article
 * against it, and the memory it takes (CDP Runtime.getHeapUsage after a forced GC, V8 heap plus array
 * buffer backing stores, minus the page before loading). The former design, the index as a module of
 * background.js, is measured beside it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import type { RawReport } from '../src/core/corpus/raw-report.ts';
import { compileCorpus } from '../src/core/corpus/compile-corpus.ts';
import { packIndex } from '../src/core/corpus/pack-index.ts';
import type { ArticleInput } from '../src/core/types.ts';
import type { BenchServer } from './serve.ts';
import { figure, type Figure } from './stats.ts';
import { syntheticCorpus, type SentencePool } from './synthetic-corpus.ts';

export type ScaleResult = {
  reports: number;
  sentences: number;
  keys: number;
  build: Figure;
  jsonBytes: number;
  gzipBytes: number;
  /** Fresh page, as shipped: fetch of the index asset (corpus-index.json), JSON.parse and unpackIndex. */
  coldLoad: Figure;
  /** Of which unpackIndex. */
  unpack: Figure;
  /** Of which JSON.parse. */
  parse: Figure;
  analyze: Figure;
  /** The first analysis after each load, apart: it makes the features of every sentence it compares. */
  analyzeFirst: Figure;
  /** V8 heap plus array buffer backing stores (typed arrays live there), after a forced GC. */
  heapMB: Figure;
  /**
   * Fresh page: the former design, the index as a module `export default JSON.parse("…")` of
   * background.js. The module keeps its source text alive, which is the whole index a second time.
   */
  moduleLoad: Figure;
  moduleHeapMB: Figure;
  claims: number;
  sources: number;
};

type Bench = {
  useIndex(value: unknown): number;
  setIndex(json: string): number;
  analyzeRuns(article: ArticleInput, runs: number): { first: number; times: number[]; claims: number; sources: number };
};
declare const corroborateBench: Bench;

/** A page in a browser context of its own, with the harness loaded and a memory probe. */
async function freshPage(browser: Browser, blank: string, harness: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(blank);
  await page.evaluate(harness);
  const used = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
    return usage.usedSize + (usage.backingStorageSize ?? 0);
  };
  return { page, used, close: () => context.close() };
}

export type ScaleOptions = { sizes: number[]; buildRuns: (n: number) => number; loadRuns: (n: number) => number; analyzeRuns: number };

export async function runScaleBench(
  browser: Browser,
  server: BenchServer,
  harness: string,
  bundled: RawReport[],
  pool: SentencePool,
  cacheDir: string,
  options: ScaleOptions,
  log: (line: string) => void,
): Promise<ScaleResult[]> {
  mkdirSync(cacheDir, { recursive: true });
  const blank = server.put('/blank.html', { body: '<!doctype html><title>bench</title>', type: 'text/html' });
  const subject = bundled.find((r) => r.id === '001') ?? bundled[0]!;
  const article: ArticleInput = { title: subject.title, byline: null, siteName: subject.outlet, published: subject.published, url: null, text: subject.text };
  const results: ScaleResult[] = [];
  for (const n of options.sizes) {
    const corpus = syntheticCorpus(n, bundled, pool);
    const buildTimes: number[] = [];
    let json = '';
    let sentences = 0;
    let keys = 0;
    for (let run = 0; run < options.buildRuns(n); run++) {
      const t0 = performance.now();
      const index = compileCorpus(corpus);
      const packed = packIndex(index);
      buildTimes.push(performance.now() - t0);
      if (run === 0) {
        json = JSON.stringify(packed);
        sentences = index.sentences.length;
        keys = packed.vocab.length;
      }
    }
    const jsonBytes = Buffer.byteLength(json);
    const gzipBytes = gzipSync(json, { level: 9 }).length;
    const jsonFile = join(cacheDir, `index-${n}.json`);
    const moduleFile = join(cacheDir, `index-${n}.mjs`);
    writeFileSync(jsonFile, json);
    writeFileSync(moduleFile, `export default JSON.parse(${JSON.stringify(json)});\n`);
    json = '';
    const jsonUrl = server.put(`/index-${n}.json`, { file: jsonFile, type: 'application/json' });
    const moduleUrl = server.put(`/index-${n}.mjs`, { file: moduleFile, type: 'text/javascript' });

    const cold: number[] = [];
    const unpack: number[] = [];
    const parse: number[] = [];
    const heap: number[] = [];
    const moduleLoad: number[] = [];
    const moduleHeap: number[] = [];
    const analyzeTimes: number[] = [];
    const analyzeFirst: number[] = [];
    let claims = 0;
    let sources = 0;
    for (let run = 0; run < options.loadRuns(n); run++) {
      // As shipped: the index is an asset of its own, fetched, parsed and unpacked at the first analysis.
      const shipped = await freshPage(browser, blank, harness);
      const before = await shipped.used();
      const loaded = await shipped.page.evaluate(async (url) => {
        const t0 = performance.now();
        const text = await (await fetch(url)).text();
        const t1 = performance.now();
        const value = JSON.parse(text) as unknown;
        const parsed = performance.now() - t1;
        const unpacked = corroborateBench.useIndex(value);
        return { total: performance.now() - t0, parsed, unpacked };
      }, jsonUrl);
      cold.push(loaded.total);
      parse.push(loaded.parsed);
      unpack.push(loaded.unpacked);
      heap.push(((await shipped.used()) - before) / 2 ** 20);
      const analysed = await shipped.page.evaluate(([a, runs]) => corroborateBench.analyzeRuns(a, runs), [article, options.analyzeRuns] as const);
      analyzeTimes.push(...analysed.times);
      analyzeFirst.push(analysed.first);
      claims = analysed.claims;
      sources = analysed.sources;
      await shipped.close();

      // The former design, for comparison: the index as a module of background.js, whose source text
      // (the whole index a second time) stays alive with the module.
      const former = await freshPage(browser, blank, harness);
      const formerBefore = await former.used();
      moduleLoad.push(
        await former.page.evaluate(async (url) => {
          const t0 = performance.now();
          const mod = (await import(url)) as { default: unknown };
          corroborateBench.useIndex(mod.default);
          return performance.now() - t0;
        }, moduleUrl),
      );
      moduleHeap.push(((await former.used()) - formerBefore) / 2 ** 20);
      await former.close();
    }
    const result: ScaleResult = {
      reports: n, sentences, keys, build: figure(buildTimes), jsonBytes, gzipBytes,
      coldLoad: figure(cold), unpack: figure(unpack), parse: figure(parse), analyze: figure(analyzeTimes), analyzeFirst: figure(analyzeFirst), heapMB: figure(heap), moduleLoad: figure(moduleLoad), moduleHeapMB: figure(moduleHeap), claims, sources,
    };
    results.push(result);
    log(
      `  ${String(n).padStart(6)} reports: ${sentences} sentences, build ${result.build.median.toFixed(0)} ms, JSON ${(jsonBytes / 1e6).toFixed(2)} MB (gzip ${(gzipBytes / 1e6).toFixed(2)} MB), ` +
        `cold load ${result.coldLoad.median.toFixed(0)} ms (parse ${result.parse.median.toFixed(0)}, unpack ${result.unpack.median.toFixed(0)} ms), analyse ${result.analyze.median.toFixed(1)} ms (first after load ${result.analyzeFirst.median.toFixed(1)} ms), heap ${result.heapMB.median.toFixed(1)} MB; ` +
        `as a module of background.js: load ${result.moduleLoad.median.toFixed(0)} ms, heap ${result.moduleHeapMB.median.toFixed(1)} MB`,
    );
  }
  return results;
}
