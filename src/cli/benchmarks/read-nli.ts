/**
 * Three-way inference pairs (entailment / neutral or unknown / contradiction) from two tab-separated
 * releases: RTE-3 3-way (id, task, length, text, hypothesis, label_2way_pascal, label_3way, note) and
 * SICK (pair_ID, sentence_A, sentence_B, entailment_label, ..., SemEval_set). Both have bare quotes in
 * their sentences, so they are split on tabs, not read as quoted CSV.
 */
import type { Result } from '../../core/types.ts';

export type NliPair = { premise: string; hypothesis: string; contradiction: boolean; split: string };

function table(text: string, need: string[], what: string): Result<{ header: string[]; rows: string[][] }> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim());
  const header = (lines[0] ?? '').split('\t').map((h) => h.trim());
  const missing = need.filter((c) => !header.includes(c));
  if (missing.length) return { ok: false, error: `${what}: missing the columns ${missing.join(', ')}.` };
  return { ok: true, value: { header, rows: lines.slice(1).map((l) => l.split('\t').map((c) => c.trim())) } };
}

export function parseRte3(text: string, split: string): Result<NliPair[]> {
  const t = table(text, ['text', 'hypothesis', 'label_3way'], 'RTE-3');
  if (!t.ok) return t;
  const [ti, hi, li] = ['text', 'hypothesis', 'label_3way'].map((c) => t.value.header.indexOf(c)) as [number, number, number];
  return { ok: true, value: t.value.rows.map((r) => ({ premise: r[ti] ?? '', hypothesis: r[hi] ?? '', contradiction: r[li] === 'CONTRADICTION', split })) };
}

export function parseSick(text: string): Result<NliPair[]> {
  const t = table(text, ['sentence_A', 'sentence_B', 'entailment_label', 'SemEval_set'], 'SICK');
  if (!t.ok) return t;
  const [ai, bi, li, si] = ['sentence_A', 'sentence_B', 'entailment_label', 'SemEval_set'].map((c) => t.value.header.indexOf(c)) as [number, number, number, number];
  return { ok: true, value: t.value.rows.map((r) => ({ premise: r[ai] ?? '', hypothesis: r[bi] ?? '', contradiction: r[li] === 'CONTRADICTION', split: r[si] ?? '' })) };
}
