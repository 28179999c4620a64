/**
 * The popup's link to the extension: the background (analysis), the page (focus, visibility) and
 * storage (the highlights setting). The only popup module that touches extension APIs.
 */
import browser from '../platform/browser';
import { callBackground, callContent } from '../messages/client';
import { parseBackgroundToPopup, type BackgroundToPopupMessage } from '../messages/protocol';
import type { PopupClient } from './popup-client';
import { tabIdFromSearch } from './tab-id-from-search';

/** Storage key of the reader's "show highlights" choice; the background reads the same key. */
export const HIGHLIGHTS_VISIBLE_KEY = 'highlightsVisible';

/**
 * Listens to the background's broadcasts about one tab. Only our own background may send them: a
 * message from another extension, or from a page's content script (it has a `sender.tab`), is dropped.
 */
function onBackgroundEvent(tabId: number, listener: (event: BackgroundToPopupMessage) => void): () => void {
  const handler = (raw: unknown, sender: { id?: string; tab?: unknown }) => {
    if (sender.id !== browser.runtime.id || sender.tab !== undefined) return undefined;
    const parsed = parseBackgroundToPopup(raw);
    if (parsed.ok && parsed.value.args.tabId === tabId) listener(parsed.value);
    return undefined;
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}

export function createBrowserPopupClient(location: Location = window.location): PopupClient {
  return {
    async resolveTabId() {
      const fromUrl = tabIdFromSearch(location.search);
      if (fromUrl !== null) return { ok: true, value: fromUrl };
      try {
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        if (tab?.id !== undefined) return { ok: true, value: tab.id };
        return { ok: false, error: 'There is no active tab to analyse.' };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
    analyze: (tabId, force) => callBackground('analyze', force ? { tabId, force } : { tabId }),
    async focusClaim(tabId, index) {
      const reply = await callContent(tabId, 'focusClaim', { index });
      return reply.ok && reply.value;
    },
    async setHighlightsVisible(tabId, visible) {
      await callContent(tabId, 'setVisible', { visible });
    },
    async loadHighlightsVisible() {
      try {
        const stored = await browser.storage.local.get(HIGHLIGHTS_VISIBLE_KEY);
        return stored[HIGHLIGHTS_VISIBLE_KEY] !== false;
      } catch {
        return true;
      }
    },
    async saveHighlightsVisible(visible) {
      try {
        await browser.storage.local.set({ [HIGHLIGHTS_VISIBLE_KEY]: visible });
      } catch {
        // A setting that cannot be saved is not worth an error screen; the page still changes.
      }
    },
    onProgress(tabId, listener) {
      return onBackgroundEvent(tabId, (event) => {
        if (event.type === 'progress') listener(event.args.stage);
      });
    },
    onAnchors(tabId, listener) {
      return onBackgroundEvent(tabId, (event) => {
        if (event.type === 'anchors') listener(event.args.anchors);
      });
    },
    async openFullReport(tabId) {
      await browser.tabs.create({ url: browser.runtime.getURL(`report.html?tab=${tabId}`) });
    },
  };
}
