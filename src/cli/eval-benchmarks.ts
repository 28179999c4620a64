/**
 * `npm run eval:benchmarks [-- --json] [--only msrp|fnc1|rte3|sick] [--approach lexical|lexicon|vectors[,...]]`:
 * the engine's general parts against public benchmarks in ../shared/datasets (see its README), each
 * printed next to the published figures. Anything fitted is fitted on a train split only. Skips with a
 * message (exit 0) when the datasets are absent. Not part of `npm test`: it takes a few minutes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Result } from '../core/types.ts';
import { BENCHMARK_USAGE, parseBenchmarkArgs, type BenchmarkArgs } from './benchmarks/parse-benchmark-args.ts';
import { parseMsrp } from './benchmarks/read-msrp.ts';
import { parseFncBodies, parseFncStances } from './benchmarks/read-fnc.ts';
import { parseRte3, parseSick } from './benchmarks/read-nli.ts';
import { featureMsrp, runMsrp } from './benchmarks/run-msrp.ts';
import { featureBodies, runFnc } from './benchmarks/run-fnc.ts';
import { runContradiction } from './benchmarks/run-contradiction.ts';
import { formatContradiction, formatFnc, formatMsrp } from './benchmarks/format-benchmarks.ts';

const root = resolve(import.meta.dirname, '../..');

function read<T>(dir: string, file: string, parse: (text: string) => Result<T>): T {
  const r = parse(readFileSync(resolve(dir, file), 'utf8'));
  if (!r.ok) throw new Error(`${file}: ${r.error}`);
  return r.value;
}

function progress(message: string): void {
  process.stderr.write(`[eval:benchmarks] ${message}\n`);
}

function main(args: BenchmarkArgs): number {
  const dir = resolve(args.datasets ?? resolve(root, '../shared/datasets'));
  if (!existsSync(dir)) {
    console.log(`SKIP: ${dir} not found (the public benchmarks sit beside the repo as ../shared/datasets); nothing to score.`);
    return 0;
  }
  const figures: Record<string, unknown> = {};
  const say = (text: string) => { if (!args.json) console.log(text); };
  const started = Date.now();

  if (args.only.includes('msrp')) {
    const msrp = resolve(dir, 'msrp');
    if (!existsSync(msrp)) say(`SKIP msrp: ${msrp} not found.`);
    else {
      progress('MSRP: features');
      const train = featureMsrp(read(msrp, 'msr_paraphrase_train.txt', parseMsrp));
      const test = featureMsrp(read(msrp, 'msr_paraphrase_test.txt', parseMsrp));
      const results = args.approaches.map((a) => { progress(`MSRP: ${a}`); return runMsrp(train, test, a); });
      const allPositive = test.filter((p) => p.label).length / test.length;
      figures['msrp'] = { testPairs: test.length, allPositiveAccuracy: allPositive, published: { allPositive: 0.665, unsupervisedLexical: [0.7, 0.73], fineTunedTransformers: 0.9 }, results };
      say(formatMsrp(results, test.length, allPositive));
    }
  }

  if (args.only.includes('fnc1')) {
    const fnc = resolve(dir, 'fnc-1');
    if (!existsSync(fnc)) say(`SKIP fnc1: ${fnc} not found.`);
    else {
      progress('FNC-1: reading and splitting bodies');
      const train = { stances: read(fnc, 'train_stances.csv', parseFncStances), bodies: featureBodies(read(fnc, 'train_bodies.csv', parseFncBodies)) };
      const test = { stances: read(fnc, 'competition_test_stances.csv', parseFncStances), bodies: featureBodies(read(fnc, 'competition_test_bodies.csv', parseFncBodies)) };
      const results = args.approaches.map((a) => { progress(`FNC-1: ${a}`); return runFnc(train, test, a); });
      figures['fnc1'] = { testPairs: test.stances.length, published: { baseline: 75.2, winners: { 'SOLAT in the SWEN': 82.02, Athene: 81.97, 'UCL Machine Reading': 81.72 } }, results };
      say(formatFnc(results, test.stances.length));
    }
  }

  if (args.only.includes('rte3')) {
    const rte = resolve(dir, 'rte3-3way');
    if (!existsSync(rte)) say(`SKIP rte3: ${rte} not found.`);
    else {
      progress('RTE-3');
      const dev = read(rte, 'rte3_dev_3way_en.tsv', (t) => parseRte3(t, 'dev'));
      const test = read(rte, 'rte3_test_3way_en.tsv', (t) => parseRte3(t, 'test'));
      const results = args.approaches.map((a) => runContradiction(dev, test, a));
      figures['rte3'] = { results };
      say(formatContradiction(`RTE-3 3-way test (${test.length} pairs; idf from dev)`, results));
    }
  }

  if (args.only.includes('sick')) {
    const sick = resolve(dir, 'sick');
    if (!existsSync(sick)) say(`SKIP sick: ${sick} not found.`);
    else {
      progress('SICK');
      const all = read(sick, 'SICK.txt', parseSick);
      const test = all.filter((p) => p.split === 'TEST');
      const results = args.approaches.map((a) => runContradiction(all.filter((p) => p.split === 'TRAIN'), test, a));
      figures['sick'] = { results };
      say(formatContradiction(`SICK test (${test.length} pairs; idf from TRAIN)`, results));
    }
  }

  const seconds = (Date.now() - started) / 1000;
  if (args.json) process.stdout.write(JSON.stringify({ seconds, ...figures }, (_k, v) => (v === Infinity ? 'Infinity' : v), 2) + '\n');
  else say(`\n(${seconds.toFixed(0)} s)`);
  return 0;
}

const parsed = parseBenchmarkArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(parsed.error);
  process.exitCode = 2;
} else {
  try {
    process.exitCode = main(parsed.value);
  } catch (error) {
    console.error(`eval:benchmarks failed: ${error instanceof Error ? error.message : String(error)}\n${BENCHMARK_USAGE}`);
    process.exitCode = 1;
  }
}
