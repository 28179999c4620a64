/**
 * The popup's one stateful link to the extension: finds the tab, asks for its analysis, follows
 * the background's progress reports, and remembers the highlights setting. Components below it
 * only get data and callbacks.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PopupClient } from './popup-client';
import { viewStateOf, type ViewState } from './view-state';

export type AnalysisHandle = {
  view: ViewState;
  tabId: number | null;
  highlightsVisible: boolean;
  retry(): void;
  setHighlightsVisible(visible: boolean): void;
  showOnPage(index: number): Promise<boolean>;
  openFullReport(): void;
};

export function useAnalysis(client: PopupClient): AnalysisHandle {
  const [view, setView] = useState<ViewState>({ state: 'analysing', stage: null });
  const [tabId, setTabId] = useState<number | null>(null);
  const [highlightsVisible, setVisible] = useState(true);
  // Answers can arrive out of order (a retry while the first run is still going): show the latest.
  const run = useRef(0);

  const start = useCallback(
    async (id: number, force: boolean) => {
      const mine = ++run.current;
      setView({ state: 'analysing', stage: null });
      const outcome = await client.analyze(id, force);
      if (mine === run.current) setView(viewStateOf(outcome));
    },
    [client],
  );

  useEffect(() => {
    let stop = () => {};
    let cancelled = false;
    void (async () => {
      const visible = await client.loadHighlightsVisible();
      if (!cancelled) setVisible(visible);
      const tab = await client.resolveTabId();
      if (cancelled) return;
      if (!tab.ok) {
        setView({ state: 'error', message: tab.error });
        return;
      }
      setTabId(tab.value);
      const stopProgress = client.onProgress(tab.value, (stage) =>
        setView((current) => (current.state === 'analysing' ? { state: 'analysing', stage } : current)),
      );
      // The page changed and re-anchoring moved claims: the rows' "not found on the page" follow.
      const stopAnchors = client.onAnchors(tab.value, (anchors) =>
        setView((current) => (current.state === 'ready' ? { ...current, analysis: { ...current.analysis, anchors } } : current)),
      );
      stop = () => {
        stopProgress();
        stopAnchors();
      };
      await start(tab.value, false);
    })();
    return () => {
      cancelled = true;
      run.current += 1;
      stop();
    };
  }, [client, start]);

  return {
    view,
    tabId,
    highlightsVisible,
    retry: () => {
      if (tabId !== null) {
        void start(tabId, true);
        return;
      }
      // The tab could not be found the first time (the popup lost its window): look again.
      void client.resolveTabId().then((tab) => {
        if (!tab.ok) return setView({ state: 'error', message: tab.error });
        setTabId(tab.value);
        void start(tab.value, true);
      });
    },
    setHighlightsVisible: (visible) => {
      setVisible(visible);
      void client.saveHighlightsVisible(visible);
      if (tabId !== null) void client.setHighlightsVisible(tabId, visible);
    },
    showOnPage: async (index) => (tabId === null ? false : client.focusClaim(tabId, index)),
    openFullReport: () => {
      if (tabId !== null) void client.openFullReport(tabId);
    },
  };
}
