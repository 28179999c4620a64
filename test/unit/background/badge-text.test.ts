import { describe, expect, it } from 'vitest';
import { badgeText, conflictCount } from '../../../src/background/badge-text';
import { claim, report } from './fakes';

describe('badge', () => {
  it('counts conflicting and mixed statements, not corroborated or unique ones', () => {
    expect(conflictCount(report([claim('conflicting'), claim('mixed'), claim('corroborated'), claim('unique')]))).toBe(2);
  });
  it('is empty at zero and fits large counts in the badge', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(250)).toBe('99+');
  });
});
