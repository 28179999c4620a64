/**
 * Pictures of every popup state and the full report, in light and dark mode and at the width of
 * 200% zoom, written to screenshots/ (ignored by git) for a person to look at. The assertions check
 * what a picture would show going wrong: the dark palette not applied, text clipped sideways.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { AnalysisView, type AnalysisViewProps } from '../../../src/popup/AnalysisView';
import { viewStateOf, type ViewState } from '../../../src/popup/view-state';
import { fail } from '../../../src/messages/protocol';
import { emulateColorScheme } from './color-scheme';
import { analysisOf, sampleAnalysis, sampleReport, truncatedAnalysis, unrelatedAnalysis } from './fixtures/sample-report';
import { renderView } from './render-view';
import { viewProps } from './view-props';

const OUT = '../../../screenshots';

function undatedAnalysis() {
  const report = sampleReport();
  report.article.published = null;
  return analysisOf(report);
}
const settle = () => new Promise((r) => setTimeout(r, 60));

const STATES: [string, ViewState][] = [
  ['analysing', { state: 'analysing', stage: 'matching' }],
  ['ready', viewStateOf({ ok: true, value: sampleAnalysis() })],
  ['truncated', viewStateOf({ ok: true, value: truncatedAnalysis() })],
  ['undated', viewStateOf({ ok: true, value: undatedAnalysis() })],
  ['unrelated', viewStateOf({ ok: true, value: unrelatedAnalysis() })],
  ['not-article', viewStateOf(fail('not-article', 'Readability found no article on this page.'))],
  ['restricted', viewStateOf(fail('restricted', 'Cannot access a chrome:// URL'))],
  ['error', viewStateOf(fail('internal', 'Could not establish connection. Receiving end does not exist.'))],
];

/**
 * A picture of what the reader sees: the browser caps a toolbar popup at 600px high and scrolls
 * the rest, so the view is framed in a box of the window's size, scrolled to the first expanded
 * statement when there is one.
 */
async function shoot(name: string, props: AnalysisViewProps, width: number, expand: number[] = [], height = 600) {
  await page.viewport(width, height);
  const frame = document.createElement('div');
  frame.style.cssText = `width:${width}px;max-height:${height}px;overflow:auto;position:relative;background:var(--bg)`;
  const host = renderView(<AnalysisView {...props} />, props.layout);
  host.replaceWith(frame);
  frame.append(host);
  for (const i of expand) host.querySelector<HTMLButtonElement>(`[data-claim-index="${i}"] .claim__toggle`)?.click();
  await settle();
  const first = expand[0];
  const target = first === undefined ? null : host.querySelector<HTMLElement>(`[data-claim-index="${first}"]`);
  if (target) frame.scrollTop = target.offsetTop - 8;
  await page.screenshot({ element: frame, path: `${OUT}/${name}.png` });
  frame.replaceWith(host);
  return host;
}

/** Elements whose right edge passes the viewport: text that a reader would have to scroll sideways for. */
function overflowing(host: HTMLElement): string[] {
  const limit = document.documentElement.clientWidth;
  return [...host.querySelectorAll<HTMLElement>('*')]
    .filter((el) => el.getBoundingClientRect().right > limit + 0.5 && !el.closest('.visually-hidden'))
    .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
}

afterAll(async () => {
  await emulateColorScheme('light');
  await page.viewport(414, 896);
});

for (const scheme of ['light', 'dark'] as const) {
  describe(`screenshots in ${scheme} mode`, () => {
    it('applies the palette of the colour scheme', async () => {
      await emulateColorScheme(scheme);
      renderView(<AnalysisView {...viewProps(STATES[1]![1])} />);
      expect(matchMedia('(prefers-color-scheme: dark)').matches).toBe(scheme === 'dark');
      const bg = getComputedStyle(document.body).backgroundColor;
      expect(bg).toBe(scheme === 'dark' ? 'rgb(22, 25, 29)' : 'rgb(255, 255, 255)');
    });

    for (const [name, view] of STATES) {
      it(`renders the ${name} popup`, async () => {
        await emulateColorScheme(scheme);
        const host = await shoot(`popup-${name}-${scheme}`, viewProps(view), 400);
        expect(overflowing(host)).toEqual([]);
      });
    }

    it('renders the popup with statements expanded to their evidence', async () => {
      await emulateColorScheme(scheme);
      const host = await shoot(`popup-ready-expanded-${scheme}`, viewProps(STATES[1]![1]), 400, [1, 3]);
      expect(host.querySelectorAll('.evidence').length).toBe(4);
      expect(overflowing(host)).toEqual([]);
    });

    it('renders a mixed statement with a library report and a newer report', async () => {
      await emulateColorScheme(scheme);
      const host = await shoot(`popup-mixed-expanded-${scheme}`, viewProps(STATES[1]![1]), 400, [3]);
      expect(host.querySelector('[data-claim-index="3"] .evidence__newer')).not.toBeNull();
      expect(overflowing(host)).toEqual([]);
    });

    it('shows where the keyboard focus is', async () => {
      await emulateColorScheme(scheme);
      await page.viewport(400, 600);
      const host = renderView(<AnalysisView {...viewProps(STATES[1]![1])} />);
      // Switch, All, Contradicted, Mixed, Corroborated, Only here, search, order, first statement.
      for (let i = 0; i < 9; i++) await userEvent.tab();
      expect(document.activeElement?.matches('.claim__toggle')).toBe(true);
      await page.screenshot({ element: host.querySelector<HTMLElement>('.claims')!, path: `${OUT}/popup-focus-${scheme}.png` });
      expect(getComputedStyle(document.activeElement!).outlineStyle).toBe('solid');
    });

    it('renders the full report', async () => {
      await emulateColorScheme(scheme);
      const host = await shoot(
        `report-${scheme}`,
        viewProps(STATES[1]![1], { layout: 'report', onPrint: () => {}, onShowOnPage: undefined }),
        1100,
        [],
        1000,
      );
      expect(overflowing(host)).toEqual([]);
    });
  });
}

describe('200% zoom', () => {
  // The browser caps a popup at 800x600 device pixels: at 200% zoom the 400px popup gets 300 CSS
  // pixels of height and scrolls. The full report in a 1100px window lays out in 550 CSS pixels.
  it('keeps the expanded popup readable in a 300px-high window', async () => {
    await emulateColorScheme('light');
    const host = await shoot('popup-ready-zoom200-light', viewProps(STATES[1]![1]), 400, [1, 3], 300);
    expect(overflowing(host)).toEqual([]);
  });

  it('keeps the error state readable', async () => {
    const host = await shoot('popup-error-zoom200-light', viewProps(STATES[6]![1]), 400, [], 300);
    expect(overflowing(host)).toEqual([]);
  });

  it('reflows the full report into half the width', async () => {
    const host = await shoot(
      'report-zoom200-light',
      viewProps(STATES[1]![1], { layout: 'report', onPrint: () => {}, onShowOnPage: undefined }),
      550,
      [],
      450,
    );
    expect(overflowing(host)).toEqual([]);
  });

});
