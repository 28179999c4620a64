import { describe, expect, it } from 'vitest';
import { toAmerican } from '../../../src/core/match/spelling';
import { stem } from '../../../src/core/match/stem';

describe('British spellings', () => {
  it('fold to the American spelling, so two outlets meet on one key', () => {
    for (const [uk, us] of [
      ['mobilised', 'mobilized'], ['organisation', 'organization'], ['analysed', 'analyzed'], ['defence', 'defense'],
      ['neighbouring', 'neighboring'], ['behaviour', 'behavior'], ['labourers', 'laborers'], ['centre', 'center'],
      ['centred', 'centered'], ['theatres', 'theaters'], ['travelled', 'traveled'], ['fuelling', 'fueling'], ['programme', 'program'],
    ]) expect(stem(uk!), uk).toBe(stem(us!));
  });

  it('leave words that only look British alone, and keep every form of a word together', () => {
    for (const w of ['four', 'your', 'hour', 'tour', 'flour', 'scour', 'raise', 'arise', 'noise', 'genre', 'acre', 'timbre', 'filled', 'called']) {
      expect(toAmerican(w), w).toBe(w);
    }
    for (const group of [['praise', 'praised', 'praising'], ['control', 'controlled', 'controlling'], ['promise', 'promised', 'promises']]) {
      expect(new Set(group.map(stem)).size, group.join(' ')).toBe(1);
    }
  });
});
