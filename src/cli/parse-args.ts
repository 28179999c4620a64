/** Command-line arguments of `npm run analyze`, as a value or a clear error. */
import type { Result } from '../core/types.ts';

export type AnalyzeArgs = { file: string; json: boolean; published: string | null; approach: 'lexical' | 'lexicon' };

export function parseAnalyzeArgs(argv: string[]): Result<AnalyzeArgs> {
  let file: string | null = null;
  let json = false;
  let published: string | null = null;
  let approach: AnalyzeArgs['approach'] = 'lexicon';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--published' || a.startsWith('--published=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v || !isIsoDate(v)) return { ok: false, error: `--published needs a date as YYYY-MM-DD, got ${v ? `"${v}"` : 'nothing'}.` };
      published = v;
    } else if (a === '--approach' || a.startsWith('--approach=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v !== 'lexical' && v !== 'lexicon') return { ok: false, error: '--approach is "lexical" or "lexicon".' };
      approach = v;
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
