/**
 * Analyses kept per tab, so reopening the popup shows the result at once. Kept in `storage.session`
 * where the browser has it: an MV3 background is stopped when idle, and memory would go with it.
 * Session storage is in memory in the browser, never written to disk, and gone when the browser closes.
 */
import type { Analysis } from '../messages/protocol';

/** The subset of a `storage.StorageArea` the cache uses. */
export type SessionArea = {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
};

type Entry = { url: string | null; analysis: Analysis };

export type AnalysisCache = {
  /** The tab's analysis; null when there is none, or when it was made for another URL than `url`. */
  get(tabId: number, url?: string | null): Promise<Analysis | null>;
  set(tabId: number, analysis: Analysis): Promise<void>;
  delete(tabId: number): Promise<void>;
};

const keyOf = (tabId: number) => `analysis:${tabId}`;

/** Strips the fragment: scrolling to an anchor is not a new page. */
const pageOf = (url: string | null | undefined) => (url ? url.split('#')[0]! : null);

export function createAnalysisCache(area: SessionArea | null): AnalysisCache {
  const memory = new Map<number, Entry>();

  const read = async (tabId: number): Promise<Entry | null> => {
    if (memory.has(tabId)) return memory.get(tabId)!;
    if (!area) return null;
    try {
      const stored = (await area.get(keyOf(tabId)))[keyOf(tabId)] as Entry | undefined;
      return stored ?? null;
    } catch {
      return null;
    }
  };

  return {
    async get(tabId, url) {
      const entry = await read(tabId);
      if (!entry) return null;
      if (url && entry.url && pageOf(url) !== pageOf(entry.url)) return null;
      return entry.analysis;
    },
    async set(tabId, analysis) {
      const entry: Entry = { url: analysis.article.url, analysis };
      memory.set(tabId, entry);
      if (!area) return;
      try {
        await area.set({ [keyOf(tabId)]: entry });
      } catch {
        // Over the session quota (a huge page): the in-memory copy serves until the worker stops.
      }
    },
    async delete(tabId) {
      memory.delete(tabId);
      if (!area) return;
      try {
        await area.remove(keyOf(tabId));
      } catch {
        // Nothing to remove is not a problem.
      }
    },
  };
}
