import { describe, expect, it } from 'vitest';
import { AnalysisView } from '../../../src/popup/AnalysisView';
import { viewStateOf } from '../../../src/popup/view-state';
import { fail } from '../../../src/messages/protocol';
import { sampleAnalysis, truncatedAnalysis, unrelatedAnalysis, analysisOf, sampleReport } from './fixtures/sample-report';
import { renderView, rootOf } from './render-view';
import { viewProps } from './view-props';

describe('popup states', () => {
  it('shows the analysing state with the stage the background reported', () => {
    const host = renderView(<AnalysisView {...viewProps({ state: 'analysing', stage: 'matching' })} />);
    expect(rootOf(host).dataset.state).toBe('analysing');
    const steps = [...host.querySelectorAll('.step')];
    expect(steps.map((s) => s.className)).toEqual(['step step--done', 'step step--done', 'step step--current', 'step step--todo']);
    expect(host.querySelector('[aria-current="step"]')?.textContent).toContain('Comparing with other reports');
  });

  it('shows the first step as current before any progress arrives', () => {
    const host = renderView(<AnalysisView {...viewProps({ state: 'analysing', stage: null })} />);
    expect(host.querySelector('[aria-current="step"]')?.textContent).toContain('Opening the page');
  });

  it('shows the ready state with the article, its sources and counts by status', () => {
    const host = renderView(<AnalysisView {...viewProps(viewStateOf({ ok: true, value: sampleAnalysis() }))} />);
    expect(rootOf(host).dataset.state).toBe('ready');
    expect(host.querySelector('.article__outlet')?.textContent).toContain('The Northern Ledger');
    expect(host.querySelector('h1')?.textContent).toBe('North Korean troops enter combat in Kursk, US says');
    expect(host.querySelector('.article__compared')?.textContent).toBe('Compared with 5 other reports on this story');
    const sources = [...host.querySelectorAll('.source')].map((s) => s.textContent);
    expect(sources[0]).toBe('Korea JoongAng Daily 13 Nov 2024');
    expect(sources).toContain('Harbor Evening Post 5 Nov 2024from your library');
    const chip = (s: string) => host.querySelector(`[data-filter="${s}"] .chip__count`)?.textContent;
    expect([chip('conflicting'), chip('mixed'), chip('corroborated'), chip('unique')]).toEqual(['4', '1', '3', '3']);
    expect(host.querySelectorAll('[data-claim-index]').length).toBe(11);
    expect(host.querySelector('.foot button')?.textContent).toBe('Open full report');
  });

  it('says when the page gives no date, since temporal verdicts need one', () => {
    const report = sampleReport();
    report.article.published = null;
    const host = renderView(<AnalysisView {...viewProps(viewStateOf({ ok: true, value: analysisOf(report) }))} />);
    expect(host.querySelector('.article__date')).toBeNull();
    expect(host.querySelector('.article__undated')?.textContent).toContain('This page gives no date');
    const dated = renderView(<AnalysisView {...viewProps(viewStateOf({ ok: true, value: sampleAnalysis() }))} />);
    expect(dated.querySelector('.article__undated')).toBeNull();
  });

  it('names the line of the page a date was read from', () => {
    const report = sampleReport();
    report.article.dateline = 'Published: 13 Nov. 2024, 09:12';
    const host = renderView(<AnalysisView {...viewProps(viewStateOf({ ok: true, value: analysisOf(report, { article: { ...analysisOf(report).article, published: null } }) }))} />);
    const date = host.querySelector('.article__date');
    expect(date?.textContent).toContain('13 Nov 2024');
    expect(date?.getAttribute('title')).toBe('Read from the page: “Published: 13 Nov. 2024, 09:12”');
    // The full report says it in words, not only on hover.
    const full = renderView(<AnalysisView {...viewProps(viewStateOf({ ok: true, value: analysisOf(report) }), { layout: 'report', onPrint: () => {}, onShowOnPage: undefined })} />);
    expect(full.textContent).toContain('Date read from the page: “Published: 13 Nov. 2024, 09:12”');
  });

  it('says plainly when the page is not an article and offers to try again', () => {
    const host = renderView(<AnalysisView {...viewProps(viewStateOf(fail('not-article', 'Readability found no article.')))} />);
    expect(rootOf(host).dataset.state).toBe('not-article');
    expect(host.querySelector('h2')?.textContent).toBe('This page is not a news article');
    expect(host.textContent).toContain('Readability found no article.');
    expect(host.querySelector('button')?.textContent).toBe('Try again');
    expect(host.querySelector('[role="switch"]')).toBeNull();
  });

  it('explains a browser page the extension may not read, without a retry that cannot work', () => {
    const host = renderView(<AnalysisView {...viewProps(viewStateOf(fail('restricted', 'Cannot access a chrome:// URL')))} />);
    expect(rootOf(host).dataset.state).toBe('restricted');
    expect(host.querySelector('h2')?.textContent).toBe('The browser keeps this page private');
    expect(host.querySelector('button')).toBeNull();
  });

  it('shows an error with its message and a Retry button', () => {
    let retried = 0;
    const host = renderView(
      <AnalysisView {...viewProps(viewStateOf(fail('internal', 'The background did not answer.')), { onRetry: () => retried++ })} />,
    );
    expect(rootOf(host).dataset.state).toBe('error');
    expect(host.textContent).toContain('The background did not answer.');
    const retry = host.querySelector('button');
    expect(retry?.textContent).toBe('Retry');
    retry?.click();
    expect(retried).toBe(1);
  });

  it('treats a lost tab as an error', () => {
    expect(viewStateOf(fail('no-tab', 'No tab.')).state).toBe('error');
  });

  it('shows the unrelated state with the notice when no other report covers the story', () => {
    const host = renderView(<AnalysisView {...viewProps(viewStateOf({ ok: true, value: unrelatedAnalysis() }))} />);
    expect(rootOf(host).dataset.state).toBe('unrelated');
    expect(host.querySelector('h1')?.textContent).toBe('Town council approves new cycle lanes on Harbour Road');
    expect(host.querySelector('h2')?.textContent).toBe('No other reports on this story');
    expect(host.textContent).toContain('None of the 5 reports Corroborate knows is about the same story');
    expect(host.querySelector('.article__compared')).toBeNull();
  });

  it('treats a report whose only match is the article itself as unrelated', () => {
    const report = sampleReport();
    report.notice = { kind: 'self-only', message: 'The only matching report is this article itself.' };
    const host = renderView(<AnalysisView {...viewProps(viewStateOf({ ok: true, value: analysisOf(report) }))} />);
    expect(rootOf(host).dataset.state).toBe('unrelated');
    expect(host.textContent).toContain('The only matching report is this article itself.');
  });

  it('shows a truncated report with its message above the statements', () => {
    const host = renderView(<AnalysisView {...viewProps(viewStateOf({ ok: true, value: truncatedAnalysis() }))} />);
    expect(rootOf(host).dataset.state).toBe('ready');
    expect(host.querySelector('.notice')?.textContent).toBe('This page is very long: Corroborate analysed the first 2,000 statements.');
    expect(host.querySelectorAll('[data-claim-index]').length).toBe(11);
  });

  it('says so when the article has no statement to check', () => {
    const report = sampleReport();
    report.claims = [];
    report.notice = { kind: 'no-statements', message: 'No statement in this article could be checked.' };
    const host = renderView(<AnalysisView {...viewProps(viewStateOf({ ok: true, value: analysisOf(report) }))} />);
    expect(rootOf(host).dataset.state).toBe('ready');
    expect(host.querySelector('.empty')?.textContent).toBe('No statement in this article could be checked.');
  });

  it('lays the full report out without the popup-only controls and with everything expanded', () => {
    const host = renderView(
      <AnalysisView {...viewProps(viewStateOf({ ok: true, value: sampleAnalysis() }), { layout: 'report', onPrint: () => {}, onShowOnPage: undefined })} />,
      'report',
    );
    expect(rootOf(host).classList.contains('app--report')).toBe(true);
    expect(host.querySelector('.foot')).toBeNull();
    expect([...host.querySelectorAll('button')].some((b) => b.textContent === 'Print')).toBe(true);
    const toggles = [...host.querySelectorAll('.claim__toggle')];
    expect(toggles.length).toBe(11);
    expect(toggles.every((t) => t.getAttribute('aria-expanded') === 'true')).toBe(true);
    expect(host.querySelector('.article__url a')?.getAttribute('href')).toBe('https://northern-ledger.example/world/2024/11/13/north-korean-troops-kursk');
    expect(host.textContent).toContain('Kyiv says North Korean units are in Kursk in support roles');
    expect(host.textContent).not.toContain('Show on page');
  });
});
