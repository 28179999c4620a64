/** Command-line arguments of `npm run analyze`, as a value or a clear error. */
import type { Result } from '../core/types.ts';
import { APPROACHES, type Approach } from '../core/match/compare-statements.ts';
import { DEFAULT_APPROACH } from '../core/analyze.ts';

export type AnalyzeArgs = { file: string; json: boolean; published: string | null; approach: Approach };


export function parseAnalyzeArgs(argv: string[]): Result<AnalyzeArgs> {
  let file: string | null = null;
  let json = false;
  let published: string | null = null;
  // The approach the extension ships, so the CLI reports what a reader sees.
  let approach: Approach = DEFAULT_APPROACH;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--published' || a.startsWith('--published=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v || !isIsoDate(v)) return { ok: false, error: `--published needs a date as YYYY-MM-DD, got ${v ? `"${v}"` : 'nothing'}.` };
      published = v;
    } else if (a === '--approach' || a.startsWith('--approach=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!APPROACHES.includes(v as Approach)) return { ok: false, error: `--approach is one of ${APPROACHES.map((x) => `"${x}"`).join(', ')}.` };
      approach = v as Approach;
    } else if (a.startsWith('--')) return { ok: false, error: `Unknown option ${a}.` };
    else if (file) return { ok: false, error: `One file at a time (got "${file}" and "${a}").` };
    else file = a;
  }
  if (!file) return { ok: false, error: 'Usage: npm run --silent analyze -- <file.html|file.txt> [--json] [--published YYYY-MM-DD]' };
  return { ok: true, value: { file, json, published, approach } };
}

export function isIsoDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.getUTCDate() === Number(m[3]) && d.getUTCMonth() + 1 === Number(m[2]);
}
