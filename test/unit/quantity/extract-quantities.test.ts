import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareQuantities, extractQuantities, restated, statedInterval, type Quantity } from '../../../src/core/quantity/extract-quantities';

const one = (s: string): Quantity => {
  const qs = extractQuantities(s);
  expect(qs).toHaveLength(1);
  return qs[0]!;
};
const rel = (a: string, b: string) => compareQuantities(one(a), one(b));

describe('extractQuantities: hedges become intervals', () => {
  it('reads "more than 2,000" as an open interval from 2,000', () => {
    const q = one('Officials said more than 2,000 volunteers joined the search.');
    expect([q.low, q.high, q.value, q.unit]).toEqual([2000, Infinity, 2000, 'volunteer']);
    expect(q.text).toBe('more than 2,000 volunteers');
  });

  it('reads "over 400" like "more than 400"', () => {
    expect(one('over 400 firefighters were deployed').low).toBe(400);
    expect(one('over 400 firefighters were deployed').high).toBe(Infinity);
  });

  it('reads "some", "about", "approximately", "around" as a ±10% band', () => {
    for (const hedge of ['some', 'about', 'approximately', 'around', 'roughly']) {
      const q = one(`${hedge} 5,000 workers went on strike`);
      expect([q.low, q.high]).toEqual([4500, 5500]);
    }
  });

  it('reads "nearly" and "almost" as just below the figure', () => {
    expect([one('nearly 300 passengers').low, one('nearly 300 passengers').high]).toEqual([270, 300]);
    expect(one('almost 300 passengers').high).toBe(300);
  });

  it('reads "at least", "up to" and "fewer than" as one-sided bounds', () => {
    expect([one('at least 12 people were killed').low, one('at least 12 people were killed').high]).toEqual([12, Infinity]);
    expect([one('up to 80 ships').low, one('up to 80 ships').high]).toEqual([0, 80]);
    expect([one('fewer than 50 protesters').low, one('fewer than 50 protesters').high]).toEqual([0, 50]);
  });

  it('reads ranges "between 20 and 30" and "20-30"', () => {
    expect([one('between 20 and 30 trucks').low, one('between 20 and 30 trucks').high]).toEqual([20, 30]);
    expect([one('20-30 trucks').low, one('20-30 trucks').high]).toEqual([20, 30]);
  });
});

describe('extractQuantities: written and vague amounts', () => {
  it('reads "several hundred" as 200 to 900', () => {
    const q = one('several hundred residents were evacuated');
    expect([q.low, q.high, q.unit]).toEqual([200, 900, 'resident']);
  });

  it('reads "some soldiers have died" as at least one, for a casualty count only', () => {
    const q = one('Officials said some Iranian soldiers have died in the fighting.');
    expect([q.low, q.high, q.unit, q.event]).toEqual([1, Infinity, 'soldier', 'killed']);
    expect(compareQuantities(q, one('about 300 soldiers were killed'))).toBe('compatible');
    expect(extractQuantities('Some soldiers were sent to the border.')).toEqual([]);
    expect(extractQuantities('Some of the soldiers died.')).toEqual([]);
  });

  it('reads "dozens", "thousands" and "tens of thousands" with the noun after "of"', () => {
    expect(one('dozens of homes were flooded').unit).toBe('home');
    expect([one('thousands of refugees').low, one('thousands of refugees').high]).toEqual([2000, 9999]);
    expect(one('tens of thousands of refugees').low).toBe(20000);
  });

  it('reads "ten-thousand", "ten thousand", "a thousand" and "1,000" as the same value', () => {
    for (const s of ['ten-thousand sailors', 'ten thousand sailors', '10,000 sailors']) expect(one(s).value).toBe(10000);
    for (const s of ['a thousand sailors', '1,000 sailors', 'one thousand sailors']) expect(one(s).value).toBe(1000);
  });

  it('reads scale words and decimals: "1.5 million", "$2.5 billion"', () => {
    expect(one('1.5 million voters').value).toBe(1_500_000);
    const money = one('a deal worth $2.5 billion');
    expect([money.value, money.unit]).toEqual([2_500_000_000, 'dollar']);
  });

  it('reads written numbers one to ninety-nine followed by a noun', () => {
    expect(one('forty-two mines were cleared').value).toBe(42);
    expect(one('seven ministers resigned').unit).toBe('minister');
  });

  it('reads percentages and square kilometres', () => {
    expect(one('turnout was 61.5% this time').unit).toBe('percent');
    expect(one('turnout rose to 40 percent').unit).toBe('percent');
    expect(one('the fire burned 12 square kilometres of forest').unit).toBe('square kilometre');
  });
});

describe('extractQuantities: what is not a figure', () => {
  it('ignores years, dates, ordinals and times', () => {
    expect(extractQuantities('In 2021 the law changed on March 3 and again on 4 April, the 2nd time, at 10:30 or 3 p.m.')).toEqual([]);
  });

  it('ignores identifiers such as resolution and flight numbers; a list of them counts only its items', () => {
    expect(extractQuantities('It breaches Resolutions 242, 338, and 1397 and grounded Flight 370.')).toMatchObject([{ text: 'Resolutions 242, 338, and 1397', value: 3, unit: 'resolution' }]);
    expect(extractQuantities('It grounded Flight 370 and breached Resolution 242.')).toEqual([]);
  });

  it('ignores "one of" and a spelt-out number with no counted noun', () => {
    expect(extractQuantities('She is one of the founders, and two of them agreed.')).toEqual([]);
  });
});

describe('extractQuantities: unit, event and scope', () => {
  it('finds the noun past nationality and modifiers', () => {
    expect(one('about 3,000 heavily armed Ruritanian soldiers').unit).toBe('soldier');
  });

  it('reads the size of a body of troops as a count of troops: "a force of around 40,000"', () => {
    expect(one('Turkey has massed a force of around 40,000 near the border').unit).toBe('troop');
    expect(one('an army of 200,000').unit).toBe('troop');
    // …or its size as the body's verb tells it: "the contingent numbered roughly 8,000".
    expect(one('The first contingent numbered roughly 8,000, officials said.')).toMatchObject({ value: 8000, unit: 'troop' });
    expect(one('The police force numbered 8,000.').unit).toBeNull();
  });

  it('ends the part a count is taken from at a clause break: "On the day 16 of last month, 12 soldiers were killed"', () => {
    expect(extractQuantities('On the day 16 of last month, 12 soldiers were killed.').find((q) => q.value === 12)?.scope).toBeNull();
    expect(extractQuantities('Fourteen of the 22 wagons derailed.').find((q) => q.value === 22)?.scope).toBe('whole');
    // Not a body of troops: no unit is made up.
    expect(one('a budget of around 40,000').unit).toBeNull();
    // "N-strong": the size of a body of troops, written out or with a suffix.
    expect(one('a 12,000-strong contingent arrived')).toMatchObject({ value: 12000, unit: 'troop' });
    expect(one('a roughly 50k-strong Turkish grouping')).toMatchObject({ value: 50000, low: 45000, unit: 'troop' });
    expect(one('a 300-strong crowd gathered').unit).toBeNull();
  });

  it('records the event next to the figure', () => {
    expect(one('at least 40 people were killed').event).toBe('killed');
    expect(one('at least 40 people were evacuated').event).toBeNull();
    // A hedge puts the event further on; without one, four words is as far as it reaches.
    expect(one('a few hundred fishermen are believed to have died').event).toBe('killed');
    expect(one('a few hundred fishermen from the coast later died').event).toBeNull();
  });

  it('records what a figure includes', () => {
    expect(one('roughly 8,000 troops, including the allied battalion, crossed').scope).toBe('including the allied battalion');
    expect(one('about 35,000 troops, Syrian units included, gathered near the town').scope).toBe('including Syrian units');
    expect(one('Turkey has massed some 15,000 troops, Syrians among them, to push the rebels out').scope).toBe('including Syrians');
    expect(one('about 35,000 troops, all of them included in the plan').scope).toBeNull();
  });

  it('reads American and British spellings of a unit as one unit', () => {
    expect(one('some 40 square kilometers of land').unit).toBe(one('about 30 square kilometres of land').unit);
    expect(one('about 12 kilometers of road').unit).toBe('kilometre');
  });

  it('records a rate', () => {
    expect(one('advancing about 5 kilometres a day').scope).toBe('per day');
  });
});

describe('compareQuantities', () => {
  it('treats "some 11,000" as compatible with "over 10,000"', () => {
    expect(rel('some 11,000 soldiers', 'over 10,000 soldiers')).toBe('compatible');
  });

  it('finds a conflict between a figure just below and one just above the same number', () => {
    expect(rel('nearly 5,000 nurses went on strike', 'more than 5,000 nurses went on strike')).toBe('conflict');
    expect(rel('fewer than 200 flights', 'over 200 flights')).toBe('conflict');
    expect(rel('almost 300 volunteers', 'in excess of 300 volunteers')).toBe('conflict');
  });

  it('keeps touching bounds that both include the number compatible', () => {
    expect(rel('up to 5,000 nurses', 'at least 5,000 nurses')).toBe('compatible');
    expect(rel('nearly 5,000 nurses', 'about 5,000 nurses')).toBe('compatible');
    expect(rel('at most 200 flights', 'at least 200 flights')).toBe('compatible');
    expect(rel('no more than 200 flights', 'over 200 flights')).toBe('conflict');
  });

  it('counts numbered texts listed by their numbers, but not a list of some of them', () => {
    expect(extractQuantities('The ruling cited EU Directives 2019/790 and 2001/29 as the basis.')).toMatchObject([{ value: 2, unit: 'directive' }]);
    expect(rel('the court found the law broke four Articles of the constitution', 'the court found the law broke Articles 12, 14 and 21 of the constitution')).toBe('conflict');
    expect(rel('the court found the law broke three Articles of the constitution', 'the court found the law broke Articles 12, 14 and 21 of the constitution')).toBe('compatible');
    expect(extractQuantities('The law broke several Articles, including Articles 12, 14 and 21.').filter((q) => q.unit === 'article')).toEqual([]);
  });

  it('compares lengths and areas across units', () => {
    expect(rel('the wildfire burned about 30 square miles', 'the wildfire burned about 78 square kilometres')).toBe('compatible');
    expect(rel('the wildfire burned about 30 square miles', 'the wildfire burned about 30 square kilometres')).toBe('conflict');
    expect(rel('a convoy stretching 40 miles', 'a convoy stretching 64 kilometres')).toBe('compatible');
    expect(rel('a convoy stretching 40 miles', 'a convoy stretching 40 kilometres')).toBe('conflict');
    expect(rel('the fire burned 2,000 acres', 'the fire burned 20 square kilometres')).toBe('conflict');
    expect(restated(one('about 30 square miles'))).toBe('about 77.7 square kilometres');
    expect(restated(one('40 kilometres'))).toBeNull();
  });

  it('treats soldiers, troops and personnel as the same unit', () => {
    expect(rel('about 6,000 troops', '6,200 personnel')).toBe('compatible');
  });

  it('finds a conflict between "about 1,000" and "at least 5,000" of the same unit', () => {
    expect(rel('about 1,000 troops', 'at least 5,000 soldiers')).toBe('conflict');
  });

  it('finds a conflict between exact figures that differ', () => {
    expect(rel('12 people were killed', '30 people were killed')).toBe('conflict');
  });

  it('treats "several hundred" as compatible with "about 500" and in conflict with "thousands"', () => {
    expect(rel('several hundred workers', 'about 500 workers')).toBe('compatible');
    expect(rel('several hundred workers', 'thousands of workers')).toBe('conflict');
  });

  it('does not compare figures of different units', () => {
    expect(rel('40 tanks', '40 soldiers')).toBe('incomparable');
  });

  it('does not compare a count of deployed troops with a count of dead troops', () => {
    expect(rel('10,000 troops were deployed', '300 troops were killed')).toBe('incomparable');
  });

  it('does not compare a total that includes another group with a plain count', () => {
    expect(rel('approximately 60,000 troops, including the allied contingent, gathered', 'over 10,000 troops')).toBe('incomparable');
  });

  it('does not compare a daily rate with a total', () => {
    expect(rel('about 5 square kilometres a day', '400 square kilometres')).toBe('incomparable');
  });

  it('does not compare figures without a unit', () => {
    expect(rel('the number rose to 12', 'the number rose to 30')).toBe('incomparable');
  });
});

describe('money, precision and identifiers', () => {
  it('reads a hedge written before a currency sign: "some $65 billion", "about $220,000", "more than $34 billion"', () => {
    expect(one('The bill sets aside some $65 billion for the army.')).toMatchObject({ text: 'some $65 billion', unit: 'dollar', low: 58.5e9, high: 71.5e9 });
    expect(one('He earns about $220,000 a game.')).toMatchObject({ text: 'about $220,000', low: 198_000, high: 242_000 });
    expect(one('Trade came to more than $34 billion.')).toMatchObject({ low: 34e9, high: Infinity });
  });

  it('reads "rose by $300" as a change, as it reads "rose by 300"', () => {
    expect(extractQuantities('Fees rose by $300 to $2,800.').map((q) => q.scope)).toEqual(['change', null]);
  });

  it('counts the precision a figure is written with: rounded figures agree with precise ones', () => {
    expect(rel('The charity spent $114 million.', 'The charity spent $114.3 million.')).toBe('compatible');
    expect(rel('The flood killed 300 people.', 'The flood killed 296 people.')).toBe('compatible');
    expect(rel('Shares fell 17 percent.', 'Shares fell 17.3 percent.')).toBe('compatible');
  });

  it('keeps figures apart that differ beyond their precision', () => {
    expect(rel('An album costs $9.99.', 'An album costs $9.95.')).toBe('conflict');
    expect(rel('10,000 troops were sent.', '11,000 troops were sent.')).toBe('conflict');
    expect(rel('Twenty-eight people were inside.', 'Twenty-seven people were inside.')).toBe('conflict');
    expect(rel('0.3 percent of voters', '0.7 percent of voters')).toBe('conflict');
  });

  it('widens only exact figures, never by more than 5% of the value, and leaves hedged ones alone', () => {
    expect(statedInterval({ text: '10,000', low: 10_000, high: 10_000, value: 10_000 })).toEqual([9505, 10_495]);
    expect(statedInterval({ text: 'some 11,000', low: 9900, high: 12_100, value: 11_000 })).toEqual([9900, 12_100]);
    expect(statedInterval({ text: 'twelve', low: 12, high: 12, value: 12 })).toEqual([12, 12]);
  });

  it('reads a decimal without its leading zero, and not digits written against letters', () => {
    expect(one('Ozone reached .20 parts per million.')).toMatchObject({ value: 0.2, unit: 'part' });
    // Its precision is the hundredth it is written with, as for "0.20".
    expect(rel('Ozone reached .20 parts per million.', 'Ozone reached .21 parts per million.')).toBe('conflict');
    expect(rel('Ozone reached .20 parts per million.', 'Ozone reached 0.2 parts per million.')).toBe('compatible');
    expect(extractQuantities('The airline will fly 40 Airbus A320 jets.').map((q) => q.value)).toEqual([40]);
  });
});

describe('extractQuantities robustness', () => {
  it('never throws and returns ordered, in-bounds figures on arbitrary Unicode, RTL, emoji and CJK input', () => {
    const pieces = fc.constantFrom(' over ', ' some ', '10,000', ' troops', ' a thousand', ' several hundred', 'Resolution 12', '٣٤', '三千', '😀', ' 2024 ', ' - ', '$', '%', ' of ');
    const arb = fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), pieces), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(arb, (s) => {
        for (const q of extractQuantities(s)) {
          expect(s.slice(q.start, q.end)).toBe(q.text);
          expect(q.low).toBeLessThanOrEqual(q.high);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles a 100,000-character sentence', { timeout: 20_000 }, () => {
    const s = 'about 1,000 troops and more than 2,000 soldiers '.repeat(2100);
    // No timing here (speed is measured by `npm run bench`): the test's own timeout only stops a
    // catastrophic-backtracking hang from running forever.
    expect(extractQuantities(s).length).toBeGreaterThan(100);
  });
});

describe('extractQuantities: changes and hyphenated scales', () => {
  it('reads "up by 65,000 to 547,000" as a change and a level, not a range', () => {
    const [change, level] = extractQuantities('The number of jobseekers was up by 65,000 to 547,000 in March.');
    expect(change).toMatchObject({ value: 65000, low: 65000, high: 65000, scope: 'change' });
    expect(level).toMatchObject({ value: 547000, low: 547000, high: 547000, scope: null });
  });

  it('marks a figure right after a movement verb ("fell 49 cents") as a change', () => {
    const [q] = extractQuantities('Shares fell 49 cents in early trading.');
    expect(q).toMatchObject({ value: 49, unit: 'cent', scope: 'change' });
  });

  it('keeps "lost 1,000 troops" a count, not a change', () => {
    const [q] = extractQuantities('The army lost 1,000 troops in the assault.');
    expect(q?.scope).toBeNull();
  });

  it('still reads "10,000 to 12,000 troops" as a range', () => {
    const [q] = extractQuantities('Officials said 10,000 to 12,000 troops were sent.');
    expect(q).toMatchObject({ low: 10000, high: 12000 });
  });

  it('reads "$85.6-million" as $85.6 million', () => {
    const [q] = extractQuantities('The film grossed $85.6-million in its opening weekend.');
    expect(q).toMatchObject({ value: 85_600_000, unit: 'dollar' });
  });
});

describe('extractQuantities: a part taken from a whole', () => {
  it('does not compare the whole in "twelve of the 30 buses" with a count of the part', () => {
    const [whole] = extractQuantities('Twelve of the company’s 30 buses were withdrawn from service on Friday.');
    const [part] = extractQuantities('The company withdrew 12 buses from service on Friday.');
    expect(whole).toMatchObject({ value: 30, scope: 'whole' });
    expect(compareQuantities(whole!, part!)).toBe('incomparable');
  });

  it('marks "most of the 5,000 workers" as the whole as well', () => {
    expect(extractQuantities('Most of the 5,000 workers at the plant joined the strike.')[0]).toMatchObject({ value: 5000, scope: 'whole' });
  });

  it('leaves a plain count without a scope', () => {
    expect(extractQuantities('The plant employs 5,000 workers.')[0]?.scope ?? null).toBeNull();
  });
});

describe('extractQuantities: abbreviations and joined modifiers', () => {
  it('reads the day after an abbreviated month ("Sept. 14") as a date, not a count', () => {
    expect(extractQuantities('The ministry told reporters on Sept. 14 that about 300 Afghan refugees had crossed.').map((q) => q.value)).toEqual([300]);
  });

  it('counts the noun after an initial ("S. Sudanese refugees")', () => {
    expect(one('about 8,000 S. Sudanese refugees crossed the border').unit).toBe('refugee');
  });

  it('counts the noun after two modifiers joined by "and" ("Iranian and Iraqi fighters")', () => {
    expect(one('some 60,000 Iranian and Iraqi fighters were massed near the city').unit).toBe('fighter');
    // Lower-case words joined by "and" are two counted things, not two modifiers.
    expect(extractQuantities('some 60 tanks and trucks were seen')[0]?.unit).toBe('tank');
  });

  it('reads "sq km" as square kilometres', () => {
    expect(rel('some 40 sq km of farmland burned', 'about 30 square kilometres of farmland burned')).toBe('conflict');
  });
});

describe('extractQuantities: spoken hedges, ranges and who is included', () => {
  it('reads "something like 50,000" and "in the region of 50,000" as about 50,000', () => {
    expect(one('They have massed something like fifty thousand troops near the border.')).toMatchObject({ low: 45000, high: 55000 });
    expect(one('in the region of 2,000 people were evacuated')).toMatchObject({ low: 1800, high: 2200 });
  });

  it('reads estimates that "ranged from 10,000 to 12,000" as a range, and "rose from 10 to 12" as a change', () => {
    expect(one('Estimates ranged from 10,000 to 12,000 men.')).toMatchObject({ low: 10000, high: 12000, unit: 'man' });
    expect(extractQuantities('Prices rose from 10 to 12 dollars.')[0]?.scope).toBe('earlier value');
  });

  it('counts men as troops', () => {
    expect(rel('about 12,000 men were sent to the front', 'over 10,000 soldiers were sent to the front')).toBe('compatible');
  });

  it('reads "…, Syrian fighters included;" after a short phrase as who is included, but not a place', () => {
    expect(one('Turkey massed some 20,000 troops to push them back, Syrian fighters included; Reuters reported it.').scope).toBe('including Syrian fighters');
    expect(one('some 300 troops were sent to Mali, Senegal included.').scope ?? null).toBeNull();
  });

  it('includes the same people as "the Syrian contingent" and as "Syrians"', () => {
    expect(rel('some 20,000 troops, Syrians included, were massed', 'approximately 21,000 troops, including the Syrian contingent, were massed')).toBe('compatible');
    // Named two ways, the included may hide two forces: they back a figure but never clash with it.
    expect(rel('some 20,000 troops, Syrians included, were massed', 'approximately 50,000 troops, including the Syrian contingent, were massed')).toBe('incomparable');
  });
});

describe('lakhs and crores', () => {
  it('reads them as South Asian English counts them', () => {
    expect(extractQuantities('close to one lakh troops were massed')[0]).toMatchObject({ low: 90000, high: 100000, unit: 'troop' });
    expect(extractQuantities('some 2.5 lakh people fled')[0]).toMatchObject({ value: 250000, unit: 'people' });
    expect(extractQuantities('a budget of 3 crore rupees')[0]).toMatchObject({ value: 30000000 });
  });
});

describe('a body of people named as among the counted', () => {
  it('reads "the Chadian contingent among them" as what the count includes', () => {
    expect(extractQuantities('some 20,000 troops, the Chadian contingent among them, were massed near the border')[0]?.scope).toBe('including the Chadian contingent');
  });
});

describe('South Asian digit grouping', () => {
  it('reads "1,50,000" as 150,000 and "1,00,00,000" as ten million', () => {
    expect(extractQuantities('Police said 1,50,000 people attended the rally')[0]).toMatchObject({ value: 150000, unit: 'people' });
    expect(extractQuantities('a grant of 1,00,00,000 rupees')[0]).toMatchObject({ value: 10000000 });
    expect(extractQuantities('12,345 troops')[0]).toMatchObject({ value: 12345 });
  });
});
