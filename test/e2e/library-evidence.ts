/**
 * What the library e2e tests (Chromium and Firefox) check in a popup showing the third article of
 * the derailment story (test/e2e/library-story/): its sources are the two kept articles, each marked
 * as from the library, and several of its statements have evidence.
 */
import { expect } from 'vitest';
import type { Page } from 'puppeteer-core';

export const KEPT_OUTLETS = ['Northern Daily Post', 'The Eastmoor Gazette'];

export async function expectLibraryEvidence(popup: Page): Promise<void> {
  const sources = await popup.$$eval('.source', (els) =>
    els.map((el) => ({ outlet: el.querySelector('.source__outlet')?.textContent, library: Boolean(el.querySelector('.tag--library')) })),
  );
  expect(sources.sort((a, b) => String(a.outlet).localeCompare(String(b.outlet)))).toEqual(KEPT_OUTLETS.map((outlet) => ({ outlet, library: true })));
  const statuses = await popup.$$eval('[data-claim-index]', (els) => els.map((el) => el.getAttribute('data-status')));
  expect(statuses.filter((s) => s !== 'unique').length).toBeGreaterThanOrEqual(3);
}
