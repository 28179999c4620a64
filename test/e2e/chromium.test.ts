/**
 * The built extension (dist-test/) in Debian's Chromium, driven through the real toolbar popup:
 * `chrome.action.openPopup()` evaluated in the service worker opens it, as a click would.
 *
 * puppeteer-core drives Chromium here, not playwright-core: Playwright does not report the action
 * popup as a page, and puppeteer finds it as a target (see /work/shared/BROWSER-TESTING.md). A popup
 * opened this way has no activeTab grant, which is why the test build adds `http://127.0.0.1/*` to
 * host_permissions; the shipped build (dist/) never has it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';
import { startPageServer, type PageServer } from './page-server';
import { chromiumFlags, chromiumPath, distTest, missingPrerequisite, screenshotPath } from './setup';
import { extensionWorker } from './toolbar-popup';
import { notFoundRows, removeHighlightedParagraph, restoreParagraph, waitForNotFound } from './follow-page';

type Row = { index: number; status: string };

/** The few extension APIs the test evaluates in the service worker and the popup. */
declare const chrome: {
  action: { openPopup(): Promise<void>; getBadgeText(details: { tabId: number }): Promise<string> };
  tabs: { query(query: { url: string }): Promise<{ id?: number }[]> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

let browser: Browser;
let worker: WebWorker;
let server: PageServer;
let article: Page;

async function openPopup(): Promise<Page> {
  await article.bringToFront();
  // The browser may have restarted the worker since the last step: take the current one.
  worker = await extensionWorker(browser);
  await worker.evaluate(() => chrome.action.openPopup());
  const target = await browser.waitForTarget((t) => t.url().endsWith('/popup.html'), { timeout: 10_000 });
  const popup = (await target.asPage())!;
  await popup.waitForSelector('[data-state]:not([data-state="analysing"])', { timeout: 30_000 });
  return popup;
}

/** Closes the popup if it is still open: it closes itself when the article tab takes the focus. */
const closePopup = (popup: Page) => popup.close().catch(() => {});

const popupState = (popup: Page) => popup.$eval('[data-state]', (el) => el.getAttribute('data-state'));
const rowsOf = (popup: Page): Promise<Row[]> =>
  popup.$$eval('[data-claim-index]', (els) => els.map((el) => ({ index: Number(el.getAttribute('data-claim-index')), status: el.getAttribute('data-status') ?? '' })));
const highlightedIndices = (page: Page): Promise<number[]> =>
  page.$$eval('[data-corroborate-claim]', (els) => [...new Set(els.map((el) => Number(el.getAttribute('data-corroborate-claim'))))]);

async function articleTabId(): Promise<number> {
  const url = article.url().split('#')[0]!;
  return worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]!.id!, url);
}
const badgeOf = (tabId: number) => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

beforeAll(async () => {
  const missing = missingPrerequisite(chromiumPath);
  if (missing) throw new Error(missing);
  server = await startPageServer();
  browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, pipe: true, enableExtensions: [distTest], args: chromiumFlags });
  worker = await extensionWorker(browser);
  article = await browser.newPage();
  await article.setViewport({ width: 1100, height: 900 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Corroborate in Chromium', () => {
  it('analyses a news article from the toolbar popup, lists its statements and highlights them', async () => {
    await article.goto(server.url('kursk-demo'));
    const popup = await openPopup();
    expect(await popupState(popup)).toBe('ready');

    const rows = await rowsOf(popup);
    expect(rows.length).toBeGreaterThan(3);
    // The demo article is built from a corpus report, so other reports must back some of it.
    expect(rows.some((r) => r.status !== 'unique')).toBe(true);
    await popup.screenshot({ path: screenshotPath('chromium-popup-article.png') });

    const highlighted = await highlightedIndices(article);
    expect(highlighted.length).toBeGreaterThan(0);
    const listed = new Set(rows.map((r) => r.index));
    for (const index of highlighted) expect(listed.has(index)).toBe(true);
    // What the background recorded as anchored is exactly what is highlighted on the page.
    const analysis = (await popup.evaluate(
      (id) => chrome.runtime.sendMessage({ to: 'background', type: 'getAnalysis', args: { tabId: id } }),
      await articleTabId(),
    )) as { ok: true; value: { anchors: { anchored: number[] } } };
    expect(analysis.value.anchors.anchored).toEqual([...highlighted].sort((a, b) => a - b));
    await article.bringToFront();
    await article.screenshot({ path: screenshotPath('chromium-page-highlighted.png') });

    const conflicts = rows.filter((r) => r.status === 'conflicting' || r.status === 'mixed').length;
    expect(await badgeOf(await articleTabId())).toBe(conflicts === 0 ? '' : String(conflicts));
    await closePopup(popup);
  });

  it('does not highlight twice when the article is analysed again', async () => {
    const before = await article.$$eval('[data-corroborate-claim]', (els) => els.length);
    const popup = await openPopup();
    const tabId = await articleTabId();
    const again = await popup.evaluate(
      (id) => chrome.runtime.sendMessage({ to: 'background', type: 'analyze', args: { tabId: id, force: true } }),
      tabId,
    );
    expect(again).toMatchObject({ ok: true });
    expect(await article.$$eval('[data-corroborate-claim]', (els) => els.length)).toBe(before);
    await closePopup(popup);
  });

  it('follows the page: a highlighted paragraph the page removes is marked not found in the open popup, and found again when it returns', async () => {
    const popup = await openPopup();
    // A fresh analysis, so that the page is watched from now on (the watch ends after a quiet spell).
    expect(await popup.evaluate((id) => chrome.runtime.sendMessage({ to: 'background', type: 'analyze', args: { tabId: id, force: true } }), await articleTabId())).toMatchObject({ ok: true });
    expect(await notFoundRows(popup)).toEqual([]);
    const removed = await removeHighlightedParagraph(article);
    expect(removed.length).toBeGreaterThan(0);
    // content script → background → popup: the rows of those statements now say they are not on the page.
    await waitForNotFound(popup, removed);
    expect(await notFoundRows(popup)).toEqual(removed);
    await popup.screenshot({ path: screenshotPath('chromium-popup-not-found.png') });
    await restoreParagraph(article);
    await waitForNotFound(popup, []);
    for (const i of removed) expect(await highlightedIndices(article)).toContain(i);
    const analysis = (await popup.evaluate(
      (id) => chrome.runtime.sendMessage({ to: 'background', type: 'getAnalysis', args: { tabId: id } }),
      await articleTabId(),
    )) as { ok: true; value: { anchors: { anchored: number[]; orphans: number[] } } };
    expect(analysis.value.anchors.orphans).toEqual([]);
    await closePopup(popup);
  });

  it('clears the badge when the tab navigates, and says plainly that a search page is not an article', async () => {
    const tabId = await articleTabId();
    await article.goto(server.url('search-results'));
    await expect.poll(() => badgeOf(tabId)).toBe('');

    const popup = await openPopup();
    expect(await popupState(popup)).toBe('not-article');
    expect(await rowsOf(popup)).toEqual([]);
    expect(await article.$$('[data-corroborate-claim]')).toHaveLength(0);
    await popup.screenshot({ path: screenshotPath('chromium-popup-not-article.png') });
    await closePopup(popup);
  });

  it('says so when an article is about a story no bundled report covers', async () => {
    await article.goto(server.url('harbour-bridge-closure'));
    const popup = await openPopup();
    expect(await popupState(popup)).toBe('unrelated');
    expect(await article.$$('[data-corroborate-claim]')).toHaveLength(0);
    expect(await badgeOf(await articleTabId())).toBe('');
    await popup.screenshot({ path: screenshotPath('chromium-popup-unrelated.png') });
    await closePopup(popup);
  });

  it("says plainly that the browser's own pages cannot be read", async () => {
    await article.goto('chrome://version');
    const popup = await openPopup();
    expect(await popupState(popup)).toBe('restricted');
    await popup.screenshot({ path: screenshotPath('chromium-popup-restricted.png') });
    await closePopup(popup);
  });

  it('ignores messages that do not have the shape of a call', async () => {
    await article.goto(server.url('kursk-demo'));
    const popup = await openPopup();
    const reply = await popup.evaluate(() => chrome.runtime.sendMessage({ to: 'background', type: 'analyze', args: { tabId: 'all' } }));
    expect(reply).toMatchObject({ ok: false, failure: { kind: 'internal' } });
    await closePopup(popup);
  });
});
