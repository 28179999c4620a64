/**
 * Everything the popup and the full report need from the extension, as one interface. The real
 * implementation (browser-popup-client.ts) talks to the background, the page and storage; tests
 * pass a fake, so the components run in a plain browser page without extension APIs.
 */
import type { Analysis, AnchorSummary, Outcome, Stage } from '../messages/protocol';
import type { Result } from '../core/types';

export type PopupClient = {
  /** The tab whose article is shown. */
  resolveTabId(): Promise<Result<number>>;
  /** Analyse the tab, or return the cached analysis unless `force`. */
  analyze(tabId: number, force?: boolean): Promise<Outcome<Analysis>>;
  /** Scroll the page to a statement's highlight and flash it; false when it is not on the page. */
  focusClaim(tabId: number, index: number): Promise<boolean>;
  /** Show or hide the highlights on the page. */
  setHighlightsVisible(tabId: number, visible: boolean): Promise<void>;
  /** The reader's remembered choice (default: shown). */
  loadHighlightsVisible(): Promise<boolean>;
  saveHighlightsVisible(visible: boolean): Promise<void>;
  /** Listen to the background's progress reports for a tab; returns a function that stops listening. */
  onProgress(tabId: number, listener: (stage: Stage) => void): () => void;
  /** Listen to where a tab's claims stand after the page changed; returns a function that stops listening. */
  onAnchors(tabId: number, listener: (anchors: AnchorSummary) => void): () => void;
  /** Open the wide, printable report of a tab in a new tab. */
  openFullReport(tabId: number): Promise<void>;
};
