import { afterEach, describe, expect, it } from 'vitest';
import { AnalysisView } from '../../../src/popup/AnalysisView';
import { viewStateOf } from '../../../src/popup/view-state';
import { fail } from '../../../src/messages/protocol';
import { safeHttpUrl } from '../../../src/popup/safe-url';
import type { Report } from '../../../src/core/types';
import { analysisOf } from './fixtures/sample-report';
import { renderView } from './render-view';
import { viewProps } from './view-props';

declare global {
  interface Window {
    __pwned?: string[];
  }
}

const IMG = '<img src=x onerror="(window.__pwned ||= []).push(\'img\')">';
const SCRIPT = '<script>(window.__pwned ||= []).push("script")</script>';
const SVG = '<svg onload="(window.__pwned ||= []).push(\'svg\')"></svg>';
const JS_URL = 'javascript:(window.__pwned ||= []).push("link")';

function hostileReport(): Report {
  const claim = `Officials said ${IMG} and ${SCRIPT} were found.`;
  return {
    article: { title: `Breaking ${SCRIPT}`, url: JS_URL, published: '2024-11-13', sentences: 3 },
    sources: [
      { id: 'evil', outlet: `Evil ${IMG} Times`, title: `Title ${SVG}`, published: '<b>2024</b>', url: JS_URL, relatedness: 0.9, origin: 'library' },
      { id: 'data', outlet: 'Data Daily', title: 'x', published: null, url: 'data:text/html,<script>alert(1)</script>', relatedness: 0.5 },
    ],
    claims: [
      {
        text: claim,
        start: 0,
        end: claim.length,
        status: 'mixed',
        evidence: [
          { source: 'evil', quote: `They said ${SVG} ${IMG}`, verdict: 'conflicts', kind: 'number', reason: `Because ${SCRIPT}`, claimSpan: IMG, quoteSpan: SVG },
          { source: 'data', quote: `Quote ${IMG}`, verdict: 'corroborates', kind: 'same-fact', reason: 'ok', claimSpan: '<script>' },
          { source: `missing ${IMG}`, quote: 'q', verdict: 'corroborates', kind: 'other', reason: 'r' },
        ],
      },
    ],
    notice: { kind: 'truncated', message: `Cut ${IMG}` },
  };
}

function hostileAnalysis() {
  const analysis = analysisOf(hostileReport());
  analysis.article.siteName = `Site ${IMG}`;
  analysis.article.byline = `By ${SCRIPT}`;
  return analysis;
}

/** Elements a hostile string would have created, were it parsed as markup. */
function injected(host: HTMLElement): Element[] {
  return [...host.querySelectorAll('img, script, iframe, object, embed, [onerror], [onload], b')].concat(
    [...host.querySelectorAll('svg')].filter((svg) => !svg.hasAttribute('aria-hidden')),
  );
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

afterEach(() => {
  delete window.__pwned;
});

describe('hostile text in a report', () => {
  it('is shown as text in the popup, creating no element and running no script', async () => {
    const host = renderView(<AnalysisView {...viewProps(viewStateOf({ ok: true, value: hostileAnalysis() }))} />);
    host.querySelector<HTMLButtonElement>('.claim__toggle')!.click();
    await wait(50);
    expect(host.querySelectorAll('.evidence').length).toBe(3);
    expect(injected(host)).toEqual([]);
    expect(host.textContent).toContain(IMG);
    expect(host.textContent).toContain(SCRIPT);
    expect(host.textContent).toContain(`Evil ${IMG} Times`);
    // The emphasised span is hostile too: still one <mark> holding text.
    expect(host.querySelector('.claim__text mark')?.textContent).toBe(IMG);
    expect(window.__pwned).toBeUndefined();
  });

  it('is shown as text in the full report, where titles and addresses are listed', async () => {
    const host = renderView(
      <AnalysisView {...viewProps(viewStateOf({ ok: true, value: hostileAnalysis() }), { layout: 'report', onShowOnPage: undefined })} />,
      'report',
    );
    await wait(50);
    expect(injected(host)).toEqual([]);
    expect(host.textContent).toContain(`Title ${SVG}`);
    expect(host.textContent).toContain(`By ${SCRIPT}`);
    expect(window.__pwned).toBeUndefined();
  });

  it('never turns a javascript: or data: address into a link', () => {
    const host = renderView(
      <AnalysisView {...viewProps(viewStateOf({ ok: true, value: hostileAnalysis() }), { layout: 'report', onShowOnPage: undefined })} />,
      'report',
    );
    const hrefs = [...host.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([]);
    expect(safeHttpUrl(JS_URL)).toBeNull();
    expect(safeHttpUrl(' JavaScript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,x')).toBeNull();
    expect(safeHttpUrl('https://example.com/a')).toBe('https://example.com/a');
  });

  it('shows a hostile failure message as text', async () => {
    const host = renderView(<AnalysisView {...viewProps(viewStateOf(fail('internal', `Failed ${IMG}`)))} />);
    await wait(50);
    expect(injected(host)).toEqual([]);
    expect(host.textContent).toContain(`Failed ${IMG}`);
    expect(window.__pwned).toBeUndefined();
  });

  it('can tell when markup was parsed, so the checks above can fail', async () => {
    const probe = document.createElement('div');
    document.body.append(probe);
    probe.innerHTML = IMG;
    await wait(100);
    expect(injected(probe).length).toBe(1);
    expect(window.__pwned).toEqual(['img']);
    probe.remove();
  });
});
