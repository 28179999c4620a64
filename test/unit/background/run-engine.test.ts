import { describe, expect, it } from 'vitest';
import { createIndexLoader, runEngine } from '../../../src/background/run-engine';
import { createLibraryIndex } from '../../../src/background/library/library-index';
import { compileCorpus } from '../../../src/core/corpus/compile-corpus';
import { packIndex } from '../../../src/core/corpus/pack-index';
import type { RawReport } from '../../../src/core/corpus/raw-report';

// An invented story: a ferry ran aground.
const reports: RawReport[] = [
  {
    id: 'f1', outlet: 'Harbour News', title: 'Ferry aground off Telling Point', published: '2024-06-02', url: null,
    text: 'The ferry Marisol ran aground off Telling Point on Saturday with 212 passengers aboard, the coast guard said.\n\nAll passengers were taken ashore by lifeboats within three hours.',
  },
  {
    id: 'f2', outlet: 'Coast Daily', title: 'Marisol grounded', published: '2024-06-02', url: null,
    text: 'About 210 passengers were rescued after the ferry Marisol struck rocks off Telling Point on Saturday, according to the coast guard.',
  },
];
const packedJson = () => JSON.parse(JSON.stringify(packIndex(compileCorpus(reports)))) as unknown;
const article = {
  title: 'Ferry runs aground', byline: null, siteName: null, published: '2024-06-03', url: null,
  text: 'The ferry Marisol ran aground off Telling Point on Saturday, and the coast guard rescued more than 200 passengers.',
};

describe('createIndexLoader', () => {
  it('fetches the packed index once, on first use, and unpacks it for the engine', async () => {
    let fetches = 0;
    const load = createIndexLoader(async () => {
      fetches++;
      return packedJson();
    });
    expect(fetches).toBe(0);
    const [a, b] = await Promise.all([load(), load()]);
    expect(fetches).toBe(1);
    expect(a).toBe(b);
    const report = await runEngine(article, a);
    expect(report.sources.map((s) => s.id).sort()).toEqual(['f1', 'f2']);
    expect(report.claims.some((c) => c.status === 'corroborated')).toBe(true);
  });

  it('rejects a damaged index with a plain message, and tries again at the next call', async () => {
    const answers: unknown[] = [{ version: 1, sentences: 'nope' }, packedJson()];
    const load = createIndexLoader(async () => answers.shift());
    await expect(load()).rejects.toThrow(/damaged/);
    const index = await load();
    expect(index.reports.map((r) => r.id)).toEqual(['f1', 'f2']);
  });

  it('does not keep a failed fetch', async () => {
    let calls = 0;
    const load = createIndexLoader(async () => {
      if (calls++ === 0) throw new Error('The bundled corpus could not be read (404).');
      return packedJson();
    });
    await expect(load()).rejects.toThrow(/could not be read/);
    await expect(load()).resolves.toMatchObject({ reports: [{ id: 'f1' }, { id: 'f2' }] });
  });
});

describe('createLibraryIndex over a lazily loaded bundled index', () => {
  it('passes a failed bundled load on, keeps nothing, and loads it at the next call', async () => {
    let calls = 0;
    const bundled = createIndexLoader(async () => {
      if (calls++ === 0) throw new Error('The bundled corpus could not be read (500).');
      return packedJson();
    });
    const index = createLibraryIndex(bundled, async () => []);
    await expect(index.current()).rejects.toThrow(/could not be read/);
    await expect(index.current()).resolves.toMatchObject({ reports: [{ id: 'f1' }, { id: 'f2' }] });
    expect(calls).toBe(2);
  });
});
