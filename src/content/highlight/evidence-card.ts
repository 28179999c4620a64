/**
 * The evidence card that opens next to a highlight: the same content as the popup's expanded statement
 * (outlet, date, the other report's verbatim words with the differing part emphasised, verdict, reason,
 * a note for superseded reports and a link to the source at that quote).
 *
 * It lives in a closed shadow root, so page CSS cannot reach in and ours cannot leak out, and a page
 * script cannot read or click inside it. Every string from data is set with textContent.
 */
import type { Claim, Evidence, SourceRef } from '../../core/types';
import { KIND_LABEL, STATUS_HELP, STATUS_LABEL, VERDICT_LABEL, formatDate, newerNote, textFragmentUrl } from '../../ui/labels';
import { emphasise } from '../../popup/emphasise';
import { safeHttpUrl } from '../../popup/safe-url';
import { HOST_TAG, adoptSheet, applyCardRulesInline, cardCss, setInline } from './highlight-styles';

export type CardData = { claim: Claim; sources: readonly SourceRef[] };

/** Shadow roots by host, for tests only: the content script's module scope is out of the page's reach. */
const roots = new WeakMap<Element, ShadowRoot>();
export const cardShadowRoot = (host: Element): ShadowRoot | undefined => roots.get(host);

const CARD_WIDTH = 380;
const GAP = 6;

export class EvidenceCard {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly styled: boolean;
  private claimIndex: number | null = null;

  constructor(private readonly doc: Document, mode: ShadowRootMode = 'closed', private readonly onClose: () => void = () => {}) {
    this.host = doc.createElement(HOST_TAG);
    this.root = this.host.attachShadow({ mode });
    roots.set(this.host, this.root);
    this.styled = adoptSheet(this.root, cardCss()) !== null;
    this.hide();
  }

  get isOpen(): boolean {
    return this.claimIndex !== null;
  }

  /** The claim index whose card is open, or null. */
  get openFor(): number | null {
    return this.claimIndex;
  }

  contains(node: Node | null): boolean {
    return !!node && (node === this.host || this.host.contains(node) || this.root.contains(node));
  }

  /**
   * Renders the card for claim `index` and places it under (or over) the whole statement, so it never
   * covers the words it explains, lined up with `near` (the piece hovered or focused).
   */
  open(near: Element, pieces: readonly Element[], index: number, data: CardData): void {
    if (!this.host.isConnected) this.doc.documentElement.appendChild(this.host);
    this.render(index, data);
    this.claimIndex = index;
    this.place(near, pieces);
  }

  close(): void {
    if (this.claimIndex === null) return;
    this.claimIndex = null;
    this.hide();
  }

  /** Moves keyboard focus into the card (so its link can be reached); returns whether it could. */
  focusInside(): boolean {
    const card = this.root.querySelector<HTMLElement>('.card');
    card?.focus({ preventScroll: true });
    return !!card;
  }

  destroy(): void {
    this.claimIndex = null;
    this.host.remove();
  }

  private hide(): void {
    // `all: initial` first: a page rule such as `* { all: unset !important }` loses to inline !important.
    setInline(this.host, { all: 'initial' }, true);
    setInline(this.host, { display: 'none' }, true);
  }

  private place(near: Element, pieces: readonly Element[]): void {
    const win = this.doc.defaultView;
    const vw = win?.innerWidth ?? 800;
    const vh = win?.innerHeight ?? 600;
    const sx = win?.scrollX ?? 0;
    const sy = win?.scrollY ?? 0;
    const nearRect = near.getClientRects()[0] ?? near.getBoundingClientRect();
    let top = nearRect.top;
    let bottom = nearRect.bottom;
    for (const piece of pieces.length ? pieces : [near]) {
      for (const r of piece.getClientRects()) {
        // Only the lines of this statement near the pointer: a statement cut by a page reflow far away must not push the card off.
        if (r.bottom < nearRect.top - vh || r.top > nearRect.bottom + vh) continue;
        top = Math.min(top, r.top);
        bottom = Math.max(bottom, r.bottom);
      }
    }
    const width = Math.max(200, Math.min(CARD_WIDTH, vw - 16));
    const left = Math.max(8, Math.min(nearRect.left, vw - width - 8));
    setInline(this.host, { all: 'initial' }, true);
    setInline(this.host, { display: 'block', position: 'absolute', 'z-index': '2147483647', width: `${width}px`, left: `${left + sx}px`, top: `${bottom + GAP + sy}px`, margin: '0', padding: '0' }, true);
    const height = this.host.getBoundingClientRect().height;
    if (bottom + GAP + height > vh && top - GAP - height > 0) {
      setInline(this.host, { top: `${top - GAP - height + sy}px` }, true);
    }
  }

  private render(index: number, { claim, sources }: CardData): void {
    const d = this.doc;
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text?: string): HTMLElementTagNameMap[K] => {
      const node = d.createElement(tag);
      node.className = cls;
      if (text !== undefined) node.textContent = text;
      return node;
    };
    const card = el('div', 'card');
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', `Evidence for a statement: ${STATUS_LABEL[claim.status]}`);
    card.tabIndex = -1;
    card.dataset.claim = String(index);

    const head = el('div', 'head');
    head.append(el('span', `badge badge-${claim.status}`, STATUS_LABEL[claim.status]));
    const n = claim.evidence.length;
    head.append(el('span', 'count', n === 0 ? 'No other report' : n === 1 ? '1 other report' : `${n} other reports`));
    const close = el('button', 'close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', 'Close evidence');
    close.addEventListener('click', (e) => {
      if (e.isTrusted) this.onClose();
    });
    head.append(close);
    card.append(head, el('p', 'help', STATUS_HELP[claim.status]));

    if (n > 0) {
      const list = el('ul', 'list');
      for (const ev of claim.evidence) list.append(this.renderEvidence(ev, sources.find((s) => s.id === ev.source), el));
      card.append(list);
    }
    this.root.replaceChildren(card);
    if (!this.styled) applyCardRulesInline(this.root, !!this.doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches);
  }

  private renderEvidence(
    ev: Evidence,
    source: SourceRef | undefined,
    el: <K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text?: string) => HTMLElementTagNameMap[K],
  ): HTMLLIElement {
    const item = el('li', 'item');
    const meta = el('div', 'meta');
    meta.append(el('span', 'outlet', source?.outlet ?? ev.source), el('span', 'date', formatDate(source?.published ?? null)));
    meta.append(el('span', `verdict verdict-${ev.verdict}`, `${VERDICT_LABEL[ev.verdict]} · ${KIND_LABEL[ev.kind]}`));
    item.append(meta);

    const quote = el('blockquote', 'quote');
    for (const piece of emphasise(ev.quote, [ev.quoteSpan])) {
      quote.append(piece.marked ? el('strong', 'diff', piece.text) : this.doc.createTextNode(piece.text));
    }
    item.append(quote, el('p', 'reason', ev.reason));
    const note = ev.kind === 'superseded' || ev.newer ? newerNote(ev.newer) : null;
    if (note) item.append(el('p', 'note', note));

    const url = safeHttpUrl(source?.url);
    if (url) {
      const link = el('a', 'link', `Open ${source?.outlet ?? 'the source'} at this quote`);
      link.href = textFragmentUrl(url, ev.quote);
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      item.append(link);
    }
    return item;
  }
}
