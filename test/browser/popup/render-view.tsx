/**
 * Renders the popup's components into the test page with the real stylesheet, the way popup.html
 * and report.html do, and removes them after each test.
 */
import { render, type ComponentChild } from 'preact';
import { afterEach } from 'vitest';
import '../../../src/popup/popup.css';

let mounted: HTMLElement[] = [];

afterEach(() => {
  for (const el of mounted) {
    render(null, el);
    el.remove();
  }
  mounted = [];
  document.body.className = '';
});

/** Mounts a tree as the popup (400px wide) or the full-report page lays it out. */
export function renderView(tree: ComponentChild, layout: 'popup' | 'report' = 'popup'): HTMLElement {
  document.body.className = `page page--${layout}`;
  const host = document.createElement('div');
  host.id = 'app';
  document.body.append(host);
  mounted.push(host);
  render(tree, host);
  return host;
}

/** The popup's root element, whose data-state says which state is shown. */
export function rootOf(host: HTMLElement): HTMLElement {
  const root = host.querySelector<HTMLElement>('[data-state]');
  if (!root) throw new Error('no element with data-state was rendered');
  return root;
}

/** Waits until Preact has flushed pending renders and effects. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
