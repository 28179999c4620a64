/**
 * Deterministic synthetic corpora for the scale benchmark, made of real news sentences.
 *
 * The material is the MSRP news sentences (../shared/datasets/msrp/msr_paraphrase_data.txt, ~11,000
 * sentences from 2003 news) plus the bundled corpus's own sentences; without ../shared it is the
 * corpus alone. A corpus of n reports is the 5 bundled reports followed by n - 5 synthetic ones, so the
 * article analysed still has its story in the corpus and the extra reports are the haystack.
 *
 * 10,000 reports of ~22 sentences need ~220,000 sentences from a pool of ~11,000, so each drawn sentence
 * gets its figures re-rolled and one capitalised name swapped for another from the pool: without that,
 * every sentence would recur verbatim ~20 times and the wire-copy grouping would see a corpus that is
 * nothing but copies, which no real corpus is.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawReport } from '../src/core/corpus/raw-report.ts';

/** mulberry32: a tiny seeded PRNG, so the same seed gives the same corpus on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type SentencePool = { sentences: string[]; names: string[]; origin: string };

/** Sentences of the bundled reports: one per line-ish chunk ending in a full stop. */
function corpusSentences(reports: RawReport[]): string[] {
  const out: string[] = [];
  for (const r of reports) {
    for (const para of r.text.split(/\n+/)) {
      for (const s of para.split(/(?<=[.!?]["”’]?)\s+(?=[A-Z"“])/)) {
        const t = s.trim();
        if (t.length >= 40 && t.length <= 400 && /[.!?]["”’]?$/.test(t)) out.push(t);
      }
    }
  }
  return out;
}

/** MSRP sentences (the `String` column of msr_paraphrase_data.txt), or [] when the file is absent. */
export function msrpSentences(sharedDir: string): string[] {
  const file = join(sharedDir, 'datasets/msrp/msr_paraphrase_data.txt');
  if (!existsSync(file)) return [];
  const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).slice(1);
  const out: string[] = [];
  for (const line of lines) {
    const text = line.split('\t')[1]?.trim();
    if (text && text.length >= 40) out.push(text);
  }
  return out;
}

export function sentencePool(bundled: RawReport[], sharedDir: string): SentencePool {
  const msrp = msrpSentences(sharedDir);
  const own = corpusSentences(bundled);
  const sentences = [...msrp, ...own];
  const names = new Set<string>();
  for (const s of sentences) for (const m of s.matchAll(/(?<=\s)[A-Z][a-z]{2,}(?=[\s,.])/g)) names.add(m[0]);
  return { sentences, names: [...names].sort(), origin: msrp.length ? `MSRP (${msrp.length}) + corpus (${own.length}) sentences` : `corpus sentences only (${own.length}); ../shared is absent` };
}

const OUTLETS = ['Daily Ledger', 'Evening Courier', 'Metro Times', 'Northern Herald', 'Coastal Post', 'Capital Wire', 'Valley Chronicle', 'Harbour Gazette'];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

/** The same sentence with its digits re-rolled and one capitalised name swapped. */
function vary(sentence: string, rand: () => number, names: string[]): string {
  let out = sentence.replace(/\d/g, (d, i: number) => (i === 0 || rand() < 0.5 ? d : String(Math.floor(rand() * 10))));
  const caps = [...out.matchAll(/(?<=\s)[A-Z][a-z]{2,}(?=[\s,.])/g)];
  if (caps.length && names.length) {
    const m = pick(rand, caps);
    out = out.slice(0, m.index) + pick(rand, names) + out.slice(m.index! + m[0].length);
  }
  return out;
}

function isoDate(rand: () => number): string {
  const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(rand() * 730) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/**
 * `n` reports: the bundled ones, then synthetic reports of 15-30 sentences in paragraphs of 1-3
 * sentences (the bundled reports have 15-35), titled with a sentence of their own.
 */
export function syntheticCorpus(n: number, bundled: RawReport[], pool: SentencePool, seed = 20_240_101): RawReport[] {
  const rand = seededRandom(seed);
  const reports: RawReport[] = bundled.slice(0, n);
  for (let i = reports.length; i < n; i++) {
    const count = 15 + Math.floor(rand() * 16);
    const paragraphs: string[] = [];
    let para: string[] = [];
    for (let k = 0; k < count; k++) {
      para.push(vary(pick(rand, pool.sentences), rand, pool.names));
      if (para.length >= 1 + Math.floor(rand() * 3)) {
        paragraphs.push(para.join(' '));
        para = [];
      }
    }
    if (para.length) paragraphs.push(para.join(' '));
    const title = vary(pick(rand, pool.sentences), rand, pool.names).replace(/[.!?]["”’]?$/, '').slice(0, 120);
    reports.push({
      id: `syn-${String(i).padStart(5, '0')}`,
      outlet: pick(rand, OUTLETS),
      title,
      published: isoDate(rand),
      url: `https://example.invalid/news/${i}`,
      text: paragraphs.join('\n\n'),
      origin: 'library',
    });
  }
  return reports;
}
