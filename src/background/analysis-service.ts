/**
 * Analyses per tab: one at a time per tab (a second request joins the running one), answered from the
 * cache unless forced, and dropped when the tab navigates or closes. A result that finishes after its
 * tab has navigated away is discarded rather than shown for the wrong page.
 */
import type { Report } from '../core/types';
import type { AnchorSummary, Analysis, Outcome } from '../messages/protocol';
import type { AnalysisCache } from './analysis-cache';

export type AnalysisServiceDeps = {
  cache: AnalysisCache;
  run(tabId: number): Promise<Outcome<Analysis>>;
  /** The tab's URL when the browser lets us see it (activeTab, or the test build's host permission). */
  tabUrl(tabId: number): Promise<string | null>;
  showBadge(tabId: number, report: Report): Promise<void>;
  clearBadge(tabId: number): Promise<void>;
  /** Tells an open popup where the tab's claims stand now. */
  announceAnchors?(tabId: number, anchors: AnchorSummary): void;
};

export type AnalysisService = {
  analyze(tabId: number, force?: boolean): Promise<Outcome<Analysis>>;
  get(tabId: number): Promise<Analysis | null>;
  /** The tab navigated or closed: its analysis and badge no longer apply. */
  forget(tabId: number): Promise<void>;
  /**
   * The tab's highlighter re-anchored after the page changed: the cached analysis takes the new
   * summary (when it names claims the report has) and an open popup is told. False when ignored.
   */
  anchorsChanged(tabId: number, anchors: AnchorSummary): Promise<boolean>;
};

export function createAnalysisService(deps: AnalysisServiceDeps): AnalysisService {
  const running = new Map<number, Promise<Outcome<Analysis>>>();
  const generation = new Map<number, number>();
  /** Bumped whenever the tab's analysis may change (a run starts, the tab navigates). */
  const anchorsVersion = new Map<number, number>();

  const start = (tabId: number): Promise<Outcome<Analysis>> => {
    const startedAt = generation.get(tabId) ?? 0;
    // A change of anchors reported while this run goes must not land on the analysis it replaces.
    anchorsVersion.set(tabId, (anchorsVersion.get(tabId) ?? 0) + 1);
    const job = (async () => {
      const outcome = await deps.run(tabId);
      if ((generation.get(tabId) ?? 0) !== startedAt) return outcome;
      if (outcome.ok) {
        await deps.cache.set(tabId, outcome.value);
        await deps.showBadge(tabId, outcome.value.report);
      } else {
        await deps.clearBadge(tabId);
      }
      return outcome;
    })().finally(() => running.delete(tabId));
    running.set(tabId, job);
    return job;
  };

  return {
    async analyze(tabId, force = false) {
      const inFlight = running.get(tabId);
      if (inFlight) return inFlight;
      if (!force) {
        const cached = await deps.cache.get(tabId, await deps.tabUrl(tabId));
        if (cached) return { ok: true, value: cached };
      }
      return running.get(tabId) ?? start(tabId);
    },
    get: async (tabId) => deps.cache.get(tabId, await deps.tabUrl(tabId)),
    async anchorsChanged(tabId, anchors) {
      // A run in flight will deliver its own summary; a summary for an older report must not replace it.
      const version = anchorsVersion.get(tabId) ?? 0;
      if (running.has(tabId)) return false;
      const cached = await deps.cache.get(tabId, await deps.tabUrl(tabId));
      // The tab navigated, or another analysis started, while the cache was read: this summary is stale.
      if (!cached || running.has(tabId) || (anchorsVersion.get(tabId) ?? 0) !== version) return false;
      // The highlighter tracks the statements it was given (those with evidence): the new summary must
      // place exactly those, each once.
      const tracked = [...cached.anchors.anchored, ...cached.anchors.orphans].sort((a, b) => a - b);
      const placed = [...anchors.anchored, ...anchors.orphans].sort((a, b) => a - b);
      if (placed.length !== tracked.length || placed.some((i, k) => i !== tracked[k])) return false;
      await deps.cache.set(tabId, { ...cached, anchors });
      deps.announceAnchors?.(tabId, anchors);
      return true;
    },
    async forget(tabId) {
      generation.set(tabId, (generation.get(tabId) ?? 0) + 1);
      anchorsVersion.set(tabId, (anchorsVersion.get(tabId) ?? 0) + 1);
      running.delete(tabId);
      await deps.cache.delete(tabId);
      await deps.clearBadge(tabId);
    },
  };
}
