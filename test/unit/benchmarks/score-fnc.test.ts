import { describe, expect, it } from 'vitest';
import { scoreFnc } from '../../../src/cli/benchmarks/score-fnc.ts';
import { fitThresholds, stanceOf, type PairSignal } from '../../../src/cli/benchmarks/run-fnc.ts';
import type { FncLabel } from '../../../src/cli/benchmarks/read-fnc.ts';

describe('scoreFnc (port of FNC-1 scorer.py)', () => {
  it('gives 0.25 for a correct unrelated, 1 for an exact related label and 0.25 for a related pair with the wrong related label', () => {
    const gold: FncLabel[] = ['unrelated', 'agree', 'discuss', 'disagree', 'unrelated', 'agree'];
    const pred: FncLabel[] = ['unrelated', 'agree', 'agree', 'unrelated', 'discuss', 'disagree'];
    const s = scoreFnc(gold, pred);
    // 0.25 + 1 + 0.25 + 0 + 0 + 0.25, as scorer.py's score_submission adds it up.
    expect(s.score).toBeCloseTo(1.75);
    // score_defaults: null = 0.25 per unrelated gold, max = null + one per related gold.
    expect(s.null).toBeCloseTo(0.5);
    expect(s.max).toBeCloseTo(4.5);
    expect(s.relative).toBeCloseTo((100 * 1.75) / 4.5);
  });

  it('fills the confusion table with gold rows and predicted columns in agree, disagree, discuss, unrelated order', () => {
    const s = scoreFnc(['agree', 'agree', 'unrelated'], ['discuss', 'agree', 'agree']);
    expect(s.confusion).toEqual([
      [1, 0, 1, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [1, 0, 0, 0],
    ]);
    expect(s.perClass.agree.precision).toBeCloseTo(0.5);
    expect(s.perClass.agree.recall).toBeCloseTo(0.5);
  });

  it('reports a perfect run as 100% of the maximum with macro-F1 1', () => {
    const gold: FncLabel[] = ['agree', 'disagree', 'discuss', 'unrelated'];
    const s = scoreFnc(gold, gold);
    expect(s.relative).toBe(100);
    expect(s.macroF1).toBe(1);
  });

  it('refuses predictions that do not line up with the gold labels', () => {
    expect(() => scoreFnc(['agree'], [])).toThrow(/1 gold labels but 0 predictions/);
  });
});

describe('stance from aggregated verdicts', () => {
  const sig = (relatedness: number, corroboration: number, conflicts = 0): PairSignal => ({ relatedness, corroboration, conflicts, conflictKinds: [] });
  const t = { unrelated: 0.2, agree: 0.6 };

  it('calls a weakly related body unrelated, a conflict disagree, strong corroboration agree and the rest discuss', () => {
    expect(stanceOf(sig(0.1, 0.9, 1), t)).toBe('unrelated');
    expect(stanceOf(sig(0.5, 0.9, 1), t)).toBe('disagree');
    expect(stanceOf(sig(0.5, 0.7), t)).toBe('agree');
    expect(stanceOf(sig(0.5, 0.3), t)).toBe('discuss');
  });

  it('fits thresholds whose weighted score matches the ported scorer and separates a clean train set', () => {
    const signals = [sig(0.05, 0), sig(0.08, 0), sig(0.4, 0.9), sig(0.45, 0.3), sig(0.5, 0.35)];
    const gold: FncLabel[] = ['unrelated', 'unrelated', 'agree', 'discuss', 'discuss'];
    const fitted = fitThresholds(signals, gold);
    const s = scoreFnc(gold, signals.map((x) => stanceOf(x, fitted)));
    expect(s.relative).toBe(100);
  });
});
