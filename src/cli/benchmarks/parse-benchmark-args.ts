/** Command-line arguments of `npm run eval:benchmarks`, as a value or a clear error. */
import { APPROACHES, type Approach } from '../../core/match/compare-statements.ts';
import type { Result } from '../../core/types.ts';

export const BENCHMARKS = ['msrp', 'fnc1', 'rte3', 'sick'] as const;
export type Benchmark = (typeof BENCHMARKS)[number];
export type BenchmarkArgs = { json: boolean; only: Benchmark[]; approaches: Approach[]; datasets: string | null };

export const BENCHMARK_USAGE =
  'Usage: npm run --silent eval:benchmarks -- [--json] [--only msrp|fnc1|rte3|sick[,...]] [--approach lexical|lexicon|vectors[,...]] [--datasets <dir>]';


export function parseBenchmarkArgs(argv: string[]): Result<BenchmarkArgs> {
  // All three approaches by default, so the comparison the engine issue asks for is one command.
  const out: BenchmarkArgs = { json: false, only: [...BENCHMARKS], approaches: [...APPROACHES], datasets: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i]);
    if (a === '--json') out.json = true;
    else if (a === '--only' || a.startsWith('--only=')) {
      const v = (value() ?? '').split(',').filter(Boolean);
      const bad = v.filter((x) => !(BENCHMARKS as readonly string[]).includes(x));
      if (!v.length || bad.length) return { ok: false, error: `--only takes ${BENCHMARKS.join('|')} (comma-separated), got "${v.join(',')}".` };
      out.only = v as Benchmark[];
    } else if (a === '--approach' || a.startsWith('--approach=')) {
      const v = (value() ?? '').split(',').filter(Boolean);
      const bad = v.filter((x) => !(APPROACHES as readonly string[]).includes(x));
      if (!v.length || bad.length) return { ok: false, error: `--approach takes ${APPROACHES.join('|')} (comma-separated), got "${v.join(',')}".` };
      out.approaches = v as Approach[];
    } else if (a === '--datasets' || a.startsWith('--datasets=')) {
      const v = value();
      if (!v) return { ok: false, error: '--datasets needs a directory.' };
      out.datasets = v;
    } else return { ok: false, error: `Unknown argument ${a}. ${BENCHMARK_USAGE}` };
  }
  return { ok: true, value: out };
}
