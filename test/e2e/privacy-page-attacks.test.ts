/**
 * A web page cannot drive or break the built extension (dist-test/ in Chromium, real toolbar popup):
 * - a strict Content-Security-Policy (`default-src 'none'`), by HTTP header and by meta tag, still
 *   gets styled highlights and an evidence card;
 * - a page that imitates our elements, patches the DOM prototypes, fakes `chrome.runtime`, forges
 *   postMessage calls and dispatches synthetic events at our highlights changes nothing, while a real
 *   (trusted) hover still opens the card, so the checks can fail.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { extensionWorker, openToolbarPopup } from './toolbar-popup';
import { chromiumFlags, chromiumPath, distTest, missingPrerequisite, repo } from './setup';

const ARTICLE = readFileSync(resolve(repo, 'test/fixtures/kursk-demo/source.html'), 'utf8');
const STRICT = "default-src 'none'";

/** Runs in the page's own world before anything else: everything a hostile page could do up front. */
const HOSTILE_SCRIPT = `<script>
  window.__log = [];
  // Our tag and attributes, already in the page.
  document.addEventListener('DOMContentLoaded', () => {
    const fake = create.call(document, 'corroborate-mark');
    fake.id = 'fake-mark';
    fake.setAttribute('data-corroborate-claim', '0');
    fake.setAttribute('data-corroborate-status', 'conflicting');
    fake.textContent = 'A fake statement placed by the page.';
    document.body.prepend(fake);
    const card = create.call(document, 'corroborate-card');
    card.id = 'fake-card';
    card.textContent = 'fake card';
    document.body.append(card);
  });
  // Prototypes the content script would use, were it in this world.
  Text.prototype.splitText = function () { window.__log.push('splitText'); throw new Error('page says no'); };
  Element.prototype.attachShadow = function () { window.__log.push('attachShadow'); throw new Error('page says no'); };
  const create = Document.prototype.createElement;
  Document.prototype.createElement = function (name, ...rest) {
    if (String(name).startsWith('corroborate')) window.__log.push('createElement ' + name);
    return create.call(this, name, ...rest);
  };
  // A fake extension API, and a global flag our one-run guard might be fooled by.
  window.chrome = { runtime: { id: 'fake', sendMessage() { window.__log.push('sendMessage'); } } };
  window.browser = window.chrome;
  window[Symbol.for('corroborate:content-script')] = true;
</script>`;

type Variant = { csp?: 'header' | 'meta'; hostile?: boolean };
const pages: Record<string, Variant> = {
  'csp-header': { csp: 'header' },
  'csp-meta': { csp: 'meta' },
  hostile: { hostile: true },
};

let browser: Browser;
let article: Page;
let origin: string;
let close: () => Promise<void>;

async function startServer(): Promise<void> {
  const server = createServer((req, res) => {
    const name = /^\/([a-z-]+)\.html$/.exec(req.url ?? '')?.[1];
    const variant = name ? pages[name] : undefined;
    if (!variant) {
      res.writeHead(404).end();
      return;
    }
    let html = ARTICLE;
    if (variant.csp === 'meta') html = html.replace(/<head[^>]*>/i, (m) => `${m}<meta http-equiv="Content-Security-Policy" content="${STRICT}">`);
    if (variant.hostile) html = html.replace(/<head[^>]*>/i, (m) => m + HOSTILE_SCRIPT);
    const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
    if (variant.csp === 'header') headers['content-security-policy'] = STRICT;
    res.writeHead(200, headers).end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((done) => server.close(() => done()));
}

/** Loads a page, analyses it from the real toolbar popup, and returns the popup's final state. */
async function analyse(name: string): Promise<string | null> {
  await article.goto(`${origin}/${name}.html`);
  await article.bringToFront();
  const popup = await openToolbarPopup(browser);
  await popup.waitForSelector('[data-state]:not([data-state="analysing"])', { timeout: 30_000 });
  const state = await popup.$eval('[data-state]', (el) => el.getAttribute('data-state'));
  await popup.close().catch(() => {});
  return state;
}

/** Our highlights: marks that are not the page's fake one. */
const realMarks = () => article.$$eval('corroborate-mark:not(#fake-mark)', (els) => els.length);
/** Whether our card (shadow host on <html>, not the page's fake in <body>) is showing. */
const cardOpen = () =>
  article.evaluate(() => {
    const host = document.querySelector('html > corroborate-card');
    return !!host && getComputedStyle(host).display !== 'none' && host.getBoundingClientRect().height > 20;
  });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  const missing = missingPrerequisite(chromiumPath);
  if (missing) throw new Error(missing);
  await startServer();
  browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, pipe: true, enableExtensions: [distTest], args: chromiumFlags });
  await extensionWorker(browser);
  article = await browser.newPage();
  await article.setViewport({ width: 1100, height: 900 });
});

afterAll(async () => {
  await browser?.close();
  await close?.();
});

describe("a page with Content-Security-Policy default-src 'none'", () => {
  for (const how of ['header', 'meta'] as const) {
    it(`still gets styled highlights and an evidence card (policy by ${how === 'header' ? 'HTTP header' : 'meta tag'})`, async () => {
      expect(await analyse(`csp-${how}`)).toBe('ready');
      // The policy is in force: the page cannot add a style of its own.
      const pageStyleBlocked = await article.evaluate(() => {
        const probe = document.createElement('p');
        probe.id = 'probe';
        document.body.append(probe);
        const style = document.createElement('style');
        style.textContent = '#probe { color: rgb(255, 0, 0) }';
        document.head.append(style);
        const blocked = getComputedStyle(probe).color !== 'rgb(255, 0, 0)';
        style.remove();
        probe.remove();
        return blocked;
      });
      expect(pageStyleBlocked).toBe(true);
      expect(await realMarks()).toBeGreaterThan(0);
      const look = await article.$eval('corroborate-mark[tabindex="0"]', (m) => ({ bg: getComputedStyle(m).backgroundColor, line: getComputedStyle(m).textDecorationLine }));
      expect(look.bg).not.toBe('rgba(0, 0, 0, 0)');
      expect(look.line).toContain('underline');
      await article.hover('corroborate-mark[tabindex="0"]');
      await expect.poll(cardOpen, { timeout: 3000 }).toBe(true);
      await article.mouse.move(1, 1);
    });
  }
});

describe('a page that tries to drive the extension', () => {
  it('cannot stop it by imitating our elements, patching prototypes or faking its API', async () => {
    expect(await analyse('hostile')).toBe('ready');
    expect(await realMarks()).toBeGreaterThan(0);
    // The content script never touched the page's world: none of the patched functions was called.
    expect(await article.evaluate(() => (window as unknown as { __log: string[] }).__log)).toEqual([]);
    // The page's own look-alikes are left as they were: not highlighted, not focusable, not moved.
    const fake = await article.$eval('#fake-mark', (m) => ({ text: m.textContent, tab: m.getAttribute('tabindex'), role: m.getAttribute('role'), parent: m.parentElement?.tagName }));
    expect(fake).toEqual({ text: 'A fake statement placed by the page.', tab: null, role: null, parent: 'BODY' });
    expect(await article.$eval('#fake-card', (c) => c.textContent)).toBe('fake card');
    // The page's world sees no extension API it could call.
    expect(await article.evaluate(() => typeof (window as unknown as { chrome: { runtime: { id: string } } }).chrome.runtime.id)).toBe('string');
    expect(await article.evaluate(() => (window as unknown as { chrome: { runtime: { id: string } } }).chrome.runtime.id)).toBe('fake');
  });

  it('changes nothing with forged postMessage calls, synthetic events or custom events; a real hover still works', async () => {
    const before = await realMarks();
    expect(before).toBeGreaterThan(0);
    const forged = await article.evaluate(async () => {
      const report = { article: { title: 'x', url: null, published: null, sentences: 1 }, sources: [], claims: [], notice: null };
      for (const data of [
        { to: 'content', type: 'clear', args: {} },
        { to: 'content', type: 'highlight', args: { report, visible: true } },
        { to: 'content', type: 'setVisible', args: { visible: false } },
        { to: 'background', type: 'analyze', args: { tabId: 0, force: true } },
        JSON.stringify({ to: 'content', type: 'clear', args: {} }),
      ]) {
        window.postMessage(data, '*');
        window.dispatchEvent(new MessageEvent('message', { data, origin: location.origin }));
      }
      const mark = document.querySelector<HTMLElement>('corroborate-mark[tabindex="0"]')!;
      const fake = document.getElementById('fake-mark')!;
      for (const target of [mark, fake]) {
        for (const type of ['mouseover', 'mouseenter', 'pointerover', 'mousedown', 'mouseup']) target.dispatchEvent(new MouseEvent(type, { bubbles: true }));
        target.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
        target.dispatchEvent(new FocusEvent('focus'));
        for (const key of ['Enter', ' ', 'Escape']) target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        target.click();
        target.dispatchEvent(new CustomEvent('corroborate:open', { bubbles: true, detail: { index: 0 } }));
        target.dispatchEvent(new CustomEvent('corroborate-clear', { bubbles: true }));
      }
      await new Promise((r) => setTimeout(r, 600));
      const host = document.querySelector('html > corroborate-card');
      return { cardShown: !!host && getComputedStyle(host).display !== 'none', visible: getComputedStyle(mark).backgroundColor !== 'rgba(0, 0, 0, 0)' };
    });
    expect(forged).toEqual({ cardShown: false, visible: true });
    expect(await realMarks()).toBe(before);

    // A trusted hover from the input pipeline does open the card: the checks above could fail.
    await article.hover('corroborate-mark[tabindex="0"]');
    await expect.poll(cardOpen, { timeout: 3000 }).toBe(true);
    // Nor can forged events close it once it is open.
    await article.evaluate(() => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      document.querySelector('corroborate-mark[tabindex="0"]')!.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body }));
    });
    await sleep(500);
    expect(await cardOpen()).toBe(true);
  });
});
