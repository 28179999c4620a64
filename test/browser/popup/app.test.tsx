import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { App } from '../../../src/popup/App';
import { fail } from '../../../src/messages/protocol';
import { fakeClient, ok } from './fake-client';
import { sampleAnalysis } from './fixtures/sample-report';
import { renderView, rootOf } from './render-view';

const stateOf = (host: HTMLElement) => host.querySelector<HTMLElement>('[data-state]')?.dataset.state;

describe('the popup container', () => {
  it('shows progress from the background, then the report', async () => {
    const client = fakeClient({ outcomes: ['pending'] });
    const host = renderView(<App client={client} layout="popup" />);
    await expect.poll(() => client.calls.analyze).toEqual([{ tabId: 7, force: false }]);
    expect(stateOf(host)).toBe('analysing');
    client.progress('extracting');
    await expect.poll(() => host.querySelector('[aria-current="step"]')?.textContent).toContain('Reading the article');
    client.progress('matching');
    await expect.poll(() => host.querySelector('[aria-current="step"]')?.textContent).toContain('Comparing with other reports');
    client.answer(ok(sampleAnalysis()));
    await expect.poll(() => stateOf(host)).toBe('ready');
    // A late progress report must not knock a finished report back to the progress screen.
    client.progress('highlighting');
    await new Promise((r) => setTimeout(r, 20));
    expect(stateOf(host)).toBe('ready');
  });

  it('retries with force after an error', async () => {
    const client = fakeClient({ outcomes: [fail('internal', 'The page did not answer.'), ok(sampleAnalysis())] });
    const host = renderView(<App client={client} layout="popup" />);
    await expect.poll(() => stateOf(host)).toBe('error');
    await userEvent.click(host.querySelector<HTMLButtonElement>('.state button')!);
    await expect.poll(() => stateOf(host)).toBe('ready');
    expect(client.calls.analyze).toEqual([
      { tabId: 7, force: false },
      { tabId: 7, force: true },
    ]);
  });

  it('asks the page to focus a statement when the reader opens it', async () => {
    const client = fakeClient({ outcomes: [ok(sampleAnalysis())] });
    const host = renderView(<App client={client} layout="popup" />);
    await expect.poll(() => stateOf(host)).toBe('ready');
    await userEvent.click(host.querySelector<HTMLElement>('[data-claim-index="5"] .claim__toggle')!);
    await expect.poll(() => client.calls.focusClaim).toEqual([5]);
  });

  it('follows the page: a statement found after the page grew loses its "not found" tag, one removed gains it', async () => {
    const client = fakeClient({ outcomes: [ok(sampleAnalysis())] });
    const host = renderView(<App client={client} layout="popup" />);
    await expect.poll(() => stateOf(host)).toBe('ready');
    const tagged = () => [...host.querySelectorAll('.tag--orphan')].map((t) => t.closest<HTMLElement>('[data-claim-index]')!.dataset.claimIndex);
    expect(tagged()).toEqual(['7']);
    const count = sampleAnalysis().report.claims.length;
    const all = Array.from({ length: count }, (_, i) => i);
    client.anchorsChanged({ anchored: all.filter((i) => i !== 2), orphans: [2] });
    await expect.poll(tagged).toEqual(['2']);
    // Statement 7 can now be shown on the page.
    await userEvent.click(host.querySelector<HTMLElement>('[data-claim-index="7"] .claim__toggle')!);
    await expect.poll(() => client.calls.focusClaim).toEqual([7]);
  });

  it('does not scroll the article from the full report page', async () => {
    const client = fakeClient({ outcomes: [ok(sampleAnalysis())] });
    const host = renderView(<App client={client} layout="report" />, 'report');
    await expect.poll(() => stateOf(host)).toBe('ready');
    await userEvent.click(host.querySelector<HTMLElement>('[data-claim-index="5"] .claim__toggle')!);
    await userEvent.click(host.querySelector<HTMLElement>('[data-claim-index="5"] .claim__toggle')!);
    expect(client.calls.focusClaim).toEqual([]);
  });

  it('starts the highlights toggle from the remembered setting, and remembers and applies a change', async () => {
    const client = fakeClient({ outcomes: [ok(sampleAnalysis())], highlightsVisible: false });
    const host = renderView(<App client={client} layout="popup" />);
    await expect.poll(() => stateOf(host)).toBe('ready');
    const toggle = host.querySelector<HTMLInputElement>('[role="switch"]')!;
    expect(toggle.checked).toBe(false);
    await userEvent.click(toggle);
    await expect.poll(() => client.calls.saved).toEqual([true]);
    expect(client.calls.setVisible).toEqual([true]);
    expect(toggle.checked).toBe(true);
  });

  it('opens the full report for the same tab', async () => {
    const client = fakeClient({ outcomes: [ok(sampleAnalysis())], tabId: 42 });
    const host = renderView(<App client={client} layout="popup" />);
    await expect.poll(() => stateOf(host)).toBe('ready');
    await userEvent.click(host.querySelector<HTMLButtonElement>('.foot button')!);
    expect(client.calls.opened).toEqual([42]);
  });

  it('shows an error when there is no tab to analyse, and looks again on retry', async () => {
    const client = fakeClient({ outcomes: [ok(sampleAnalysis())] });
    let attempts = 0;
    client.resolveTabId = async () => (++attempts === 1 ? { ok: false, error: 'There is no active tab to analyse.' } : { ok: true, value: 3 });
    const host = renderView(<App client={client} layout="popup" />);
    await expect.poll(() => stateOf(host)).toBe('error');
    expect(rootOf(host).textContent).toContain('There is no active tab to analyse.');
    await userEvent.click(host.querySelector<HTMLButtonElement>('.state button')!);
    await expect.poll(() => stateOf(host)).toBe('ready');
    expect(client.calls.analyze).toEqual([{ tabId: 3, force: true }]);
  });
});
