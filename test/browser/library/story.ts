/**
 * Test material for the library: the three articles about an invented derailment that the end-to-end
 * test serves (test/e2e/library-story/), read as a content script would read their paragraphs, and a
 * small "bundled" corpus about another story.
 */
import { compileCorpus, type CorpusIndex } from '../../../src/core/corpus/compile-corpus';
import { libraryId, type LibraryArticle } from '../../../src/core/library/library-file';
import bundledReport from '../../../corpus/000.txt?raw';
import gazette from '../../e2e/library-story/eastmoor-gazette-derailment/source.html?raw';
import post from '../../e2e/library-story/northern-post-derailment/source.html?raw';
import radio from '../../e2e/library-story/valley-radio-derailment/source.html?raw';

export type StoryPage = { url: string; outlet: string; title: string; published: string; text: string };

function page(html: string, slug: string): StoryPage {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const meta = (p: string) => doc.querySelector(`meta[property="${p}"]`)?.getAttribute('content') ?? '';
  const paragraphs = [...doc.querySelectorAll('article > p:not(.standfirst):not(.byline)')].map((p) => p.textContent!.trim());
  const published = doc.querySelector('time')!.getAttribute('datetime')!.slice(0, 10);
  return { url: `https://news.example/${slug}`, outlet: meta('og:site_name'), title: meta('og:title'), published, text: paragraphs.join('\n\n') };
}

export const STORY = {
  gazette: page(gazette, 'eastmoor-gazette-derailment'),
  post: page(post, 'northern-post-derailment'),
  radio: page(radio, 'valley-radio-derailment'),
};

export const kept = (p: StoryPage, addedAt = '2025-03-12T08:00:00.000Z'): LibraryArticle => ({
  id: libraryId(p.url, p.text),
  url: p.url,
  outlet: p.outlet,
  title: p.title,
  published: p.published,
  text: p.text,
  addedAt,
});

/** A plain article for store tests. */
export const plain = (n: number, over: Partial<LibraryArticle> = {}): LibraryArticle => {
  const url = over.url === undefined ? `https://news.example/story-${n}` : over.url;
  const text = over.text ?? `Officials said ${n} people were rescued from the river on Monday.`;
  return { id: libraryId(url, text), url, outlet: 'Example News', title: `Story ${n}`, published: '2025-02-03', text, addedAt: '2025-02-04T10:00:00.000Z', ...over };
};

/** Stands in for the build's compiled corpus: one report about an unrelated story. */
export const bundledIndex = (): CorpusIndex =>
  compileCorpus([{ id: '000', outlet: 'The Asia Business Daily', title: null, published: '2025-04-30', url: null, text: bundledReport }]);

let n = 0;
/** A fresh database name per test, so tests never see each other's libraries. */
export const freshDbName = () => `corroborate-library-test-${Date.now()}-${n++}`;
