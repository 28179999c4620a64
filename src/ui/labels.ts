/**
 * Words for verdicts and statuses, shared by the popup, the evidence card, the full report and the CLI,
 * so that every surface says the same thing.
 */
import type { ClaimStatus, EvidenceKind, Verdict } from '../core/types';

export const STATUS_LABEL: Record<ClaimStatus, string> = {
  conflicting: 'Contradicted',
  mixed: 'Mixed',
  corroborated: 'Corroborated',
  unique: 'Only here',
};

/** One line that explains a status to a reader who has never seen the extension. */
export const STATUS_HELP: Record<ClaimStatus, string> = {
  conflicting: 'Another report says something that cannot also be true.',
  mixed: 'Some reports agree with this statement and others contradict it.',
  corroborated: 'Other reports say the same thing.',
  unique: 'No other report on this story makes this statement.',
};

/** Order in which statuses are listed: what a reader most needs to see comes first. */
export const STATUS_ORDER: ClaimStatus[] = ['conflicting', 'mixed', 'corroborated', 'unique'];

export const VERDICT_LABEL: Record<Verdict, string> = {
  corroborates: 'Agrees',
  conflicts: 'Disagrees',
};

export const KIND_LABEL: Record<EvidenceKind, string> = {
  'same-fact': 'same fact',
  'compatible-figure': 'compatible figure',
  number: 'number',
  date: 'date',
  'actor-role': 'who did what',
  negation: 'negation',
  superseded: 'superseded',
  other: 'other',
};

/** "2024-11-13" → "13 Nov 2024"; null stays "undated". Locale-free so tests and screenshots are stable. */
export function formatDate(iso: string | null): string {
  if (!iso) return 'undated';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${Number(m[3])} ${months[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** A `#:~:text=` fragment that opens a page scrolled to a quote (Chromium; others ignore it). */
export function textFragmentUrl(url: string, quote: string): string {
  const words = quote.trim().split(/\s+/);
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
  const fragment = words.length > 8 ? `${enc(words.slice(0, 4).join(' '))},${enc(words.slice(-4).join(' '))}` : enc(words.join(' '));
  return `${url.split('#')[0]}#:~:text=${fragment}`;
}

/** What each step of an analysis is doing, for the progress display. */
export const STAGE_LABEL: Record<'injecting' | 'extracting' | 'matching' | 'highlighting' | 'done', string> = {
  injecting: 'Opening the page',
  extracting: 'Reading the article',
  matching: 'Comparing with other reports',
  highlighting: 'Marking statements on the page',
  done: 'Done',
};

/** A statement that could not be found in the live page (an orphan). */
export const ORPHAN_LABEL = 'not found on page';

/** A report that comes from the reader's own library rather than the bundled corpus. */
export const LIBRARY_LABEL = 'from your library';

/** For `superseded` evidence: which of the two reports is the newer one. */
export function newerNote(newer: 'claim' | 'source' | undefined): string | null {
  if (newer === 'source') return 'Newer report: this source was published after the article.';
  if (newer === 'claim') return 'Older report: the article is the newer of the two.';
  return null;
}
