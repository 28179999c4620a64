/** The library page: stories, remove, export, import (and its refusals), hostile entries, accessibility. */
import axe from 'axe-core';
import { afterAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { LibraryPage } from '../../../src/popup/LibraryPage';
import { fail } from '../../../src/messages/protocol';
import { renderView } from '../popup/render-view';
import { emulateColorScheme } from '../popup/color-scheme';
import { entry, fakeLibrary } from './fake-library-client';

afterAll(() => emulateColorScheme('light'));

const loaded = (host: HTMLElement) => expect.poll(() => host.querySelector('.library')?.getAttribute('aria-busy')).toBe('false');
const note = (host: HTMLElement) => host.querySelector('.library__head [role="status"]')?.textContent ?? '';

function choose(host: HTMLElement, file: File) {
  const input = host.querySelector<HTMLInputElement>('input[type="file"]')!;
  const dt = new DataTransfer();
  dt.items.add(file);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const twoStories = () => [
  [entry(1, { title: 'Freight train derails near Eastmoor' }), entry(2, { title: 'Hundreds evacuated in Eastmoor' })],
  [entry(3, { title: 'Council approves budget', url: null })],
];

describe('the library page', () => {
  it('lists kept articles grouped by story, with outlet, date and a link', async () => {
    const host = renderView(<LibraryPage client={fakeLibrary({ stories: twoStories() })} />, 'report');
    await loaded(host);
    expect(host.querySelector('.library__count')?.textContent).toBe('3 articles in 2 stories');
    const stories = [...host.querySelectorAll('.story')].map((s) => [...s.querySelectorAll('.kept__title')].map((t) => t.textContent));
    expect(stories).toEqual([['Freight train derails near Eastmoor', 'Hundreds evacuated in Eastmoor'], ['Council approves budget']]);
    expect(host.querySelector('.story__title')?.textContent).toBe('Hundreds evacuated in Eastmoor · 2 articles');
    expect(host.querySelector('.kept__meta')?.textContent).toBe('Outlet 1 · 11 Mar 2025');
    expect(host.querySelector('.kept a')?.getAttribute('href')).toBe('https://news.example/1');
  });

  it('says how to fill an empty library', async () => {
    const host = renderView(<LibraryPage client={fakeLibrary()} />, 'report');
    await loaded(host);
    expect(host.querySelector('.library__empty')?.textContent).toMatch(/Keep this article/);
    expect(host.querySelector<HTMLButtonElement>('.library__actions .button')!.disabled).toBe(true);
  });

  it('says so when the library cannot be read', async () => {
    const host = renderView(<LibraryPage client={fakeLibrary({ listAnswer: fail('internal', 'QuotaExceededError') })} />, 'report');
    await expect.poll(() => host.querySelector('[role="alert"]')?.textContent).toMatch(/could not be read: QuotaExceededError/);
  });

  it('removes an article from the keyboard and shows the library without it', async () => {
    const library = fakeLibrary({ stories: twoStories() });
    const host = renderView(<LibraryPage client={library} />, 'report');
    await loaded(host);
    const remove = host.querySelector<HTMLButtonElement>('[data-library-id="lib-2"] .kept__remove')!;
    expect(remove.textContent).toBe('Remove Hundreds evacuated in Eastmoor from your library');
    remove.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => host.querySelector('[data-library-id="lib-2"]')).toBeNull();
    expect(library.calls.remove).toEqual(['lib-2']);
    expect(note(host)).toBe('Removed “Hundreds evacuated in Eastmoor”.');
    expect(host.querySelector('.library__count')?.textContent).toBe('2 articles in 2 stories');
  });

  it('exports the library as a file download', async () => {
    const saved: [string, string][] = [];
    const host = renderView(<LibraryPage client={fakeLibrary({ stories: twoStories() })} save={(name, content) => saved.push([name, content])} />, 'report');
    await loaded(host);
    await userEvent.click(host.querySelector<HTMLButtonElement>('.library__actions .button')!);
    await expect.poll(() => saved).toEqual([['corroborate-library-2025-03-12.json', '{"format":"corroborate-library"}']]);
    expect(note(host)).toBe('Exported 3 articles to corroborate-library-2025-03-12.json.');
  });

  it('imports a chosen file and says how many articles were new', async () => {
    const library = fakeLibrary({ stories: twoStories(), importAnswer: { ok: true, value: { added: 2, skipped: 1 } } });
    const host = renderView(<LibraryPage client={library} />, 'report');
    await loaded(host);
    choose(host, new File(['{"format":"corroborate-library"}'], 'lib.json', { type: 'application/json' }));
    await expect.poll(() => note(host)).toBe('Imported 2 articles; 1 was already in your library.');
    expect(library.calls.imports).toEqual(['{"format":"corroborate-library"}']);
  });

  it('shows the reason when a file is refused, as an error', async () => {
    const library = fakeLibrary({ importAnswer: fail('internal', 'Article 2: field "title" should be string but is 42.') });
    const host = renderView(<LibraryPage client={library} />, 'report');
    await loaded(host);
    choose(host, new File(['{}'], 'bad.json'));
    await expect.poll(() => note(host)).toBe('Nothing was imported. Article 2: field "title" should be string but is 42.');
    expect(host.querySelector('.library__note--error')).not.toBeNull();
  });

  it('refuses a file over 50 MB without reading it or sending it', async () => {
    const library = fakeLibrary();
    const host = renderView(<LibraryPage client={library} />, 'report');
    await loaded(host);
    const big = new File(['{}'], 'huge.json');
    Object.defineProperty(big, 'size', { value: 50_000_001 });
    choose(host, big);
    await expect.poll(() => note(host)).toMatch(/Nothing was imported: the file is larger than 50 MB/);
    expect(library.calls.imports).toEqual([]);
  });

  it('shows hostile entries as text and never links a javascript: address', async () => {
    const hostile = '<img src=x onerror="window.__libraryPwned = 1">';
    const stories = [[entry(1, { outlet: `Evil ${hostile}`, title: `Title ${hostile}`, url: 'javascript:window.__libraryPwned=2' })]];
    const host = renderView(<LibraryPage client={fakeLibrary({ stories })} />, 'report');
    await loaded(host);
    expect(host.querySelector('img')).toBeNull();
    expect(host.querySelector('.kept a')).toBeNull();
    expect(host.querySelector('.kept__outlet')?.textContent).toBe(`Evil ${hostile}`);
    expect(host.querySelector('.story__title')?.textContent).toContain(`Title ${hostile}`);
    expect((window as { __libraryPwned?: number }).__libraryPwned).toBeUndefined();
  });

  it('can be used with the keyboard alone: import, export and every remove are reachable by Tab', async () => {
    const host = renderView(<LibraryPage client={fakeLibrary({ stories: twoStories() })} />, 'report');
    await loaded(host);
    const reached: string[] = [];
    (document.activeElement as HTMLElement | null)?.blur();
    for (let i = 0; i < 12; i++) {
      await userEvent.tab();
      const el = document.activeElement as HTMLElement;
      if (!host.contains(el)) break;
      reached.push(el.tagName === 'INPUT' ? 'import' : el.textContent ?? '');
    }
    expect(reached).toContain('Export library');
    expect(reached).toContain('import');
    expect(reached.filter((r) => r.startsWith('Remove'))).toHaveLength(3);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious axe violation in ${scheme} mode`, async () => {
      await emulateColorScheme(scheme);
      const library = fakeLibrary({ stories: twoStories(), importAnswer: fail('internal', 'The file is cut short.') });
      const host = renderView(<LibraryPage client={library} />, 'report');
      await loaded(host);
      choose(host, new File(['{'], 'bad.json'));
      await expect.poll(() => note(host)).toMatch(/cut short/);
      const result = await axe.run(host, { resultTypes: ['violations'] });
      expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    });
  }
});
