/**
 * Extraction on the fixture pages in test/fixtures/<slug>/source.html, each loaded into a live
 * same-origin iframe. Expected fields are in expected.json next to each page; regenerate them with
 * `npm run fixtures:update` and read the diff.
 */
import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { blocksOf, extractArticle, normalisePublished } from '../../src/content/extract';
import { splitSentences } from '../../src/core/text/split-sentences';
import type { ExtractedArticle } from '../../src/messages/protocol';

const sources = import.meta.glob<string>('../fixtures/*/source.html', { query: '?raw', import: 'default', eager: true });
const expectations = import.meta.glob<Expected>('../fixtures/*/expected.json', { import: 'default', eager: true });
const updating = Boolean(import.meta.env.VITE_UPDATE_FIXTURES);

type Expected = {
  article: boolean;
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  published?: string | null;
  lang?: string | null;
  paragraphs?: number;
  firstParagraph?: string;
  lastParagraph?: string;
};

const slugOf = (path: string) => path.split('/').at(-2)!;
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

async function loadPage(html: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '700px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

function expectedFrom(outcome: ReturnType<typeof extractArticle>): Expected {
  if (!outcome.ok) return { article: false };
  const a = outcome.value;
  const paragraphs = a.text.split('\n\n');
  return {
    article: true,
    title: a.title,
    byline: a.byline,
    siteName: a.siteName,
    published: a.published,
    lang: a.lang,
    paragraphs: paragraphs.length,
    firstParagraph: paragraphs[0],
    lastParagraph: paragraphs.at(-1),
  };
}

const fixtures = Object.entries(sources).map(([path, html]) => ({
  slug: slugOf(path),
  html,
  expected: expectations[path.replace('source.html', 'expected.json')],
}));

describe('extractArticle on fixture pages', () => {
  it('has fixtures to run on', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(4);
  });

  for (const { slug, html, expected } of fixtures) {
    describe(slug, () => {
      it('matches expected.json field by field', async () => {
        const outcome = extractArticle(await loadPage(html));
        const actual = expectedFrom(outcome);
        if (updating) {
          await commands.writeFile(`test/fixtures/${slug}/expected.json`, JSON.stringify(actual, null, 2) + '\n');
          return;
        }
        expect(expected, `test/fixtures/${slug}/expected.json is missing; run npm run fixtures:update`).toBeDefined();
        expect(actual.article).toBe(expected!.article);
        for (const field of ['title', 'byline', 'siteName', 'published', 'lang', 'paragraphs', 'firstParagraph', 'lastParagraph'] as const) {
          expect(actual[field], field).toEqual(expected![field]);
        }
      });

      it('leaves the live page untouched', async () => {
        const doc = await loadPage(html);
        const before = doc.documentElement.outerHTML;
        extractArticle(doc);
        expect(doc.documentElement.outerHTML).toBe(before);
      });

      if (expected?.article === false) {
        it('says plainly that the page is not an article', async () => {
          const outcome = extractArticle(await loadPage(html));
          expect(outcome.ok).toBe(false);
          if (!outcome.ok) {
            expect(outcome.failure.kind).toBe('not-article');
            expect(outcome.failure.message.length).toBeGreaterThan(10);
          }
        });
        return;
      }

      it('gives every sentence offsets that map back to the live page text', async () => {
        const doc = await loadPage(html);
        const outcome = extractArticle(doc);
        expect(outcome.ok).toBe(true);
        const article = (outcome as { ok: true; value: ExtractedArticle }).value;
        const live = collapse(doc.body.textContent ?? '');
        const sentences = splitSentences(article.text);
        expect(sentences.length).toBeGreaterThan(3);
        for (const s of sentences) {
          expect(article.text.slice(s.start, s.end)).toBe(s.text);
          expect(live.includes(collapse(s.text)), s.text).toBe(true);
        }
      });

      it('makes each paragraph the text of one block of the live page', async () => {
        const doc = await loadPage(html);
        const outcome = extractArticle(doc);
        const article = (outcome as { ok: true; value: ExtractedArticle }).value;
        const liveBlocks = new Set([...doc.body.querySelectorAll('*')].map((el) => collapse(el.textContent ?? '')));
        for (const paragraph of article.text.split('\n\n')) expect(liveBlocks.has(paragraph), paragraph).toBe(true);
      });
    });
  }
});

describe('extractArticle limits and metadata', () => {
  const demo = fixtures.find((f) => f.slug === 'kursk-demo')!;

  it('cuts a long text at a paragraph break and reports the full length', async () => {
    const outcome = extractArticle(await loadPage(demo.html), 1000);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { text, fullLength } = outcome.value;
    expect(text.length).toBeLessThanOrEqual(1000);
    expect(fullLength).toBeGreaterThan(1000);
    expect(text.endsWith('.') || text.endsWith('"') || text.endsWith('”')).toBe(true);
  });

  it('reports the page URL and the document language', async () => {
    const outcome = extractArticle(await loadPage(demo.html));
    expect(outcome.ok && outcome.value.url).toBe('about:srcdoc');
    expect(outcome.ok && outcome.value.lang).toBe('en');
  });

  it('treats an empty page as not an article', async () => {
    const outcome = extractArticle(await loadPage('<!doctype html><title>Blank</title><body></body>'));
    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'not-article' } });
  });
});

describe('blocksOf', () => {
  it('breaks paragraphs at blocks and <br>, keeps inline markup inside one paragraph', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>One <em>two</em> <a href="#">three</a>.</p><div>Four<br>five</div><ul><li>six</li></ul><script>x()</script>';
    expect(blocksOf(root).map((b) => b.text)).toEqual(['One two three.', 'Four', 'five', 'six']);
  });

  it('counts link text, for telling link lists from prose', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p><a href="#">abcde</a> fghij</p>';
    expect(blocksOf(root)[0]).toEqual({ text: 'abcde fghij', linkChars: 5 });
  });
});

describe('normalisePublished', () => {
  it('keeps ISO dates and timestamps as the page states them', () => {
    expect(normalisePublished('2024-11-13T09:12:00+09:00')).toBe('2024-11-13T09:12:00+09:00');
    expect(normalisePublished('2025-06-18')).toBe('2025-06-18');
  });
  it('turns a written date into an ISO date on the same day', () => {
    expect(normalisePublished('November 13, 2024')).toBe('2024-11-13');
  });
  it('drops what is not a date', () => {
    expect(normalisePublished('yesterday-ish')).toBeNull();
    expect(normalisePublished('  ')).toBeNull();
    expect(normalisePublished(undefined)).toBeNull();
  });
});
