/**
 * A stand-in for the extension in component tests: records every call and answers from a script,
 * so the popup's container runs in a plain page.
 */
import type { Analysis, AnchorSummary, Outcome, Stage } from '../../../src/messages/protocol';
import type { PopupClient } from '../../../src/popup/popup-client';

export type FakeClient = PopupClient & {
  calls: { analyze: { tabId: number; force: boolean }[]; focusClaim: number[]; setVisible: boolean[]; saved: boolean[]; opened: number[] };
  /** Send a progress report as the background would. */
  progress(stage: Stage): void;
  /** Say where the claims stand now, as the background does after the page changed. */
  anchorsChanged(anchors: AnchorSummary): void;
  /** Resolve the pending analyze call (for tests that look at the analysing state first). */
  answer(outcome: Outcome<Analysis>): void;
};

export type FakeOptions = {
  /** Outcomes returned by successive analyze calls; 'pending' leaves the call open until answer(). */
  outcomes: (Outcome<Analysis> | 'pending')[];
  tabId?: number;
  highlightsVisible?: boolean;
  /** What focusClaim answers (false: not on the page). */
  found?: boolean;
};

export function fakeClient(options: FakeOptions): FakeClient {
  const listeners = new Set<(stage: Stage) => void>();
  const anchorListeners = new Set<(anchors: AnchorSummary) => void>();
  const calls: FakeClient['calls'] = { analyze: [], focusClaim: [], setVisible: [], saved: [], opened: [] };
  let pending: ((o: Outcome<Analysis>) => void) | null = null;
  const tabId = options.tabId ?? 7;
  return {
    calls,
    progress: (stage) => listeners.forEach((l) => l(stage)),
    anchorsChanged: (anchors) => anchorListeners.forEach((l) => l(anchors)),
    answer: (outcome) => pending?.(outcome),
    resolveTabId: async () => ({ ok: true, value: tabId }),
    analyze: (id, force) => {
      calls.analyze.push({ tabId: id, force: Boolean(force) });
      const next = options.outcomes[Math.min(calls.analyze.length - 1, options.outcomes.length - 1)];
      if (next === undefined || next === 'pending') return new Promise((resolve) => (pending = resolve));
      return Promise.resolve(next);
    },
    focusClaim: async (_id, index) => {
      calls.focusClaim.push(index);
      return options.found ?? true;
    },
    setHighlightsVisible: async (_id, visible) => {
      calls.setVisible.push(visible);
    },
    loadHighlightsVisible: async () => options.highlightsVisible ?? true,
    saveHighlightsVisible: async (visible) => {
      calls.saved.push(visible);
    },
    onProgress: (_id, listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onAnchors: (_id, listener) => {
      anchorListeners.add(listener);
      return () => anchorListeners.delete(listener);
    },
    openFullReport: async (id) => {
      calls.opened.push(id);
    },
  };
}

export const ok = (value: Analysis): Outcome<Analysis> => ({ ok: true, value });
