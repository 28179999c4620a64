/**
 * Styles for the in-page highlights and the evidence card, and the two ways of applying them.
 *
 * A strict page CSP (`style-src` / `default-src 'none'`) blocks <style> elements and `style="…"`
 * attributes that we would add to the page. It does not block constructable stylesheets adopted by the
 * document or a shadow root, nor CSSOM property writes (`el.style.setProperty`). So styles are declared
 * once, as data, and applied either as an adopted sheet (full CSS: hover, focus, dark mode, markers)
 * or, where adopting fails (COMPAT(firefox): content-script Xrays around `adoptedStyleSheets`), as
 * inline properties set through the CSSOM, which keeps colour and underline style.
 */
import type { ClaimStatus } from '../../core/types';

/** Tag of the wrapper around each highlighted piece of text (a custom element name: no page CSS aims at it). */
export const MARK_TAG = 'corroborate-mark';
/** Tag of the card's shadow host. */
export const HOST_TAG = 'corroborate-card';

/** Data attributes agreed with the end-to-end tests. */
export const ATTR_CLAIM = 'data-corroborate-claim';
export const ATTR_STATUS = 'data-corroborate-status';
/** "first", "last" or both: where a piece stands in its statement. */
export const ATTR_PART = 'data-corroborate-part';
export const ATTR_FLASH = 'data-corroborate-flash';

type Decl = Record<string, string>;

/** Colour for the tint and the underline, and the underline style: the second cue besides colour. */
const MARK_LOOK: Record<ClaimStatus, { tint: string; line: string; style: string; marker: string }> = {
  conflicting: { tint: 'rgba(220, 38, 38, 0.17)', line: '#c81e1e', style: 'wavy', marker: '≠' },
  mixed: { tint: 'rgba(234, 148, 8, 0.2)', line: '#b86e00', style: 'dashed', marker: '±' },
  corroborated: { tint: 'rgba(34, 160, 80, 0.16)', line: '#1e8a43', style: 'solid', marker: '✓' },
  // No marker: a statement only this article makes has nothing to flag beyond its dotted line.
  unique: { tint: 'rgba(100, 116, 139, 0.14)', line: '#64748b', style: 'dotted', marker: '' },
};

/** Inline declarations of a visible mark: what survives when no stylesheet can be adopted. */
export function markDeclarations(status: ClaimStatus): Decl {
  const look = MARK_LOOK[status];
  return {
    'background-color': look.tint,
    color: 'inherit',
    'text-decoration-line': 'underline',
    'text-decoration-style': look.style,
    'text-decoration-color': look.line,
    'text-decoration-thickness': status === 'corroborated' ? '2px' : '1.5px',
    'text-underline-offset': '3px',
    'text-decoration-skip-ink': 'none',
    'border-radius': '2px',
    cursor: 'help',
  };
}

const cssBlock = (selector: string, decl: Decl, important = true) =>
  `${selector}{${Object.entries(decl)
    .map(([k, v]) => `${k}:${v}${important ? ' !important' : ''};`)
    .join('')}}`;

/** The document-level sheet. `!important` because a hostile `* { all: unset }` must not erase the cue. */
export function markCss(visible: boolean): string {
  const flash = `@keyframes corroborate-flash{0%,40%{box-shadow:0 0 0 4px rgba(37,99,235,.55)}100%{box-shadow:0 0 0 0 rgba(37,99,235,0)}}
${MARK_TAG}[${ATTR_FLASH}]{animation:corroborate-flash 1.6s ease-out 1 !important;}
@media (prefers-reduced-motion: reduce){${MARK_TAG}[${ATTR_FLASH}]{animation:none !important;outline:3px solid #2563eb !important;}}`;
  if (!visible) return flash;
  const parts: string[] = [flash];
  for (const status of Object.keys(MARK_LOOK) as ClaimStatus[]) {
    const sel = `${MARK_TAG}[${ATTR_STATUS}="${status}"]`;
    parts.push(cssBlock(sel, markDeclarations(status)));
    if (!MARK_LOOK[status].marker) continue;
    // A small marker after the statement, kept out of the accessible text by the `/ ""` alternative.
    const marker = { content: `"${MARK_LOOK[status].marker}"`, 'font-size': '0.72em', 'vertical-align': 'super', 'line-height': '0', 'margin-left': '1px', color: MARK_LOOK[status].line, 'font-weight': '700' };
    parts.push(cssBlock(`${sel}[${ATTR_PART}~="last"]::after`, marker));
    parts.push(`${sel}[${ATTR_PART}~="last"]::after{content:"${MARK_LOOK[status].marker}" / "" !important;}`);
  }
  parts.push(`${MARK_TAG}:focus-visible{outline:2px solid #2563eb !important;outline-offset:2px !important;}`);
  return parts.join('\n');
}

/** Theme tokens of the card, light then dark: the popup's palette, so both surfaces look alike. */
export const CARD_THEME: Record<'light' | 'dark', Decl> = {
  light: {
    '--bg': '#ffffff', '--surface': '#f5f6f8', '--ink': '#1b1f24', '--ink-2': '#4a525c', '--line': '#d5d9df',
    '--accent': '#1f5fbf', '--mark-bg': '#ffe27a', '--mark-ink': '#1b1f24', '--shadow': 'rgba(15, 23, 42, 0.22)',
    '--conflicting': '#b3261e', '--conflicting-bg': '#fdecea', '--mixed': '#8a5300', '--mixed-bg': '#fff3df',
    '--corroborated': '#1e6b35', '--corroborated-bg': '#e7f4ea', '--unique': '#4a525c', '--unique-bg': '#eef0f3',
  },
  dark: {
    '--bg': '#1f2328', '--surface': '#16191d', '--ink': '#e8eaed', '--ink-2': '#aab1ba', '--line': '#3a4048',
    '--accent': '#8ab4f8', '--mark-bg': '#6b5700', '--mark-ink': '#fff6d0', '--shadow': 'rgba(0, 0, 0, 0.6)',
    '--conflicting': '#ff8a80', '--conflicting-bg': '#3b1d1b', '--mixed': '#ffc766', '--mixed-bg': '#36290f',
    '--corroborated': '#7fd48f', '--corroborated-bg': '#183020', '--unique': '#b5bcc5', '--unique-bg': '#262b31',
  },
};

const badge = (status: ClaimStatus): [string, Decl] => [`.badge-${status}`, { color: `var(--${status})`, 'background-color': `var(--${status}-bg)`, 'border-color': `var(--${status})` }];

/**
 * The card's rules. Selectors are plain classes (no pseudo-classes) so the inline fallback can apply
 * each rule with querySelectorAll; the extras that need real CSS are in CARD_EXTRA_CSS.
 */
export const CARD_RULES: Array<[string, Decl]> = [
  ['.card', {
    display: 'block', 'box-sizing': 'border-box', width: '100%', 'max-height': 'min(70vh, 520px)', overflow: 'auto',
    margin: '0', padding: '12px 14px 14px', 'background-color': 'var(--bg)', color: 'var(--ink)',
    border: '1px solid var(--line)', 'border-radius': '10px', 'box-shadow': '0 8px 28px var(--shadow)',
    font: '14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    'text-align': 'left', 'letter-spacing': 'normal', 'word-spacing': 'normal', 'text-transform': 'none',
    'white-space': 'normal', 'overflow-wrap': 'anywhere', direction: 'ltr', 'color-scheme': 'light dark',
  }],
  ['.head', { display: 'flex', 'align-items': 'center', gap: '8px', margin: '0 0 4px' }],
  ['.badge', { display: 'inline-block', padding: '1px 8px', 'border-radius': '999px', border: '1px solid', 'font-size': '12px', 'font-weight': '600', 'line-height': '18px' }],
  badge('conflicting'), badge('mixed'), badge('corroborated'), badge('unique'),
  ['.count', { color: 'var(--ink-2)', 'font-size': '12px', flex: '1 1 auto' }],
  ['.close', {
    display: 'inline-flex', 'align-items': 'center', 'justify-content': 'center', width: '26px', height: '26px', padding: '0',
    margin: '0', border: '1px solid transparent', 'border-radius': '6px', background: 'transparent', color: 'var(--ink-2)',
    font: 'inherit', 'font-size': '18px', 'line-height': '1', cursor: 'pointer',
  }],
  ['.help', { margin: '0 0 8px', color: 'var(--ink-2)', 'font-size': '12.5px' }],
  ['.list', { display: 'block', margin: '0', padding: '0', 'list-style': 'none' }],
  ['.item', { display: 'block', margin: '0', padding: '10px 0 0', 'border-top': '1px solid var(--line)' }],
  ['.meta', { display: 'flex', 'flex-wrap': 'wrap', 'align-items': 'baseline', gap: '4px 8px', margin: '0 0 6px' }],
  ['.outlet', { 'font-weight': '650', color: 'var(--ink)' }],
  ['.date', { color: 'var(--ink-2)', 'font-size': '12.5px' }],
  ['.verdict', { 'margin-left': 'auto', 'font-size': '12px', 'font-weight': '600', padding: '0 6px', 'border-radius': '4px', border: '1px solid' }],
  ['.verdict-conflicts', { color: 'var(--conflicting)', 'background-color': 'var(--conflicting-bg)', 'border-color': 'var(--conflicting)' }],
  ['.verdict-corroborates', { color: 'var(--corroborated)', 'background-color': 'var(--corroborated-bg)', 'border-color': 'var(--corroborated)' }],
  ['.quote', { display: 'block', margin: '0 0 6px', padding: '4px 0 4px 10px', 'border-left': '3px solid var(--line)', color: 'var(--ink)', 'font-style': 'normal' }],
  ['.diff', { 'background-color': 'var(--mark-bg)', color: 'var(--mark-ink)', 'font-weight': '600', 'border-radius': '2px', padding: '0 2px' }],
  ['.reason', { margin: '0 0 4px', color: 'var(--ink-2)', 'font-size': '13px' }],
  ['.note', { margin: '0 0 4px', color: 'var(--ink)', 'font-size': '12.5px', 'font-style': 'italic' }],
  ['.link', { color: 'var(--accent)', 'font-size': '12.5px', 'text-decoration': 'underline', cursor: 'pointer' }],
];

/** What only a real stylesheet can say. */
const CARD_EXTRA_CSS = `.close:hover{background:var(--surface);border-color:var(--line);color:var(--ink);}
.close:focus-visible,.link:focus-visible,.card:focus-visible{outline:2px solid var(--accent);outline-offset:2px;}
.card:focus{outline:none;}
.card:focus-visible{outline-offset:-2px;}
@media (prefers-color-scheme: dark){${cssBlock('.card', CARD_THEME.dark, false)}}`;

export function cardCss(): string {
  return [cssBlock('.card', CARD_THEME.light, false), ...CARD_RULES.map(([sel, decl]) => cssBlock(sel, decl, false)), CARD_EXTRA_CSS].join('\n');
}

/** Sets declarations through the CSSOM, which a page CSP does not block. */
export function setInline(el: Element, decl: Decl, important = false): void {
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  if (!style) return;
  for (const [k, v] of Object.entries(decl)) style.setProperty(k, v, important ? 'important' : '');
}

/** Applies CARD_RULES inline to a rendered card (fallback when no sheet could be adopted). */
export function applyCardRulesInline(root: ParentNode, dark: boolean): void {
  const card = root.querySelector('.card');
  if (card) setInline(card, CARD_THEME[dark ? 'dark' : 'light']);
  for (const [selector, decl] of CARD_RULES) root.querySelectorAll(selector).forEach((el) => setInline(el, decl));
}

/**
 * Adopts a constructable sheet on a document or shadow root. Returns the sheet, or null when this
 * browser or world refuses, so the caller falls back to inline styles.
 */
export function adoptSheet(target: Document | ShadowRoot, css: string): CSSStyleSheet | null {
  // nodeType, not instanceof: the document may belong to another realm (an iframe).
  const win = (target.nodeType === Node.DOCUMENT_NODE ? (target as Document) : (target as ShadowRoot).ownerDocument).defaultView;
  try {
    // The sheet must be built by the target document's own window: a sheet from another realm is refused.
    const Sheet = (win as (Window & typeof globalThis) | null)?.CSSStyleSheet;
    if (!Sheet || !('adoptedStyleSheets' in target)) return null;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    return target.adoptedStyleSheets.includes(sheet) ? sheet : null;
  } catch {
    return null;
  }
}

export function unadoptSheet(target: Document | ShadowRoot, sheet: CSSStyleSheet): void {
  try {
    target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
  } catch {
    // The page replaced or froze its list: nothing of ours is left to remove.
  }
}
