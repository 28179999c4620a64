/**
 * FNC-1's two CSV files. Bodies are quoted, multi-line and contain commas and doubled quotes, which is
 * why a real CSV parser (csv-parse) reads them: a line- or regex-based reader splits bodies apart.
 */
import { parse } from 'csv-parse/sync';
import type { Result } from '../../core/types.ts';

export const FNC_LABELS = ['agree', 'disagree', 'discuss', 'unrelated'] as const;
export type FncLabel = (typeof FNC_LABELS)[number];
export type FncStance = { headline: string; bodyId: string; stance: FncLabel };

function readRows(csv: string, columns: string[], what: string): Result<Record<string, string>[]> {
  let rows: Record<string, string>[];
  try {
    rows = parse(csv, { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
  } catch (error) {
    return { ok: false, error: `${what}: not readable as CSV (${error instanceof Error ? error.message : String(error)}).` };
  }
  const got = rows[0] ? Object.keys(rows[0]) : [];
  if (rows.length && columns.some((c) => !got.includes(c))) {
    return { ok: false, error: `${what}: expected the columns ${columns.join(', ')}, got ${got.join(', ')}.` };
  }
  return { ok: true, value: rows };
}

/** `Headline,Body ID,Stance` rows, in file order (the scorer pairs gold and predictions by position). */
export function parseFncStances(csv: string): Result<FncStance[]> {
  const rows = readRows(csv, ['Headline', 'Body ID', 'Stance'], 'FNC-1 stances');
  if (!rows.ok) return rows;
  const out: FncStance[] = [];
  for (const [i, r] of rows.value.entries()) {
    const stance = r['Stance'] as FncLabel;
    if (!FNC_LABELS.includes(stance)) return { ok: false, error: `FNC-1 stances row ${i + 2}: unknown stance "${r['Stance']}".` };
    out.push({ headline: r['Headline']!, bodyId: r['Body ID']!, stance });
  }
  return { ok: true, value: out };
}

/** `Body ID,articleBody` rows as a map from body id to text. */
export function parseFncBodies(csv: string): Result<Map<string, string>> {
  const rows = readRows(csv, ['Body ID', 'articleBody'], 'FNC-1 bodies');
  if (!rows.ok) return rows;
  return { ok: true, value: new Map(rows.value.map((r) => [r['Body ID']!, r['articleBody']!])) };
}
