/**
 * The reader's library end to end, in Chromium on a persistent profile: a reader keeps two articles
 * about a story that no bundled report covers (an invented derailment, test/e2e/library-story/),
 * the browser is closed and started again with the same profile, and the third article on the story
 * is then checked against the two kept ones, which the popup marks as from the library.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';
import { expectLibraryEvidence } from './library-evidence';
import { startPageServer, type PageServer } from './page-server';
import { chromiumFlags, chromiumPath, distTest, missingPrerequisite, screenshotPath } from './setup';
import { extensionWorker } from './toolbar-popup';

declare const chrome: {
  action: { openPopup(): Promise<void> };
  runtime: { sendMessage(message: unknown): Promise<unknown>; reload(): void };
};

const KEPT = ['eastmoor-gazette-derailment', 'northern-post-derailment'];
const THIRD = 'valley-radio-derailment';

let server: PageServer;
let profile: string;
let browser: Browser | null = null;
let extensionId = '';

async function launch(): Promise<{ browser: Browser; article: Page }> {
  const b = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    pipe: true,
    userDataDir: profile,
    enableExtensions: [distTest],
    args: chromiumFlags,
  });
  const article = await b.newPage();
  await article.setViewport({ width: 1000, height: 800 });
  return { browser: b, article };
}

/** The background's worker, and the extension's id from its address. */
async function workerOf(b: Browser): Promise<WebWorker> {
  const worker = await extensionWorker(b);
  extensionId = new URL(worker.url()).host;
  return worker;
}

async function openPopup(b: Browser, article: Page): Promise<Page> {
  await article.bringToFront();
  await (await workerOf(b)).evaluate(() => chrome.action.openPopup());
  const target = await b.waitForTarget((t) => t.url().endsWith('/popup.html'), { timeout: 10_000 });
  const popup = (await target.asPage())!;
  await popup.waitForSelector('[data-state]:not([data-state="analysing"])', { timeout: 30_000 });
  return popup;
}

const keepState = (popup: Page) => popup.$eval('[data-keep]', (el) => el.getAttribute('data-keep'));

beforeAll(async () => {
  const missing = missingPrerequisite(chromiumPath);
  if (missing) throw new Error(missing);
  server = await startPageServer(resolve(import.meta.dirname, 'library-story'));
  profile = mkdtempSync(join(tmpdir(), 'corroborate-profile-'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe("the reader's library in Chromium", () => {
  it('keeps two articles, survives a browser restart, and shows them as evidence for a third', async () => {
    // First session: keep the first two articles from the popup.
    const first = await launch();
    browser = first.browser;
    for (const slug of KEPT) {
      await first.article.goto(server.url(slug));
      const popup = await openPopup(first.browser, first.article);
      await popup.waitForSelector('[data-keep="keep"]', { timeout: 10_000 });
      await popup.click('.keep__button');
      await popup.waitForSelector('[data-keep="kept"]', { timeout: 15_000 });
      if (slug === KEPT[0]) await popup.screenshot({ path: screenshotPath('chromium-popup-kept.png') });
      await popup.close().catch(() => {});
    }
    await first.browser.close();
    browser = null;

    // Second session, same profile: the library is still there.
    const second = await launch();
    expect(extensionId).not.toBe('');
    browser = second.browser;
    const library = await second.browser.newPage();
    // The library page asks the background for the listing, which also wakes its worker.
    await library.goto(`chrome-extension://${extensionId}/library.html`);
    await library.waitForSelector('.library[aria-busy="false"]', { timeout: 15_000 });
    expect(await library.$eval('.library__count', (el) => el.textContent)).toBe('2 articles in 1 story');
    expect((await library.$$eval('.kept__outlet', (els) => els.map((el) => el.textContent))).sort()).toEqual(['Northern Daily Post', 'The Eastmoor Gazette']);
    await library.screenshot({ path: screenshotPath('chromium-library.png') });
    await library.close();

    await second.article.goto(server.url(THIRD));
    const popup = await openPopup(second.browser, second.article);
    expect(await popup.$eval('[data-state]', (el) => el.getAttribute('data-state'))).toBe('ready');
    await expectLibraryEvidence(popup);

    // The evidence under a statement names the kept article and says where it comes from.
    await popup.click('[data-status="corroborated"] .claim__toggle');
    await popup.waitForSelector('.evidence .tag--library');
    expect(await popup.$$eval('.evidence .evidence__outlet', (els) => els.map((el) => el.textContent))).toEqual(
      expect.arrayContaining([expect.stringMatching(/Northern Daily Post|The Eastmoor Gazette/)]),
    );
    await popup.screenshot({ path: screenshotPath('chromium-popup-library-evidence.png') });
    await popup.close().catch(() => {});
    await second.browser.close();
    browser = null;
  });

  it('loses nothing when two pages write at once, when the background is stopped, nor when the extension reloads', async () => {
    const b = (await launch()).browser;
    browser = b;
    const libraryUrl = `chrome-extension://${extensionId}/library.html`;
    const file = (prefix: string) =>
      JSON.stringify({
        format: 'corroborate-library',
        version: 1,
        exportedAt: '2025-03-12T09:00:00.000Z',
        articles: Array.from({ length: 20 }, (_, i) => ({
          id: `lib-${prefix}-${i}`,
          url: `https://${prefix}.example/story-${i}`,
          outlet: `Outlet ${prefix.toUpperCase()}`,
          title: `Story ${i}`,
          published: '2025-03-10',
          text: `The ${prefix} council said ${i + 10} roads would close on Monday for repairs.`,
          addedAt: '2025-03-12T09:00:00.000Z',
        })),
      });
    const [pageA, pageB] = await Promise.all([b.newPage(), b.newPage()]);
    await Promise.all([pageA.goto(libraryUrl), pageB.goto(libraryUrl)]);
    await Promise.all([pageA, pageB].map((p) => p.waitForSelector('.library[aria-busy="false"]', { timeout: 15_000 })));
    const importFrom = (page: Page, content: string) =>
      page.evaluate((c) => chrome.runtime.sendMessage({ to: 'background', type: 'importLibrary', args: { content: c } }), content);
    const [a, bResult] = await Promise.all([importFrom(pageA, file('alpha')), importFrom(pageB, file('beta'))]);
    expect(a).toEqual({ ok: true, value: { added: 20, skipped: 0 } });
    expect(bResult).toEqual({ ok: true, value: { added: 20, skipped: 0 } });
    await pageA.close();
    await pageB.close();

    const count = async () => {
      const page = await b.newPage();
      await page.goto(libraryUrl);
      await page.waitForSelector('.library[aria-busy="false"]', { timeout: 15_000 });
      const text = await page.$eval('.library__count', (el) => el.textContent);
      await page.close();
      return text;
    };
    expect(await count()).toMatch(/^42 articles in /);

    // Stop the background's service worker, as the browser does when it is idle: the next call starts
    // a new one, which has only IndexedDB to go on.
    const probe = await b.newPage();
    const cdp = await probe.createCDPSession();
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => b.targets().some((t) => t.type() === 'service_worker'), { timeout: 10_000 }).toBe(false);
    await probe.close();
    expect(await count()).toMatch(/^42 articles in /);

    // Reload the extension, as "Reload" in chrome://extensions does: loading the same unpacked folder
    // again (CDP Extensions.loadUnpacked) keeps its id and its data and starts it afresh: its old
    // worker goes. (chrome.runtime.reload() unloads an unpacked extension here without loading it again.)
    const workers = () => b.targets().filter((t) => t.type() === 'service_worker');
    await expect.poll(() => workers().length, { timeout: 10_000 }).toBeGreaterThan(0);
    const old = workers();
    expect(await b.installExtension(distTest)).toBe(extensionId);
    await expect.poll(() => workers().some((t) => old.includes(t)), { timeout: 10_000 }).toBe(false);
    expect(await count()).toMatch(/^42 articles in /);
    await b.close();
    browser = null;
  });
});
