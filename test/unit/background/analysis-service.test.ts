import { describe, expect, it } from 'vitest';
import { createAnalysisCache } from '../../../src/background/analysis-cache';
import { createAnalysisService, type AnalysisServiceDeps } from '../../../src/background/analysis-service';
import { fail, type Analysis, type Outcome } from '../../../src/messages/protocol';
import { analysis, claim, report } from './fakes';

function setup(run: (tabId: number) => Promise<Outcome<Analysis>>, url: string | null = 'https://news.example/story') {
  const badges = new Map<number, string>();
  const announced: { tabId: number; anchors: { anchored: number[]; orphans: number[] } }[] = [];
  let runs = 0;
  const deps: AnalysisServiceDeps = {
    cache: createAnalysisCache(null),
    run: (tabId) => {
      runs++;
      return run(tabId);
    },
    tabUrl: async () => url,
    showBadge: async (tabId, r) => void badges.set(tabId, String(r.claims.filter((c) => c.status === 'conflicting').length)),
    clearBadge: async (tabId) => void badges.set(tabId, ''),
    announceAnchors: (tabId, anchors) => void announced.push({ tabId, anchors }),
  };
  return { service: createAnalysisService(deps), badges, runs: () => runs, announced };
}

describe('createAnalysisService', () => {
  it('answers a second request from the cache, and runs again when forced', async () => {
    const { service, runs } = setup(async (tabId) => ({ ok: true, value: analysis(tabId) }));
    await service.analyze(3);
    await service.analyze(3);
    expect(runs()).toBe(1);
    await service.analyze(3, true);
    expect(runs()).toBe(2);
  });

  it('joins a request that is already running instead of starting a second analysis', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { service, runs } = setup(async (tabId) => {
      await gate;
      return { ok: true, value: analysis(tabId) };
    });
    const first = service.analyze(3);
    const second = service.analyze(3, true);
    release();
    expect(await first).toEqual(await second);
    expect(runs()).toBe(1);
  });

  it('sets the badge from the report and clears it when the tab navigates', async () => {
    const { service, badges } = setup(async (tabId) => ({
      ok: true,
      value: { ...analysis(tabId), report: report([claim('conflicting'), claim('conflicting'), claim('unique')]) },
    }));
    await service.analyze(5);
    expect(badges.get(5)).toBe('2');
    await service.forget(5);
    expect(badges.get(5)).toBe('');
    expect(await service.get(5)).toBeNull();
  });

  it('clears the badge and caches nothing when the analysis fails', async () => {
    const { service, badges } = setup(async () => fail('not-article', 'no'));
    expect(await service.analyze(2)).toMatchObject({ ok: false });
    expect(badges.get(2)).toBe('');
    expect(await service.get(2)).toBeNull();
  });

  it('discards a result that arrives after its tab navigated away', async () => {
    let release!: () => void;
    let started!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const running = new Promise<void>((r) => (started = r));
    const { service, badges } = setup(async (tabId) => {
      started();
      await gate;
      return { ok: true, value: analysis(tabId) };
    });
    const pending = service.analyze(9);
    await running;
    await service.forget(9);
    release();
    await pending;
    expect(await service.get(9)).toBeNull();
    expect(badges.get(9)).toBe('');
  });

  it('does not serve an analysis made for another URL in the same tab', async () => {
    const { service } = setup(async (tabId) => ({ ok: true, value: analysis(tabId, 'https://news.example/other') }));
    await service.analyze(4);
    expect(await service.get(4)).toBeNull();
  });

  it('takes new anchors into the cached analysis and tells the popup, when they fit the report', async () => {
    const three = (tabId: number): Analysis => ({ ...analysis(tabId), report: report([claim('unique'), claim('corroborated', 'B.'), claim('conflicting', 'C.')]), anchors: { anchored: [0], orphans: [1, 2] } });
    const { service, announced } = setup(async (tabId) => ({ ok: true, value: three(tabId) }));
    expect(await service.anchorsChanged(3, { anchored: [0, 1], orphans: [2] })).toBe(false);
    await service.analyze(3);
    expect(await service.anchorsChanged(3, { anchored: [0, 1], orphans: [2] })).toBe(true);
    expect((await service.get(3))?.anchors).toEqual({ anchored: [0, 1], orphans: [2] });
    expect(announced).toEqual([{ tabId: 3, anchors: { anchored: [0, 1], orphans: [2] } }]);
    // Indices the report does not have, repeated ones, or a summary that leaves claims out are refused.
    for (const wrong of [{ anchored: [0, 1, 5], orphans: [] }, { anchored: [0, 0, 1], orphans: [] }, { anchored: [0], orphans: [1] }]) {
      expect(await service.anchorsChanged(3, wrong)).toBe(false);
    }
    expect((await service.get(3))?.anchors).toEqual({ anchored: [0, 1], orphans: [2] });
    expect(announced).toHaveLength(1);
  });

  it('places only the statements the highlighter tracks: those without evidence are in neither list', async () => {
    // Statement 1 has no evidence, so the page never highlights or looks for it.
    const tracked = (tabId: number): Analysis => ({ ...analysis(tabId), report: report([claim('corroborated'), claim('unique', 'B.'), claim('conflicting', 'C.')]), anchors: { anchored: [0, 2], orphans: [] } });
    const { service } = setup(async (tabId) => ({ ok: true, value: tracked(tabId) }));
    await service.analyze(3);
    expect(await service.anchorsChanged(3, { anchored: [2], orphans: [0] })).toBe(true);
    expect(await service.anchorsChanged(3, { anchored: [0, 1, 2], orphans: [] })).toBe(false);
    expect((await service.get(3))?.anchors).toEqual({ anchored: [2], orphans: [0] });
  });

  it('does not write back an analysis that was replaced while the cache was being read', async () => {
    // tabUrl answers when the test says so, so that a forced analysis can start and finish meanwhile.
    const waiting: (() => void)[] = [];
    let hold = false;
    const announced: number[] = [];
    let runs = 0;
    const service = createAnalysisService({
      cache: createAnalysisCache(null),
      run: async (tabId) => ({ ok: true, value: { ...analysis(tabId), timings: { extract: ++runs, match: 0, highlight: 0 } } }),
      tabUrl: () => (hold ? new Promise((r) => waiting.push(() => r('https://news.example/story'))) : Promise.resolve('https://news.example/story')),
      showBadge: async () => {},
      clearBadge: async () => {},
      announceAnchors: (tabId) => void announced.push(tabId),
    });
    await service.analyze(3);
    hold = true;
    const stale = service.anchorsChanged(3, { anchored: [], orphans: [0] });
    hold = false;
    await service.analyze(3, true);
    waiting.forEach((go) => go());
    expect(await stale).toBe(false);
    expect(announced).toEqual([]);
    // The newer analysis is the one cached, with its own anchors.
    expect(await service.get(3)).toMatchObject({ timings: { extract: 2 }, anchors: { anchored: [0], orphans: [] } });
  });

  it('ignores new anchors while an analysis of the tab is running', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let calls = 0;
    const { service, announced } = setup(async (tabId) => {
      if (calls++ > 0) await gate;
      return { ok: true, value: analysis(tabId) };
    });
    await service.analyze(3);
    const again = service.analyze(3, true);
    expect(await service.anchorsChanged(3, { anchored: [], orphans: [0] })).toBe(false);
    release();
    await again;
    expect(announced).toEqual([]);
  });
});
