import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ReportBody } from '../../../src/popup/ReportBody';
import { sampleAnalysis } from './fixtures/sample-report';
import { renderView, settle } from './render-view';

const statuses = (host: HTMLElement) => [...host.querySelectorAll<HTMLElement>('[data-claim-index]')].map((li) => li.dataset.status);
const indices = (host: HTMLElement) => [...host.querySelectorAll<HTMLElement>('[data-claim-index]')].map((li) => Number(li.dataset.claimIndex));
const row = (host: HTMLElement, index: number) => host.querySelector<HTMLElement>(`[data-claim-index="${index}"]`)!;

describe('the statement list', () => {
  it('lists conflicts first, then mixed, corroborated and unique, in article order within each', () => {
    const host = renderView(<ReportBody analysis={sampleAnalysis()} expandAll={false} />);
    expect(statuses(host)).toEqual(['conflicting', 'conflicting', 'conflicting', 'conflicting', 'mixed', 'corroborated', 'corroborated', 'corroborated', 'unique', 'unique', 'unique']);
    expect(indices(host)).toEqual([0, 1, 4, 5, 3, 2, 6, 7, 8, 9, 10]);
  });

  it('can list the statements in article order instead', async () => {
    const host = renderView(<ReportBody analysis={sampleAnalysis()} expandAll={false} />);
    await userEvent.selectOptions(host.querySelector('select')!, 'article');
    await settle();
    expect(indices(host)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('filters by status with toggle buttons that report their pressed state', async () => {
    const host = renderView(<ReportBody analysis={sampleAnalysis()} expandAll={false} />);
    const mixed = host.querySelector<HTMLButtonElement>('[data-filter="mixed"]')!;
    const unique = host.querySelector<HTMLButtonElement>('[data-filter="unique"]')!;
    const all = host.querySelector<HTMLButtonElement>('.chip--all')!;
    expect(all.getAttribute('aria-pressed')).toBe('true');
    await userEvent.click(mixed);
    await settle();
    expect(mixed.getAttribute('aria-pressed')).toBe('true');
    expect(all.getAttribute('aria-pressed')).toBe('false');
    expect(statuses(host)).toEqual(['mixed']);
    await userEvent.click(unique);
    await settle();
    expect(statuses(host)).toEqual(['mixed', 'unique', 'unique', 'unique']);
    expect(host.querySelector('.claims__count')?.textContent).toBe('Showing 4 of 11 statements');
    await userEvent.click(mixed);
    await settle();
    expect(mixed.getAttribute('aria-pressed')).toBe('false');
    expect(statuses(host)).toEqual(['unique', 'unique', 'unique']);
    await userEvent.click(all);
    await settle();
    expect(statuses(host).length).toBe(11);
  });

  it('searches the statements, the quotes of other reports and their outlets, ignoring case', async () => {
    const host = renderView(<ReportBody analysis={sampleAnalysis()} expandAll={false} />);
    const search = host.querySelector<HTMLInputElement>('input[type="search"]')!;
    await userEvent.fill(search, 'LLOYD AUSTIN');
    await settle();
    expect(indices(host)).toEqual([4]);
    await userEvent.fill(search, 'trench clearing operations');
    await settle();
    expect(indices(host)).toEqual([7]);
    await userEvent.fill(search, 'harbor evening post');
    await settle();
    expect(indices(host)).toEqual([3]);
  });

  it('combines search with the status filter and offers a way back when nothing matches', async () => {
    const host = renderView(<ReportBody analysis={sampleAnalysis()} expandAll={false} />);
    await userEvent.click(host.querySelector<HTMLButtonElement>('[data-filter="unique"]')!);
    await userEvent.fill(host.querySelector<HTMLInputElement>('input[type="search"]')!, 'Austin');
    await settle();
    expect(indices(host)).toEqual([]);
    expect(host.querySelector('.empty')?.textContent).toContain('No statement matches.');
    await userEvent.click(host.querySelector<HTMLButtonElement>('.empty button')!);
    await settle();
    expect(indices(host).length).toBe(11);
    expect(host.querySelector<HTMLInputElement>('input[type="search"]')!.value).toBe('');
  });

  it('expands a statement to its evidence and collapses it again', async () => {
    const host = renderView(<ReportBody analysis={sampleAnalysis()} expandAll={false} />);
    const toggle = row(host, 1).querySelector<HTMLButtonElement>('.claim__toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(row(host, 1).querySelector('.evidence')).toBeNull();
    await userEvent.click(toggle);
    await settle();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(panel.hidden).toBe(false);
    expect(panel.querySelectorAll('.evidence').length).toBe(2);
    await userEvent.click(toggle);
    await settle();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
  });

  it('shows each report’s outlet, date, verdict, kind, reason and its words with the difference marked', () => {
    const host = renderView(<ReportBody analysis={sampleAnalysis()} expandAll={true} />);
    const evidence = row(host, 1).querySelector<HTMLElement>('.evidence')!;
    expect(evidence.querySelector('.evidence__outlet')?.textContent).toBe('Korea JoongAng Daily');
    expect(evidence.querySelector('.evidence__date')?.textContent).toBe('13 Nov 2024');
    expect(evidence.querySelector('.verdict')?.textContent).toBe('Disagreesnumber');
    expect(evidence.querySelector('.evidence__quote mark')?.textContent).toBe('over 10,000');
    expect(evidence.querySelector('.evidence__reason')?.textContent).toBe('This report quotes Patel as saying over 10,000 soldiers, not some 8,000.');
    expect(row(host, 1).querySelector('.claim__text mark')?.textContent).toBe('some 8,000');
  });

  it('links to a source at the quote with a text fragment, and only where its address is known', () => {
    const host = renderView(<ReportBody analysis={sampleAnalysis()} expandAll={true} />);
    const [withUrl, withoutUrl] = [...row(host, 1).querySelectorAll<HTMLElement>('.evidence')];
    const link = withUrl!.querySelector('a')!;
    expect(link.getAttribute('href')).toMatch(/^https:\/\/koreajoongangdaily\.joins\.com\/news\/.+#:~:text=%22Today%2C%20I%20can%20confirm,Russian%20forces%2C%22%20he%20added\.$/);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(withoutUrl!.querySelector('a')).toBeNull();
  });

  it('marks reports from the reader’s library and notes which of two reports is newer', () => {
    const host = renderView(<ReportBody analysis={sampleAnalysis()} expandAll={true} />);
    const [library, newer] = [...row(host, 3).querySelectorAll<HTMLElement>('.evidence')];
    expect(library!.querySelector('.tag--library')?.textContent).toBe('from your library');
    expect(newer!.querySelector('.tag--library')).toBeNull();
    expect(newer!.querySelector('.verdict')?.textContent).toContain('superseded');
    expect(newer!.querySelector('.evidence__newer')?.textContent).toBe('Newer report: this source was published after the article.');
  });

  it('marks statements that could not be found on the page', () => {
    const host = renderView(<ReportBody analysis={sampleAnalysis()} expandAll={false} />);
    expect(row(host, 7).querySelector('.tag--orphan')?.textContent).toBe('not found on page');
    expect(host.querySelectorAll('.tag--orphan').length).toBe(1);
  });

  it('says a unique statement has no other report', () => {
    const host = renderView(<ReportBody analysis={sampleAnalysis()} expandAll={true} />);
    expect(row(host, 8).querySelector('.claim__none')?.textContent).toBe('No other report on this story makes this statement.');
    expect(row(host, 8).querySelector('.claim__meta')?.textContent).toBe('no other report');
    expect(row(host, 3).querySelector('.claim__meta')?.textContent).toBe('1 agree, 1 disagree');
  });

  it('scrolls the page to a statement when it is opened, but not to an orphan', async () => {
    const focused: number[] = [];
    const host = renderView(
      <ReportBody analysis={sampleAnalysis()} expandAll={false} onShowOnPage={async (i) => (focused.push(i), true)} />,
    );
    await userEvent.click(row(host, 4).querySelector('.claim__toggle')!);
    await userEvent.click(row(host, 7).querySelector('.claim__toggle')!);
    await settle();
    expect(focused).toEqual([4]);
    await userEvent.click(row(host, 4).querySelector<HTMLElement>('.claim__panel .button')!);
    expect(focused).toEqual([4, 4]);
    expect(row(host, 7).querySelector('.claim__panel .button')).toBeNull();
  });

  it('marks a statement "not found on page" when the page no longer has it', async () => {
    const host = renderView(<ReportBody analysis={sampleAnalysis()} expandAll={false} onShowOnPage={async () => false} />);
    await userEvent.click(row(host, 2).querySelector('.claim__toggle')!);
    await settle();
    await settle();
    expect(row(host, 2).querySelector('.tag--orphan')?.textContent).toBe('not found on page');
  });
});

describe('opening a statement low in the popup', () => {
  it('scrolls its evidence into view', async () => {
    const frame = document.createElement('div');
    frame.style.cssText = 'height:300px;overflow:auto';
    document.body.append(frame);
    const host = renderView(<ReportBody analysis={sampleAnalysis()} expandAll={false} />);
    frame.append(host);
    const last = host.querySelector<HTMLElement>('[data-claim-index="10"]')!;
    expect(last.getBoundingClientRect().top).toBeGreaterThan(frame.getBoundingClientRect().bottom);
    last.querySelector<HTMLButtonElement>('.claim__toggle')!.click();
    await expect.poll(() => last.getBoundingClientRect().bottom <= frame.getBoundingClientRect().bottom + 1).toBe(true);
    frame.remove();
  });
});
