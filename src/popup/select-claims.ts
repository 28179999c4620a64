/**
 * The statement list's ordering, filtering and search, kept apart from the components so the
 * rules are tested as plain data and shared by the popup and the full report.
 */
import type { Claim, ClaimStatus, Report } from '../core/types';
import { STATUS_ORDER } from '../ui/labels';

/** How the list is ordered: what a reader most needs first, or as the article reads. */
export type ClaimOrder = 'status' | 'article';

/** A claim with its index in `report.claims`, which the page's highlights are keyed by. */
export type IndexedClaim = { index: number; claim: Claim };

export type ClaimQuery = {
  /** Statuses to show; empty means all. */
  statuses: ReadonlySet<ClaimStatus>;
  /** Free text; matched against the statement, the quotes and the outlets, ignoring case. */
  search: string;
  order: ClaimOrder;
};

/** How many statements have each status. */
export function countByStatus(claims: readonly Claim[]): Record<ClaimStatus, number> {
  const counts: Record<ClaimStatus, number> = { conflicting: 0, mixed: 0, corroborated: 0, unique: 0 };
  for (const c of claims) counts[c.status] += 1;
  return counts;
}

function fold(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}

/** The claims to list for a query, in display order, each with its report index. */
export function selectClaims(report: Report, query: ClaimQuery): IndexedClaim[] {
  const outlets = new Map(report.sources.map((s) => [s.id, s.outlet]));
  const needle = fold(query.search.trim());
  const rank = (s: ClaimStatus) => STATUS_ORDER.indexOf(s);
  const picked = report.claims
    .map((claim, index) => ({ index, claim }))
    .filter(({ claim }) => query.statuses.size === 0 || query.statuses.has(claim.status))
    .filter(({ claim }) => {
      if (!needle) return true;
      const haystack = [claim.text, ...claim.evidence.flatMap((e) => [e.quote, outlets.get(e.source) ?? e.source])];
      return haystack.some((h) => fold(h).includes(needle));
    });
  if (query.order === 'status') picked.sort((a, b) => rank(a.claim.status) - rank(b.claim.status) || a.index - b.index);
  return picked;
}
