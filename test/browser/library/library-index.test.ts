/**
 * The library as evidence: what a reader keeps (through the background's library service, on the real
 * IndexedDB) is matched with the bundled corpus at the next analysis, marked as from the library, is
 * never its own evidence, and comes back after the background is stopped and started again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { deleteDB } from 'idb';
import { analyze } from '../../../src/core/analyze';
import type { CorpusIndex } from '../../../src/core/corpus/compile-corpus';
import type { ArticleInput } from '../../../src/core/types';
import { createLibraryIndex } from '../../../src/background/library/library-index';
import { createLibraryService, type LibraryService } from '../../../src/background/library/library-service';
import { openLibraryStore, type LibraryStore } from '../../../src/background/library/library-store';
import type { Analysis } from '../../../src/messages/protocol';
import { bundledIndex, freshDbName, STORY, type StoryPage } from './story';

const input = (p: StoryPage): ArticleInput => ({ title: p.title, byline: null, siteName: p.outlet, published: p.published, url: p.url, text: p.text });
const analysisOf = (tabId: number, p: StoryPage): Analysis => ({
  tabId,
  article: { ...input(p), lang: 'en', fullLength: p.text.length },
  report: { article: { title: p.title, url: p.url, published: p.published, sentences: 1 }, sources: [], claims: [], notice: null },
  anchors: { anchored: [], orphans: [] },
  timings: { extract: 0, match: 0, highlight: 0 },
});

type Background = { library: LibraryService; current(): Promise<CorpusIndex>; loads: () => number };

const stores: LibraryStore[] = [];
const names: string[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) s.close();
  for (const n of names.splice(0)) await deleteDB(n);
});

const bundled = bundledIndex();

/** One life of the background: a store, the index over it, and the tabs' cached analyses. */
async function startBackground(db: string, tabs: Map<number, StoryPage>): Promise<Background> {
  const store = await openLibraryStore(db);
  stores.push(store);
  let loads = 0;
  const index = createLibraryIndex(async () => bundled, () => {
    loads++;
    return store.list();
  });
  const library = createLibraryService({
    store: async () => store,
    index,
    analysisOf: async (tabId) => (tabs.has(tabId) ? analysisOf(tabId, tabs.get(tabId)!) : null),
    now: () => new Date('2025-03-12T08:00:00Z'),
  });
  return { library, current: index.current, loads: () => loads };
}

describe('the library in the engine', () => {
  it('makes a kept article evidence for the next one, marked as from the library', async () => {
    const db = freshDbName();
    names.push(db);
    const tabs = new Map([[1, STORY.gazette], [2, STORY.post]]);
    const bg = await startBackground(db, tabs);

    const before = analyze(input(STORY.radio), await bg.current());
    expect(before.notice?.kind).toBe('unrelated');

    expect(await bg.library.keep(1)).toMatchObject({ ok: true, value: { alreadyKept: false } });
    expect(await bg.library.keep(2)).toMatchObject({ ok: true, value: { alreadyKept: false } });
    expect(await bg.library.keep(2)).toMatchObject({ ok: true, value: { alreadyKept: true } });
    expect(await bg.library.keptState(2)).toEqual({ ok: true, value: { kept: true } });

    const report = analyze(input(STORY.radio), await bg.current());
    expect(report.notice).toBeNull();
    expect(report.sources.map((s) => [s.outlet, s.origin]).sort()).toEqual([
      ['Northern Daily Post', 'library'],
      ['The Eastmoor Gazette', 'library'],
    ]);
    const sourcesCited = new Set(report.claims.flatMap((c) => c.evidence.filter((e) => e.verdict === 'corroborates').map((e) => e.source)));
    expect(sourcesCited.size).toBe(2);
    // Loaded once, at the first analysis; the two keeps updated it without reading the store again.
    expect(bg.loads()).toBe(1);
  });

  it('never makes a kept article its own evidence', async () => {
    const db = freshDbName();
    names.push(db);
    const bg = await startBackground(db, new Map([[1, STORY.gazette], [2, STORY.post]]));
    await bg.library.keep(1);
    await bg.library.keep(2);
    const report = analyze(input(STORY.gazette), await bg.current());
    expect(report.sources.map((s) => s.outlet)).toEqual(['Northern Daily Post']);
    // The same text at another address is still itself: near-identical text is excluded too.
    const copy = analyze({ ...input(STORY.gazette), url: 'https://mirror.example/copy' }, await bg.current());
    expect(copy.sources.map((s) => s.outlet)).toEqual(['Northern Daily Post']);
  });

  it('drops a removed article from the evidence without reloading the library', async () => {
    const db = freshDbName();
    names.push(db);
    const bg = await startBackground(db, new Map([[1, STORY.gazette], [2, STORY.post]]));
    await bg.current();
    const gazette = await bg.library.keep(1);
    await bg.library.keep(2);
    if (!gazette.ok) throw new Error(gazette.failure.message);
    expect(await bg.library.remove(gazette.value.id)).toEqual({ ok: true, value: { removed: true } });
    const report = analyze(input(STORY.radio), await bg.current());
    expect(report.sources.map((s) => s.outlet)).toEqual(['Northern Daily Post']);
    expect(bg.loads()).toBe(1);
  });

  it('reads the library again when the background starts anew, and groups it by story', async () => {
    const db = freshDbName();
    names.push(db);
    const first = await startBackground(db, new Map([[1, STORY.gazette], [2, STORY.post]]));
    await first.library.keep(1);
    await first.library.keep(2);
    stores.splice(0).forEach((s) => s.close());

    // The service worker died: a new one has only IndexedDB.
    const second = await startBackground(db, new Map());
    const report = analyze(input(STORY.radio), await second.current());
    expect(report.sources.filter((s) => s.origin === 'library')).toHaveLength(2);

    const other = await second.library.importFile(
      JSON.stringify({
        format: 'corroborate-library',
        version: 1,
        exportedAt: '2025-03-12T09:00:00.000Z',
        articles: [
          {
            id: 'lib-council-budget',
            url: 'https://news.example/budget',
            outlet: 'City Desk',
            title: 'Council approves budget',
            published: '2025-02-20',
            text: 'The city council approved a budget of 84 million pounds on Thursday. Councillors voted 31 to 12 in favour of the plan, which raises parking charges by 10 per cent.',
            addedAt: '2025-03-12T09:00:00.000Z',
          },
        ],
      }),
    );
    expect(other).toEqual({ ok: true, value: { added: 1, skipped: 0 } });
    const listing = await second.library.list();
    if (!listing.ok) throw new Error(listing.failure.message);
    expect(listing.value.count).toBe(3);
    const stories = listing.value.stories.map((s) => s.articles.map((a) => a.outlet).sort());
    expect(stories).toContainEqual(['Northern Daily Post', 'The Eastmoor Gazette']);
    expect(stories).toContainEqual(['City Desk']);
    // The listing carries no article text.
    expect(JSON.stringify(listing.value)).not.toContain('ammonium');
  });

  it('refuses to keep a tab that has no analysis, saying what to do', async () => {
    const db = freshDbName();
    names.push(db);
    const bg = await startBackground(db, new Map());
    expect(await bg.library.keep(9)).toEqual({ ok: false, failure: { kind: 'no-tab', message: expect.stringMatching(/Check the article first/) } });
  });
});
