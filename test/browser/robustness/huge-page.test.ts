/**
 * A huge page: 5 MB of article text, some 40,000 sentences. The pipeline must finish or stop at a
 * stated limit ("analysed the first N statements"), and the tab must stay responsive: highlighting
 * yields to the page between slices. Long tasks are measured with PerformanceObserver and printed,
 * not asserted (timings depend on the machine); that the page got turns while anchoring is asserted.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle, MAX_TEXT_LENGTH } from '../../../src/content/extract';
import { createHighlighter } from '../../../src/content/highlight/highlighter';
import { analyze, DEFAULT_MAX_STATEMENTS } from '../../../src/core/analyze';
import { compileCorpus } from '../../../src/core/corpus/compile-corpus';
import type { RawReport } from '../../../src/core/corpus/raw-report';

const texts = import.meta.glob<string>('../../../corpus/*.txt', { query: '?raw', import: 'default', eager: true });
import sources from '../../../corpus/sources.json';

function corpus(): RawReport[] {
  return (sources as { reports: Array<{ id: string; file: string; outlet: string; title: string | null; published: string | null; url: string | null }> }).reports.map((r) => ({
    id: r.id, outlet: r.outlet, title: r.title, published: r.published, url: r.url, origin: 'bundled' as const,
    text: texts[`../../../corpus/${r.file}`]!,
  }));
}

/** Paragraphs of varied news-like sentences, with the story's own sentences among them. */
function hugeArticle(targetChars: number, story: string[]): string {
  const parts: string[] = ['<article><h1>A very long live blog</h1>'];
  let size = 0;
  let n = 0;
  while (size < targetChars) {
    const sentences: string[] = [];
    for (let k = 0; k < 5; k++, n++) {
      sentences.push(n % 50 === 0
        ? story[n % story.length]!
        : `Update ${n}: officials in district ${n % 97} said ${n * 7 % 1000} residents were moved on ${['Monday', 'Tuesday', 'Friday'][n % 3]}, and <em>about ${n % 40} buildings</em> were damaged.`);
    }
    const p = `<p>${sentences.join(' ')}</p>`;
    parts.push(p);
    size += p.length;
  }
  parts.push('</article>');
  return parts.join('\n');
}

let frame: HTMLIFrameElement | null = null;
afterEach(() => {
  frame?.remove();
  frame = null;
});

describe('a 5 MB page', () => {
  it('is analysed up to the stated limits while the tab keeps getting turns', async () => {
    const raw = corpus();
    const story = raw.flatMap((r) => r.text.split(/(?<=[.!?])\s+/)).filter((s) => s.length > 80 && s.length < 300 && !/[<>&]/.test(s));
    const html = hugeArticle(5_600_000, story);
    frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '700px';
    const loaded = new Promise((r) => frame!.addEventListener('load', r, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="en"><head><title>Live blog</title></head><body>${html}</body></html>`;
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const win = frame.contentWindow!;

    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
    observer.observe({ type: 'longtask', buffered: false });

    // 1. Extraction (in the tab): capped at MAX_TEXT_LENGTH, and says how long the page really was.
    let t = performance.now();
    const extracted = extractArticle(doc);
    const extractMs = performance.now() - t;
    expect(extracted.ok).toBe(true);
    if (!extracted.ok) return;
    expect(extracted.value.fullLength).toBeGreaterThan(5_000_000);
    expect(extracted.value.text.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);

    const turn = () => new Promise((r) => setTimeout(r, 0));
    await turn();
    longTasks.push(...observer.takeRecords().map((e) => e.duration));
    const extractLongest = Math.max(0, ...longTasks);

    // 2. The engine (in the background): stops at its statement cap and says so.
    t = performance.now();
    const report = analyze({ ...extracted.value }, compileCorpus(raw), { maxStatements: DEFAULT_MAX_STATEMENTS });
    const analyzeMs = performance.now() - t;
    expect(report.notice?.kind).toBe('truncated');
    expect(report.notice?.message).toMatch(new RegExp(`analysed the first ${DEFAULT_MAX_STATEMENTS} statements`));
    expect(report.claims).toHaveLength(DEFAULT_MAX_STATEMENTS);
    expect(report.article.sentences).toBeGreaterThan(5000);

    // 3. Highlighting (in the tab), every analysed statement: the page gets turns while it runs.
    await turn();
    longTasks.push(...observer.takeRecords().map((e) => e.duration));
    // A frame rendered is the page's turn: the pacer yields with scheduler.yield(), whose continuation
    // goes before ordinary timers but not before rendering and input.
    let turns = 0;
    let running = true;
    let last = performance.now();
    let longestGap = 0;
    const frameLoop = () => {
      turns++;
      longestGap = Math.max(longestGap, performance.now() - last);
      last = performance.now();
      if (running) win.requestAnimationFrame(frameLoop);
    };
    win.requestAnimationFrame(frameLoop);
    const highlighter = createHighlighter(doc);
    const tasksBefore = longTasks.length;
    t = performance.now();
    const summary = await highlighter.apply(report, { visible: true, all: true });
    const highlightMs = performance.now() - t;
    running = false;
    longTasks.push(...observer.takeRecords().map((e) => e.duration));
    const highlightLongest = Math.max(0, ...longTasks.slice(tasksBefore));
    expect(summary.anchored.length).toBeGreaterThanOrEqual(DEFAULT_MAX_STATEMENTS * 0.99);
    expect(turns).toBeGreaterThan(0);
    const before = doc.body.childNodes.length;
    highlighter.clear();
    expect(doc.querySelectorAll('corroborate-mark')).toHaveLength(0);
    expect(doc.body.childNodes.length).toBe(before);

    longTasks.push(...observer.takeRecords().map((e) => e.duration));
    observer.disconnect();
    const longest = Math.max(0, ...longTasks);
    console.log(
      `huge page: ${(extracted.value.fullLength / 1e6).toFixed(1)} M chars, ${report.article.sentences} sentences; ` +
        `extract ${extractMs.toFixed(0)} ms (one task of ${extractLongest.toFixed(0)} ms), analyze ${analyzeMs.toFixed(0)} ms, highlight ${highlightMs.toFixed(0)} ms ` +
        `(${turns} frames rendered meanwhile, longest gap between frames ${longestGap.toFixed(0)} ms, longest task ${highlightLongest.toFixed(0)} ms); ${longTasks.length} long tasks in all, longest ${longest.toFixed(0)} ms`,
    );
  }, 120_000);
});
