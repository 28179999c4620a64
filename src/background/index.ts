/**
 * The background: composition root. Wires the platform (scripting, tabs, storage, action) to the
 * analysis sequence and answers the extension's pages. Listeners are registered at top level so the
 * browser can wake a stopped service worker / event page for them.
 */
import browser from '../platform/browser';
import { callContent } from '../messages/client';
import type { Stage } from '../messages/protocol';
import { createAnalysisCache, type SessionArea } from './analysis-cache';
import { createAnalysisService } from './analysis-service';
import { analyzeTab } from './analyze-tab';
import { clearBadge, showBadge } from './badge';
import { createMessageHandler } from './handle-message';
import { injectContent } from './inject-content';
import { CORPUS_INDEX_FILE } from './corpus-index-file';
import { createIndexLoader, runEngine } from './run-engine';
import { createLibraryIndex } from './library/library-index';
import { createLibraryService } from './library/library-service';
import { openLibraryStore, type LibraryStore } from './library/library-store';
import { readHighlightsVisible } from './settings';
import { installTestHooks } from './test-hooks';

function broadcastProgress(tabId: number, stage: Stage): void {
  // No popup open means no receiver, which the browser reports as an error; that is fine.
  browser.runtime.sendMessage({ to: 'popup', type: 'progress', args: { tabId, stage } }).catch(() => {});
}

async function tabUrl(tabId: number): Promise<string | null> {
  try {
    return (await browser.tabs.get(tabId)).url ?? null;
  } catch {
    return null;
  }
}

// COMPAT(firefox-<115, chrome-<102): storage.session is missing there; memory is the fallback.
const session = (browser.storage as { session?: SessionArea }).session ?? null;

// Opened on first use and kept while the worker lives; a failed open is retried on the next call.
let store: Promise<LibraryStore> | null = null;
const libraryStore = () => (store ??= openLibraryStore().catch((error: unknown) => {
  store = null;
  throw error;
}));
// The bundled index is an asset of the extension itself (no network): fetched and unpacked at the
// first analysis, not when the worker starts.
const bundledIndex = createIndexLoader(async () => {
  const response = await fetch(browser.runtime.getURL(CORPUS_INDEX_FILE));
  if (!response.ok) throw new Error(`The bundled corpus could not be read (${response.status}).`);
  return response.json();
});
const libraryIndex = createLibraryIndex(bundledIndex, async () => (await libraryStore()).list());

const service = createAnalysisService({
  cache: createAnalysisCache(session),
  tabUrl,
  showBadge,
  clearBadge,
  announceAnchors: (tabId, anchors) => {
    browser.runtime.sendMessage({ to: 'popup', type: 'anchors', args: { tabId, anchors } }).catch(() => {});
  },
  run: (tabId) =>
    analyzeTab(tabId, {
      inject: injectContent,
      extract: (id) => callContent(id, 'extract', {}),
      runEngine: async (article) => runEngine(article, await libraryIndex.current()),
      highlight: (id, report, visible) => callContent(id, 'highlight', { report, visible }),
      highlightsVisible: readHighlightsVisible,
      progress: broadcastProgress,
      now: () => performance.now(),
    }),
});

const library = createLibraryService({ store: libraryStore, index: libraryIndex, analysisOf: (tabId) => service.get(tabId), now: () => new Date() });

browser.runtime.onMessage.addListener(createMessageHandler(service, browser.runtime.id, browser.runtime.getURL(''), library));

browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url !== undefined || change.status === 'loading') void service.forget(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => void service.forget(tabId));

if (__CORROBORATE_TEST_BUILD__) installTestHooks();
