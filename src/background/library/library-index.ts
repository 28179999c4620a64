/**
 * The engine's index: the bundled corpus plus the reader's library. Built lazily, at the first
 * analysis after the background starts (a stopped service worker loses it, and the library is read
 * again from IndexedDB then), and afterwards kept up to date article by article with addReports /
 * removeReports, never rebuilt from scratch.
 */
import type { CorpusIndex } from '../../core/corpus/compile-corpus';
import type { RawReport } from '../../core/corpus/raw-report';
import { addReports, refreshNorms, removeReports } from '../../core/corpus/update-index';
import type { LibraryArticle } from '../../core/library/library-file';

export type LibraryIndex = {
  /** The index to analyse against; loads the library on first use. */
  current(): Promise<CorpusIndex>;
  added(articles: LibraryArticle[]): Promise<void>;
  removed(ids: string[]): Promise<void>;
};

export const toRawReport = (a: LibraryArticle): RawReport => ({
  id: a.id,
  outlet: a.outlet,
  title: a.title,
  published: a.published,
  url: a.url,
  text: a.text,
  origin: 'library',
});

/**
 * `bundled` loads the bundled index (once; run-engine.ts), `loadAll` reads the whole library. When
 * reading the library fails (storage unavailable), the bundled index serves and the next call tries
 * again.
 */
export function createLibraryIndex(bundled: () => Promise<CorpusIndex>, loadAll: () => Promise<LibraryArticle[]>): LibraryIndex {
  // Every change is chained on the previous one, so changes apply in order even while loading.
  let index: Promise<CorpusIndex> | null = null;

  const load = (): Promise<CorpusIndex> =>
    (index ??= bundled().then((base) =>
      loadAll().then(
        // Norms of the bundled reports were computed without the library; recompute them once, here.
        (articles) => (articles.length ? refreshNorms(addReports(base, articles.map(toRawReport))) : base),
        () => {
          index = null;
          return base;
        },
      ),
    ).catch((error: unknown) => {
      // The bundled index itself failed to load: nothing is kept, the next analysis tries again.
      index = null;
      throw error;
    }));

  const change = async (update: (i: CorpusIndex) => CorpusIndex) => {
    // Not loaded yet: the first load reads the store, which already has the change.
    if (!index) return;
    const previous = index;
    index = previous.then(update, () => bundled());
    await index;
  };

  return {
    current: load,
    added: (articles) => change((i) => (articles.length ? addReports(i, articles.map(toRawReport)) : i)),
    removed: (ids) => change((i) => removeReports(i, ids)),
  };
}
