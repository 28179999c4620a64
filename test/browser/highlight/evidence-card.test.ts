import axe from 'axe-core';
import { userEvent } from 'vitest/browser';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { cardShadowRoot } from '../../../src/content/highlight/evidence-card';
import { createHighlighter, type Highlighter } from '../../../src/content/highlight/highlighter';
import type { Evidence } from '../../../src/core/types';
import { emulateColorScheme } from '../popup/color-scheme';
import { claim, frameWithCsp, marksOf, mount, report, SOURCES, sleep } from './helpers';

let hl: Highlighter | null = null;
let frames: HTMLIFrameElement[] = [];

afterEach(async () => {
  hl?.clear();
  hl = null;
  frames.forEach((f) => f.remove());
  frames = [];
  document.body.innerHTML = '';
  document.querySelectorAll('style[data-test]').forEach((s) => s.remove());
  await userEvent.unhover(document.body).catch(() => {});
});
afterAll(() => emulateColorScheme('light'));

const ARTICLE = '<p>Intro sentence. Officials said <a href="#a">12 people</a> died in the storm. Another sentence.</p><p>The storm reached the coast on Tuesday.</p>';
const R = () => report([claim('Officials said 12 people died in the storm.', 'conflicting'), claim('The storm reached the coast on Tuesday.', 'corroborated')]);

/** Our card host (a page may have its own <corroborate-card>; ours is the one on <html>). */
const host = (doc: Document = document) => doc.querySelector<HTMLElement>('html > corroborate-card');
const cardOf = (doc: Document = document) => {
  const h = host(doc);
  const root = h && cardShadowRoot(h);
  return h && root && getComputedStyle(h).display !== 'none' ? root.querySelector<HTMLElement>('.card') : null;
};

async function setUp(html = ARTICLE, r = R(), opts: Parameters<typeof createHighlighter>[1] = {}) {
  mount(html);
  hl = createHighlighter(document, opts);
  const s = await hl.apply(r, { visible: true });
  expect(s.orphans).toEqual([]);
}

describe('opening and closing the card', () => {
  it('opens on hover with outlet, date, verdict, reason, link and the differing part emphasised', async () => {
    await setUp();
    await userEvent.hover(marksOf(0)[1]!);
    await expect.poll(() => cardOf()).not.toBeNull();
    const card = cardOf()!;
    expect(card.querySelector('.badge')!.textContent).toBe('Contradicted');
    expect(card.querySelector('.outlet')!.textContent).toBe('Wire Service');
    expect(card.querySelector('.date')!.textContent).toBe('13 Nov 2024');
    expect(card.querySelector('.verdict')!.textContent).toBe('Disagrees · number');
    expect(card.querySelector('.quote')!.textContent).toBe('At least 14 people died in the storm, officials said.');
    expect(card.querySelector('.diff')!.textContent).toBe('14');
    expect(card.querySelector('.reason')!.textContent).toBe('The Wire Service gives 14 deaths, not 12.');
    expect(card.querySelector<HTMLAnchorElement>('.link')!.href).toContain('https://wire.example/storm#:~:text=');
    expect(marksOf(0)[0]!.getAttribute('aria-expanded')).toBe('true');
  });

  it('is placed next to the highlight and inside the viewport', async () => {
    await setUp();
    const mark = marksOf(1)[0]!;
    await userEvent.hover(mark);
    await expect.poll(() => cardOf()).not.toBeNull();
    const m = mark.getBoundingClientRect();
    const c = host()!.getBoundingClientRect();
    expect(c.top >= m.bottom || c.bottom <= m.top).toBe(true);
    expect(c.left).toBeGreaterThanOrEqual(0);
    expect(c.right).toBeLessThanOrEqual(window.innerWidth);
  });

  it('closes when the pointer leaves the highlight', async () => {
    await setUp();
    await userEvent.hover(marksOf(1)[0]!);
    await expect.poll(() => cardOf()).not.toBeNull();
    await userEvent.unhover(marksOf(1)[0]!);
    await expect.poll(() => cardOf(), { timeout: 2000 }).toBeNull();
  });

  it('opens on keyboard focus, and Escape closes it and keeps focus on the highlight', async () => {
    await setUp();
    await userEvent.tab();
    const first = marksOf(0)[0]!;
    expect(document.activeElement).toBe(first);
    expect(cardOf()).not.toBeNull();
    await userEvent.keyboard('{Escape}');
    expect(cardOf()).toBeNull();
    expect(document.activeElement).toBe(first);
    expect(first.getAttribute('aria-expanded')).toBe('false');
  });

  it('moves focus into the card on Enter so its link can be reached, and Escape brings it back', async () => {
    await setUp();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(host());
    await userEvent.keyboard('{Escape}');
    expect(cardOf()).toBeNull();
    expect(document.activeElement).toBe(marksOf(0)[0]);
  });

  it('hides the card when highlights are hidden', async () => {
    await setUp();
    await userEvent.tab();
    expect(cardOf()).not.toBeNull();
    hl!.setVisible(false);
    expect(cardOf()).toBeNull();
  });
});

describe('a hostile page', () => {
  it('cannot open or close the card with forged events', async () => {
    await setUp();
    const mark = marksOf(0)[0]!;
    mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    mark.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    mark.click();
    await sleep(250);
    expect(cardOf()).toBeNull();
    await userEvent.hover(mark);
    await expect.poll(() => cardOf()).not.toBeNull();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    window.postMessage({ to: 'content', type: 'clear', args: {} }, '*');
    await sleep(50);
    expect(cardOf()).not.toBeNull();
    expect(marksOf(0).length).toBeGreaterThan(0);
  });

  it('keeps the card readable under `* { all: unset !important }` and other hostile rules', async () => {
    const style = document.createElement('style');
    style.dataset.test = '';
    style.textContent = `* { all: unset !important; } html * { color: red !important; font: 40px serif !important; opacity: .2 !important; }
      corroborate-card { display: none !important; width: 10px !important; } blockquote, .card, .quote { background: red !important; }`;
    document.head.append(style);
    await setUp();
    await userEvent.tab();
    const h = host()!;
    expect(getComputedStyle(h).display).toBe('block');
    expect(getComputedStyle(h).opacity).toBe('1');
    expect(h.getBoundingClientRect().width).toBeGreaterThan(300);
    const card = cardOf()!;
    const cs = getComputedStyle(card);
    expect(cs.color).toBe('rgb(27, 31, 36)');
    expect(cs.backgroundColor).toBe('rgb(255, 255, 255)');
    expect(cs.fontSize).toBe('14px');
    expect(getComputedStyle(card.querySelector('.quote')!).backgroundColor).toBe('rgba(0, 0, 0, 0)');
    // The highlight keeps its cue too.
    expect(getComputedStyle(marksOf(0)[0]!).textDecorationStyle).toBe('wavy');
  });

  it('does not let the card styles leak into the page', async () => {
    await setUp(ARTICLE + '<div class="card"><p class="help quote">Page text.</p></div>');
    await userEvent.tab();
    const pageCard = document.body.querySelector('div.card')!;
    expect(getComputedStyle(pageCard).borderTopWidth).toBe('0px');
    expect(getComputedStyle(pageCard).boxShadow).toBe('none');
    expect(getComputedStyle(pageCard.querySelector('p')!).borderLeftWidth).toBe('0px');
  });

  it('shows markup in data as text: no element is created from it and no script runs', async () => {
    const hostile: Evidence = {
      source: 'evil', quote: '<img src=x onerror="window.__pwned=1">Quote <b>bold</b>', verdict: 'conflicts', kind: 'other',
      reason: '<script>window.__pwned=2</script>Reason', quoteSpan: '<b>bold</b>',
    };
    const sources = [...SOURCES, { id: 'evil', outlet: '<i>Evil</i> Outlet', title: null, published: '<b>2024</b>', url: 'javascript:window.__pwned=3', relatedness: 1 }];
    mount('<p>The <em>claim</em> text &lt;img src=x onerror=alert(1)&gt; stays.</p>');
    hl = createHighlighter(document);
    const s = await hl.apply(report([claim('The claim text <img src=x onerror=alert(1)> stays.', 'conflicting', [hostile])], sources), { visible: true });
    expect(s.anchored).toEqual([0]);
    await userEvent.tab();
    const card = cardOf()!;
    expect(card.querySelectorAll('img, script, b, i').length).toBe(0);
    expect(card.querySelector('a')).toBeNull();
    expect(card.querySelector('.quote')!.textContent).toBe(hostile.quote);
    expect(card.querySelector('.diff')!.textContent).toBe('<b>bold</b>');
    expect(card.querySelector('.outlet')!.textContent).toBe('<i>Evil</i> Outlet');
    expect(document.body.querySelectorAll('img, script').length).toBe(0);
    await sleep(50);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('a page with a strict Content-Security-Policy', () => {
  const PAGE = '<p id="probe">Probe.</p><p>Officials said 12 people died in the storm.</p>';

  it("still gets styled highlights and a styled card under default-src 'none'", async () => {
    const frame = await frameWithCsp(PAGE, "default-src 'none'");
    frames.push(frame);
    const doc = frame.contentDocument!;
    // The policy is in force: a <style> element added to the page is refused.
    const blocked = doc.createElement('style');
    blocked.textContent = '#probe { color: rgb(255, 0, 0); }';
    doc.head.append(blocked);
    expect(getComputedStyle(doc.getElementById('probe')!).color).not.toBe('rgb(255, 0, 0)');

    hl = createHighlighter(doc);
    const s = await hl.apply(report([claim('Officials said 12 people died in the storm.')]), { visible: true });
    expect(s.anchored).toEqual([0]);
    const mark = doc.querySelector('corroborate-mark')!;
    expect(getComputedStyle(mark).textDecorationStyle).toBe('wavy');
    expect(getComputedStyle(mark).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    (mark as HTMLElement).focus();
    const card = cardOf(doc)!;
    expect(card).not.toBeNull();
    expect(getComputedStyle(card).borderTopLeftRadius).toBe('10px');
    expect(getComputedStyle(card).backgroundColor).toBe('rgb(255, 255, 255)');
  });

  it('falls back to CSSOM inline styles when no stylesheet can be adopted', async () => {
    const frame = await frameWithCsp(PAGE, "default-src 'none'");
    frames.push(frame);
    const doc = frame.contentDocument!;
    // COMPAT(firefox): what a content script sees when adoptedStyleSheets refuses its sheets.
    Object.defineProperty(frame.contentWindow!, 'CSSStyleSheet', { value: undefined });
    hl = createHighlighter(doc);
    await hl.apply(report([claim('Officials said 12 people died in the storm.')]), { visible: true });
    const mark = doc.querySelector<HTMLElement>('corroborate-mark')!;
    expect(doc.adoptedStyleSheets.length).toBe(0);
    expect(getComputedStyle(mark).textDecorationStyle).toBe('wavy');
    mark.focus();
    const card = cardOf(doc)!;
    expect(getComputedStyle(card).borderTopLeftRadius).toBe('10px');
    expect(getComputedStyle(card.querySelector('.badge')!).color).toBe('rgb(179, 38, 30)');
    hl.setVisible(false);
    expect(getComputedStyle(mark).textDecorationLine).toBe('none');
  });
});

describe('a statement that starts inside a link', () => {
  const LINKED = '<p>Intro. <a href="#s">Officials said 12 people</a> died in the storm. Outro.</p>';

  it('lets the link take focus and open the card, with no focusable control nested in the link', async () => {
    await setUp(LINKED, report([claim('Officials said 12 people died in the storm.')]), { shadowMode: 'open' });
    const [first, second] = marksOf(0);
    expect(first!.hasAttribute('tabindex') || first!.hasAttribute('role') || first!.hasAttribute('aria-expanded')).toBe(false);
    expect(second!.hasAttribute('tabindex')).toBe(false);
    await userEvent.tab();
    const link = document.querySelector('a')!;
    expect(document.activeElement).toBe(link);
    expect(cardOf()).not.toBeNull();
    const result = await axe.run(document.body, { runOnly: ['nested-interactive', 'aria-allowed-attr'] });
    expect(result.violations.map((v) => v.id)).toEqual([]);
    await userEvent.keyboard('{Escape}');
    expect(cardOf()).toBeNull();
    expect(document.activeElement).toBe(link);
  });
});

describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no serious or critical axe violation in the open card and the highlights (${scheme})`, async () => {
      await emulateColorScheme(scheme);
      await setUp(ARTICLE, R(), { shadowMode: 'open' });
      await userEvent.tab();
      expect(cardOf()).not.toBeNull();
      const result = await axe.run(document.documentElement, { resultTypes: ['violations'] });
      const serious = result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
    });
  }
});
