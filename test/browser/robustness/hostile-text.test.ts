/**
 * Markup-looking text through the whole in-page path: page text that reads like `<img onerror>`,
 * `<script>` and `javascript:` links is extracted, split, highlighted and shown in the evidence card
 * with a quote and an outlet from the reader's library that are just as hostile. Everything stays
 * text: no element is created from data and no script runs. (The popup and full report are covered
 * by test/browser/popup/hostile-text.test.tsx, the card alone by the highlighter's tests.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/content/extract';
import { cardShadowRoot } from '../../../src/content/highlight/evidence-card';
import { createHighlighter, type Highlighter } from '../../../src/content/highlight/highlighter';
import type { Report } from '../../../src/core/types';
import { everySentenceReport } from './page-check';

declare global {
  interface Window {
    __pwned?: string[];
  }
}

const IMG = `<img src=x onerror="(top.__pwned ||= []).push('img')">`;
const SCRIPT = `<script>(top.__pwned ||= []).push('script')</script>`;
const LINK = `<a href="javascript:(top.__pwned ||= []).push('link')">read more</a>`;
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const PARAGRAPHS = [
  `Officials said the file ${IMG} was posted on the city website on Monday, and that it was removed two hours later.`,
  `The council's statement quoted the code ${SCRIPT} in full, which experts described as a common attack.`,
  `A third message asked readers to follow ${LINK} before the page was taken offline by the provider.`,
  'The city said no personal data had been exposed, and that the website had been restored by Tuesday evening.',
];

let hl: Highlighter | null = null;
afterEach(() => {
  hl?.clear();
  hl = null;
  document.body.innerHTML = '';
  delete window.__pwned;
});

describe('markup-looking text on the page, in a quote and in a library outlet', () => {
  it('is extracted, highlighted and shown in the card as text, creating no element and running no script', async () => {
    document.body.innerHTML = `<article><h1>Website attack</h1>${PARAGRAPHS.map((p) => `<p>${escape(p)}</p>`).join('')}</article>`;
    const extracted = extractArticle(document);
    expect(extracted.ok).toBe(true);
    if (!extracted.ok) return;
    expect(extracted.value.text).toContain(IMG);
    expect(extracted.value.text).toContain(SCRIPT);

    const base = everySentenceReport(extracted.value.text, extracted.value.title);
    const target = base.claims.findIndex((c) => c.text.includes('<img'));
    expect(target).toBeGreaterThanOrEqual(0);
    const report: Report = {
      ...base,
      sources: [{ id: 'lib', outlet: `My notes ${IMG}`, title: SCRIPT, published: '<b>2024</b>', url: "javascript:(top.__pwned ||= []).push('url')", relatedness: 0.9, origin: 'library' }],
      claims: base.claims.map((c, i) => (i === target
        ? { ...c, status: 'conflicting', evidence: [{ source: 'lib', quote: `They posted ${SCRIPT} ${IMG}`, verdict: 'conflicts', kind: 'other', reason: `Because ${LINK}`, claimSpan: IMG, quoteSpan: SCRIPT }] }
        : c)),
    };
    hl = createHighlighter(document, { shadowMode: 'open' });
    const summary = await hl.apply(report, { visible: true, all: true });
    expect(summary.orphans).toEqual([]);

    const page = document.body;
    const first = page.querySelector<HTMLElement>(`corroborate-mark[data-corroborate-claim="${target}"]`)!;
    expect(first.textContent).toContain('<img');
    // Focus rather than hover: a hover lands on the centre of the mark's box, which on a wrapped line
    // can be another statement's mark, and the card is the same either way.
    first.focus();
    const openCard = () => {
      const host = document.querySelector('html > corroborate-card');
      return host ? cardShadowRoot(host)?.querySelector('.card') ?? null : null;
    };
    await expect.poll(openCard).toBeTruthy();
    const card = cardShadowRoot(document.querySelector('html > corroborate-card')!)!;
    expect(card.textContent).toContain(`They posted ${SCRIPT} ${IMG}`);
    expect(card.textContent).toContain(`My notes ${IMG}`);

    // Nothing was made from data: no such element anywhere, and no link to a javascript: address.
    for (const root of [page, card] as ParentNode[]) {
      expect(root.querySelectorAll('img, script, b, [onerror]')).toHaveLength(0);
      for (const a of root.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').not.toMatch(/^\s*javascript:/i);
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(window.__pwned).toBeUndefined();
  });
});
