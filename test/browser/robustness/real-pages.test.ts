/**
 * A fixed subset of Readability's real-world test pages (test/fixtures/readability, Apache-2.0),
 * run through the same check as `npm run robustness`: extraction, every sentence highlighted, then
 * clear(). Each page is loaded in a same-origin iframe under a CSP that blocks its scripts and every
 * network load, so the test is the same offline and never reaches the page's old servers.
 */
import { describe, expect, it } from 'vitest';
import { checkPage } from './page-check';

const sources = import.meta.glob<string>('../../fixtures/readability/*/source.html', { query: '?raw', import: 'default', eager: true });
const pages = Object.entries(sources).map(([path, html]) => ({ slug: path.split('/').at(-2)!, html }));

/** News pages must anchor at least this share of their sentences (issue 7). */
const NEWS_TARGET = 0.99;
const NEWS = new Set(['bbc-1', 'wapo-1', 'ars-1', 'heise', 'la-nacion']);
const NOT_ARTICLE = new Set(['remove-aria-hidden']);
const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`;

async function loadPage(html: string): Promise<{ doc: Document; errors: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1100px';
  frame.style.height = '800px';
  // The policy must come before the page's first script to block it.
  frame.srcdoc = /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (m) => m + CSP) : CSP + html;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.replaceChildren(frame);
  await loaded;
  const errors: string[] = [];
  frame.contentWindow!.addEventListener('error', (e) => errors.push(e.message));
  return { doc: frame.contentDocument!, errors };
}

describe('real pages from Readability\'s test suite', () => {
  it('has the fixture pages to run on', () => {
    expect(pages.map((p) => p.slug).sort()).toEqual([...NEWS, ...NOT_ARTICLE, '001', 'replace-brs'].sort());
  });

  for (const { slug, html } of pages) {
    it(`${slug}: extracts, highlights ${NEWS.has(slug) ? '≥99% of' : 'the'} sentences and restores the page exactly`, async () => {
      const { doc, errors } = await loadPage(html);
      const result = await checkPage(doc);
      expect(result.exception).toBeNull();
      expect(errors).toEqual([]);
      expect(result.restored).toEqual({ html: true, text: true, structure: true });
      if (NOT_ARTICLE.has(slug)) {
        expect(result.article).toBe(false);
        expect(result.message).toMatch(/article/);
        return;
      }
      expect(result.article, result.message ?? '').toBe(true);
      expect(result.sentences).toBeGreaterThan(5);
      expect(result.marks).toBeGreaterThanOrEqual(result.anchored);
      // Styled although the page's policy is default-src 'none'.
      expect(result.styled).toBe(true);
      if (NEWS.has(slug)) {
        expect(result.rate!, `not anchored, e.g. ${JSON.stringify(result.orphanSamples)}`).toBeGreaterThanOrEqual(NEWS_TARGET);
        expect(result.exact / result.sentences).toBeGreaterThanOrEqual(NEWS_TARGET);
      } else {
        expect(result.rate!).toBeGreaterThan(0.9);
      }
    });
  }
});
