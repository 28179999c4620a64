import { describe, expect, it } from 'vitest';
import { stem } from '../../../src/core/match/stem';

describe('stem', () => {
  it('folds the inflections of a verb to one key', () => {
    for (const group of [['supply', 'supplies', 'supplied', 'supplying'], ['train', 'trains', 'trained', 'training'], ['apply', 'applied', 'applies']]) {
      expect(new Set(group.map(stem)), group.join(' ')).toEqual(new Set([stem(group[0]!)]));
    }
  });

  it('takes -ly off adverbs only', () => {
    expect(stem('officially')).toBe(stem('official'));
    expect(stem('sharply')).toBe(stem('sharp'));
    expect(stem('deeply')).toBe(stem('deep'));
    expect(stem('supply')).toBe('supply');
    expect(stem('reply')).toBe(stem('replied'));
  });
});
