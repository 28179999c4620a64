/** The engine's own pair similarity (compare-statements.ts), re-exported for the benchmark runners. */
export { pairSimilarity } from '../../core/match/compare-statements.ts';
