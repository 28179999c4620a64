/** The library's link to the background, and the library page's address. */
import browser from '../platform/browser';
import { callBackground } from '../messages/client';
import type { LibraryClient } from './library-client';

/** The library page in the build output (vite.config.ts; also the manifest's options page). */
export const LIBRARY_PAGE = 'library.html';

export function createBrowserLibraryClient(): LibraryClient {
  return {
    keptState: (tabId) => callBackground('keptState', { tabId }),
    keep: (tabId) => callBackground('keepArticle', { tabId }),
    list: () => callBackground('listLibrary', {}),
    remove: (id) => callBackground('removeFromLibrary', { id }),
    exportFile: () => callBackground('exportLibrary', {}),
    importFile: (content) => callBackground('importLibrary', { content }),
    async openLibrary() {
      await browser.tabs.create({ url: browser.runtime.getURL(LIBRARY_PAGE) });
    },
  };
}
