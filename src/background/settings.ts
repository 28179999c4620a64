/** The reader's settings that the background needs, from `storage.local`. */
import browser from '../platform/browser';

/** Same key as the popup's toggle (src/popup/browser-popup-client.ts). */
export const HIGHLIGHTS_VISIBLE_KEY = 'highlightsVisible';

/** Whether to show highlights on the page; shown unless the reader turned them off. */
export async function readHighlightsVisible(): Promise<boolean> {
  try {
    const stored = await browser.storage.local.get(HIGHLIGHTS_VISIBLE_KEY);
    return stored[HIGHLIGHTS_VISIBLE_KEY] !== false;
  } catch {
    return true;
  }
}
