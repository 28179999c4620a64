import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resolveDates } from '../../../src/core/time/resolve-dates';

const span = (s: string, published: string | null) => resolveDates(s, published).map((m) => [m.text, m.from, m.to, m.kind]);

describe('resolveDates', () => {
  // 2030-03-13 is a Wednesday.
  it('reads "on Sunday, March 3" as the one date written, not a second day', () => {
    expect(span('State media released the video on Sunday, March 3.', '2030-03-13')).toEqual([['March 3', '2030-03-03', '2030-03-03', 'point']]);
    // A weekday and a date told apart stay two.
    expect(span('On Tuesday the ministry spoke, and on March 3 the army replied.', '2030-03-13')).toHaveLength(2);
  });

  it('reads "Monday of last week" and "Friday next week" as the weekday within that week', () => {
    // 2030-03-13 is a Wednesday; last week ran from Monday 4 to Sunday 10 March.
    expect(span('The council voted on Monday of last week.', '2030-03-13')).toEqual([['Monday of last week', '2030-03-04', '2030-03-04', 'point']]);
    expect(span('The bridge reopens on Friday next week.', '2030-03-13')).toEqual([['Friday next week', '2030-03-22', '2030-03-22', 'point']]);
    // A weekday and a week told apart stay two.
    expect(span('On Monday the council met, and last week it voted.', '2030-03-13')).toHaveLength(2);
  });

  it('reads "Saturday the 16th" in the month where the 16th is a Saturday: the last one, or the next in a sentence that looks ahead', () => {
    // 16 February and 16 March 2030 are both Saturdays.
    expect(span('Polls will open on Saturday the 16th.', '2030-03-13')).toEqual([['the 16th', '2030-03-16', '2030-03-16', 'point']]);
    expect(span('The prisoners were released on Saturday the 16th.', '2030-03-13')).toEqual([['the 16th', '2030-02-16', '2030-02-16', 'point']]);
    // Only one month fits: 13 January 2024 is a Saturday, 13 December 2023 is not.
    expect(span('Polls in the city open on Saturday the 13th.', '2024-01-10')[0]?.[1]).toBe('2024-01-13');
  });

  it('reads "on Sunday the 3rd" as the one day written', () => {
    expect(span('Parliament ratified the accord on Sunday the 3rd, the agency said.', '2030-03-13')).toEqual([['the 3rd', '2030-03-03', '2030-03-03', 'point']]);
    expect(span('Parliament ratified the accord on Sunday, the 3rd.', '2030-03-13')).toHaveLength(1);
  });

  it('resolves a bare weekday to the most recent such day on or before publication', () => {
    expect(span('The ministry confirmed Tuesday that the dam had failed.', '2030-03-13')).toEqual([['Tuesday', '2030-03-12', '2030-03-12', 'point']]);
  });

  it('resolves a weekday equal to the publication weekday to the publication day', () => {
    expect(span('Talks resumed on Wednesday.', '2030-03-13')).toEqual([['Wednesday', '2030-03-13', '2030-03-13', 'point']]);
  });

  it('resolves "last Wednesday" on a Wednesday to the week before', () => {
    expect(resolveDates('The vote took place last Wednesday.', '2030-03-13')[0]!.from).toBe('2030-03-06');
  });

  it('resolves "next Monday" forward', () => {
    expect(resolveDates('The court will rule next Monday.', '2030-03-13')[0]!.from).toBe('2030-03-18');
  });

  it('reads a month forward only when the future belongs to it, not to what a past saying reported', () => {
    expect(resolveDates('The summit will be held in October.', '2030-03-13')[0]!.from).toBe('2030-10-01');
    // The date dates the warning; "would" is what was warned of.
    expect(resolveDates('At the end of October, the envoy warned that the rebels would lose.', '2030-11-13')[0]!.from).toBe('2030-10-21');
    expect(resolveDates('He said the summit would be held in October.', '2030-09-13')[0]!.from).toBe('2030-10-01');
  });

  it('reads a day and month with no year as past, unless the sentence looks ahead or the day is only weeks away', () => {
    expect(resolveDates('The militia entered the war on October 8, a day after the attack.', '2030-04-10')[0]!.from).toBe('2029-10-08');
    expect(resolveDates('The summit will open on October 8.', '2030-04-10')[0]!.from).toBe('2030-10-08');
    expect(resolveDates('Polls open on November 5 across the country.', '2030-11-02')[0]!.from).toBe('2030-11-05');
    expect(resolveDates('The envoy warned on October 30 that the soldiers would go home.', '2030-11-05')[0]!.from).toBe('2030-10-30');
    expect(resolveDates('The vote will be held on November 5.', '2030-11-05')[0]!.from).toBe('2030-11-05');
  });

  it('resolves "on the 10th" to that day of the publication month', () => {
    expect(span('On the 10th (local time), the agency released the figures.', '2030-03-13')).toEqual([
      ['the 10th (local time)', '2030-03-10', '2030-03-10', 'point'],
    ]);
  });

  it('resolves "on the 28th" after publication day to the previous month', () => {
    expect(resolveDates('The ceasefire began on the 28th.', '2030-03-13')[0]!.from).toBe('2030-02-28');
  });

  it('reads spelled ordinals with their month: "the fourth of March", "the twenty-first of February"', () => {
    expect(span('The rebels say they first clashed with the army on the fourth of March.', '2030-03-13')).toEqual([['the fourth of March', '2030-03-04', '2030-03-04', 'point']]);
    expect(span('The strike began on the twenty-first of February.', '2030-03-13')[0]?.[1]).toBe('2030-02-21');
    // Without a month they are no days: "the first time", "on the third attempt", "on the second and final reading".
    expect(resolveDates('It was the first time troops fought, on the third attempt.', '2030-03-13')).toEqual([]);
    // …but a spelled day after "on the" with no noun after it is one ("on the twelfth", see below).
    expect(resolveDates('Parliament ratified the treaty on the second and final reading, on the twelfth.', '2030-03-13').map((d) => d.text)).toEqual(['the twelfth']);
    expect(resolveDates("Parliament rejected the second of May's three deals.", '2030-03-13')).toEqual([]);
  });

  it('does not read "the 21st century" or "the 5th Brigade" as days', () => {
    expect(resolveDates('In the 21st century the 5th Brigade was disbanded.', '2030-03-13')).toEqual([]);
  });

  it('reads "of" before a year as part of the date ("in July of 2024", "the day 4 of December of 2024")', () => {
    expect(resolveDates('Troops entered the town in July of 2023.', '2025-05-02')).toEqual([{ text: 'July of 2023', start: 27, end: 39, from: '2023-07-01', to: '2023-07-31', kind: 'point' }]);
    expect(resolveDates('The council voted the day 4 of December of 2024.', '2025-05-02').map((m) => [m.text, m.from, m.to])).toEqual([['the day 4 of December of 2024', '2024-12-04', '2024-12-04']]);
  });

  it('reads a month of a year named relative to publication ("in September of last year", "the March of this year")', () => {
    expect(span('The dam was finished in September of last year.', '2031-01-15')).toEqual([['September of last year', '2030-09-01', '2030-09-30', 'point']]);
    expect(span('The dam was finished in the September of last year.', '2031-01-15')).toEqual([['the September of last year', '2030-09-01', '2030-09-30', 'point']]);
    expect(span('The dam opens in March this year.', '2031-01-15')).toEqual([['March this year', '2031-03-01', '2031-03-31', 'point']]);
    expect(span('Since the August of last year the dam leaks.', '2031-01-15')).toEqual([['the August of last year', '2030-08-01', '2030-08-31', 'since']]);
    // "the previous year" may count from a year the story names: only the month is read.
    expect(span('The dam was finished in September of the previous year.', '2031-01-15')[0]).toEqual(['September', '2030-09-01', '2030-09-30', 'point']);
  });

  it('reads a day of a month named relative to publication, and "the day 14" of translated copy', () => {
    expect(span('The mayor briefed the day 16 of last month.', '2031-01-15')).toEqual([['the day 16 of last month', '2030-12-16', '2030-12-16', 'point']]);
    expect(span('The mayor briefed on the 3rd of this month.', '2031-01-15')).toEqual([['the 3rd of this month', '2031-01-03', '2031-01-03', 'point']]);
    // A day after the publication's is in the month before.
    expect(span('The province said the day 14 that it raised the alert.', '2031-01-15')).toEqual([['the day 14', '2031-01-14', '2031-01-14', 'point']]);
    expect(span('The province said the day 20 that it raised the alert.', '2031-01-15')).toEqual([['the day 20', '2030-12-20', '2030-12-20', 'point']]);
    expect(span('The province said the day 31 of last month.', '2031-03-15')).toEqual([['last month', '2031-02-01', '2031-02-28', 'point']]);
  });

  it('reads a spelled day after "on the" when no noun follows ("signed it on the twelfth"), not "on the second reading"', () => {
    expect(span('The governor signed it into law on the twelfth.', '2031-12-04')).toEqual([['the twelfth', '2031-11-12', '2031-11-12', 'point']]);
    expect(span('They met on the third, officials said.', '2031-12-04')).toEqual([['the third', '2031-12-03', '2031-12-03', 'point']]);
    expect(span('The bill passed on the second reading.', '2031-12-04')).toEqual([]);
    expect(span('He won on the third attempt.', '2031-12-04')).toEqual([]);
  });

  it('resolves "last August" and "in June" to the most recent such month', () => {
    expect(span('The region was seized last August.', '2030-03-13')).toEqual([['last August', '2029-08-01', '2029-08-31', 'point']]);
    expect(resolveDates('Leaders met in June.', '2030-09-02')[0]!.from).toBe('2030-06-01');
    expect(resolveDates('Leaders met in June.', '2030-03-13')[0]!.from).toBe('2029-06-01');
  });

  it('marks "since August" as an onset', () => {
    expect(span('Since August, rebels have held the port.', '2030-11-02')).toEqual([['Since August', '2030-08-01', '2030-08-31', 'since']]);
  });

  it('resolves a day and month without a year to the occurrence nearest publication', () => {
    expect(resolveDates('On November 5, the mayor resigned.', '2030-12-01')[0]!.from).toBe('2030-11-05');
    expect(resolveDates('The summit is set for January 4.', '2030-12-20')[0]!.from).toBe('2031-01-04');
  });

  it('reads explicit dates with a year, ISO and long forms, even without a publication date', () => {
    expect(span('It was signed on 2029-07-01 and ratified on March 3, 2030.', null)).toEqual([
      ['2029-07-01', '2029-07-01', '2029-07-01', 'point'],
      ['March 3, 2030', '2030-03-03', '2030-03-03', 'point'],
    ]);
    expect(resolveDates('It opened on 14 February 2031.', null)[0]!.from).toBe('2031-02-14');
  });

  it('returns only self-contained dates when the publication date is unknown', () => {
    expect(resolveDates('He spoke on Tuesday, about a week ago.', null)).toEqual([]);
  });

  it('resolves "about a week ago" to a band around seven days before publication', () => {
    expect(span('Fighting started about a week ago, officials said.', '2030-03-13')).toEqual([['about a week ago', '2030-03-03', '2030-03-09', 'point']]);
  });

  it('resolves "three days ago" exactly and "yesterday" to the day before', () => {
    expect(resolveDates('The convoy left three days ago.', '2030-03-13')[0]!.from).toBe('2030-03-10');
    expect(resolveDates('The convoy left yesterday.', '2030-03-13')[0]!.from).toBe('2030-03-12');
  });

  it('resolves "this weekend" in a midweek report to the weekend just past', () => {
    expect(span('The palace announced this weekend that the king would travel.', '2030-03-13')).toEqual([['this weekend', '2030-03-09', '2030-03-10', 'point']]);
  });

  it('resolves "the previous day" without another date to the week before publication', () => {
    expect(span('The group had denied it the previous day.', '2030-03-13')).toEqual([['the previous day', '2030-03-06', '2030-03-12', 'point']]);
  });

  it('resolves "at the end of October" to the last days of the month', () => {
    expect(span('The minister resigned at the end of October.', '2030-11-20')).toEqual([['at the end of October', '2030-10-21', '2030-10-31', 'point']]);
    expect(span('The minister resigned in the first days of October.', '2030-11-20')).toEqual([['in the first days of October', '2030-10-01', '2030-10-10', 'point']]);
    // A future inside a quotation is what was said, not when it was said.
    expect(span('The minister told parliament on October 3 that the country “will not invade any neighbour”.', '2030-10-04')).toEqual([['October 3', '2030-10-03', '2030-10-03', 'point']]);
  });

  it('accepts a full ISO timestamp as the publication date', () => {
    expect(resolveDates('It happened on Monday.', '2030-03-13T22:15:00-05:00')[0]!.from).toBe('2030-03-11');
  });

  it('does not read the verb "may" as a month', () => {
    expect(resolveDates('The talks may fail, he said.', '2030-03-13')).toEqual([]);
  });

  it('never throws on arbitrary Unicode, RTL, emoji and CJK input and returns valid ranges', () => {
    const pieces = fc.constantFrom(' Tuesday', ' on the 26th', ' last August', ' since ', ' about a week ago', '٢٠٢٤', '二〇二四年', '😀', ' November 5', ' 2024-02-30', ' May ');
    const arb = fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), pieces), { maxLength: 30 }).map((a) => a.join(''));
    const pub = fc.oneof(fc.constant(null), fc.constant('2030-03-13'), fc.string(), fc.constant('2024-02-29'));
    fc.assert(
      fc.property(arb, pub, (s, p) => {
        for (const m of resolveDates(s, p)) {
          expect(s.slice(m.start, m.end)).toBe(m.text);
          expect(m.from <= m.to).toBe(true);
          expect(m.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles a 100,000-character sentence', { timeout: 20_000 }, () => {
    const s = 'On Tuesday, about a week ago, last August. '.repeat(2400);
    // No timing here (speed is measured by `npm run bench`): the test's own timeout only stops a
    // catastrophic-backtracking hang from running forever.
    expect(resolveDates(s, '2030-03-13').length).toBeGreaterThan(100);
  });
});

describe('weeks of a month', () => {
  it('reads "the first week of November" and "the last week of February" as seven days', () => {
    expect(span('The envoy had in the first week of November asked for talks.', '2024-11-14')).toEqual([['in the first week of November', '2024-11-01', '2024-11-07', 'point']]);
    expect(span('It happened in the last week of February 2024.', '2024-11-14')).toEqual([['in the last week of February 2024', '2024-02-23', '2024-02-29', 'point']]);
  });
});
