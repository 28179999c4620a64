import { describe, expect, it } from 'vitest';
import { createAnalysisCache, type SessionArea } from '../../../src/background/analysis-cache';
import { analysis } from './fakes';

function memoryArea(): SessionArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => (data.has(key) ? { [key]: structuredClone(data.get(key)) } : {}),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => data.set(k, structuredClone(v))),
    remove: async (key) => void data.delete(key),
  };
}

describe('createAnalysisCache', () => {
  it('survives a restarted background by reading session storage', async () => {
    const area = memoryArea();
    await createAnalysisCache(area).set(1, analysis(1));
    const afterRestart = createAnalysisCache(area);
    expect(await afterRestart.get(1, 'https://news.example/story')).toEqual(analysis(1));
  });

  it('treats a change of fragment as the same page and a change of path as another', async () => {
    const cache = createAnalysisCache(memoryArea());
    await cache.set(1, analysis(1, 'https://news.example/story#top'));
    expect(await cache.get(1, 'https://news.example/story#comments')).not.toBeNull();
    expect(await cache.get(1, 'https://news.example/next-story')).toBeNull();
  });

  it('serves from memory when session storage refuses the write (over quota)', async () => {
    const area = memoryArea();
    area.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    const cache = createAnalysisCache(area);
    await cache.set(1, analysis(1));
    expect(await cache.get(1)).toEqual(analysis(1));
  });

  it('forgets a tab in memory and in storage', async () => {
    const area = memoryArea();
    const cache = createAnalysisCache(area);
    await cache.set(1, analysis(1));
    await cache.delete(1);
    expect(await cache.get(1)).toBeNull();
    expect(area.data.size).toBe(0);
  });
});
