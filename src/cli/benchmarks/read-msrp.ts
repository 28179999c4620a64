/**
 * The Microsoft Research Paraphrase Corpus as distributed: tab-separated, a header line, a UTF-8 BOM,
 * columns Quality, #1 ID, #2 ID, #1 String, #2 String. The sentences contain bare double quotes, so
 * this is split on tabs rather than read as quoted CSV (a quote-aware parser would swallow lines).
 */
import type { Result } from '../../core/types.ts';

export type MsrpPair = { label: boolean; a: string; b: string };

export function parseMsrp(text: string): Result<MsrpPair[]> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0]?.split('\t') ?? [];
  if (header[0] !== 'Quality' || header.length !== 5) {
    return { ok: false, error: `Not an MSRP file: the header should be "Quality<TAB>#1 ID<TAB>#2 ID<TAB>#1 String<TAB>#2 String", got "${lines[0]?.slice(0, 80) ?? ''}".` };
  }
  const pairs: MsrpPair[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    const cols = line.split('\t');
    if (cols.length !== 5 || (cols[0] !== '0' && cols[0] !== '1')) {
      return { ok: false, error: `MSRP line ${i + 1}: expected 5 tab-separated columns with a 0/1 label, got ${cols.length} columns.` };
    }
    pairs.push({ label: cols[0] === '1', a: cols[3]!, b: cols[4]! });
  }
  return { ok: true, value: pairs };
}
