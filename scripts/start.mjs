/**
 * `npm start` (after `npm run build`): on a desktop, opens Chromium with dist/ loaded and the demo
 * article served from this machine; elsewhere (CI, SSH, no DISPLAY) it prints how to load the
 * extension by hand and exits 0.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const fixtures = join(root, 'test/fixtures');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DEMO = 'kursk-demo';

if (!existsSync(join(dist, 'manifest.json'))) {
  console.error('dist/ is missing: run `npm run build` first (`npm start` does both).');
  process.exit(1);
}

const howTo = `Corroborate is built in ${dist}

Load it in Chrome or Chromium:
  1. Open chrome://extensions and switch on "Developer mode" (top right).
  2. Click "Load unpacked" and choose ${dist}
Load it in Firefox:
  1. Open about:debugging#/runtime/this-firefox
  2. Click "Load Temporary Add-on..." and choose ${join(dist, 'manifest.json')}
Then open a news article and click the Corroborate button in the toolbar.`;

const desktop = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
if (!desktop || !existsSync(chromium)) {
  console.log(howTo);
  if (desktop) console.log(`\n(${chromium} was not found; set CHROMIUM_PATH to start a browser automatically.)`);
  process.exit(0);
}

const slugs = readdirSync(fixtures).filter((slug) => existsSync(join(fixtures, slug, 'source.html')));
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  const slug = /^\/([a-z0-9-]+)\.html$/.exec(path)?.[1];
  if (slug && slugs.includes(slug)) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(fixtures, slug, 'source.html')));
  } else if (path === '/') {
    const links = slugs.map((s) => `<li><a href="/${s}.html">${s}</a></li>`).join('');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><title>Corroborate demo pages</title><h1>Demo pages</h1><ul>${links}</ul>`);
  } else {
    res.writeHead(404).end('not found');
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const demoUrl = `http://127.0.0.1:${server.address().port}/${DEMO}.html`;

const profile = mkdtempSync(join(tmpdir(), 'corroborate-profile-'));
const args = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  `--user-data-dir=${profile}`, '--no-first-run', '--no-default-browser-check',
  `--load-extension=${dist}`, `--disable-extensions-except=${dist}`,
  demoUrl,
];
console.log(`${howTo}\n\nStarting Chromium with the extension loaded on the demo article: ${demoUrl}`);
console.log('Click the Corroborate button in the toolbar (pin it from the puzzle-piece menu). Close the browser to stop.');
const browser = spawn(chromium, args, { stdio: 'ignore' });
const stop = () => {
  server.close();
  rmSync(profile, { recursive: true, force: true });
};
browser.on('exit', () => {
  stop();
  process.exit(0);
});
process.on('SIGINT', () => browser.kill());
