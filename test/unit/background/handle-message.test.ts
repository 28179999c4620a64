import { describe, expect, it } from 'vitest';
import { createMessageHandler, isOwnPage } from '../../../src/background/handle-message';
import type { AnalysisService } from '../../../src/background/analysis-service';
import { analysis } from './fakes';

const ID = 'corroborate@test';
const ORIGIN = 'chrome-extension://abcdef/';
const popup = { id: ID };
const fullReportTab = { id: ID, tab: { id: 4, index: 0, highlighted: true, active: true, pinned: false, incognito: false }, url: `${ORIGIN}report.html?tab=2` };
const contentScript = { id: ID, tab: fullReportTab.tab, url: 'https://evil.example/page' };

function service(): AnalysisService & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    analyze: async (tabId, force) => {
      calls.push(`analyze ${tabId} ${force}`);
      return { ok: true, value: analysis(tabId) };
    },
    get: async (tabId) => {
      calls.push(`get ${tabId}`);
      return null;
    },
    forget: async () => {},
    anchorsChanged: async (tabId, anchors) => {
      calls.push(`anchors ${tabId} ${JSON.stringify(anchors)}`);
      return true;
    },
  };
}

describe('isOwnPage', () => {
  it('trusts the popup and our pages in tabs, and nothing else', () => {
    expect(isOwnPage(popup, ID, ORIGIN)).toBe(true);
    expect(isOwnPage(fullReportTab, ID, ORIGIN)).toBe(true);
    expect(isOwnPage(contentScript, ID, ORIGIN)).toBe(false);
    expect(isOwnPage({ id: 'other-extension' }, ID, ORIGIN)).toBe(false);
    expect(isOwnPage({}, ID, ORIGIN)).toBe(false);
  });
});

describe('createMessageHandler', () => {
  it('runs a well-formed analyze call from the popup', async () => {
    const s = service();
    const reply = await createMessageHandler(s, ID, ORIGIN)({ to: 'background', type: 'analyze', args: { tabId: 2 } }, popup);
    expect(reply).toMatchObject({ ok: true });
    expect(s.calls).toEqual(['analyze 2 false']);
  });

  it('answers a malformed call with a failure value and does not act on it', async () => {
    const s = service();
    const handle = createMessageHandler(s, ID, ORIGIN);
    for (const raw of [
      { to: 'background', type: 'analyze', args: { tabId: -1 } },
      { to: 'background', type: 'analyze', args: { tabId: '2' } },
      { to: 'background', type: 'deleteEverything', args: {} },
      { to: 'background' },
    ]) {
      expect(await handle(raw, popup)).toMatchObject({ ok: false, failure: { kind: 'internal' } });
    }
    expect(s.calls).toEqual([]);
  });

  it('ignores messages for someone else and messages from content scripts or other extensions', () => {
    const s = service();
    const handle = createMessageHandler(s, ID, ORIGIN);
    expect(handle({ to: 'popup', type: 'progress', args: { tabId: 1, stage: 'done' } }, popup)).toBeUndefined();
    expect(handle('analyze', popup)).toBeUndefined();
    expect(handle(null, popup)).toBeUndefined();
    expect(handle({ to: 'background', type: 'getAnalysis', args: { tabId: 1 } }, contentScript)).toBeUndefined();
    expect(handle({ to: 'background', type: 'getAnalysis', args: { tabId: 1 } }, { id: 'other' })).toBeUndefined();
    expect(s.calls).toEqual([]);
  });

  it('answers getAnalysis from a full-report tab', async () => {
    const s = service();
    const reply = await createMessageHandler(s, ID, ORIGIN)({ to: 'background', type: 'getAnalysis', args: { tabId: 2 } }, fullReportTab);
    expect(reply).toEqual({ ok: true, value: null });
  });

  it('takes anchorsChanged from our content script, for the tab the browser names, and nothing else from it', async () => {
    const s = service();
    const handle = createMessageHandler(s, ID, ORIGIN);
    const event = { to: 'background', type: 'anchorsChanged', args: { anchored: [0, 2], orphans: [1] } };
    expect(await handle(event, { ...contentScript, frameId: 0 })).toBeNull();
    expect(s.calls).toEqual(['anchors 4 {"anchored":[0,2],"orphans":[1]}']);
    // A tab named in the message is not a thing the schema has: the event is dropped, not redirected.
    expect(handle({ ...event, args: { ...event.args, tabId: 9 } }, contentScript)).toBeUndefined();
    // Not from a frame, another extension, a page of ours, or in a wrong shape.
    expect(handle(event, { ...contentScript, frameId: 3 })).toBeUndefined();
    expect(handle(event, { ...contentScript, id: 'other' })).toBeUndefined();
    expect(handle({ ...event, args: { anchored: [-1], orphans: [] } }, contentScript)).toBeUndefined();
    expect(handle({ ...event, args: { anchored: 'all', orphans: [] } }, contentScript)).toBeUndefined();
    expect(await handle(event, popup)).toMatchObject({ ok: false, failure: { kind: 'internal' } });
    expect(s.calls).toHaveLength(1);
  });
});
