/**
 * The highlighter: the only code that changes the page. It anchors a report's statements in the LIVE
 * page (text index → quote matcher → DOM pieces), wraps each text-node piece in a <corroborate-mark>,
 * opens the evidence card on hover, focus or click, anchors again when the page grows or re-renders a
 * highlighted paragraph, and on clear() puts every text node back exactly as it was.
 *
 * Trust: our elements are known by identity (WeakMap), never by attribute, so a page whose own
 * elements carry `data-corroborate-*` attributes or our tag name confuses nothing; and only trusted
 * (user-made) events open or close the card, so a page cannot drive it with synthetic events.
 */
import type { ClaimStatus, Report } from '../../core/types';
import type { AnchorSummary } from '../../messages/protocol';
import { STATUS_LABEL } from '../../ui/labels';
import { anchorQuotes } from './anchor-quotes';
import { createPacer } from './create-pacer';
import { EvidenceCard } from './evidence-card';
import {
  ATTR_CLAIM, ATTR_FLASH, ATTR_PART, ATTR_STATUS, MARK_TAG, adoptSheet, markCss, markDeclarations, setInline, unadoptSheet,
} from './highlight-styles';
import { buildTextIndex, type TextIndex, type TextPiece } from './text-index';

export type ApplyOptions = {
  /** Show the highlights now (false: anchor only, so `setVisible(true)` can show them later). */
  visible: boolean;
  /** Diagnostic mode: highlight every statement, including those with no evidence. */
  all?: boolean;
};

export type Highlighter = {
  /** Anchors every claim with evidence (every claim with `all`) in the live page. Never rejects. */
  apply(report: Report, opts: ApplyOptions): Promise<AnchorSummary>;
  setVisible(visible: boolean): void;
  /** Scrolls to claim `index`'s highlight and flashes it; false if it is an orphan or unknown. */
  focus(index: number): boolean;
  /** Removes every highlight, the card and the observer, restoring the page's DOM exactly. */
  clear(): void;
};

export type HighlighterOptions = {
  /** Called when re-anchoring after a page change moved claims between anchored and orphans. */
  onChange?: (summary: AnchorSummary) => void;
  /** The card's shadow root mode; 'open' only so accessibility tests can look inside. */
  shadowMode?: ShadowRootMode;
  /** Re-anchoring after page changes: wait for `debounceMs` of calm, stop after `quietMs` without a change or `maxRounds`. */
  reanchor?: { debounceMs?: number; quietMs?: number; maxRounds?: number };
};

/** A whitespace-only text node directly inside these must not be wrapped (it would become a stray cell or item). */
const STRUCTURAL_PARENTS = new Set(['TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'COLGROUP', 'UL', 'OL', 'DL', 'MENU', 'HTML', 'HEAD']);
const FLASH_MS = 1700;
const INTERACTIVE = 'a[href], button, label, summary, select, [role="button"], [role="link"], [tabindex]';

export function createHighlighter(doc: Document, options: HighlighterOptions = {}): Highlighter {
  const win = doc.defaultView;
  const debounceMs = options.reanchor?.debounceMs ?? 400;
  const quietMs = options.reanchor?.quietMs ?? 15_000;
  const maxRounds = options.reanchor?.maxRounds ?? 12;

  let generation = 0;
  let report: Report | null = null;
  let visible = true;
  let wanted: number[] = [];
  const marksByClaim = new Map<number, HTMLElement[]>();
  let claimOfMark = new WeakMap<Element, number>();
  const orphans = new Set<number>();
  /** Every splitText we did, [kept, split-off], in order: undone last-first on clear(). */
  let splits: Array<[Text, Text]> = [];
  let docSheet: CSSStyleSheet | null = null;
  let card: EvidenceCard | null = null;
  let listening = false;
  let observer: MutationObserver | null = null;
  let rounds = 0;
  /** The summary last handed out (by apply or onChange): a change is reported against it. */
  let reported = '';
  let debounceTimer: ReturnType<typeof setTimeout> | undefined;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  const flashTimers = new Map<number, ReturnType<typeof setTimeout>>();
  let refocusing = false;

  const summary = (): AnchorSummary => ({
    anchored: [...marksByClaim.keys()].sort((a, b) => a - b),
    orphans: [...orphans].sort((a, b) => a - b),
  });
  const isOwn = (el: Element) => el === card?.host;
  const claimOf = (node: EventTarget | null): number | undefined => (node && claimOfMark.get(node as Element)) ?? undefined;
  /** The claim's first piece when it is our focusable button (not when it sits inside a link). */
  const buttonOf = (index: number): HTMLElement | null => {
    const first = marksByClaim.get(index)?.[0];
    return first && first.getAttribute('role') === 'button' ? first : null;
  };

  // ------------------------------------------------------------------ wrapping
  function wrap(index: number, status: ClaimStatus, pieces: TextPiece[]): HTMLElement[] {
    const marks: HTMLElement[] = [];
    for (let p = pieces.length - 1; p >= 0; p--) {
      const { node, start, end } = pieces[p]!;
      const parent = node.parentNode;
      if (!parent) continue;
      if (STRUCTURAL_PARENTS.has((parent as Element).tagName) && !node.data.slice(start, end).trim()) continue;
      if (end < node.length) splits.push([node, node.splitText(end)]);
      let target = node;
      if (start > 0) {
        target = node.splitText(start);
        splits.push([node, target]);
      }
      const mark = doc.createElement(MARK_TAG);
      mark.setAttribute(ATTR_CLAIM, String(index));
      mark.setAttribute(ATTR_STATUS, status);
      parent.insertBefore(mark, target);
      mark.appendChild(target);
      claimOfMark.set(mark, index);
      marks.unshift(mark);
    }
    marks.forEach((m, k) => {
      const part = [k === 0 ? 'first' : '', k === marks.length - 1 ? 'last' : ''].filter(Boolean).join(' ');
      if (part) m.setAttribute(ATTR_PART, part);
    });
    return marks;
  }

  /** Puts the focus and ARIA attributes (and, without a sheet, the inline look) on a claim's marks. */
  function decorate(index: number): void {
    const marks = marksByClaim.get(index) ?? [];
    const claim = report?.claims[index];
    const first = marks[0];
    if (!first || !claim) return;
    for (const a of ['tabindex', 'role', 'aria-roledescription', 'aria-haspopup', 'aria-expanded', 'aria-label']) first.removeAttribute(a);
    // Inside a link or button the control itself takes focus (see onFocusIn): a focusable button
    // nested in a link is announced wrongly and fails WCAG's nested-interactive rule.
    if (visible && !first.parentElement?.closest(INTERACTIVE)) {
      first.tabIndex = 0;
      first.setAttribute('role', 'button');
      first.setAttribute('aria-roledescription', `${STATUS_LABEL[claim.status]} statement`);
      first.setAttribute('aria-haspopup', 'dialog');
      first.setAttribute('aria-expanded', String(card?.openFor === index));
      // One piece names itself by its text; a statement cut by markup is named whole on its first piece.
      if (marks.length > 1) first.setAttribute('aria-label', claim.text.slice(0, 300));
    }
    if (!docSheet) {
      for (const m of marks) {
        if (visible) setInline(m, markDeclarations(claim.status), true);
        else m.removeAttribute('style');
      }
    }
  }

  /** Wraps matched claims from last to first, so a split never moves an offset not yet wrapped. */
  async function wrapAll(jobs: Array<{ index: number; start: number; end: number }>, index: TextIndex, gen: number, pause: () => Promise<void> | null): Promise<void> {
    jobs.sort((a, b) => b.start - a.start);
    for (const job of jobs) {
      const wait = pause();
      if (wait) {
        observer?.takeRecords();
        await wait;
        if (gen !== generation) return;
      }
      const claim = report?.claims[job.index];
      const pieces = claim ? index.pieces(job.start, job.end) : null;
      if (!claim || !pieces) continue;
      const marks = wrap(job.index, claim.status, pieces);
      if (!marks.length) continue;
      marksByClaim.set(job.index, marks);
      orphans.delete(job.index);
      decorate(job.index);
    }
    observer?.takeRecords();
  }

  async function anchor(gen: number, only: Set<number>): Promise<void> {
    const body = doc.body;
    if (!report || !body) return;
    const pause = createPacer(win);
    // Where each claim already anchored stands now (fixed), so orphans between them keep their order.
    const index = await buildTextIndex(body, { isOwn, pause });
    if (gen !== generation || !report) return;
    const fixedSpans = new Map<number, [number, number]>();
    for (const [i, marks] of marksByClaim) {
      const first = marks[0]?.firstChild;
      const last = marks[marks.length - 1]?.lastChild;
      const isText = (n: Node | null | undefined): n is Text => n?.nodeType === Node.TEXT_NODE;
      const span = isText(first) && isText(last) ? index.spanOf(first, last) : null;
      if (span) fixedSpans.set(i, span);
    }
    const matches = await anchorQuotes(
      index.text,
      report.claims.map((c) => c.text),
      { needed: (i) => only.has(i), fixed: (i) => fixedSpans.get(i), pause },
    );
    if (gen !== generation) return;
    const jobs: Array<{ index: number; start: number; end: number }> = [];
    for (const i of only) {
      const m = matches[i];
      if (m) jobs.push({ index: i, start: m.start, end: m.end });
    }
    await wrapAll(jobs, index, gen, pause);
  }

  // ------------------------------------------------------------------ re-anchoring
  function stopWatching(): void {
    observer?.disconnect();
    observer = null;
    clearTimeout(debounceTimer);
    clearTimeout(quietTimer);
  }

  /**
   * Watches the page for a while after highlighting: a paragraph that arrives late anchors its
   * orphans, and a highlight the page removed (a framework re-rendering a paragraph) is looked for
   * again. Ends after `quietMs` without a change, or after `maxRounds` searches.
   */
  function watch(): void {
    const MO = (win as (Window & typeof globalThis) | null)?.MutationObserver;
    if ((!orphans.size && !marksByClaim.size) || observer || !MO || !doc.body) return;
    rounds = 0;
    observer = new MO((records) => {
      if (records.length) pageChanged();
    });
    observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
    quietTimer = setTimeout(stopWatching, quietMs);
  }

  function pageChanged(): void {
    clearTimeout(debounceTimer);
    clearTimeout(quietTimer);
    debounceTimer = setTimeout(() => void reanchor(), debounceMs);
    quietTimer = setTimeout(stopWatching, quietMs + debounceMs);
  }

  async function reanchor(): Promise<void> {
    const gen = generation;
    // A highlight the page removed (a re-rendered paragraph) becomes an orphan to look for again.
    for (const [i, marks] of [...marksByClaim]) {
      if (!marks.some((m) => m.isConnected)) {
        marksByClaim.delete(i);
        orphans.add(i);
      }
    }
    // Nothing to look for: a change elsewhere on the page (an advert, a ticker) costs only this check.
    if (orphans.size) {
      rounds++;
      try {
        await anchor(gen, new Set(orphans));
      } catch {
        // A page that changes under us mid-way: the next change or the quiet timer ends the round.
      }
      if (gen !== generation) return;
    }
    const after = summary();
    const now = JSON.stringify(after);
    if (now !== reported) {
      reported = now;
      options.onChange?.(after);
    }
    if (rounds >= maxRounds) stopWatching();
  }

  // ------------------------------------------------------------------ card
  function openCard(mark: Element, index: number): void {
    if (!report || !visible) return;
    const claim = report.claims[index];
    if (!claim) return;
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    const previous = card?.openFor;
    card ??= new EvidenceCard(doc, options.shadowMode ?? 'closed', () => closeCard(true));
    card.open(mark, marksByClaim.get(index) ?? [mark], index, { claim, sources: report.sources });
    if (previous != null && previous !== index) buttonOf(previous)?.setAttribute('aria-expanded', 'false');
    buttonOf(index)?.setAttribute('aria-expanded', 'true');
  }

  function closeCard(returnFocus: boolean): void {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    const index = card?.openFor;
    if (index == null || !card) return;
    const first = marksByClaim.get(index)?.[0];
    // Where keyboard focus belongs for this statement: our button, or the link or control it starts in.
    const control = buttonOf(index) ?? (first?.parentElement?.closest(INTERACTIVE) as HTMLElement | null | undefined);
    const active = doc.activeElement;
    const focusWasOurs = active === card.host || claimOf(active) !== undefined || (!!control && active === control);
    card.close();
    buttonOf(index)?.setAttribute('aria-expanded', 'false');
    if (returnFocus && focusWasOurs && visible && control) {
      refocusing = true;
      try {
        control.focus({ preventScroll: true });
      } finally {
        refocusing = false;
      }
    }
  }

  const later = (fn: () => void, ms: number) => setTimeout(fn, ms);

  const onMouseOver = (e: Event) => {
    if (!e.isTrusted) return;
    if (card?.contains(e.target as Node)) {
      clearTimeout(closeTimer);
      return;
    }
    const index = claimOf(e.target);
    if (index === undefined) return;
    clearTimeout(closeTimer);
    if (card?.openFor === index) return;
    clearTimeout(openTimer);
    openTimer = later(() => openCard(e.target as Element, index), 120);
  };

  const onMouseOut = (e: Event) => {
    if (!e.isTrusted) return;
    const from = e.target as Node;
    const overOurs = claimOf(from) !== undefined || card?.contains(from);
    if (!overOurs) return;
    clearTimeout(openTimer);
    const to = (e as MouseEvent).relatedTarget as Node | null;
    if (card?.contains(to) || (claimOf(to) !== undefined && claimOf(to) === card?.openFor)) return;
    // Keep it open while focus is on it: a keyboard user's card must not vanish under a passing mouse.
    const active = doc.activeElement;
    if (card?.isOpen && (active === card.host || claimOf(active) === card.openFor)) return;
    clearTimeout(closeTimer);
    closeTimer = later(() => closeCard(false), 300);
  };

  const onFocusIn = (e: Event) => {
    if (!e.isTrusted || refocusing) return;
    const target = e.target as Element;
    const index = claimOf(target) ?? firstClaimInside(target);
    if (index !== undefined) openCard(claimOf(target) === undefined ? (marksByClaim.get(index)?.[0] ?? target) : target, index);
    else if (card?.isOpen && !card.contains(target)) closeCard(false);
  };

  /** A statement that starts inside a focused link or button, found among our own marks only. */
  const firstClaimInside = (el: Element): number | undefined => {
    if (!visible || !el.querySelectorAll || card?.contains(el)) return undefined;
    for (const m of el.querySelectorAll(MARK_TAG)) {
      const i = claimOfMark.get(m);
      if (i !== undefined && marksByClaim.get(i)?.[0] === m) return i;
    }
    return undefined;
  };

  const onKeyDown = (e: Event) => {
    const k = e as KeyboardEvent;
    if (!k.isTrusted) return;
    if (k.key === 'Escape' && card?.isOpen) {
      closeCard(true);
      return;
    }
    const index = claimOf(k.target);
    if (index !== undefined && (k.key === 'Enter' || k.key === ' ')) {
      k.preventDefault();
      openCard(k.target as Element, index);
      card?.focusInside();
    }
  };

  const onClick = (e: Event) => {
    if (!e.isTrusted) return;
    const index = claimOf(e.target);
    // No preventDefault: a highlight inside a link must still follow the link.
    if (index !== undefined) openCard(e.target as Element, index);
  };

  const listeners: Array<[string, (e: Event) => void]> = [
    ['mouseover', onMouseOver], ['mouseout', onMouseOut], ['focusin', onFocusIn], ['keydown', onKeyDown], ['click', onClick],
  ];
  function listen(on: boolean): void {
    if (on === listening) return;
    listening = on;
    for (const [type, fn] of listeners) {
      if (on) doc.addEventListener(type, fn, true);
      else doc.removeEventListener(type, fn, true);
    }
  }

  // ------------------------------------------------------------------ API
  function clear(): void {
    generation++;
    stopWatching();
    listen(false);
    for (const t of [openTimer, closeTimer, ...flashTimers.values()]) clearTimeout(t);
    flashTimers.clear();
    card?.destroy();
    card = null;
    for (const marks of marksByClaim.values()) {
      for (const mark of marks) {
        const parent = mark.parentNode;
        if (!parent) continue;
        while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
        mark.remove();
      }
    }
    // Undo splits last-first; each kept node is then directly followed by what was split off it.
    // Only our own splits are merged (never parent.normalize()), so the page's own adjacent text nodes stay apart.
    for (let k = splits.length - 1; k >= 0; k--) {
      const [kept, rest] = splits[k]!;
      if (rest.previousSibling === kept && kept.isConnected) {
        kept.appendData(rest.data);
        rest.remove();
      }
    }
    splits = [];
    marksByClaim.clear();
    claimOfMark = new WeakMap();
    orphans.clear();
    if (docSheet) unadoptSheet(doc, docSheet);
    docSheet = null;
    report = null;
    wanted = [];
  }

  async function apply(next: Report, opts: ApplyOptions): Promise<AnchorSummary> {
    clear();
    const gen = generation;
    report = next;
    visible = opts.visible;
    wanted = next.claims.flatMap((c, i) => (opts.all || c.evidence.length > 0 ? [i] : []));
    for (const i of wanted) orphans.add(i);
    if (!wanted.length) return summary();
    docSheet = adoptSheet(doc, markCss(visible));
    listen(true);
    try {
      await anchor(gen, new Set(wanted));
    } catch {
      // Whatever went wrong, claims not wrapped are orphans; the page is left as it is.
    }
    if (gen !== generation) return { anchored: [], orphans: [...wanted] };
    reported = JSON.stringify(summary());
    watch();
    return summary();
  }

  function setVisible(next: boolean): void {
    visible = next;
    if (!next) closeCard(false);
    docSheet?.replaceSync(markCss(next));
    for (const i of marksByClaim.keys()) decorate(i);
  }

  function focus(index: number): boolean {
    const marks = marksByClaim.get(index);
    const first = marks?.[0];
    if (!marks || !first?.isConnected) return false;
    const reduce = !!win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    first.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    clearTimeout(flashTimers.get(index));
    for (const m of marks) {
      m.removeAttribute(ATTR_FLASH);
      void m.offsetWidth; // restart the animation when flashed twice in a row
      m.setAttribute(ATTR_FLASH, '');
      if (!docSheet) setInline(m, { outline: '3px solid #2563eb', 'outline-offset': '1px' }, true);
    }
    flashTimers.set(index, setTimeout(() => {
      for (const m of marks) {
        m.removeAttribute(ATTR_FLASH);
        if (!docSheet) {
          m.style.removeProperty('outline');
          m.style.removeProperty('outline-offset');
        }
      }
    }, FLASH_MS));
    return true;
  }

  return { apply, setVisible, focus, clear };
}
