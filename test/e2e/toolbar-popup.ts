/**
 * Opening the real toolbar popup in Chromium, as a click would: `chrome.action.openPopup()` evaluated in the
 * extension's service worker (see BROWSER-TESTING.md). The worker can be restarted by the browser between
 * steps, and right after launch its `chrome` bindings may not be there yet, so the worker is looked up
 * afresh and polled for `chrome.action` before each open. Every Chromium e2e test opens the popup here.
 */
import type { Browser, Page, WebWorker } from 'puppeteer-core';

declare const chrome: { action?: { openPopup(): Promise<void> } } | undefined;

/** The extension's service worker, once its extension APIs are bound. */
export async function extensionWorker(browser: Browser, timeout = 15_000): Promise<WebWorker> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'), {
      timeout: Math.max(1, deadline - Date.now()),
    });
    const worker = await target.worker().catch(() => null);
    const ready = worker && (await worker.evaluate(() => typeof chrome !== 'undefined' && !!chrome.action).catch(() => false));
    if (worker && ready) return worker;
    if (Date.now() > deadline) throw new Error('The extension service worker never exposed chrome.action.');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Opens the real popup for the active tab and returns it as a page. */
export async function openToolbarPopup(browser: Browser): Promise<Page> {
  const worker = await extensionWorker(browser);
  await worker.evaluate(() => chrome!.action!.openPopup());
  const target = await browser.waitForTarget((t) => t.url().endsWith('/popup.html'), { timeout: 10_000 });
  return (await target.asPage())!;
}
