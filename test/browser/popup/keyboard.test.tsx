import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { App } from '../../../src/popup/App';
import { fakeClient, ok } from './fake-client';
import { sampleAnalysis } from './fixtures/sample-report';
import { renderView } from './render-view';

const stateOf = (host: HTMLElement) => host.querySelector<HTMLElement>('[data-state]')?.dataset.state;

function describeFocus(): string {
  const el = document.activeElement as HTMLElement | null;
  if (!el) return 'none';
  if (el.matches('[role="switch"]')) return 'switch';
  if (el.matches('.chip')) return `chip:${el.dataset.filter ?? 'all'}`;
  if (el.matches('input[type="search"]')) return 'search';
  if (el.matches('select')) return 'order';
  if (el.matches('.claim__toggle')) return `claim:${el.closest<HTMLElement>('[data-claim-index]')!.dataset.claimIndex}`;
  return el.tagName.toLowerCase();
}

async function readyPopup() {
  const client = fakeClient({ outcomes: [ok(sampleAnalysis())] });
  const host = renderView(<App client={client} layout="popup" />);
  await expect.poll(() => stateOf(host)).toBe('ready');
  return { client, host };
}

describe('keyboard operation', () => {
  it('reaches every control in reading order with Tab', async () => {
    await readyPopup();
    const order: string[] = [];
    for (let i = 0; i < 10; i++) {
      await userEvent.tab();
      order.push(describeFocus());
    }
    expect(order).toEqual([
      'switch',
      'chip:all',
      'chip:conflicting',
      'chip:mixed',
      'chip:corroborated',
      'chip:unique',
      'search',
      'order',
      'claim:0',
      'claim:1',
    ]);
  });

  it('shows a visible focus ring on the control that has keyboard focus', async () => {
    await readyPopup();
    await userEvent.tab();
    await userEvent.tab();
    const focused = document.activeElement as HTMLElement;
    expect(focused.matches(':focus-visible')).toBe(true);
    const style = getComputedStyle(focused);
    expect(style.outlineStyle).toBe('solid');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
  });

  it('filters, expands a statement and focuses it on the page with Enter and Space', async () => {
    const { client, host } = await readyPopup();
    const mixed = host.querySelector<HTMLButtonElement>('[data-filter="mixed"]')!;
    mixed.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => host.querySelectorAll('[data-claim-index]').length).toBe(1);
    expect(mixed.getAttribute('aria-pressed')).toBe('true');
    const toggle = host.querySelector<HTMLButtonElement>('[data-claim-index="3"] .claim__toggle')!;
    toggle.focus();
    await userEvent.keyboard(' ');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    expect(client.calls.focusClaim).toEqual([3]);
    // The evidence links and the "Show on page" button follow the statement in tab order.
    await userEvent.tab();
    expect((document.activeElement as HTMLElement).matches('.evidence__link')).toBe(true);
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('Show on page');
    await userEvent.keyboard('{Enter}');
    expect(client.calls.focusClaim).toEqual([3, 3]);
  });

  it('toggles the highlights with Space', async () => {
    const { client, host } = await readyPopup();
    host.querySelector<HTMLInputElement>('[role="switch"]')!.focus();
    await userEvent.keyboard(' ');
    await expect.poll(() => client.calls.setVisible).toEqual([false]);
    expect(client.calls.saved).toEqual([false]);
  });

  it('searches from the keyboard', async () => {
    const { host } = await readyPopup();
    host.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
    await userEvent.keyboard('Kremlin');
    await expect.poll(() => [...host.querySelectorAll<HTMLElement>('[data-claim-index]')].map((r) => r.dataset.claimIndex)).toEqual(['5']);
  });
});
