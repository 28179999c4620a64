/** Shared set-up for the end-to-end tests: browser paths and flags, the test build, screenshots. */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const repo = resolve(import.meta.dirname, '../..');
/** The shipped build. */
export const dist = resolve(repo, 'dist');
/** The test build: dist/ plus the `http://127.0.0.1/*` host permission (see vite.config.ts). */
export const distTest = resolve(repo, 'dist-test');
export const screenshots = resolve(repo, 'screenshots');

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const chromiumFlags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Why the end-to-end tests cannot run here, or null when they can. */
export function missingPrerequisite(browserPath: string, build = distTest): string | null {
  if (!existsSync(resolve(build, 'manifest.json'))) return `${build} is missing: run \`npm run build\` and \`npm run build:test\` first.`;
  if (!existsSync(browserPath)) return `${browserPath} is missing: install it (apt-get install -y chromium firefox-esr) or set CHROMIUM_PATH / FIREFOX_PATH.`;
  return null;
}

export function screenshotPath(name: string): string {
  mkdirSync(screenshots, { recursive: true });
  return resolve(screenshots, name);
}
