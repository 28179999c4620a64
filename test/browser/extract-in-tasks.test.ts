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
    const time = doc.createElement('time');
    time.setAttribute('datetime', '2024-11-12T08:00:00Z');
    doc.querySelector('article')!.prepend(time);
    const result = await extractArticleInTasks(doc, undefined, async () => {
      doc.querySelector('article')?.remove();
      doc.querySelector('time')?.setAttribute('datetime', '2025-01-01T08:00:00Z');
    });
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.text).toContain('Paragraph 7');
    // The date read from the live page is the one it had at the click, like the text.
    expect(result.ok && result.value.published).toBe('2024-11-12T08:00:00Z');
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
    // Readability finds no content on a bare form, so the third step never runs: one pause, not two.
    expect(pauses).toBe(1);
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
