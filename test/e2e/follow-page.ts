/**
 * The page changing under its highlights, for the Chromium and Firefox tests alike: the page (a
 * framework re-rendering, say) takes out the paragraph that holds the first highlight, then puts the
 * same text back in a fresh element.
 */
import type { Page } from 'puppeteer-core';

/** Removes the paragraph holding the first highlight; returns the statements highlighted in it. */
export function removeHighlightedParagraph(article: Page): Promise<number[]> {
  return article.evaluate(() => {
    const p = document.querySelector('[data-corroborate-claim]')!.closest('p')!;
    const claims = [...new Set([...p.querySelectorAll('[data-corroborate-claim]')].map((m) => Number(m.getAttribute('data-corroborate-claim'))))];
    const marker = document.createElement('span');
    marker.id = 'removed-paragraph';
    marker.dataset['text'] = p.textContent!;
    p.replaceWith(marker);
    return claims.sort((a, b) => a - b);
  });
}

/** Puts the removed paragraph's text back, as a new element without any highlight. */
export function restoreParagraph(article: Page): Promise<void> {
  return article.evaluate(() => {
    const marker = document.getElementById('removed-paragraph')!;
    const p = document.createElement('p');
    p.textContent = marker.dataset['text']!;
    marker.replaceWith(p);
  });
}

/** The statements the popup tags "not found on page". */
export function notFoundRows(popup: Page): Promise<number[]> {
  return popup.$$eval('[data-claim-index]', (els) => els.filter((el) => el.querySelector('.tag--orphan')).map((el) => Number(el.getAttribute('data-claim-index'))));
}

/** Waits until the popup tags exactly these statements "not found on page" (none: no tag at all). */
export async function waitForNotFound(popup: Page, want: number[]): Promise<void> {
  await popup.waitForFunction(
    (w: number[]) => {
      const tagged = [...document.querySelectorAll('[data-claim-index]')].filter((el) => el.querySelector('.tag--orphan')).map((el) => Number(el.getAttribute('data-claim-index')));
      return tagged.length === w.length && w.every((i) => tagged.includes(i));
    },
    { timeout: 10_000 },
    want,
  );
}
