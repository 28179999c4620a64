/** The popup's "Keep this article" button: its states, keyboard use, and the popup it sits in. */
import axe from 'axe-core';
import { afterAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { App } from '../../../src/popup/App';
import { KeepButton } from '../../../src/popup/KeepButton';
import { fail } from '../../../src/messages/protocol';
import { fakeClient, ok } from '../popup/fake-client';
import { sampleAnalysis, unrelatedAnalysis } from '../popup/fixtures/sample-report';
import { renderView } from '../popup/render-view';
import { emulateColorScheme } from '../popup/color-scheme';
import { fakeLibrary } from './fake-library-client';

const keepOf = (host: HTMLElement) => host.querySelector<HTMLElement>('[data-keep]');
const button = (host: HTMLElement) => host.querySelector<HTMLButtonElement>('.keep__button')!;

afterAll(() => emulateColorScheme('light'));

describe('the Keep button in the popup', () => {
  it('keeps the article of the shown analysis, then says it is kept', async () => {
    const library = fakeLibrary();
    const host = renderView(<App client={fakeClient({ outcomes: [ok(sampleAnalysis())] })} layout="popup" library={library} />);
    await expect.poll(() => keepOf(host)?.dataset.keep).toBe('keep');
    expect(library.calls.keptState).toEqual([7]);
    await userEvent.click(button(host));
    await expect.poll(() => keepOf(host)?.dataset.keep).toBe('kept');
    expect(library.calls.keep).toEqual([7]);
    expect(button(host).textContent).toContain('Kept in your library');
    expect(button(host).getAttribute('aria-disabled')).toBe('true');
    // A second press on a kept article does nothing (Playwright will not click an aria-disabled button; a reader can).
    button(host).click();
    expect(library.calls.keep).toEqual([7]);
  });

  it('shows an article already in the library as kept', async () => {
    const host = renderView(<App client={fakeClient({ outcomes: [ok(sampleAnalysis())] })} layout="popup" library={fakeLibrary({ kept: true })} />);
    await expect.poll(() => keepOf(host)?.dataset.keep).toBe('kept');
  });

  it('can keep an article that no other report covers: it is the first of its story', async () => {
    const library = fakeLibrary();
    const host = renderView(<App client={fakeClient({ outcomes: [ok(unrelatedAnalysis())] })} layout="popup" library={library} />);
    await expect.poll(() => keepOf(host)?.dataset.keep).toBe('keep');
    button(host).focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => library.calls.keep).toEqual([7]);
  });

  for (const [what, outcome, reason] of [
    ['a page that is not an article', fail('not-article', 'No article.'), /Only a news article can be kept/],
    ["the browser's own page", fail('restricted', 'Cannot access'), /keeps this page private/],
    ['a check that failed', fail('internal', 'The background did not answer.'), /did not finish/],
  ] as const) {
    it(`is inactive on ${what}, stays reachable by keyboard, and says why`, async () => {
      const library = fakeLibrary();
      const host = renderView(<App client={fakeClient({ outcomes: [outcome] })} layout="popup" library={library} />);
      await expect.poll(() => keepOf(host)?.dataset.keep).toBe('unavailable');
      const b = button(host);
      expect(b.getAttribute('aria-disabled')).toBe('true');
      expect(b.disabled).toBe(false);
      const note = host.querySelector(`#${b.getAttribute('aria-describedby')}`);
      expect(note?.textContent).toMatch(reason);
      b.focus();
      expect(document.activeElement).toBe(b);
      await userEvent.keyboard('{Enter}');
      b.click();
      expect(library.calls.keep).toEqual([]);
    });
  }

  it('says why keeping failed, and lets the reader try again', async () => {
    const library = fakeLibrary({ keepAnswer: fail('internal', 'The library is full (5,000 articles). Remove some articles first.') });
    const host = renderView(<App client={fakeClient({ outcomes: [ok(sampleAnalysis())] })} layout="popup" library={library} />);
    await expect.poll(() => keepOf(host)?.dataset.keep).toBe('keep');
    await userEvent.click(button(host));
    await expect.poll(() => host.querySelector('[role="alert"]')?.textContent).toMatch(/library is full/);
    await userEvent.click(button(host));
    expect(library.calls.keep).toEqual([7, 7]);
  });

  it('opens the library page', async () => {
    const library = fakeLibrary();
    const host = renderView(<App client={fakeClient({ outcomes: [ok(sampleAnalysis())] })} layout="popup" library={library} />);
    await expect.poll(() => host.querySelector<HTMLButtonElement>('.keep__library')).toBeTruthy();
    await userEvent.click(host.querySelector<HTMLButtonElement>('.keep__library')!);
    expect(library.calls.opened).toBe(1);
  });

  it('is not in the full report, which is opened from the popup', async () => {
    const host = renderView(<App client={fakeClient({ outcomes: [ok(sampleAnalysis())] })} layout="report" library={fakeLibrary()} />, 'report');
    await expect.poll(() => host.querySelector('[data-state="ready"]')).toBeTruthy();
    expect(keepOf(host)).toBeNull();
  });

  it('shows a hostile failure message as text', async () => {
    const hostile = '<img src=x onerror="window.__keepPwned = 1">';
    const host = renderView(<KeepButton state={{ kind: 'failed', message: hostile }} onKeep={() => {}} />);
    expect(host.querySelector('img')).toBeNull();
    expect(host.textContent).toContain(hostile);
    expect((window as { __keepPwned?: number }).__keepPwned).toBeUndefined();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious axe violation in ${scheme} mode, in every state`, async () => {
      await emulateColorScheme(scheme);
      for (const state of [{ kind: 'keep' }, { kind: 'kept' }, { kind: 'unavailable', reason: 'Only a news article can be kept.' }, { kind: 'failed', message: 'Full.' }] as const) {
        const host = renderView(<KeepButton state={state} onKeep={() => {}} onOpenLibrary={() => {}} />);
        const result = await axe.run(host, { resultTypes: ['violations'] });
        expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
      }
    });
  }
});
