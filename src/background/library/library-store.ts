/**
 * The reader's library in IndexedDB: one object store of LibraryArticle keyed by id. Every change is
 * one readwrite transaction that reads what it needs and writes in the same transaction, so two
 * pages (or two store instances) writing at once are serialised by IndexedDB and neither loses the
 * other's articles. Import checks the whole file before it opens a transaction at all.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { LIMITS, newArticles, parseLibraryFile, serialiseLibrary, type LibraryArticle } from '../../core/library/library-file';
import type { Result } from '../../core/types';

export const LIBRARY_DB = 'corroborate-library';
const STORE = 'articles';

interface LibrarySchema extends DBSchema {
  articles: { key: string; value: LibraryArticle };
}

export type ImportResult = { added: LibraryArticle[]; skipped: number };

export type LibraryStore = {
  /** Adds the article unless one with its id is already kept; says which. */
  add(article: LibraryArticle): Promise<Result<{ added: boolean }>>;
  /** Removes the article; false when it was not there. */
  remove(id: string): Promise<boolean>;
  has(id: string): Promise<boolean>;
  list(): Promise<LibraryArticle[]>;
  /** The library as the text of an export file. */
  exportFile(now: Date): Promise<string>;
  /** Validates the whole file, then writes only the articles not already kept, in one transaction. */
  importFile(content: string): Promise<Result<ImportResult>>;
  close(): void;
};

const full = `The library is full (${LIMITS.articles.toLocaleString('en')} articles). Remove some articles first.`;

export async function openLibraryStore(name = LIBRARY_DB): Promise<LibraryStore> {
  const db: IDBPDatabase<LibrarySchema> = await openDB<LibrarySchema>(name, 1, {
    upgrade(database) {
      database.createObjectStore(STORE, { keyPath: 'id' });
    },
    blocking() {
      // A newer version of the extension wants to upgrade the database: let it.
      db.close();
    },
  });

  return {
    async add(article) {
      const tx = db.transaction(STORE, 'readwrite');
      const store = tx.store;
      if (await store.getKey(article.id)) {
        await tx.done;
        return { ok: true, value: { added: false } };
      }
      if ((await store.count()) >= LIMITS.articles) {
        tx.abort();
        await tx.done.catch(() => {});
        return { ok: false, error: full };
      }
      await store.put(article);
      await tx.done;
      return { ok: true, value: { added: true } };
    },
    async remove(id) {
      const tx = db.transaction(STORE, 'readwrite');
      const present = (await tx.store.getKey(id)) !== undefined;
      if (present) await tx.store.delete(id);
      await tx.done;
      return present;
    },
    has: async (id) => (await db.getKey(STORE, id)) !== undefined,
    list: () => db.getAll(STORE),
    exportFile: async (now) => serialiseLibrary(await db.getAll(STORE), now),
    async importFile(content) {
      const parsed = parseLibraryFile(content);
      if (!parsed.ok) return parsed;
      const tx = db.transaction(STORE, 'readwrite');
      // Read and write in the same transaction: an import racing a keep or another import sees its writes.
      const existing = await tx.store.getAll();
      const fresh = newArticles(existing, parsed.value);
      if (existing.length + fresh.length > LIMITS.articles) {
        tx.abort();
        await tx.done.catch(() => {});
        return {
          ok: false,
          error: `The file would bring the library to ${(existing.length + fresh.length).toLocaleString('en')} articles, over its limit of ${LIMITS.articles.toLocaleString('en')}. Nothing was imported.`,
        };
      }
      await Promise.all(fresh.map((a) => tx.store.put(a)));
      await tx.done;
      return { ok: true, value: { added: fresh, skipped: parsed.value.length - fresh.length } };
    },
    close: () => db.close(),
  };
}
