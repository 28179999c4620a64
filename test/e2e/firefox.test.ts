/**
 * The built extension (dist-test/) in Debian's Firefox ESR, over WebDriver BiDi with puppeteer-core;
 * `browser.installExtension` installs it as a temporary add-on.
 *
 * Firefox cannot open the real toolbar popup here: BiDi has no way to press the toolbar button, and
 * it refuses to navigate a tab to a moz-extension:// URL. So the test renders the popup page in a tab
 * bound to the article's tab (`popup.html?tab=N`, the same page and code the toolbar popup runs).
 * The extension opens that tab itself, which BiDi does allow: the test build's background does so
 * when a page loads with `#corroborate-e2e-popup` in its URL (src/background/test-hooks.ts; the shipped
 * build has no such hook). The test build's `http://127.0.0.1/*` host permission stands in for the
 * activeTab grant that a click would give.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { expectLibraryEvidence, KEPT_OUTLETS } from './library-evidence';
import { notFoundRows, removeHighlightedParagraph, restoreParagraph, waitForNotFound } from './follow-page';
import { startPageServer, type PageServer } from './page-server';
import { distTest, firefoxPath, missingPrerequisite, screenshotPath } from './setup';

/** The marker the test build's background watches for (src/background/test-hooks.ts). */
const OPEN_POPUP = '#corroborate-e2e-popup';

type Row = { index: number; status: string };

/** The extension API the test evaluates in the extension's own page. */
declare const browser: {
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

let firefox: Browser;
let server: PageServer;
/** The invented derailment story of the library test (test/e2e/library-story/): no bundled report covers it. */
let story: PageServer;
let article: Page;

/** The popup page the extension opened for the article, found by its real URL (BiDi reports about:blank). */
async function popupPage(seen: Set<Page>): Promise<Page> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    for (const page of await firefox.pages()) {
      if (seen.has(page)) continue;
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && href.includes('/popup.html?tab=')) return page;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('The extension did not open popup.html for the article.');
}

/** Loads a fixture page in the article tab and returns the popup page bound to it, settled. */
async function analyse(slug: string, from: PageServer = server): Promise<{ popup: Page; tabId: number }> {
  const before = new Set(await firefox.pages());
  await article.goto(from.url(slug) + OPEN_POPUP);
  const popup = await popupPage(before);
  await popup.waitForSelector('[data-state]:not([data-state="analysing"])', { timeout: 30_000 });
  const tabId = Number(new URL(await popup.evaluate(() => location.href)).searchParams.get('tab'));
  return { popup, tabId };
}

const popupState = (popup: Page) => popup.$eval('[data-state]', (el) => el.getAttribute('data-state'));
const rowsOf = (popup: Page): Promise<Row[]> =>
  popup.$$eval('[data-claim-index]', (els) => els.map((el) => ({ index: Number(el.getAttribute('data-claim-index')), status: el.getAttribute('data-status') ?? '' })));
const badgeOf = (popup: Page, tabId: number) => popup.evaluate((id) => browser.action.getBadgeText({ tabId: id }), tabId);

beforeAll(async () => {
  const missing = missingPrerequisite(firefoxPath);
  if (missing) throw new Error(missing);
  server = await startPageServer();
  story = await startPageServer(resolve(import.meta.dirname, 'library-story'));
  firefox = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true });
  await firefox.installExtension(distTest);
  article = (await firefox.pages())[0] ?? (await firefox.newPage());
  await article.setViewport({ width: 1100, height: 900 });
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  await story?.close();
});

describe('Corroborate in Firefox', () => {
  it('analyses a news article in the popup page, lists its statements and highlights them', async () => {
    const { popup, tabId } = await analyse('kursk-demo');
    expect(await popupState(popup)).toBe('ready');

    const rows = await rowsOf(popup);
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.some((r) => r.status !== 'unique')).toBe(true);
    await popup.setViewport({ width: 420, height: 640 });
    await popup.screenshot({ path: screenshotPath('firefox-popup-article.png') });

    const highlighted = await article.$$eval('[data-corroborate-claim]', (els) => [...new Set(els.map((el) => Number(el.getAttribute('data-corroborate-claim'))))]);
    expect(highlighted.length).toBeGreaterThan(0);
    const listed = new Set(rows.map((r) => r.index));
    for (const index of highlighted) expect(listed.has(index)).toBe(true);
    // What the background recorded as anchored is exactly what is highlighted on the page.
    const analysis = (await popup.evaluate(
      (id) => browser.runtime.sendMessage({ to: 'background', type: 'getAnalysis', args: { tabId: id } }),
      tabId,
    )) as { ok: true; value: { anchors: { anchored: number[] } } };
    expect(analysis.value.anchors.anchored).toEqual([...highlighted].sort((a, b) => a - b));

    const conflicts = rows.filter((r) => r.status === 'conflicting' || r.status === 'mixed').length;
    expect(await badgeOf(popup, tabId)).toBe(conflicts === 0 ? '' : String(conflicts));

    await article.bringToFront();
    await article.screenshot({ path: screenshotPath('firefox-page-highlighted.png') });

    // Navigating the article's tab clears its badge, before anything else is analysed there.
    await article.goto(server.url('council-budget-vote'));
    await expect.poll(() => badgeOf(popup, tabId)).toBe('');
    await popup.close();
  });

  it('follows the page: a highlighted paragraph the page removes is marked not found in the popup, and found again when it returns', async () => {
    const { popup, tabId } = await analyse('kursk-demo');
    expect(await notFoundRows(popup)).toEqual([]);
    const removed = await removeHighlightedParagraph(article);
    expect(removed.length).toBeGreaterThan(0);
    await waitForNotFound(popup, removed);
    expect(await notFoundRows(popup)).toEqual(removed);
    await restoreParagraph(article);
    await waitForNotFound(popup, []);
    const highlighted = await article.$$eval('[data-corroborate-claim]', (els) => els.map((el) => Number(el.getAttribute('data-corroborate-claim'))));
    for (const i of removed) expect(highlighted).toContain(i);
    const analysis = (await popup.evaluate(
      (id) => browser.runtime.sendMessage({ to: 'background', type: 'getAnalysis', args: { tabId: id } }),
      tabId,
    )) as { ok: true; value: { anchors: { orphans: number[] } } };
    expect(analysis.value.anchors.orphans).toEqual([]);
    await popup.close();
  });

  it('says plainly that a search page is not an article', async () => {
    const { popup, tabId } = await analyse('search-results');
    expect(await popupState(popup)).toBe('not-article');
    expect(await rowsOf(popup)).toEqual([]);
    expect(await badgeOf(popup, tabId)).toBe('');
    expect(await article.$$('[data-corroborate-claim]')).toHaveLength(0);
    await popup.setViewport({ width: 420, height: 640 });
    await popup.screenshot({ path: screenshotPath('firefox-popup-not-article.png') });
    await popup.close();
  });

  it('keeps two articles in the library (IndexedDB in Firefox) and shows them as evidence for a third', async () => {
    // A temporary add-on loses its storage when Firefox closes, so unlike the Chromium library test
    // there is no restart here: this checks the library itself in Firefox's background page.
    for (const slug of ['eastmoor-gazette-derailment', 'northern-post-derailment']) {
      const { popup } = await analyse(slug, story);
      await popup.waitForSelector('[data-keep="keep"]', { timeout: 10_000 });
      await popup.click('.keep__button');
      await popup.waitForSelector('[data-keep="kept"]', { timeout: 15_000 });
      await popup.close();
    }
    const { popup } = await analyse('valley-radio-derailment', story);
    expect(await popupState(popup)).toBe('ready');
    const listing = (await popup.evaluate(() => browser.runtime.sendMessage({ to: 'background', type: 'listLibrary', args: {} }))) as {
      ok: boolean;
      value: { count: number; stories: { articles: { outlet: string }[] }[] };
    };
    expect(listing.ok).toBe(true);
    expect(listing.value.count).toBe(2);
    expect(listing.value.stories.flatMap((st) => st.articles.map((a) => a.outlet)).sort()).toEqual(KEPT_OUTLETS);
    await expectLibraryEvidence(popup);
    await popup.close();
  });
});
