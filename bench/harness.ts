/**
 * The page side of the benchmark, bundled by esbuild into one classic script and evaluated in the
 * article page: the content script's extraction and highlighter and the engine's analyze(), exposed on
 * `window.corroborateBench`, each stage timed with performance.now().
 *
 * analyze() runs in the page here, while the extension runs it in the background; its time is timed
 * and its long tasks are reported apart, so "main-thread blocks from our work" counts only what the
 * page really runs (extraction and highlighting). The messages between page and background are stood
 * in for by a JSON round trip each way, which is what extension messaging costs.
 */
import { Readability } from '@mozilla/readability';
import { finishExtraction, parseWithReadability, prepareExtraction } from '../src/content/extract';
import { createHighlighter } from '../src/content/highlight/highlighter';
import { analyze } from '../src/core/analyze';
import type { CorpusIndex } from '../src/core/corpus/compile-corpus';
import { unpackIndex, type PackedIndex } from '../src/core/corpus/pack-index';
import type { ArticleInput } from '../src/core/types';
import type { ExtractedArticle, Outcome } from '../src/messages/protocol';

type Span = { stage: string; start: number; end: number };
export type LongTask = { start: number; duration: number; stage: string };
export type ClickPath = {
  ok: boolean;
  error?: string;
  extract: number;
  analyze: number;
  highlight: number;
  messaging: number;
  total: number;
  claims: number;
  anchored: number;
  orphans: number;
  longTasks: LongTask[];
};

const longTasks: PerformanceEntry[] = [];
try {
  new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
} catch {
  // No Long Tasks API: the run reports no long tasks rather than failing.
}

/** A fresh task, so each stage's long tasks are its own (and the page gets a turn, as between messages). */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

let index: CorpusIndex | null = null;

const bench = {
  /** (a): Readability's parse of a clone of the document, alone. */
  readability(): number {
    const t0 = performance.now();
    const clone = document.cloneNode(true) as Document;
    new Readability(clone).parse();
    return performance.now() - t0;
  },

  /**
   * Serialising the page (outerHTML): what would stay on the page's main thread if Readability ran
   * on that string elsewhere (an offscreen document, or Firefox's background page).
   */
  serialize(): number {
    const t0 = performance.now();
    void document.documentElement.outerHTML.length;
    return performance.now() - t0;
  },

  setIndex(json: string): number {
    const t0 = performance.now();
    index = JSON.parse(json) as CorpusIndex;
    return performance.now() - t0;
  },

  /** Takes an index as loaded; the shipped (packed) form is unpacked here, as run-engine.ts does. Returns the unpack time. */
  useIndex(value: CorpusIndex | PackedIndex): number {
    const t0 = performance.now();
    index = value.version === 4 ? unpackIndex(value) : value;
    return performance.now() - t0;
  },

  /**
   * Times analyze() alone on an article, `runs` times after a first run that is timed apart: the first
   * analysis after the load makes every compared sentence's features, later ones find them made.
   */
  analyzeRuns(article: ArticleInput, runs: number): { first: number; times: number[]; claims: number; sources: number } {
    if (!index) throw new Error('no index loaded');
    const t = performance.now();
    let report = analyze(article, index);
    const first = performance.now() - t;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      report = analyze(article, index);
      times.push(performance.now() - t0);
    }
    return { first, times, claims: report.claims.length, sources: report.sources.length };
  },

  /** (b): the whole path a click triggers, stage by stage. */
  async clickPath(): Promise<ClickPath> {
    if (!index) throw new Error('no index loaded');
    await nextTask();
    const spans: Span[] = [];
    const from = longTasks.length;
    // The content script's extraction (extractArticleInTasks): its three steps, each in a task of its
    // own, so that Readability's parse and our own work are told apart.
    const t0 = performance.now();
    const prepared = prepareExtraction(document);
    const p1 = performance.now();
    spans.push({ stage: 'extract', start: t0, end: p1 });
    await nextTask();
    const p2 = performance.now();
    const parsed = parseWithReadability(prepared);
    const p3 = performance.now();
    spans.push({ stage: 'readability', start: p2, end: p3 });
    let p4 = p3;
    let p5 = p3;
    let extracted: Outcome<ExtractedArticle> | null = parsed.ok ? null : parsed;
    if (parsed.ok) {
      await nextTask();
      p4 = performance.now();
      extracted = finishExtraction(prepared, parsed.value);
      p5 = performance.now();
      spans.push({ stage: 'extract', start: p4, end: p5 });
    }
    const extractTime = p1 - t0 + (p3 - p2) + (p5 - p4);
    const empty = { extract: extractTime, analyze: 0, highlight: 0, messaging: 0, total: extractTime, claims: 0, anchored: 0, orphans: 0 };
    if (!extracted?.ok) {
      return { ok: false, error: extracted?.failure.message ?? 'no article', ...empty, longTasks: collect(from, spans) };
    }
    await nextTask();
    const m0 = performance.now();
    const article = JSON.parse(JSON.stringify(extracted.value)) as ArticleInput;
    const m1 = performance.now();
    const report = analyze(article, index);
    const t2 = performance.now();
    spans.push({ stage: 'analyze (background)', start: m1, end: t2 });
    const delivered = JSON.parse(JSON.stringify(report)) as typeof report;
    const m2 = performance.now();
    await nextTask();
    const t3 = performance.now();
    const anchors = await createHighlighter(document).apply(delivered, { visible: true });
    const t4 = performance.now();
    spans.push({ stage: 'highlight', start: t3, end: t4 });
    // Long-task entries are delivered after the task ends; give the observer a turn.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await nextTask();
    return {
      ok: true,
      extract: extractTime,
      analyze: t2 - m1,
      highlight: t4 - t3,
      messaging: m1 - m0 + (m2 - t2),
      total: extractTime + (m2 - m0) + (t4 - t3),
      claims: report.claims.length,
      anchored: anchors.anchored.length,
      orphans: anchors.orphans.length,
      longTasks: collect(from, spans),
    };
  },
};

function collect(from: number, spans: Span[]): LongTask[] {
  return longTasks.slice(from).map((e) => {
    const mid = e.startTime + e.duration / 2;
    const span = spans.find((s) => mid >= s.start - 1 && mid <= s.end + 1);
    return { start: e.startTime, duration: e.duration, stage: span?.stage ?? 'other' };
  });
}

(window as unknown as { corroborateBench: typeof bench }).corroborateBench = bench;
