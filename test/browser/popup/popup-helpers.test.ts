import { describe, expect, it } from 'vitest';
import { emphasise } from '../../../src/popup/emphasise';
import { tabIdFromSearch } from '../../../src/popup/tab-id-from-search';
import { countByStatus, selectClaims } from '../../../src/popup/select-claims';
import { sampleReport } from './fixtures/sample-report';

describe('emphasise', () => {
  it('marks the first occurrence of a span', () => {
    expect(emphasise('over 10,000 and over 10,000', ['over 10,000'])).toEqual([
      { text: 'over 10,000', marked: true },
      { text: ' and over 10,000', marked: false },
    ]);
  });

  it('falls back to a case-insensitive match', () => {
    expect(emphasise('On Tuesday, the U.S. said', ['on tuesday'])[0]).toEqual({ text: 'On Tuesday', marked: true });
  });

  it('merges overlapping spans into one mark', () => {
    expect(emphasise('mainly in support roles behind', ['support roles', 'mainly in support'])).toEqual([
      { text: 'mainly in support roles', marked: true },
      { text: ' behind', marked: false },
    ]);
  });

  it('ignores spans that are absent or blank', () => {
    expect(emphasise('some text', ['elsewhere', '', '  ', undefined])).toEqual([{ text: 'some text', marked: false }]);
  });
});

describe('tabIdFromSearch', () => {
  it('reads ?tab=N', () => expect(tabIdFromSearch('?tab=42')).toBe(42));
  it('refuses anything but a plain non-negative integer', () => {
    for (const bad of ['', '?tab=', '?tab=-1', '?tab=1.5', '?tab=1e3', '?tab=abc', '?tab=99999999999999999999']) expect(tabIdFromSearch(bad)).toBeNull();
  });
});

describe('selectClaims', () => {
  it('counts statements by status', () => {
    expect(countByStatus(sampleReport().claims)).toEqual({ conflicting: 4, mixed: 1, corroborated: 3, unique: 3 });
  });

  it('ignores surrounding spaces and compatibility forms in the search', () => {
    const report = sampleReport();
    const found = selectClaims(report, { statuses: new Set(), search: '  ＫＲＥＭＬＩＮ ', order: 'article' });
    expect(found.map((c) => c.index)).toEqual([5]);
  });
});
