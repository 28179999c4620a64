/**
 * The toolbar badge: how many statements on the page another report contradicts. Per tab, so each
 * tab shows its own count, and empty when there is nothing to look at.
 */
import browser from '../platform/browser';
import type { Report } from '../core/types';
import { badgeText, conflictCount } from './badge-text';

const BADGE_COLOUR = '#b3261e';

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
