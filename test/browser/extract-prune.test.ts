import { describe, expect, it } from 'vitest';
import { extractArticle, pruneAfter, PARSE_BUDGET } from '../../src/content/extract';

function tree(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('cutting a huge page before Readability parses it', () => {
  it('keeps whole blocks while they fit and drops everything after the budget', () => {
    const root = tree('<p>aaaa</p><section><p>bbbb</p><p>cccc</p></section><p>dddd</p>');
    expect(pruneAfter(root, 10)).toBe(true);
    expect(root.innerHTML).toBe('<p>aaaa</p><section><p>bbbb</p><p>cccc</p></section>');
  });

  it('leaves a tree within the budget untouched', () => {
    const root = tree('<p>aaaa</p><p>bbbb</p>');
    expect(pruneAfter(root, 8)).toBe(false);
    expect(root.innerHTML).toBe('<p>aaaa</p><p>bbbb</p>');
  });

  it('still extracts a page larger than the parse budget, and says how long it really was', () => {
    const paragraph = `<p>${'Officials in the district said on Monday that residents had been moved after the river rose. '.repeat(20)}</p>`;
    const count = Math.ceil((PARSE_BUDGET * 1.5) / (paragraph.length - 7));
    const doc = document.implementation.createHTMLDocument('Long blog');
    doc.body.innerHTML = `<article><h1>Long blog</h1>${paragraph.repeat(count)}</article>`;
    const before = doc.body.innerHTML.length;
    const extracted = extractArticle(doc);
    expect(extracted.ok).toBe(true);
    if (!extracted.ok) return;
    expect(extracted.value.fullLength).toBeGreaterThan(PARSE_BUDGET);
    expect(extracted.value.text.length).toBeLessThan(PARSE_BUDGET);
    expect(doc.body.innerHTML.length).toBe(before);
  });
});
