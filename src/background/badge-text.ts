/** What the toolbar badge says for a report. Pure, so it is tested without a browser. */
import type { Report } from '../core/types';

/**
 * Statements with at least one contradicting report: `conflicting`, and `mixed` (some reports agree,
 * some contradict). The badge is a "look here" signal; a mixed statement deserves the look too.
 */
export function conflictCount(report: Report): number {
  return report.claims.filter((c) => c.status === 'conflicting' || c.status === 'mixed').length;
}

/** Empty when there is nothing to look at; a badge has room for about four characters. */
export const badgeText = (count: number): string => (count <= 0 ? '' : count > 99 ? '99+' : String(count));
