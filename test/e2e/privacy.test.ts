/**
 * Privacy: nothing the reader reads leaves the machine.
 *
 * 1. Network, in both browsers: the whole browser is pointed at a recording proxy (every HTTP request
 *    and every CONNECT tunnel, loopback included), so a request from the background, the popup, the
 *    content script or the page is seen whoever makes it. Chromium adds CDP Network on the service
 *    worker and puppeteer's page events; Firefox adds BiDi page events. While an article is analysed,
 *    the only request allowed is the test page's own, on 127.0.0.1.
 * 2. The shipped build (dist/): exactly activeTab, scripting and storage; no host permissions, no
 *    content scripts, no remote code, no unsafe-eval; no code that sends to a remote address.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromiumFlags, chromiumPath, distTest, firefoxPath, missingPrerequisite, repo } from './setup';
import { extensionWorker, openToolbarPopup } from './toolbar-popup';

const ARTICLE = readFileSync(resolve(repo, 'test/fixtures/kursk-demo/source.html'));

type Recorder = {
  origin: string;
  /** Every request the browser sent through the proxy or to the server: method and absolute URL. */
  seen: string[];
  close(): Promise<void>;
};

/**
 * The test page's server and, on the same port, a forward proxy that records and refuses anything
 * that is not for itself. A request for the server itself arrives in absolute form through the proxy.
 */
async function startRecorder(): Promise<Recorder> {
  const seen: string[] = [];
  let origin = '';
  const absolute = (req: IncomingMessage) => (/^https?:\/\//.test(req.url ?? '') ? req.url! : `${origin}${req.url}`);
  const server: Server = createServer((req, res) => {
    const url = absolute(req);
    seen.push(`${req.method} ${url}`);
    if (url === `${origin}/article.html`) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(ARTICLE);
      return;
    }
    res.writeHead(url.startsWith(origin) ? 404 : 403).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    seen,
    close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
  };
}

/** Requests that are not for the test page's own origin. */
const foreign = (urls: string[], origin: string) => urls.filter((u) => !u.replace(/^[A-Z]+ /, '').startsWith(origin + '/'));

/**
 * The browser's own housekeeping, which reaches the proxy too (Chromium's network time and component
 * updater despite its flags, Firefox's remote settings): only the vendor's own hosts, which the
 * extension could not reach anyway (no host permissions, no network code: see the bundle scan below).
 * In Chromium the extension's own targets are also watched through CDP with no allowance at all.
 */
const VENDOR = {
  chromium: /^(?:[A-Z]+ )(?:https?:\/\/)?(?:[a-z0-9-]+\.)*(?:google\.com|googleapis\.com|gstatic\.com|gvt1\.com)(?::443)?(?:\/|$)/,
  firefox: /^(?:[A-Z]+ )(?:https?:\/\/)?(?:[a-z0-9-]+\.)*(?:mozilla\.com|mozilla\.net|mozilla\.org|firefox\.com)(?::443)?(?:\/|$)/,
};
const notVendor = (urls: string[], vendor: RegExp) => urls.filter((u) => !vendor.test(u));

describe('no request leaves the machine while an article is analysed', () => {
  describe('in Chromium', () => {
    let browser: Browser;
    let rec: Recorder;
    const events: string[] = [];

    beforeAll(async () => {
      const missing = missingPrerequisite(chromiumPath);
      if (missing) throw new Error(missing);
      rec = await startRecorder();
      browser = await puppeteer.launch({
        executablePath: chromiumPath, headless: true, pipe: true, enableExtensions: [distTest],
        // `<-loopback>` sends even 127.0.0.1 through the proxy, so the page's own request proves it sees all.
        args: [...chromiumFlags, `--proxy-server=${rec.origin}`, '--proxy-bypass-list=<-loopback>'],
      });
      browser.on('targetcreated', async (t) => {
        if (t.type() !== 'page' && t.type() !== 'service_worker') return;
        const session = await t.createCDPSession().catch(() => null);
        if (!session) return;
        session.on('Network.requestWillBeSent', (e) => events.push(`${e.request.method} ${e.request.url}`));
        await session.send('Network.enable').catch(() => {});
      });
    });

    afterAll(async () => {
      await browser?.close();
      await rec?.close();
    });

    it('sends only the test page\'s own request, from the click to the highlighted page', async () => {
      const sw = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'), { timeout: 15_000 });
      // The worker may have started before the listener above: attach to it too. The browser may also
      // restart it right after launch; the listener above attaches to the new one, so a worker that
      // closed under us is not an error.
      const swSession = await sw.createCDPSession().catch(() => null);
      swSession?.on('Network.requestWillBeSent', (e) => events.push(`${e.request.method} ${e.request.url}`));
      await swSession?.send('Network.enable').catch(() => {});
      const page = await browser.newPage();
      const pageRequests: string[] = [];
      page.on('request', (r) => pageRequests.push(`${r.method()} ${r.url()}`));
      await page.goto(`${rec.origin}/article.html`);

      const popup = await openToolbarPopup(browser);
      await popup.waitForSelector('[data-state]:not([data-state="analysing"])', { timeout: 30_000 });
      expect(await popup.$eval('[data-state]', (el) => el.getAttribute('data-state'))).toBe('ready');
      expect((await page.$$('corroborate-mark')).length).toBeGreaterThan(0);
      // Open an evidence card as a reader would, and the full report page: neither may fetch anything.
      await page.bringToFront();
      await page.hover('corroborate-mark');
      await new Promise((r) => setTimeout(r, 600));
      await popup.close().catch(() => {});

      // The recorder works: it saw the page's own request, which went through the proxy.
      expect(rec.seen).toContain(`GET ${rec.origin}/article.html`);
      expect(notVendor(foreign(rec.seen, rec.origin), VENDOR.chromium)).toEqual([]);
      expect(foreign(pageRequests, rec.origin)).toEqual([]);
      // CDP also reports the extension's own pages loading their files: those are local by construction.
      expect(foreign(events, rec.origin).filter((u) => !/^[A-Z]+ (chrome-extension|data|blob):/.test(u))).toEqual([]);

      // And it would catch one: a request made from the extension's service worker is seen twice over.
      await (await extensionWorker(browser)).evaluate(() => fetch('http://leak.example/probe').catch(() => null));
      await expect.poll(() => rec.seen.includes('GET http://leak.example/probe')).toBe(true);
      await expect.poll(() => events.includes('GET http://leak.example/probe')).toBe(true);
    });
  });

  describe('in Firefox', () => {
    let firefox: Browser;
    let rec: Recorder;

    beforeAll(async () => {
      const missing = missingPrerequisite(firefoxPath);
      if (missing) throw new Error(missing);
      rec = await startRecorder();
      const port = Number(new URL(rec.origin).port);
      firefox = await puppeteer.launch({
        browser: 'firefox', executablePath: firefoxPath, headless: true,
        extraPrefsFirefox: {
          'network.proxy.type': 1,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': port,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': port,
          'network.proxy.no_proxies_on': '',
          'network.proxy.allow_hijacking_localhost': true,
          'network.proxy.share_proxy_settings': true,
        },
      });
      await firefox.installExtension(distTest);
    });

    afterAll(async () => {
      await firefox?.close();
      await rec?.close();
    });

    it('sends only the test page\'s own request while the article is analysed and highlighted', async () => {
      // Firefox's own start-up traffic (if any got past puppeteer's prefs) is not ours: count from here.
      const before = rec.seen.length;
      const page = (await firefox.pages())[0] ?? (await firefox.newPage());
      const pageRequests: string[] = [];
      page.on('request', (r) => pageRequests.push(`${r.method()} ${r.url()}`));
      const known = new Set(await firefox.pages());
      // The test build opens popup.html?tab=N for a page whose URL carries this marker (src/background/test-hooks.ts).
      await page.goto(`${rec.origin}/article.html#corroborate-e2e-popup`);
      let popup: Page | null = null;
      const deadline = Date.now() + 15_000;
      while (!popup && Date.now() < deadline) {
        for (const p of await firefox.pages()) {
          if (known.has(p)) continue;
          const href = await p.evaluate(() => location.href).catch(() => '');
          if (href.includes('/popup.html?tab=')) popup = p;
        }
        if (!popup) await new Promise((r) => setTimeout(r, 200));
      }
      expect(popup, 'the extension opened its popup page').not.toBeNull();
      await popup!.waitForSelector('[data-state]:not([data-state="analysing"])', { timeout: 30_000 });
      expect(await popup!.$eval('[data-state]', (el) => el.getAttribute('data-state'))).toBe('ready');
      await page.bringToFront();
      expect((await page.$$('corroborate-mark')).length).toBeGreaterThan(0);
      await page.hover('corroborate-mark');
      await new Promise((r) => setTimeout(r, 600));
      await popup!.close().catch(() => {});

      const during = rec.seen.slice(before);
      expect(during).toContain(`GET ${rec.origin}/article.html`);
      expect(notVendor(foreign(during, rec.origin), VENDOR.firefox)).toEqual([]);
      expect(foreign(pageRequests, rec.origin)).toEqual([]);
    });
  });
});

// ---------------------------------------------------------------------------------------------
const dist = resolve(repo, 'dist');
const distMissing = existsSync(resolve(dist, 'manifest.json')) ? null : 'dist/ is missing: run `npm run build` first.';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the shipped build asks for nothing it does not need', () => {
  it('has exactly activeTab, scripting and storage, no host access, no content scripts, no remote code', () => {
    if (distMissing) throw new Error(distMissing);
    const manifest = JSON.parse(readFileSync(resolve(dist, 'manifest.json'), 'utf8'));
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.update_url).toBeUndefined();
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
    expect(csp).toMatch(/script-src 'self'/);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\//);
  });

  it('loads every script from the package itself', () => {
    if (distMissing) throw new Error(distMissing);
    for (const file of filesUnder(dist).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      const srcs = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
      for (const src of srcs) expect(src, `${file}: ${src}`).toMatch(/^(\.?\/|[a-z0-9_-]+\/|[a-z0-9_.-]+$)/i);
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>[^<]+<\/script>/);
    }
  });

  it('contains no code that sends to a remote address, and no eval', () => {
    if (distMissing) throw new Error(distMissing);
    const scripts = filesUnder(dist).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(2);
    const problems: string[] = [];
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      const rel = file.slice(dist.length + 1);
      // fetch() only of a file of the package itself (the corpus index, run-engine.ts): its argument
      // must be runtime.getURL(…), which can only name the extension's own files.
      for (const m of code.matchAll(/\bfetch\s*\(/g)) {
        if (!/^fetch\s*\(\s*[\w$]+\.runtime\.getURL\(/.test(code.slice(m.index))) {
          problems.push(`${rel}: ${m[0]} … ${code.slice(Math.max(0, m.index - 80), m.index + 80).replace(/\s+/g, ' ')}`);
        }
      }
      // Any other network API at all: the extension has nothing else to fetch, so none may appear.
      for (const api of [/\bXMLHttpRequest\b/, /\bWebSocket\b/, /\bsendBeacon\b/, /\bEventSource\b/, /\bimportScripts\s*\(/, /\bnew\s+Function\s*\(/, /\beval\s*\(/]) {
        const m = api.exec(code);
        if (m) problems.push(`${rel}: ${m[0]} … ${code.slice(Math.max(0, m.index - 80), m.index + 80).replace(/\s+/g, ' ')}`);
      }
      // Remote script loading: an import() or a script element pointed at an http(s) URL.
      const remote = /\bimport\s*\(\s*['"`]https?:|\.src\s*=\s*['"`]https?:/.exec(code);
      if (remote) problems.push(`${rel}: ${remote[0]}`);
    }
    expect(problems).toEqual([]);
  });
});
