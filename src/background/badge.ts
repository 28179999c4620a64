/**
 * The toolbar badge: how many statements on the page another report contradicts. Per tab, so each
 * tab shows its own count, and empty when there is nothing to look at.
 */
import browser from '../platform/browser';
import type { Report } from '../core/types';

const BADGE_COLOUR = '#b3261e';

/**
 * Statements with at least one contradicting report: `conflicting`, and `mixed` (some reports agree,
 * some contradict). The badge is a "look here" signal; a mixed statement deserves the look too.
 */
export function conflictCount(report: Report): number {
  return report.claims.filter((c) => c.status === 'conflicting' || c.status === 'mixed').length;
}

export const badgeText = (count: number): string => (count <= 0 ? '' : count > 99 ? '99+' : String(count));

export async function showBadge(tabId: number, report: Report): Promise<void> {
  const text = badgeText(conflictCount(report));
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
    await browser.action.setBadgeText({ tabId, text });
  } catch {
    // The tab closed meanwhile; there is no badge to set.
  }
}

export async function clearBadge(tabId: number): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: '' });
  } catch {
    // The tab is gone, and its badge with it.
  }
}
