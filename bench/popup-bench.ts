/**
 * Part 4, popup: the built test extension (dist-test/) in Chromium, the real toolbar popup opened by
 * `chrome.action.openPopup()` in the service worker, timed from the popup's navigation start (its
 * performance.now()) to its root leaving the `analysing` state. Uncached: the article was just
 * (re)loaded, so the popup's open starts the analysis; cached: the popup is opened again on the same
 * page. The real popup can only be looked at once puppeteer has attached to it, which may be after it
 * showed a cached report (those runs are counted as upper bounds), so the same popup page is also
 * opened as a tab (`popup.html?tab=N`, as the Firefox tests do) with an observer installed before it
 * loads, which times it exactly. Also the background round trip of a forced re-analysis (`analyze` with force), as the popup
 * sends it, with the background's own stage timings.
 *
 * puppeteer-core, not playwright-core, drives this part: Playwright does not report the action popup
 * as a page (see /work/shared/BROWSER-TESTING.md and test/e2e/chromium.test.ts).
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { figure, type Figure } from './stats.ts';
import { extensionWorker, openToolbarPopup } from '../test/e2e/toolbar-popup.ts';

export type PopupResult = {
  uncached: Figure;
  cached: Figure;
  /** Runs where the popup was already showing the report when first looked at: the figure is an upper bound. */
  cachedUpperBound: number;
  states: string[];
  /** The same popup page opened as a tab (`popup.html?tab=N`), timed exactly by an observer installed before it loads. */
  pageUncached: Figure;
  pageCached: Figure;
  roundTrip: Figure;
  stages: { extract: Figure; match: Figure; highlight: Figure };
};

declare const chrome: {
  action: { openPopup(): Promise<void> };
  tabs: { query(query: { url: string }): Promise<{ id?: number }[]> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

type Shown = { state: string; at: number; already: boolean };

/**
 * Installed before the popup page's own scripts: records when the root first leaves `analysing`.
 * A string, not a function: tsx (esbuild keepNames) would wrap inner functions in a `__name()` helper
 * that does not exist in the page.
 */
const RECORD_SHOWN = `(() => {
  const check = () => {
    const s = document.querySelector('[data-state]')?.getAttribute('data-state');
    if (s && s !== 'analysing' && !window.__benchShown) window.__benchShown = { state: s, at: performance.now() };
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
})();`;

/** popup.html?tab=N in a tab of its own, with the observer in place before it loads. */
async function openPopupPage(browser: Browser, extensionOrigin: string, tabId: number, article: Page): Promise<{ state: string; at: number }> {
  const page = await browser.newPage();
  try {
    await page.evaluateOnNewDocument(RECORD_SHOWN);
    await page.goto(`${extensionOrigin}/popup.html?tab=${tabId}`);
    const handle = await page.waitForFunction(() => (window as unknown as { __benchShown?: unknown }).__benchShown ?? false, { timeout: 20_000 });
    return (await handle.jsonValue()) as { state: string; at: number };
  } finally {
    await page.close().catch(() => {});
    await article.bringToFront();
  }
}

async function openPopup(browser: Browser, article: Page): Promise<{ popup: Page; shown: Shown }> {
  await article.bringToFront();
  const popup = await openToolbarPopup(browser);
  const stateNow = () => {
    const s = document.querySelector('[data-state]')?.getAttribute('data-state');
    return s && s !== 'analysing' ? s : null;
  };
  const already = await popup.evaluate(stateNow).catch(() => null);
  const handle = await popup.waitForFunction(
    () => {
      const s = document.querySelector('[data-state]')?.getAttribute('data-state');
      return s && s !== 'analysing' ? { state: s, at: performance.now() } : false;
    },
    { polling: 'mutation', timeout: 60_000 },
  );
  const value = (await handle.jsonValue()) as { state: string; at: number };
  return { popup, shown: { ...value, already: already !== null } };
}

export async function runPopupBench(
  executablePath: string,
  flags: string[],
  distTest: string,
  articleUrl: string,
  runs: number,
  log: (line: string) => void,
): Promise<PopupResult> {
  const browser = await puppeteer.launch({ executablePath, headless: true, pipe: true, enableExtensions: [distTest], args: flags });
  try {
    // Looked up and polled until its extension APIs are bound, as the e2e tests do (test/e2e/toolbar-popup.ts).
    const worker = await extensionWorker(browser);
    const article = await browser.newPage();
    await article.setViewport({ width: 1100, height: 900 });
    const uncached: number[] = [];
    const cached: number[] = [];
    const states = new Set<string>();
    let upper = 0;
    const roundTrip: number[] = [];
    const pageUncached: number[] = [];
    const pageCached: number[] = [];
    // new URL('chrome-extension://…').origin is "null": the scheme is not a special one.
    const extensionOrigin = worker.url().split('/').slice(0, 3).join('/');
    const stages = { extract: [] as number[], match: [] as number[], highlight: [] as number[] };
    for (let run = 0; run <= runs; run++) {
      await article.goto(articleUrl, { waitUntil: 'load' });
      const first = await openPopup(browser, article);
      states.add(first.shown.state);
      await first.popup.close().catch(() => {});
      const second = await openPopup(browser, article);
      states.add(second.shown.state);
      if (run > 0) {
        uncached.push(first.shown.at);
        cached.push(second.shown.at);
        if (second.shown.already) upper++;
        const url = article.url();
        const tabId = await (await extensionWorker(browser)).evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]!.id!, url);
        const trip = await second.popup.evaluate(async (id) => {
          const t0 = performance.now();
          const reply = (await chrome.runtime.sendMessage({ to: 'background', type: 'analyze', args: { tabId: id, force: true } })) as {
            ok: boolean;
            value?: { timings: { extract: number; match: number; highlight: number } };
          };
          return { ms: performance.now() - t0, timings: reply.ok ? reply.value!.timings : null };
        }, tabId);
        roundTrip.push(trip.ms);
        if (trip.timings) for (const k of ['extract', 'match', 'highlight'] as const) stages[k].push(trip.timings[k]);
      }
      await second.popup.close().catch(() => {});

      await article.goto(articleUrl, { waitUntil: 'load' });
      const tabId = await (await extensionWorker(browser)).evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]!.id!, article.url());
      try {
        const cold = await openPopupPage(browser, extensionOrigin, tabId, article);
        const warm = await openPopupPage(browser, extensionOrigin, tabId, article);
        states.add(cold.state).add(warm.state);
        if (run > 0) {
          pageUncached.push(cold.at);
          pageCached.push(warm.at);
        }
      } catch (error) {
        // The exact variant is a refinement; its failure must not lose the real popup's figures.
        log(`  popup page in a tab, run ${run}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
    const result: PopupResult = {
      uncached: figure(uncached),
      cached: figure(cached),
      cachedUpperBound: upper,
      states: [...states],
      pageUncached: figure(pageUncached),
      pageCached: figure(pageCached),
      roundTrip: figure(roundTrip),
      stages: { extract: figure(stages.extract), match: figure(stages.match), highlight: figure(stages.highlight) },
    };
    log(`  popup shows the report: uncached ${result.uncached.median.toFixed(0)} ms, cached ${result.cached.median.toFixed(0)} ms; as a tab: uncached ${result.pageUncached.median.toFixed(0)} ms, cached ${result.pageCached.median.toFixed(0)} ms; forced re-analysis round trip ${result.roundTrip.median.toFixed(0)} ms (states seen: ${result.states.join(', ')})`);
    return result;
  } finally {
    await browser.close();
  }
}
