import { describe, expect, it } from 'vitest';
import { auc, quantile } from '../../../src/cli/benchmarks/rank-metrics.ts';

describe('auc', () => {
  it('is 1 when every positive outscores every negative, 0 when none does', () => {
    expect(auc([0.9, 0.8], [0.1, 0.2, 0.7])).toBe(1);
    expect(auc([0.1], [0.5, 0.6])).toBe(0);
  });

  it('counts ties as half and mixed orders proportionally', () => {
    expect(auc([0.5], [0.5])).toBe(0.5);
    // 0.6 beats 0.4 but not 0.8; 0.9 beats both: 3 of 4.
    expect(auc([0.6, 0.9], [0.4, 0.8])).toBe(0.75);
  });

  it('is undefined (NaN) without positives or negatives', () => {
    expect(auc([], [0.1])).toBeNaN();
    expect(auc([0.1], [])).toBeNaN();
  });
});

describe('quantile', () => {
  it('takes the nearest rank, whatever the input order', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(quantile(values, 0.9)).toBe(9);
    expect(quantile(values, 0.5)).toBe(5);
    expect(quantile(values, 1)).toBe(10);
    expect(quantile(values, 0)).toBe(1);
    expect(values[0]).toBe(5);
  });

  it('is NaN for no values', () => {
    expect(quantile([], 0.9)).toBeNaN();
  });
});
