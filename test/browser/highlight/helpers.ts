/**
 * Shared set-up for the highlighter's browser tests: a page body from HTML, reports made of a few
 * claims, and an iframe whose document carries its own Content-Security-Policy.
 */
import type { Claim, ClaimStatus, Evidence, Report, SourceRef } from '../../../src/core/types';

export const SOURCES: SourceRef[] = [
  { id: 'wire', outlet: 'Wire Service', title: 'Storm hits coast', published: '2024-11-13', url: 'https://wire.example/storm', relatedness: 0.9 },
  { id: 'daily', outlet: 'The Daily', title: 'Coast storm', published: '2024-11-14', url: 'https://daily.example/coast', relatedness: 0.8 },
];

const EVIDENCE: Record<Exclude<ClaimStatus, 'unique'>, Evidence[]> = {
  conflicting: [
    { source: 'wire', quote: 'At least 14 people died in the storm, officials said.', verdict: 'conflicts', kind: 'number', reason: 'The Wire Service gives 14 deaths, not 12.', claimSpan: '12', quoteSpan: '14' },
  ],
  corroborated: [
    { source: 'daily', quote: 'The storm reached the coast on Tuesday.', verdict: 'corroborates', kind: 'same-fact', reason: 'The Daily reports the same day.' },
  ],
  mixed: [
    { source: 'wire', quote: 'About 3,000 homes lost power.', verdict: 'corroborates', kind: 'compatible-figure', reason: 'A compatible figure.' },
    { source: 'daily', quote: 'Some 9,000 homes lost power.', verdict: 'conflicts', kind: 'number', reason: 'The Daily gives 9,000 homes.', quoteSpan: '9,000' },
  ],
};

/** A claim with the usual evidence for its status (none for 'unique'). */
export function claim(text: string, status: ClaimStatus = 'conflicting', evidence?: Evidence[]): Claim {
  return { text, start: 0, end: text.length, status, evidence: evidence ?? (status === 'unique' ? [] : EVIDENCE[status]) };
}

export function report(claims: Claim[], sources: SourceRef[] = SOURCES): Report {
  return { article: { title: 'Test article', url: null, published: '2024-11-13', sentences: claims.length }, sources, claims, notice: null };
}

/** Replaces the test page's body with `html` and returns it. */
export function mount(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** The marks of claim `index`, by our agreed attribute, in document order. */
export const marksOf = (index: number, root: ParentNode = document): HTMLElement[] =>
  [...root.querySelectorAll<HTMLElement>(`corroborate-mark[data-corroborate-claim="${index}"]`)];

/** The text a claim's highlight covers. */
export const highlightedText = (index: number, root: ParentNode = document): string => marksOf(index, root).map((m) => m.textContent).join('');

/** An iframe whose document is `html` under the given CSP (a meta tag in a srcdoc). */
export async function frameWithCsp(html: string, csp: string | null): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '600px';
  const meta = csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}">` : '';
  frame.srcdoc = `<!doctype html><html><head>${meta}</head><body>${html}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
