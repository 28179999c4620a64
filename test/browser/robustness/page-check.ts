/**
 * The real-page check shared by `npm run robustness` (all 130 Readability test pages, bundled into
 * the page by scripts/robustness.ts) and the fixture test in `npm test` (real-pages.test.ts): run
 * the content script's own steps on a live document (extraction, sentence splitting, highlighting in
 * the "every sentence" diagnostic mode), then clear() and compare the DOM with what it was.
 */
import { extractArticle } from '../../../src/content/extract';
import { createHighlighter } from '../../../src/content/highlight/highlighter';
import { ATTR_CLAIM, MARK_TAG } from '../../../src/content/highlight/highlight-styles';
import { splitSentences } from '../../../src/core/text/split-sentences';
import type { Report } from '../../../src/core/types';

export type PageCheck = {
  /** False when extraction said "not an article" (then nothing is highlighted). */
  article: boolean;
  /** The not-article reason, or an exception's message. */
  message: string | null;
  sentences: number;
  anchored: number;
  /** anchored / sentences; null without sentences. */
  rate: number | null;
  /**
   * Anchored claims whose highlighted text is the sentence itself (whitespace collapsed): a fuzzy
   * match that lands on the wrong words counts as anchored but not here.
   */
  exact: number;
  /** Up to five sentences that did not anchor, for reading why. */
  orphanSamples: string[];
  /** Marks in the page after apply(), and whether the first one has a visible background. */
  marks: number;
  styled: boolean;
  /** After clear(): markup, text and node structure exactly as before. */
  restored: { html: boolean; text: boolean; structure: boolean };
  /** An exception thrown by our code (none expected: every step returns failures as values). */
  exception: string | null;
  ms: { extract: number; split: number; highlight: number; clear: number };
};

/** Every node's type, name and (for text) length, in document order: catches split or merged text nodes. */
function structureOf(root: Node): string {
  const out: string[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, 0xffffffff);
  for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
    out.push(n.nodeType === 3 ? `#${(n as Text).length}` : n.nodeType === 1 ? (n as Element).tagName : `~${n.nodeType}`);
  }
  return out.join(' ');
}

/** A Report with one evidence-less claim per sentence: the highlighter's diagnostic input. */
export function everySentenceReport(text: string, title: string | null): Report {
  const sentences = splitSentences(text);
  return {
    article: { title, url: null, published: null, sentences: sentences.length },
    sources: [],
    claims: sentences.map((s) => ({ text: s.text, start: s.start, end: s.end, status: 'unique' as const, evidence: [] })),
    notice: null,
  };
}

export async function checkPage(doc: Document): Promise<PageCheck> {
  const result: PageCheck = {
    article: false, message: null, sentences: 0, anchored: 0, exact: 0, rate: null, orphanSamples: [], marks: 0, styled: false,
    restored: { html: true, text: true, structure: true }, exception: null, ms: { extract: 0, split: 0, highlight: 0, clear: 0 },
  };
  const root = doc.documentElement;
  const html = root.outerHTML;
  const text = root.textContent;
  const structure = structureOf(root);
  const now = () => performance.now();
  try {
    let t = now();
    const extracted = extractArticle(doc);
    result.ms.extract = now() - t;
    if (!extracted.ok) {
      result.message = extracted.failure.message;
      return result;
    }
    result.article = true;
    t = now();
    const report = everySentenceReport(extracted.value.text, extracted.value.title);
    result.ms.split = now() - t;
    result.sentences = report.claims.length;
    const highlighter = createHighlighter(doc);
    t = now();
    const summary = await highlighter.apply(report, { visible: true, all: true });
    result.ms.highlight = now() - t;
    result.anchored = summary.anchored.length;
    result.rate = result.sentences ? result.anchored / result.sentences : null;
    const squash = (t: string) => t.replace(/\s+/g, '');
    for (const i of summary.anchored) {
      const marked = [...doc.querySelectorAll(`${MARK_TAG}[${ATTR_CLAIM}="${i}"]`)].map((m) => m.textContent).join('');
      if (squash(marked) === squash(report.claims[i]!.text)) result.exact++;
    }
    result.orphanSamples = summary.orphans.slice(0, 5).map((i) => report.claims[i]!.text.slice(0, 160));
    const marks = doc.querySelectorAll(MARK_TAG);
    result.marks = marks.length;
    const first = marks[0];
    if (first) {
      const bg = doc.defaultView!.getComputedStyle(first).backgroundColor;
      result.styled = bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent';
    }
    t = now();
    highlighter.clear();
    result.ms.clear = now() - t;
  } catch (error) {
    result.exception = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
  }
  result.restored = { html: root.outerHTML === html, text: root.textContent === text, structure: structureOf(root) === structure };
  return result;
}
