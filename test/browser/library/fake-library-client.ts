/** A stand-in for the background's library in component tests: an in-memory library that records calls. */
import type { LibraryEntry, LibraryListing, Outcome } from '../../../src/messages/protocol';
import { fail } from '../../../src/messages/protocol';
import type { LibraryClient } from '../../../src/popup/library-client';

export type FakeLibrary = LibraryClient & {
  calls: { keep: number[]; keptState: number[]; remove: string[]; imports: string[]; opened: number };
  entries: LibraryEntry[][];
};

export type FakeLibraryOptions = {
  /** Stories of kept articles. */
  stories?: LibraryEntry[][];
  kept?: boolean;
  /** What keep answers; default: success. */
  keepAnswer?: Outcome<{ id: string; alreadyKept: boolean }>;
  /** What import answers; default: one added. */
  importAnswer?: Outcome<{ added: number; skipped: number }>;
  /** What list answers instead of the stories (a broken library). */
  listAnswer?: Outcome<LibraryListing>;
};

export const entry = (n: number, over: Partial<LibraryEntry> = {}): LibraryEntry => ({
  id: `lib-${n}`,
  url: `https://news.example/${n}`,
  outlet: `Outlet ${n}`,
  title: `Article ${n}`,
  published: '2025-03-11',
  addedAt: '2025-03-12T08:00:00.000Z',
  ...over,
});

export function fakeLibrary(options: FakeLibraryOptions = {}): FakeLibrary {
  const calls: FakeLibrary['calls'] = { keep: [], keptState: [], remove: [], imports: [], opened: 0 };
  const entries = (options.stories ?? []).map((s) => [...s]);
  return {
    calls,
    entries,
    keptState: async (tabId) => {
      calls.keptState.push(tabId);
      return { ok: true, value: { kept: Boolean(options.kept) } };
    },
    keep: async (tabId) => {
      calls.keep.push(tabId);
      return options.keepAnswer ?? { ok: true, value: { id: 'lib-x', alreadyKept: false } };
    },
    list: async () =>
      options.listAnswer ?? {
        ok: true,
        value: { stories: entries.filter((s) => s.length).map((articles) => ({ articles: [...articles] })), count: entries.flat().length },
      },
    remove: async (id) => {
      calls.remove.push(id);
      for (const s of entries) {
        const i = s.findIndex((e) => e.id === id);
        if (i >= 0) s.splice(i, 1);
      }
      return { ok: true, value: { removed: true } };
    },
    exportFile: async () => (entries.flat().length ? { ok: true, value: { fileName: 'corroborate-library-2025-03-12.json', content: '{"format":"corroborate-library"}' } } : fail('internal', 'empty')),
    importFile: async (content) => {
      calls.imports.push(content);
      return options.importAnswer ?? { ok: true, value: { added: 1, skipped: 0 } };
    },
    openLibrary: async () => {
      calls.opened++;
    },
  };
}
