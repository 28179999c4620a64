import { describe, expect, it } from 'vitest';
import { timelineDates } from '../../../src/core/time/timeline';

const page = [
  'ANKARA, May 2 (Agency) - A year after the border operation began, here are the key events:',
  '',
  '2023',
  '',
  'Nov. 3 - Turkish troops cross into northern Syria.',
  '',
  'The army says the operation will be short.',
  '',
  'Dec. 20 - Ankara announces the first losses.',
  '',
  '2024',
  '',
  'Feb. 9 - Turkey says the district has been cleared.',
  '',
  'March 1: Talks open in Geneva.',
  '',
  'Editing by Jane Doe.',
  '',
  'Analysts say the war is far from over.',
  '',
  'It has cost billions.',
].join('\n');

const at = (s: string) => page.indexOf(s);

describe('timelineDates', () => {
  it('tells each entry as of its own day, with the year of the heading above it', () => {
    const day = timelineDates(page, '2024-05-02');
    expect(day(at('Nov. 3 -'))).toBe('2023-11-03');
    expect(day(at('Dec. 20 -'))).toBe('2023-12-20');
    expect(day(at('Feb. 9 -'))).toBe('2024-02-09');
    expect(day(at('March 1:'))).toBe('2024-03-01');
  });

  it('gives a line after an entry the entry’s day, and nothing to the introduction or lines far below', () => {
    const day = timelineDates(page, '2024-05-02');
    expect(day(at('The army says'))).toBe('2023-11-03');
    expect(day(at('ANKARA'))).toBeNull();
    expect(day(at('It has cost'))).toBeNull();
  });

  it('leaves a line that names its own day, a schedule, and entries with no year alone', () => {
    const closing = ['2024', '', 'Sept. 3 - Talks open.', '', 'Oct. 1 - Talks stall.', '', 'Oct. 7 - Talks resume.', '', 'On Monday, Turkey and Libya signed a new agreement.'].join('\n');
    expect(timelineDates(closing, '2024-11-05')(closing.indexOf('On Monday'))).toBeNull();
    expect(timelineDates(closing, '2024-11-05')(closing.indexOf('Oct. 7'))).toBe('2024-10-07');
    const schedule = ['2024', '', 'Nov. 20 - Summit opens.', '', 'Dec. 3 - Vote.', '', 'Dec. 21 - Talks.'].join('\n');
    expect(timelineDates(schedule, '2024-11-05')(schedule.indexOf('Dec. 3'))).toBeNull();
    const noYear = ['Nov. 3 - Talks open.', '', 'Nov. 9 - Talks stall.', '', 'Nov. 12 - Talks resume.'].join('\n');
    expect(timelineDates(noYear, '2024-11-20')(noYear.indexOf('Nov. 9'))).toBeNull();
  });

  it('leaves a story that opens a line or two with a day alone', () => {
    const story = 'Nov. 3 - Turkish troops crossed the border.\n\nOfficials said little.\n\nDec. 20 - Losses were announced.';
    expect(timelineDates(story, '2024-05-02')(0)).toBeNull();
  });
});
