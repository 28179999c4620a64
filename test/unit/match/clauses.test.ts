import { describe, expect, it } from 'vitest';
import { MIN_CLAUSE_KEYS, splitClauses } from '../../../src/core/match/clauses';
import { tokenize } from '../../../src/core/match/tokenize';

const clauses = (text: string) => splitClauses(text, tokenize(text)).map((c) => c.text);

describe('splitClauses', () => {
  it('cuts before a clause-opening word after a comma, and at semicolons and dashes', () => {
    expect(clauses('The central bank raised its benchmark interest rate by half a point on Thursday, noting that stubborn wage growth and soaring rents kept inflation above its target.')).toEqual([
      'The central bank raised its benchmark interest rate by half a point on Thursday',
      'noting that stubborn wage growth and soaring rents kept inflation above its target.',
    ]);
    expect(clauses('Flood waters cut the main railway line between the two northern cities; engineers expect repairs to the damaged bridge to take three weeks.')).toHaveLength(2);
    expect(clauses('Flood waters cut the main railway line between the two northern cities — engineers expect repairs to the damaged bridge to take three weeks.')).toHaveLength(2);
  });

  it('adds what a long attribution says as a clause of its own, and only after a long one', () => {
    expect(clauses('A senior health official, who spoke on condition of anonymity to discuss the figures, said the new clinics had so far treated mainly elderly patients from the valley.'))
      .toContain('the new clinics had so far treated mainly elderly patients from the valley');
    expect(clauses('The minister said the new clinics had so far treated mainly elderly patients from the valley.')).toEqual([]);
  });

  it('ends an opening participle phrase at its comma', () => {
    expect(clauses('Concluded during a rare state visit by the French president to Rabat in June, the accord commits both navies to joint patrols of the western strait.')).toEqual([
      'Concluded during a rare state visit by the French president to Rabat in June',
      'the accord commits both navies to joint patrols of the western strait.',
    ]);
    // Not an opening participle: no cut at the comma.
    expect(clauses('Officials in Rabat and Paris said on Friday that the accord commits both navies, the two coast guards and their air wings to joint patrols.')).toEqual([]);
  });

  it('does not cut a list, and keeps an attribution tail with its quote', () => {
    expect(clauses('The hardest problems for the new coalition are housing, hospital waiting lists, energy prices and the stalled pension reform, the minister said.')).toEqual([]);
    const withTail = clauses('"Stubborn wage growth and soaring rents kept inflation above the target all year long," the governor told reporters, adding that further increases in the benchmark rate remain likely.');
    expect(withTail).toHaveLength(2);
    expect(withTail[0]).toContain('the governor told reporters');
  });

  it('gives nothing for a sentence whose pieces are too short to stand alone', () => {
    expect(clauses('Prices rose, and wages fell.')).toEqual([]);
    const text = 'The central bank raised its benchmark rate by half a point on Thursday, noting that stubborn wage growth kept inflation high.';
    const found = splitClauses(text, tokenize(text));
    expect(found).toHaveLength(2);
    for (const c of found) expect(c.keys.length).toBeGreaterThanOrEqual(MIN_CLAUSE_KEYS);
    // Five words after the comma: too short, so the sentence stays whole.
    expect(clauses('The central bank raised its benchmark rate by half a point on Thursday, noting that wages kept rising.')).toEqual([]);
  });
});

describe('splitClauses and times', () => {
  it('does not cut at the colon of a time', () => {
    const text = 'The parade through the old town began at 10:30 in the morning; crowds lined the harbour road to watch the veterans march past the memorial.';
    expect(clauses(text)).toHaveLength(2);
    expect(clauses(text)[0]).toContain('10:30');
  });
});
