/**
 * The adapter between the live DOM and text positions: one pass over the page's text nodes builds the
 * normalised text that quotes are matched in, and turns a span of it back into (text node, offset)
 * pieces, however many inline elements (<a>, <em>, <strong>, spans) the span crosses.
 */
import { Normalizer } from './normalize-text';

/** Part of one text node: [start, end) in its data. */
export type TextPiece = { node: Text; start: number; end: number };

export type TextIndex = {
  /** The page's text, normalised (see normalize-text.ts), blocks separated by a space. */
  text: string;
  /**
   * The text-node pieces of a span of `text`, or null if the page changed those nodes since indexing.
   * Offsets stay valid under our own splitting as long as spans are wrapped from last to first.
   */
  pieces(start: number, end: number): TextPiece[] | null;
  /** The span of `text` from the start of `first` to the end of `last`, if both were indexed. */
  spanOf(first: Text, last: Text): [number, number] | null;
};

export type BuildTextIndexOptions = {
  /** Our own elements (the card host): left out with their subtrees. */
  isOwn?: (el: Element) => boolean;
  /** Called every few hundred nodes; resolves when the page has had a turn. */
  pause?: () => Promise<void> | null;
};

/** Whose text is not article text, or must never be wrapped (form controls, SVG, embedded content). */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'DATALIST', 'IFRAME', 'OBJECT',
  'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'INPUT', 'BUTTON', 'HEAD', 'TITLE', 'MAP',
]);

/** Elements whose edges read as whitespace, so "…end.</p><p>Next…" never glues two words together. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD',
  'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * Readability drops what it judges invisible (`_isProbablyVisible`: inline display:none, `hidden`,
 * aria-hidden), so a sentence it returns never contains that text; leaving it out here too keeps a
 * sentence with a hidden span in the middle (screen-reader-only labels aside) contiguous.
 */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && !(el.getAttribute('class') ?? '').includes('fallback-image')) return true;
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  return style?.display === 'none';
}

function isSkipped(el: Element, isOwn: (el: Element) => boolean): boolean {
  return el.namespaceURI !== HTML_NS || SKIP_TAGS.has(el.tagName) || el.hasAttribute('contenteditable') || isHidden(el) || isOwn(el);
}

export async function buildTextIndex(root: Element, opts: BuildTextIndexOptions = {}): Promise<TextIndex> {
  const doc = root.ownerDocument;
  const isOwn = opts.isOwn ?? (() => false);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const datas: string[] = [];
  const blockCache = new Map<Element, Element | null>();
  const norm = new Normalizer();
  const blockOf = (node: Node): Element | null => {
    const parent = node.parentElement;
    if (!parent) return null;
    const cached = blockCache.get(parent);
    if (cached !== undefined) return cached;
    let el: Element | null = parent;
    while (el && el !== root && !BLOCK_TAGS.has(el.tagName)) el = el.parentElement;
    const block = el ?? root;
    blockCache.set(parent, block);
    return block;
  };

  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.nodeType === Node.ELEMENT_NODE && isSkipped(n as Element, isOwn) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let raw = 0;
  let lastBlock: Element | null = null;
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if ((++seen & 511) === 0) {
      const wait = opts.pause?.();
      if (wait) await wait;
    }
    if (n.nodeType === Node.ELEMENT_NODE) {
      const tag = (n as Element).tagName;
      if (tag === 'BR' || tag === 'HR') norm.separate(raw);
      continue;
    }
    const data = (n as Text).data;
    if (!data) continue;
    const block = blockOf(n);
    if (block !== lastBlock) {
      norm.separate(raw);
      lastBlock = block;
    }
    nodes.push(n as Text);
    starts.push(raw);
    datas.push(data);
    norm.push(data, raw);
    raw += data.length;
  }
  const { text, map } = norm.finish();
  const nodeIndex = new Map<Text, number>();
  nodes.forEach((node, i) => nodeIndex.set(node, i));

  /** Index of the node holding raw offset `r`. */
  const nodeAt = (r: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= r) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  /** First normalised index whose raw offset is >= r. */
  const normAt = (r: number): number => {
    let lo = 0;
    let hi = map.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (map[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  return {
    text,
    pieces(start, end) {
      if (start < 0 || end > map.length || start >= end) return null;
      const rawStart = map[start]!;
      const rawEnd = map[end - 1]! + 1;
      const out: TextPiece[] = [];
      for (let k = nodeAt(rawStart); k < nodes.length && starts[k]! < rawEnd; k++) {
        const node = nodes[k]!;
        const data = datas[k]!;
        const s = Math.max(rawStart, starts[k]!) - starts[k]!;
        const e = Math.min(rawEnd, starts[k]! + data.length) - starts[k]!;
        if (e <= s) continue;
        // Our own wrapping only ever shortens a node from the end, so the prefix must still be there.
        if (!node.isConnected || node.length < e || node.data.slice(s, e) !== data.slice(s, e)) return null;
        out.push({ node, start: s, end: e });
      }
      return out.length ? out : null;
    },
    spanOf(first, last) {
      const a = nodeIndex.get(first);
      const b = nodeIndex.get(last);
      if (a === undefined || b === undefined || b < a) return null;
      const s = normAt(starts[a]!);
      const e = normAt(starts[b]! + datas[b]!.length);
      return e > s ? [s, e] : null;
    },
  };
}
