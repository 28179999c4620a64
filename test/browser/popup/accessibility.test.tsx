import axe from 'axe-core';
import { afterAll, describe, expect, it } from 'vitest';
import { AnalysisView } from '../../../src/popup/AnalysisView';
import { viewStateOf, type ViewState } from '../../../src/popup/view-state';
import { fail } from '../../../src/messages/protocol';
import { emulateColorScheme } from './color-scheme';
import { sampleAnalysis, truncatedAnalysis, unrelatedAnalysis } from './fixtures/sample-report';
import { renderView } from './render-view';
import { viewProps } from './view-props';

const STATES: [string, ViewState][] = [
  ['analysing', { state: 'analysing', stage: 'matching' }],
  ['ready', viewStateOf({ ok: true, value: sampleAnalysis() })],
  ['truncated', viewStateOf({ ok: true, value: truncatedAnalysis() })],
  ['unrelated', viewStateOf({ ok: true, value: unrelatedAnalysis() })],
  ['not-article', viewStateOf(fail('not-article', 'No article text was found.'))],
  ['restricted', viewStateOf(fail('restricted', 'Cannot access a chrome:// URL'))],
  ['error', viewStateOf(fail('internal', 'The background did not answer.'))],
];

async function seriousViolations(host: HTMLElement): Promise<string[]> {
  const result = await axe.run(host, { resultTypes: ['violations'] });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const expandAll = (host: HTMLElement) => host.querySelectorAll<HTMLButtonElement>('.claim__toggle[aria-expanded="false"]').forEach((b) => b.click());
const settle = () => new Promise((r) => setTimeout(r, 30));

afterAll(() => emulateColorScheme('light'));

for (const scheme of ['light', 'dark'] as const) {
  describe(`accessibility in ${scheme} mode`, () => {
    for (const [name, view] of STATES) {
      it(`finds no serious or critical axe violation in the ${name} popup`, async () => {
        await emulateColorScheme(scheme);
        const host = renderView(<AnalysisView {...viewProps(view)} />);
        expandAll(host);
        await settle();
        expect(await seriousViolations(host)).toEqual([]);
      });
    }

    it('finds no serious or critical axe violation in the full report', async () => {
      await emulateColorScheme(scheme);
      const host = renderView(
        <AnalysisView {...viewProps(viewStateOf({ ok: true, value: sampleAnalysis() }), { layout: 'report', onPrint: () => {}, onShowOnPage: undefined })} />,
        'report',
      );
      await settle();
      expect(host.querySelectorAll('.evidence').length).toBeGreaterThan(10);
      expect(await seriousViolations(host)).toEqual([]);
    });
  });
}

describe('the axe scan itself', () => {
  it('reports a serious violation when one is there, so a clean scan means something', async () => {
    const host = renderView(<button type="button" style="color:#777;background:#888" />);
    expect((await seriousViolations(host)).join('\n')).toMatch(/button-name/);
  });
});
