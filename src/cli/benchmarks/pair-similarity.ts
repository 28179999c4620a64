/**
 * The similarity compareStatements computes internally for a pair (names weigh half), recomputed here
 * because the engine does not export it on its own. Kept in step with compare-statements.ts by hand:
 * a candidate for a small export from the matcher.
 */
import { similarity, type CompareContext } from '../../core/match/compare-statements.ts';
import type { SentenceFeatures } from '../../core/match/sentence-features.ts';

export function pairSimilarity(claim: SentenceFeatures, source: SentenceFeatures, ctx: CompareContext): number {
  return similarity(claim.keys, source.keys, ctx, new Set([...claim.names, ...source.names]));
}
