import { describe, expect, it } from 'vitest';
import { extractArticle, extractArticleInTasks } from '../../src/content/extract';

const paragraph = (n: number) =>
  `<p>Paragraph ${n}: the harbour authority said on Tuesday that the ferry had been towed to the northern quay after striking a sandbank, and that none of its 212 passengers was hurt.</p>`;

function articlePage(): Document {
  const doc = document.implementation.createHTMLDocument('Ferry towed to quay');
  doc.body.innerHTML = `<nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Ferry towed to quay</h1>${Array.from({ length: 8 }, (_, i) => paragraph(i)).join('')}</article>`;
  return doc;
}

describe('extraction in tasks, as the content script runs it', () => {
  it('gives exactly what the one-call extraction gives, pausing twice for the page', async () => {
    let pauses = 0;
    const inTasks = await extractArticleInTasks(articlePage(), undefined, async () => {
      pauses++;
    });
    expect(pauses).toBe(2);
    expect(inTasks).toEqual(extractArticle(articlePage()));
    expect(inTasks.ok && inTasks.value.text).toContain('none of its 212 passengers was hurt');
  });

  it('reads the page as it was at the click, whatever the page does during a pause', async () => {
    const doc = articlePage();
    const result = await extractArticleInTasks(doc, undefined, async () => {
      doc.querySelector('article')?.remove();
    });
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.text).toContain('Paragraph 7');
  });

  it('stops after Readability when there is no article, with its reason', async () => {
    let pauses = 0;
    const doc = document.implementation.createHTMLDocument('Search');
    doc.body.innerHTML = '<form><input name="q"><button>Search</button></form>';
    const result = await extractArticleInTasks(doc, undefined, async () => {
      pauses++;
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.failure.kind).toBe('not-article');
    expect(pauses).toBeLessThanOrEqual(2);
  });

  it('yields to the page by default: a task the page queued first runs before extraction ends', async () => {
    const order: string[] = [];
    const channel = new MessageChannel();
    channel.port1.onmessage = () => order.push('page message');
    channel.port2.postMessage(null);
    const done = extractArticleInTasks(articlePage()).then(() => order.push('extracted'));
    await done;
    // Without a real pause the async function would finish in a microtask, ahead of the page's message.
    expect(order).toEqual(['page message', 'extracted']);
  });
});
