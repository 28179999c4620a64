/** A Report as text for a person in a terminal, grouped by status in the order a reader needs. */
import type { Report } from '../core/types.ts';
import { STATUS_LABEL, STATUS_ORDER, formatDate } from '../ui/labels.ts';

const COLOR = { conflicting: '\x1b[31m', mixed: '\x1b[33m', corroborated: '\x1b[32m', unique: '\x1b[90m' } as const;
const RESET = '\x1b[0m';
const BOLD = '\x1b[1m';

export function formatReport(report: Report, { color }: { color: boolean }): string {
  const c = (code: string, s: string) => (color ? code + s + RESET : s);
  const lines: string[] = [];
  lines.push(c(BOLD, report.article.title ?? '(untitled article)'));
  const date = report.article.dateline
    ? `${formatDate(report.article.published)} (read from "${report.article.dateline}")`
    : report.article.published
      ? formatDate(report.article.published)
      : 'undated: weekdays and changes over time are not judged (--published YYYY-MM-DD gives the date)';
  lines.push(`${report.article.url ?? 'no URL'} · ${date} · ${report.article.sentences} sentences`);
  if (report.notice) lines.push('', c(BOLD, `Note: ${report.notice.message}`));
  if (report.sources.length) {
    lines.push('', c(BOLD, 'Other reports on this story'));
    for (const s of report.sources) lines.push(`  [${s.id}] ${s.outlet} · ${formatDate(s.published)} · relatedness ${s.relatedness.toFixed(2)}${s.title ? ` · ${s.title}` : ''}`);
  }
  const outlet = new Map(report.sources.map((s) => [s.id, `${s.outlet}, ${formatDate(s.published)}`]));
  for (const status of STATUS_ORDER) {
    const claims = report.claims.filter((cl) => cl.status === status);
    if (!claims.length) continue;
    lines.push('', c(COLOR[status] + BOLD, `${STATUS_LABEL[status]} (${claims.length})`));
    for (const cl of claims) {
      lines.push(c(COLOR[status], `• ${cl.text}`));
      for (const e of cl.evidence) {
        lines.push(`    ${e.verdict === 'conflicts' ? '✗' : '✓'} [${e.source}] ${outlet.get(e.source) ?? ''} · ${e.reason}`);
        lines.push(`      “${e.quote}”`);
      }
    }
  }
  return lines.join('\n');
}
