/**
 * Test build only (dist-test/): lets an end-to-end test open the popup page bound to a tab in
 * Firefox, where WebDriver BiDi may not navigate to moz-extension:// URLs but does see a page the
 * extension opens itself. A test loads its article with `#corroborate-e2e-popup`; when it has
 * loaded, the background opens `popup.html?tab=<that tab>` in a new tab. The shipped build never
 * contains this (index.ts calls it behind a build-time constant, and the bundler drops it).
 */
import browser from '../platform/browser';

export const OPEN_POPUP_MARKER = '#corroborate-e2e-popup';

export function installTestHooks(): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || !tab.url?.endsWith(OPEN_POPUP_MARKER)) return;
    void browser.tabs.create({ url: browser.runtime.getURL(`popup.html?tab=${tabId}`) });
  });
}
