import { describe, expect, it } from 'vitest';
import { datelineDate, findDateline, DATELINE_LINES } from '../../../src/core/time/find-dateline';

describe('datelineDate', () => {
  it.each([
    ['Published: 13 Nov. 2024, 09:12', '2024-11-13'],
    ['Updated 3:14 PM EST, Tue November 12, 2024', '2024-11-12'],
    ['2024.11.13 09:12', '2024-11-13'],
    ['2024-11-13T23:30:00-05:00', '2024-11-13'],
    ['Posted on November 13, 2024 by Jane Doe', '2024-11-13'],
    ['Wednesday 13 November 2024 00.01 GMT', '2024-11-13'],
    ['25/12/2023', '2023-12-25'],
    ['Jane Doe, March 2, 2024', '2024-03-02'],
    ['Updated 5 March 2024, first published 2 March 2024', '2024-03-02'],
    ['April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm', '2019-04-28'],
  ])('reads %j as %s', (line, date) => {
    expect(datelineDate(line)).toBe(date);
  });

  it.each([
    ['a sentence that mentions a date', 'On November 13, 2024, the council voted to close the old ferry terminal for good after a long debate.'],
    ['a date without a day', 'Our best photographs of November 2024'],
    ['a relative date', 'Published 2 hours ago'],
    ['a fact box that counts the years since', 'February 28, 1998; 18 years ago'],
    ['a day and month that could be either way round', '11/12/2024'],
    ['the same with a time', 'Published: 11/12/2024 09:12'],
    ['the same with dots', '11.12.2024 09:12'],
    ['a life or a span: two dates without labels', 'Jimmy Carter, 1 October 1924 – 29 December 2024'],
    ['a timeline entry', '24 February 2022: Russia launches its full-scale invasion of Ukraine'],
    ['a line without a date', 'Jane Doe Views'],
    ['a year alone', '© 2024 Harbour Times. All rights reserved.'],
  ])('rejects %s', (_, line) => {
    expect(datelineDate(line)).toBeNull();
  });
});

describe('findDateline', () => {
  it('finds the dateline among the menus and the headline at the top of a page', () => {
    const text = ['Skip to content', 'World', 'Storm closes the Marlow bridge', 'By Jane Doe', 'March 2, 2024', '', 'Storm Edda closed the bridge on Friday.'].join('\n');
    expect(findDateline([text])).toEqual({ date: '2024-03-02', line: 'March 2, 2024' });
  });

  it('prefers the publication line to an update line, whichever comes first', () => {
    const text = 'Updated: 5 March 2024\nPublished: 2 March 2024\nStorm Edda closed the bridge on Friday.';
    expect(findDateline([text])?.date).toBe('2024-03-02');
  });

  it('reads a label standing alone on the line before its date', () => {
    const text = 'Updated\n5 March 2024\nPublished\n2 March 2024\nStorm Edda closed the bridge on Friday.';
    expect(findDateline([text])).toEqual({ date: '2024-03-02', line: '2 March 2024' });
  });

  it('takes an update line when it is the only one', () => {
    expect(findDateline(['Last updated 5 March 2024\nStorm Edda closed the bridge on Friday.'])?.date).toBe('2024-03-05');
  });

  it('reads a byline that carries the date, split on its separators', () => {
    expect(findDateline(['By Jane Doe | Mar 2, 2024', 'Storm Edda closed the bridge.'])?.date).toBe('2024-03-02');
  });

  it('looks only at the top of the text', () => {
    const filler = Array.from({ length: DATELINE_LINES }, (_, i) => `Paragraph ${i + 1} of the story, which has no date in it at all.`);
    expect(findDateline([[...filler, 'March 2, 2024'].join('\n')])).toBeNull();
    expect(findDateline([['March 2, 2024', ...filler].join('\n')])?.date).toBe('2024-03-02');
  });

  it('returns null for empty input and text without a dateline', () => {
    expect(findDateline([null, undefined, ''])).toBeNull();
    expect(findDateline(['Storm Edda closed the bridge on Friday 1 March 2024, the city engineer said in a statement.'])).toBeNull();
  });
});
