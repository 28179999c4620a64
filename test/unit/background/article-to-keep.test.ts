import { describe, expect, it } from 'vitest';
import { articleToKeep } from '../../../src/background/library/library-service';
import { libraryId } from '../../../src/core/library/library-file';
import { createMessageHandler } from '../../../src/background/handle-message';
import type { AnalysisService } from '../../../src/background/analysis-service';
import { article } from './fakes';

const now = new Date('2025-03-12T08:00:00Z');

describe('articleToKeep', () => {
  it('keeps outlet, title, day of publication, address without fragment, and text', () => {
    const kept = articleToKeep({ ...article('https://news.example/story#comments'), published: '2024-11-13T07:30:00Z' }, now);
    expect(kept).toEqual({
      ok: true,
      value: {
        id: libraryId('https://news.example/story', 'One thing happened. Another thing followed.'),
        url: 'https://news.example/story',
        outlet: 'Example News',
        title: 'A story',
        published: '2024-11-13',
        text: 'One thing happened. Another thing followed.',
        addedAt: '2025-03-12T08:00:00.000Z',
      },
    });
  });

  it('names the outlet after the host when the page gives no site name, and drops a date it cannot read', () => {
    const kept = articleToKeep({ ...article('https://www.daily.example/a'), siteName: '  ', published: 'last Tuesday' }, now);
    expect(kept).toMatchObject({ ok: true, value: { outlet: 'daily.example', published: null } });
  });

  it('keeps no address that is not http(s)', () => {
    expect(articleToKeep({ ...article(), url: 'file:///home/me/page.html' }, now)).toMatchObject({ ok: true, value: { url: null } });
  });

  it('refuses, with the reason, an article that an export could not carry back in', () => {
    const kept = articleToKeep({ ...article(), title: 'Headline <img src=x onerror=alert(1)>' }, now);
    expect(kept).toEqual({ ok: false, failure: { kind: 'internal', message: expect.stringMatching(/cannot be kept: field "title" contains HTML or script/) } });
  });

  it('refuses a page with no text', () => {
    expect(articleToKeep({ ...article(), text: '  ' }, now)).toMatchObject({ ok: false, failure: { kind: 'not-article' } });
  });
});

describe('library messages', () => {
  const service = { analyze: async () => ({ ok: true }), get: async () => null, forget: async () => {} } as unknown as AnalysisService;
  it('are refused when malformed, and answered with a failure when there is no library', async () => {
    const handler = createMessageHandler(service, 'id', 'chrome-extension://x/');
    expect(await handler({ to: 'background', type: 'importLibrary', args: { content: 42 } }, { id: 'id' })).toMatchObject({ ok: false, failure: { message: /Malformed/ } });
    expect(await handler({ to: 'background', type: 'removeFromLibrary', args: { id: 'x'.repeat(500) } }, { id: 'id' })).toMatchObject({ ok: false });
    expect(await handler({ to: 'background', type: 'listLibrary', args: {} }, { id: 'id' })).toMatchObject({ ok: false, failure: { message: /not available/ } });
  });
});

describe('the import message bound', () => {
  it('is the largest library file, no more', async () => {
    const { MAX_IMPORT_CHARS } = await import('../../../src/messages/protocol');
    const { LIMITS } = await import('../../../src/core/library/library-file');
    expect(MAX_IMPORT_CHARS).toBe(LIMITS.fileChars);
  });
});
