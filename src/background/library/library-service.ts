/**
 * The library's calls, as the background answers them: keep the article of a tab's analysis, list,
 * remove, export, import. Every change goes to IndexedDB first and then to the engine's index, so the
 * next analysis sees it. Failures are values with a message a reader can act on.
 */
import { LIMITS, libraryId, parseLibraryFile, serialiseLibrary, type LibraryArticle } from '../../core/library/library-file';
import { groupStories } from '../../core/library/group-stories';
import { fail, type Analysis, type ExtractedArticle, type KeepResult, type LibraryEntry, type LibraryListing, type Outcome } from '../../messages/protocol';
import type { LibraryIndex } from './library-index';
import type { LibraryStore } from './library-store';

export type LibraryServiceDeps = {
  store: () => Promise<LibraryStore>;
  index: LibraryIndex;
  /** The tab's cached analysis (never starts one). */
  analysisOf(tabId: number): Promise<Analysis | null>;
  now(): Date;
};

export type LibraryService = {
  keep(tabId: number): Promise<Outcome<KeepResult>>;
  keptState(tabId: number): Promise<Outcome<{ kept: boolean }>>;
  list(): Promise<Outcome<LibraryListing>>;
  remove(id: string): Promise<Outcome<{ removed: boolean }>>;
  exportFile(): Promise<Outcome<{ fileName: string; content: string }>>;
  importFile(content: string): Promise<Outcome<{ added: number; skipped: number }>>;
};

const hostOf = (url: string | null) => {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') || null : null;
  } catch {
    return null;
  }
};

const clip = (s: string | null | undefined) => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, LIMITS.fieldChars) : null;
};

/** The library article for an extracted page, or why it cannot be kept. */
export function articleToKeep(article: ExtractedArticle, now: Date): Outcome<LibraryArticle> {
  const text = article.text.trim();
  if (!text) return fail('not-article', 'This page has no article text to keep.');
  const url = article.url && /^https?:\/\//i.test(article.url) ? article.url.split('#')[0]!.slice(0, LIMITS.fieldChars) : null;
  const published = /^\d{4}-\d{2}-\d{2}/.exec(article.published ?? '')?.[0] ?? null;
  const kept: LibraryArticle = {
    id: libraryId(url, text),
    url,
    outlet: clip(article.siteName) ?? hostOf(url) ?? 'Unknown outlet',
    title: clip(article.title),
    published,
    text: text.slice(0, LIMITS.textChars),
    addedAt: now.toISOString(),
  };
  // Keep only what an export can carry back in: the file check is the one definition of a valid article.
  const roundTrip = parseLibraryFile(serialiseLibrary([kept], now));
  if (!roundTrip.ok) return fail('internal', `This article cannot be kept: ${roundTrip.error.replace(/^Article 1: /, '')}`);
  return { ok: true, value: kept };
}

const entryOf = ({ text: _text, ...entry }: LibraryArticle): LibraryEntry => entry;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
const storageFailure = (error: unknown) => fail('internal', `The library could not be read or written: ${errorText(error)}`);

export function createLibraryService(deps: LibraryServiceDeps): LibraryService {
  const guarded = async <T>(work: () => Promise<Outcome<T>>): Promise<Outcome<T>> => {
    try {
      return await work();
    } catch (error) {
      return storageFailure(error);
    }
  };

  const candidate = async (tabId: number): Promise<Outcome<LibraryArticle>> => {
    const analysis = await deps.analysisOf(tabId);
    if (!analysis) return fail('no-tab', 'Check the article first: there is no analysis of this tab to keep.');
    return articleToKeep(analysis.article, deps.now());
  };

  return {
    keep: (tabId) =>
      guarded(async () => {
        const article = await candidate(tabId);
        if (!article.ok) return article;
        const store = await deps.store();
        const added = await store.add(article.value);
        if (!added.ok) return fail('internal', added.error);
        if (added.value.added) await deps.index.added([article.value]);
        return { ok: true, value: { id: article.value.id, alreadyKept: !added.value.added } };
      }),
    keptState: (tabId) =>
      guarded(async () => {
        const article = await candidate(tabId);
        if (!article.ok) return { ok: true, value: { kept: false } };
        return { ok: true, value: { kept: await (await deps.store()).has(article.value.id) } };
      }),
    list: () =>
      guarded(async () => {
        const articles = await (await deps.store()).list();
        const byId = new Map(articles.map((a) => [a.id, a]));
        const ordered = [...articles].sort((a, b) => b.addedAt.localeCompare(a.addedAt));
        const groups = groupStories(await deps.index.current(), ordered.map((a) => a.id));
        const grouped = new Set(groups.flat());
        // An article the index has not taken in (it had no check-worthy sentence) is a story of its own.
        for (const a of ordered) if (!grouped.has(a.id)) groups.push([a.id]);
        const stories = groups.map((ids) => ({ articles: ids.map((id) => entryOf(byId.get(id)!)) }));
        return { ok: true, value: { stories, count: articles.length } };
      }),
    remove: (id) =>
      guarded(async () => {
        const removed = await (await deps.store()).remove(id);
        if (removed) await deps.index.removed([id]);
        return { ok: true, value: { removed } };
      }),
    exportFile: () =>
      guarded(async () => {
        const now = deps.now();
        const content = await (await deps.store()).exportFile(now);
        return { ok: true, value: { fileName: `corroborate-library-${now.toISOString().slice(0, 10)}.json`, content } };
      }),
    importFile: (content) =>
      guarded(async () => {
        const imported = await (await deps.store()).importFile(content);
        if (!imported.ok) return fail('internal', imported.error);
        await deps.index.added(imported.value.added);
        return { ok: true, value: { added: imported.value.added.length, skipped: imported.value.skipped } };
      }),
  };
}
