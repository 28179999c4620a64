/**
 * The shipped build (dist/), as a reader installs it: it loads in both browsers, asks for nothing
 * beyond activeTab, scripting and storage, and contains no test hook. Without the test build's host
 * permission, a popup opened by a script (not by the reader's click) gets no activeTab grant, so the
 * extension cannot read the page: proof that dist/ has no host access of its own.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser } from 'puppeteer-core';
import { startPageServer, type PageServer } from './page-server';
import { chromiumFlags, chromiumPath, dist, firefoxPath, missingPrerequisite } from './setup';
import { openToolbarPopup } from './toolbar-popup';


const manifest = () => JSON.parse(readFileSync(resolve(dist, 'manifest.json'), 'utf8'));

let browser: Browser | undefined;
let server: PageServer | undefined;
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the shipped build (dist/)', () => {
  it('asks for activeTab, scripting and storage only, with no host access, content scripts or eval', () => {
    const missing = missingPrerequisite(chromiumPath, dist);
    if (missing) throw new Error(missing);
    const m = manifest();
    expect([...m.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toBeUndefined();
    expect(m.content_scripts).toBeUndefined();
    expect(JSON.stringify(m.content_security_policy ?? {})).not.toContain('unsafe-eval');
  });

  it('contains no test hook', () => {
    expect(readFileSync(resolve(dist, 'background.js'), 'utf8')).not.toContain('corroborate-e2e-popup');
  });

  it('loads in Chromium, and cannot read a page without the reader’s click', async () => {
    server = await startPageServer();
    browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, pipe: true, enableExtensions: [dist], args: chromiumFlags });
    const page = await browser.newPage();
    await page.goto(server.url('kursk-demo'));
    await page.bringToFront();
    const popup = await openToolbarPopup(browser);
    await popup.waitForSelector('[data-state]:not([data-state="analysing"])', { timeout: 30_000 });
    expect(await popup.$eval('[data-state]', (el) => el.getAttribute('data-state'))).toBe('restricted');
    expect(await page.$$('[data-corroborate-claim]')).toHaveLength(0);
    await browser.close();
    browser = undefined;
  });

  it('installs in Firefox as a temporary add-on under its gecko id', async () => {
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true });
    expect(await browser.installExtension(dist)).toBe(manifest().browser_specific_settings.gecko.id);
  });
});
