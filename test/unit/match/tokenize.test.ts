import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/match/tokenize';
import { stem } from '../../../src/core/match/stem';

describe('tokenize', () => {
  it('reads "U.S.", "American" and "Washington" as the same actor', () => {
    const keys = (s: string) => tokenize(s).filter((t) => t.entity).map((t) => t.key);
    expect(keys('The U.S. said')).toEqual(['@USA']);
    expect(keys('American officials in Washington')).toEqual(['@USA', '@USA']);
  });

  it("reads a country's intelligence service as that country speaking", () => {
    const keys = (s: string) => tokenize(s).filter((t) => t.entity).map((t) => t.key);
    expect(keys('According to the SBU and South Korea\'s NIS, the FSB knew')).toEqual(['@UKR', '@KOR', '@KOR', '@RUS']);
    // In capitals only: Nis is a Serbian city.
    expect(keys('The train reached Nis at noon.')).toEqual([]);
  });

  it('knows more countries, and leaves the capitals that name treaties alone', () => {
    const keys = (s: string) => tokenize(s).filter((t) => t.entity).map((t) => t.key);
    expect(keys('Pakistani engineers in Islamabad met Filipino officials from Manila.')).toEqual(['@PAK', '@PAK', '@PHL', '@PHL']);
    expect(keys('Canada has not signed the Ottawa treaty or the Treaty of Rome.')).toEqual(['@CAN']);
  });

  it('reads the headline abbreviations "N. Korean" and "S. Korea" as the two Koreas', () => {
    const keys = (s: string) => tokenize(s).filter((t) => t.entity).map((t) => t.key);
    expect(keys("N. Korean personnel and S. Korea's spy agency")).toEqual(['@PRK', '@KOR']);
  });

  it('does not take the pronoun "us" for the United States', () => {
    expect(tokenize('They told us the US would act.').filter((t) => t.entity).map((t) => t.raw)).toEqual(['US']);
  });

  it('keeps a multiword country as one token with its offsets', () => {
    const t = tokenize("Troops from North Korea's army").find((x) => x.entity);
    expect(t?.key).toBe('@PRK');
    expect(t?.start).toBe(12);
  });
});

describe('stem', () => {
  it('folds the inflections of one word', () => {
    expect(stem('trained')).toBe(stem('training'));
    expect(stem('soldiers')).toBe(stem('soldier'));
    expect(stem('began')).toBe(stem('begin'));
  });
});
