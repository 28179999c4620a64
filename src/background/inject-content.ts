/** Puts the content script into a tab, on demand: the manifest declares no content scripts. */
import browser from '../platform/browser';
import { fail, type Outcome } from '../messages/protocol';

/** The content script's file in the build output (vite.config.ts, content mode). */
export const CONTENT_SCRIPT = 'content.js';

export async function injectContent(tabId: number): Promise<Outcome<null>> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    return { ok: true, value: null };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (/no tab with id|invalid tab id/i.test(detail)) return fail('no-tab', 'The tab to analyse is gone.');
    // Chrome: "Cannot access a chrome:// URL", "Cannot access contents of the page"; Firefox:
    // "Missing host permission for the tab". All mean the browser keeps extensions out of this page.
    return fail('restricted', 'The browser does not let extensions read this page, so there is nothing to check here. Open a news article and try again.');
  }
}
