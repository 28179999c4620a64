import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const sets = readdirSync(resolve(root, 'eval')).filter((d) => existsSync(resolve(root, 'eval', d, 'gold.json')));

type Quote = { doc: string; quote: string };

describe('held-out labelled sets in eval/', () => {
  it('exist', () => {
    expect(sets.length).toBeGreaterThan(0);
  });

  for (const set of sets) {
    it(`${set}: every quote is found verbatim in its page or corpus report`, () => {
      const dir = resolve(root, 'eval', set);
      const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { documents: { id: string; file: string }[]; pairs: { a: Quote; b: Quote }[]; unique: Quote[] };
      const text = (doc: string) => {
        const page = gold.documents.find((d) => d.id === doc);
        return readFileSync(page ? join(dir, page.file) : resolve(root, 'corpus', `${doc}.txt`), 'utf8');
      };
      const quotes = [...gold.pairs.flatMap((p) => [p.a, p.b]), ...gold.unique];
      expect(quotes.length).toBeGreaterThan(0);
      const missing = quotes.filter((q) => !text(q.doc).includes(q.quote)).map((q) => `${q.doc}: ${q.quote}`);
      expect(missing).toEqual([]);
    });
  }
});
