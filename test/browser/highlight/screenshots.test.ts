/**
 * Pictures of a highlighted article with an open evidence card, light and dark, written to
 * screenshots/ (ignored by git) for a person to look at. The assertions check what a picture would
 * show going wrong: the card off screen or covering its highlight, the dark palette not applied.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { cardShadowRoot } from '../../../src/content/highlight/evidence-card';
import { createHighlighter } from '../../../src/content/highlight/highlighter';
import { emulateColorScheme } from '../popup/color-scheme';
import storm from './fixtures/storm-article.html?raw';
import { claim, marksOf, mount, report } from './helpers';

const OUT = '../../../screenshots';

afterAll(async () => {
  await emulateColorScheme('light');
  await page.viewport(414, 896);
});

const R = () =>
  report([
    claim('The storm made landfall late on Tuesday near the harbour town of Port Ellis.', 'unique'),
    claim('Officials said 12 people died in the storm, most of them in flooded homes along the river.', 'conflicting'),
    claim('About 3,000 homes lost power overnight, according to the regional utility.', 'mixed'),
    claim('Crews worked through the night to restore lines, and the utility expects most customers to be reconnected by Friday.', 'unique'),
    claim('The storm reached the coast on Tuesday.', 'corroborated'),
  ]);

describe('screenshots of the highlighted article', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`shows highlights and an open card in ${scheme} mode`, async () => {
      await emulateColorScheme(scheme);
      await page.viewport(900, 640);
      mount(storm);
      const hl = createHighlighter(document);
      const s = await hl.apply(R(), { visible: true, all: true });
      expect(s.orphans).toEqual([]);
      const mark = marksOf(1)[0]!;
      await userEvent.hover(mark);
      const findHost = () => document.querySelector<HTMLElement>('html > corroborate-card');
      await expect.poll(() => findHost() && getComputedStyle(findHost()!).display).toBe('block');
      const host = findHost()!;
      const card = cardShadowRoot(host)!.querySelector<HTMLElement>('.card')!;
      expect(getComputedStyle(card).backgroundColor).toBe(scheme === 'dark' ? 'rgb(31, 35, 40)' : 'rgb(255, 255, 255)');
      const c = host.getBoundingClientRect();
      // The card never covers the statement it explains, on any of its lines.
      const lines = marksOf(1).flatMap((m) => [...m.getClientRects()]);
      expect(lines.filter((r) => r.bottom > c.top && r.top < c.bottom && r.right > c.left && r.left < c.right)).toEqual([]);
      expect(c.right).toBeLessThanOrEqual(window.innerWidth);
      await page.screenshot({ path: `${OUT}/highlight-card-${scheme}.png` });
      await userEvent.unhover(mark);
      hl.clear();
    });
  }
});
