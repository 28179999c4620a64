import { afterEach, describe, expect, it } from 'vitest';
import { createHighlighter, type Highlighter } from '../../../src/content/highlight/highlighter';
import { claim, highlightedText, marksOf, mount, report, sleep } from './helpers';

let hl: Highlighter | null = null;
const make = (opts?: Parameters<typeof createHighlighter>[1]) => (hl = createHighlighter(document, opts));

afterEach(() => {
  hl?.clear();
  hl = null;
  document.body.innerHTML = '';
});

describe('anchoring in the live page', () => {
  it('highlights a sentence that runs across a link, <em> and <strong>, piece by piece', async () => {
    mount('<p>Intro text. The <a href="#x">mayor</a> said <em>twelve</em> people <strong>died</strong> on Tuesday. After.</p>');
    const s = await make().apply(report([claim('The mayor said twelve people died on Tuesday.')]), { visible: true });
    expect(s).toEqual({ anchored: [0], orphans: [] });
    expect(highlightedText(0)).toBe('The mayor said twelve people died on Tuesday.');
    expect(marksOf(0).length).toBe(7);
    expect(document.querySelector('a')!.textContent).toBe('mayor');
    expect(document.querySelector('a corroborate-mark')).not.toBeNull();
  });

  it('matches despite NBSPs, curly quotes, soft hyphens and line breaks in the page', async () => {
    mount('<p>She said \u201cwe\u2019re\u00a0fine\u201d \u2014 and the gov\u00adern\u00adment\n   agreed.</p>');
    const s = await make().apply(report([claim('She said "we\'re fine" - and the government agreed.')]), { visible: true });
    expect(s.anchored).toEqual([0]);
    expect(highlightedText(0)).toBe('She said \u201cwe\u2019re\u00a0fine\u201d \u2014 and the gov\u00adern\u00adment\n   agreed.');
  });

  it('gives repeated sentences their own occurrences, in order', async () => {
    mount('<p>No comment was made.</p><p>The storm passed.</p><p>No comment was made.</p>');
    const r = report([claim('No comment was made.', 'corroborated'), claim('The storm passed.', 'unique'), claim('No comment was made.', 'conflicting')]);
    const s = await make().apply(r, { visible: true });
    expect(s).toEqual({ anchored: [0, 2], orphans: [] });
    const paragraphs = document.querySelectorAll('p');
    expect(paragraphs[0]!.querySelector('corroborate-mark')!.getAttribute('data-corroborate-claim')).toBe('0');
    expect(paragraphs[2]!.querySelector('corroborate-mark')!.getAttribute('data-corroborate-claim')).toBe('2');
  });

  it('lands a highlighted repeat after an unhighlighted first occurrence on the second one', async () => {
    mount('<p>Officials declined to comment.</p><p>Officials declined to comment.</p>');
    const r = report([claim('Officials declined to comment.', 'unique'), claim('Officials declined to comment.', 'conflicting')]);
    await make().apply(r, { visible: true });
    expect(document.querySelectorAll('p')[1]!.querySelector('corroborate-mark')).not.toBeNull();
    expect(document.querySelectorAll('p')[0]!.querySelector('corroborate-mark')).toBeNull();
  });

  it('reports a claim that is not on the page as an orphan without throwing', async () => {
    mount('<p>The bridge reopened on Friday.</p>');
    const r = report([claim('The bridge reopened on Friday.'), claim('This sentence was never on the page at all.')]);
    const s = await make().apply(r, { visible: true });
    expect(s).toEqual({ anchored: [0], orphans: [1] });
    expect(hl!.focus(1)).toBe(false);
  });

  it('leaves claims without evidence alone unless every sentence is asked for', async () => {
    mount('<p>One fact here. Another fact there.</p>');
    const r = report([claim('One fact here.', 'unique'), claim('Another fact there.', 'corroborated')]);
    expect(await make().apply(r, { visible: true })).toEqual({ anchored: [1], orphans: [] });
    expect(await hl!.apply(r, { visible: true, all: true })).toEqual({ anchored: [0, 1], orphans: [] });
    expect(marksOf(0)[0]!.getAttribute('data-corroborate-status')).toBe('unique');
  });

  it('skips script, style and hidden text when matching', async () => {
    mount('<p>Before <script>var x = "not text";</script>the vote<span hidden> HIDDEN</span> was held today.</p><style>p{}</style>');
    const s = await make().apply(report([claim('Before the vote was held today.')]), { visible: true });
    expect(s.anchored).toEqual([0]);
    expect(document.body.querySelector('script')!.textContent).toBe('var x = "not text";');
    expect(highlightedText(0)).toBe('Before the vote was held today.');
  });

  it('never wraps text in a form control, SVG or editable region', async () => {
    mount('<p>Alpha beta gamma delta epsilon.</p><textarea>Alpha beta gamma delta epsilon.</textarea><svg><text>Alpha beta gamma delta epsilon.</text></svg><div contenteditable>Alpha beta gamma delta epsilon.</div>');
    await make().apply(report([claim('Alpha beta gamma delta epsilon.'), claim('Alpha beta gamma delta epsilon.')]), { visible: true });
    expect(document.querySelector('textarea corroborate-mark, svg corroborate-mark, [contenteditable] corroborate-mark')).toBeNull();
    expect(marksOf(0).length).toBe(1);
  });

  it('marks each status with its own attribute, and makes the first piece a focusable button', async () => {
    mount('<p>A one. B <i>two</i>. C three. D four.</p>');
    const r = report([claim('A one.', 'conflicting'), claim('B two.', 'mixed'), claim('C three.', 'corroborated'), claim('D four.', 'unique')]);
    await make().apply(r, { visible: true, all: true });
    expect([0, 1, 2, 3].map((i) => marksOf(i)[0]!.getAttribute('data-corroborate-status'))).toEqual(['conflicting', 'mixed', 'corroborated', 'unique']);
    const b = marksOf(1);
    expect(b[0]!.tabIndex).toBe(0);
    expect(b[0]!.getAttribute('role')).toBe('button');
    expect(b[0]!.getAttribute('aria-roledescription')).toBe('Mixed statement');
    expect(b[1]!.hasAttribute('tabindex')).toBe(false);
    const look = (i: number) => getComputedStyle(marksOf(i)[0]!);
    expect(new Set([0, 1, 2, 3].map((i) => look(i).textDecorationStyle)).size).toBe(4);
    expect(look(0).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
  });
});

describe('visibility and focus', () => {
  it('hides highlights without unwrapping and shows them again', async () => {
    mount('<p>The storm reached the coast on Tuesday.</p>');
    await make().apply(report([claim('The storm reached the coast on Tuesday.', 'corroborated')]), { visible: true });
    const mark = marksOf(0)[0]!;
    hl!.setVisible(false);
    expect(getComputedStyle(mark).backgroundColor).toBe('rgba(0, 0, 0, 0)');
    expect(mark.hasAttribute('tabindex')).toBe(false);
    hl!.setVisible(true);
    expect(getComputedStyle(mark).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    expect(mark.tabIndex).toBe(0);
  });

  it('anchors without showing when asked for visible: false', async () => {
    mount('<p>The storm reached the coast on Tuesday.</p>');
    const s = await make().apply(report([claim('The storm reached the coast on Tuesday.', 'corroborated')]), { visible: false });
    expect(s.anchored).toEqual([0]);
    expect(getComputedStyle(marksOf(0)[0]!).textDecorationLine).toBe('none');
  });

  it('scrolls to a highlight and flashes it', async () => {
    mount(`<div style="height:3000px"></div><p>The far sentence is down here.</p><div style="height:3000px"></div>`);
    await make().apply(report([claim('The far sentence is down here.')]), { visible: true });
    window.scrollTo(0, 0);
    expect(hl!.focus(0)).toBe(true);
    expect(marksOf(0)[0]!.hasAttribute('data-corroborate-flash')).toBe(true);
    await sleep(600);
    const rect = marksOf(0)[0]!.getBoundingClientRect();
    expect(rect.top).toBeGreaterThanOrEqual(0);
    expect(rect.bottom).toBeLessThanOrEqual(window.innerHeight);
    expect(hl!.focus(7)).toBe(false);
  });
});

describe('removal', () => {
  const pages = [
    '<p>Plain <b>bold</b> text. Second sentence here.</p>',
    '<div><p>A <a href="/x">link <em>inside</em></a> a sentence.</p><ul><li>One item is here.</li>\n<li>Two items.</li></ul></div>',
    '<table><tbody><tr><td>Cell one text.</td>\n<td>Cell two text.</td></tr></tbody></table><p>Tail\u00a0sentence\u00ad here.</p>',
  ];
  for (const [n, html] of pages.entries()) {
    it(`restores the DOM exactly after clear() (page ${n + 1})`, async () => {
      const body = mount(html);
      // Two adjacent text nodes of the page's own must stay two nodes: clear() may not normalize() them.
      body.querySelector('p')!.append(document.createTextNode(' Extra'), document.createTextNode(' split.'));
      const before = body.innerHTML;
      const nodesBefore = [...body.querySelectorAll('*')].map((e) => e.childNodes.length);
      const sentences = body.textContent!.split(/(?<=\.)\s*/).filter(Boolean);
      const s = await make().apply(report(sentences.map((t) => claim(t))), { visible: true });
      expect(s.anchored.length).toBeGreaterThan(0);
      expect(body.innerHTML).not.toBe(before);
      hl!.focus(0);
      hl!.clear();
      expect(body.innerHTML).toBe(before);
      expect([...body.querySelectorAll('*')].map((e) => e.childNodes.length)).toEqual(nodesBefore);
      expect(document.documentElement.querySelector('corroborate-card')).toBeNull();
    });
  }

  it('restores the DOM when cleared in the middle of anchoring', async () => {
    const body = mount(Array.from({ length: 400 }, (_, i) => `<p>Sentence number ${i} is <em>here</em> now.</p>`).join(''));
    const before = body.innerHTML;
    const pending = make().apply(report(Array.from({ length: 400 }, (_, i) => claim(`Sentence number ${i} is here now.`))), { visible: true });
    await sleep(0);
    hl!.clear();
    await pending;
    expect(body.innerHTML).toBe(before);
  });

  it('re-applying replaces the previous highlights', async () => {
    mount('<p>First claim here. Second claim here.</p>');
    await make().apply(report([claim('First claim here.')]), { visible: true });
    await hl!.apply(report([claim('Second claim here.')]), { visible: true });
    expect(document.querySelectorAll('corroborate-mark').length).toBe(1);
    expect(highlightedText(0)).toBe('Second claim here.');
  });
});

describe('a page that imitates us', () => {
  it('ignores page elements that reuse our tag, attributes and ids', async () => {
    const body = mount('<p><corroborate-mark data-corroborate-claim="0" data-corroborate-status="conflicting" id="corroborate-card">Fake mark.</corroborate-mark> The real claim is here.</p><div class="corroborate-card" data-corroborate-claim="1">x</div>');
    const s = await make().apply(report([claim('The real claim is here.')]), { visible: true });
    expect(s.anchored).toEqual([0]);
    const ours = marksOf(0).filter((m) => m.id !== 'corroborate-card');
    expect(ours.map((m) => m.textContent)).toEqual(['The real claim is here.']);
    expect(document.getElementById('corroborate-card')!.hasAttribute('tabindex')).toBe(false);
    expect(hl!.focus(0)).toBe(true);
    expect(ours[0]!.hasAttribute('data-corroborate-flash')).toBe(true);
    expect(document.getElementById('corroborate-card')!.hasAttribute('data-corroborate-flash')).toBe(false);
    hl!.clear();
    expect(body.querySelectorAll('corroborate-mark').length).toBe(1);
    expect(body.querySelector('corroborate-mark')!.textContent).toBe('Fake mark.');
  });
});

describe('re-anchoring after the page changes', () => {
  it('anchors a paragraph that arrives late, and reports nothing more once all is found', async () => {
    mount('<p>Early paragraph is here.</p><div id="lazy"></div>');
    const changes: unknown[] = [];
    make({ onChange: (s) => changes.push(s), reanchor: { debounceMs: 50, quietMs: 2000 } });
    const first = await hl!.apply(report([claim('Early paragraph is here.'), claim('A late paragraph arrives with news.')]), { visible: true });
    expect(first).toEqual({ anchored: [0], orphans: [1] });
    const lazy = document.getElementById('lazy')!;
    lazy.innerHTML = '<p>A late <a href="#">paragraph</a> arrives with news.</p>';
    await sleep(300);
    expect(changes).toEqual([{ anchored: [0, 1], orphans: [] }]);
    expect(highlightedText(1)).toBe('A late paragraph arrives with news.');
    // Once nothing is left to find, further changes do nothing.
    lazy.append(document.createElement('p'));
    await sleep(200);
    expect(changes.length).toBe(1);
  });

  it('highlights a paragraph again when the page re-renders it, and reports the change', async () => {
    mount('<div id="story"><p>The council approved the budget on Monday.</p></div><p>Turnout was low this year.</p>');
    const changes: unknown[] = [];
    make({ onChange: (s) => changes.push(s), reanchor: { debounceMs: 30, quietMs: 2000 } });
    const claims = [claim('The council approved the budget on Monday.'), claim('Turnout was low this year.')];
    expect(await hl!.apply(report(claims), { visible: true })).toEqual({ anchored: [0, 1], orphans: [] });
    // A framework replaces the paragraph with a fresh element holding the same text, without our mark.
    const story = document.getElementById('story')!;
    story.innerHTML = '<p class="rendered">The council approved the budget on Monday.</p>';
    await sleep(300);
    expect(marksOf(0).length).toBeGreaterThan(0);
    expect(marksOf(0).every((m) => m.closest('.rendered'))).toBe(true);
    expect(highlightedText(0)).toBe('The council approved the budget on Monday.');
    // Found again where it was: the summary is what it was, so there is nothing to tell.
    expect(changes).toEqual([]);
  });

  it('reports a highlighted statement the page removed as not found, and again when it returns', async () => {
    mount('<div id="story"><p>The council approved the budget on Monday.</p></div><p>Turnout was low this year.</p>');
    const changes: unknown[] = [];
    make({ onChange: (s) => changes.push(s), reanchor: { debounceMs: 30, quietMs: 2000 } });
    await hl!.apply(report([claim('The council approved the budget on Monday.'), claim('Turnout was low this year.')]), { visible: true });
    const story = document.getElementById('story')!;
    story.replaceChildren();
    await sleep(200);
    expect(changes).toEqual([{ anchored: [1], orphans: [0] }]);
    story.innerHTML = '<p>The council approved the budget on Monday.</p>';
    await sleep(200);
    expect(changes).toEqual([{ anchored: [1], orphans: [0] }, { anchored: [0, 1], orphans: [] }]);
    expect(highlightedText(0)).toBe('The council approved the budget on Monday.');
  });

  it('stops observing after a quiet period, so a much later paragraph stays an orphan', async () => {
    mount('<p>Early paragraph is here.</p><div id="lazy"></div>');
    const changes: unknown[] = [];
    make({ onChange: (s) => changes.push(s), reanchor: { debounceMs: 30, quietMs: 150 } });
    await hl!.apply(report([claim('Early paragraph is here.'), claim('A late paragraph arrives with news.')]), { visible: true });
    await sleep(300);
    document.getElementById('lazy')!.innerHTML = '<p>A late paragraph arrives with news.</p>';
    await sleep(200);
    expect(changes).toEqual([]);
    expect(marksOf(1)).toEqual([]);
  });

  it('does not react to its own wrapping (no re-anchoring loop)', async () => {
    mount('<p>Here is one.</p><div id="lazy"></div>');
    const changes: unknown[] = [];
    make({ onChange: (s) => changes.push(s), reanchor: { debounceMs: 30, quietMs: 1000, maxRounds: 50 } });
    await hl!.apply(report([claim('Here is one.'), claim('Never on this page, this one.')]), { visible: true });
    document.getElementById('lazy')!.textContent = 'Unrelated update.';
    await sleep(400);
    expect(changes).toEqual([]);
    expect(marksOf(0).length).toBe(1);
  });
});
