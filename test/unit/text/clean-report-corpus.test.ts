/**
 * Regression over the real scraped reports: every gold quote survives cleaning and every boilerplate
 * sample is removed. Reads ../shared/gold/dev.json; skips with a message when the shared folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanReport } from '../../../src/core/text/clean-report';
import { splitSentences } from '../../../src/core/text/split-sentences';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const goldPath = `${repo}../shared/gold/dev.json`;
const sourcesPath = `${repo}corpus/sources.json`;
const present = existsSync(goldPath) && existsSync(sourcesPath);
if (!present) console.warn(`Skipping the corpus cleaning regression: ${goldPath} or ${sourcesPath} is missing.`);

type Quote = { doc: string; quote: string };
type Gold = { pairs: { a: Quote; b: Quote }[]; unique: Quote[]; boilerplate: Quote[] };

describe.skipIf(!present)('cleanReport on the bundled corpus (gold/dev.json)', () => {
  const gold = present ? (JSON.parse(readFileSync(goldPath, 'utf8')) as Gold) : { pairs: [], unique: [], boilerplate: [] };
  const sources = present ? (JSON.parse(readFileSync(sourcesPath, 'utf8')) as { reports: { id: string; file: string; title: string | null }[] }) : { reports: [] };
  const cleaned = new Map(sources.reports.map((r) => [r.id, cleanReport(readFileSync(`${repo}corpus/${r.file}`, 'utf8'), { title: r.title })]));
  const quotes = [...gold.pairs.flatMap((p) => [p.a, p.b]), ...gold.unique];

  it('keeps every labelled quote', () => {
    const lost = quotes.filter((q) => !cleaned.get(q.doc)?.includes(q.quote));
    expect(lost).toEqual([]);
  });

  it('removes every boilerplate sample', () => {
    const kept = gold.boilerplate.filter((b) => cleaned.get(b.doc)?.includes(b.quote));
    expect(kept).toEqual([]);
  });

  it('keeps each labelled quote inside a single sentence', () => {
    const split = quotes.filter((q) => {
      const sentences = splitSentences(cleaned.get(q.doc) ?? '');
      // A quote may span two sentences when the label does ("...first time. During a briefing"), so
      // only require that it starts inside one sentence and is not cut before its first full stop.
      const head = q.quote.split(/(?<=[.!?][”"]?)\s/)[0]!;
      return !sentences.some((s) => s.text.includes(head) || head.includes(s.text));
    });
    expect(split).toEqual([]);
  });
});
