import { describe, expect, it } from 'vitest';
import { analyzeTab, type AnalyzeTabDeps } from '../../../src/background/analyze-tab';
import { fail, type Stage } from '../../../src/messages/protocol';
import { article, claim, report } from './fakes';

function deps(overrides: Partial<AnalyzeTabDeps> = {}) {
  const stages: Stage[] = [];
  const highlighted: boolean[] = [];
  let clock = 0;
  const d: AnalyzeTabDeps = {
    inject: async () => ({ ok: true, value: null }),
    extract: async () => ({ ok: true, value: article() }),
    runEngine: async () => report([claim('corroborated'), claim('conflicting', 'Another thing followed.')]),
    highlight: async (_tab, _report, visible) => {
      highlighted.push(visible);
      return { ok: true, value: { anchored: [0], orphans: [1] } };
    },
    highlightsVisible: async () => true,
    progress: (_tab, stage) => stages.push(stage),
    now: () => (clock += 5),
    ...overrides,
  };
  return { d, stages, highlighted };
}

describe('analyzeTab', () => {
  it('runs inject, extract, engine and highlight in order and reports every stage', async () => {
    const { d, stages } = deps();
    const outcome = await analyzeTab(7, d);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.tabId).toBe(7);
    expect(outcome.value.report.claims).toHaveLength(2);
    expect(outcome.value.anchors).toEqual({ anchored: [0], orphans: [1] });
    expect(stages).toEqual(['injecting', 'extracting', 'matching', 'highlighting', 'done']);
    expect(Object.values(outcome.value.timings).every((t) => t >= 0)).toBe(true);
  });

  it('passes the restricted failure through when the browser refuses injection, and stops there', async () => {
    let extracted = false;
    const { d, stages } = deps({
      inject: async () => fail('restricted', 'no'),
      extract: async () => {
        extracted = true;
        return { ok: true, value: article() };
      },
    });
    expect(await analyzeTab(1, d)).toEqual(fail('restricted', 'no'));
    expect(extracted).toBe(false);
    expect(stages).toEqual(['injecting']);
  });

  it('passes not-article through from extraction without running the engine', async () => {
    let ran = false;
    const { d } = deps({
      extract: async () => fail('not-article', 'no article'),
      runEngine: async () => {
        ran = true;
        return report();
      },
    });
    expect(await analyzeTab(1, d)).toMatchObject({ ok: false, failure: { kind: 'not-article' } });
    expect(ran).toBe(false);
  });

  it('turns an engine exception into an internal failure value', async () => {
    const { d } = deps({
      runEngine: async () => {
        throw new Error('boom');
      },
    });
    const outcome = await analyzeTab(1, d);
    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'internal' } });
    expect(!outcome.ok && outcome.failure.message).toContain('boom');
  });

  it('still returns the report when highlighting fails, with every claim an orphan', async () => {
    const { d } = deps({ highlight: async () => fail('internal', 'page went away') });
    const outcome = await analyzeTab(1, d);
    expect(outcome.ok && outcome.value.anchors).toEqual({ anchored: [], orphans: [0, 1] });
  });

  it("anchors without showing when the reader turned highlights off", async () => {
    const { d, highlighted } = deps({ highlightsVisible: async () => false });
    await analyzeTab(1, d);
    expect(highlighted).toEqual([false]);
  });
});
