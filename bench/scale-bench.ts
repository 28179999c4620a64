/**
 * Part 2, corpus scale: for synthetic corpora of 5, 1,000 and 10,000 reports, the index build time
 * (compileCorpus + packIndex, in Node as at build time), its size as it ships (the packed JSON, raw and
 * gzip), its cold load in a fresh page (importing a module `export default JSON.parse("…")`, which is
 * how the background bundle carries it, then unpackIndex as run-engine.ts does; and JSON.parse alone),
 * the time to analyse one corpus-sized article against it, and the JS heap it takes (CDP
 * Runtime.getHeapUsage after a forced GC, minus the page before loading; the packed form stays
 * referenced by its module, as in the background).
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
  /** Fresh page: import of the shipped module form (fetch from 127.0.0.1 + compile + JSON.parse) and unpackIndex. */
  coldLoad: Figure;
  /** Of which unpackIndex. */
  unpack: Figure;
  /** Fresh page: JSON.parse of the index text alone. */
  parse: Figure;
  analyze: Figure;
  heapMB: Figure;
  /**
   * Fresh page: the index as a separate JSON asset, fetched, JSON.parse'd and unpacked (the lazy
   * design: nothing of it in background.js), load time and heap. A module keeps its source text alive,
   * which for `export default JSON.parse("…")` is the whole index a second time.
   */
  assetLoad: Figure;
  assetHeapMB: Figure;
  claims: number;
  sources: number;
};

type Bench = {
  useIndex(value: unknown): number;
  setIndex(json: string): number;
  analyzeRuns(article: ArticleInput, runs: number): { times: number[]; claims: number; sources: number };
};
declare const corroborateBench: Bench;

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
    const assetLoad: number[] = [];
    const assetHeap: number[] = [];
    const analyzeTimes: number[] = [];
    let claims = 0;
    let sources = 0;
    for (let run = 0; run < options.loadRuns(n); run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await page.goto(blank);
      await page.evaluate(harness);
      const used = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
      };
      const before = await used();
      const loaded = await page.evaluate(async (url) => {
        const t0 = performance.now();
        const mod = (await import(url)) as { default: unknown };
        const imported = performance.now() - t0;
        const unpacked = corroborateBench.useIndex(mod.default);
        return { total: imported + unpacked, unpacked };
      }, moduleUrl);
      cold.push(loaded.total);
      unpack.push(loaded.unpacked);
      heap.push(((await used()) - before) / 2 ** 20);
      const analysed = await page.evaluate(([a, runs]) => corroborateBench.analyzeRuns(a, runs), [article, options.analyzeRuns] as const);
      analyzeTimes.push(...analysed.times);
      claims = analysed.claims;
      sources = analysed.sources;
      parse.push(
        await page.evaluate(async (url) => {
          const text = await (await fetch(url)).text();
          const t0 = performance.now();
          JSON.parse(text);
          return performance.now() - t0;
        }, jsonUrl),
      );
      await context.close();

      const fresh = await browser.newContext();
      const assetPage = await fresh.newPage();
      const assetCdp = await fresh.newCDPSession(assetPage);
      await assetPage.goto(blank);
      await assetPage.evaluate(harness);
      const assetUsed = async () => {
        await assetCdp.send('HeapProfiler.collectGarbage');
        return ((await assetCdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
      };
      const assetBefore = await assetUsed();
      assetLoad.push(
        await assetPage.evaluate(async (url) => {
          const t0 = performance.now();
          const value = (await (await fetch(url)).json()) as unknown;
          corroborateBench.useIndex(value);
          return performance.now() - t0;
        }, jsonUrl),
      );
      assetHeap.push(((await assetUsed()) - assetBefore) / 2 ** 20);
      await fresh.close();
    }
    const result: ScaleResult = {
      reports: n, sentences, keys, build: figure(buildTimes), jsonBytes, gzipBytes,
      coldLoad: figure(cold), unpack: figure(unpack), parse: figure(parse), analyze: figure(analyzeTimes), heapMB: figure(heap), assetLoad: figure(assetLoad), assetHeapMB: figure(assetHeap), claims, sources,
    };
    results.push(result);
    log(
      `  ${String(n).padStart(6)} reports: ${sentences} sentences, build ${result.build.median.toFixed(0)} ms, JSON ${(jsonBytes / 1e6).toFixed(2)} MB (gzip ${(gzipBytes / 1e6).toFixed(2)} MB), ` +
        `cold load ${result.coldLoad.median.toFixed(0)} ms (unpack ${result.unpack.median.toFixed(0)} ms), analyse ${result.analyze.median.toFixed(1)} ms, heap ${result.heapMB.median.toFixed(1)} MB; ` +
        `as a fetched JSON asset: load ${result.assetLoad.median.toFixed(0)} ms, heap ${result.assetHeapMB.median.toFixed(1)} MB`,
    );
  }
  return results;
}
