import type { Analysis } from '../messages/protocol';
import { formatDate } from '../ui/labels';
import { SourceList } from './SourceList';
import { hostOf, safeHttpUrl } from './safe-url';

/** Props of {@link ReportHeader}. */
export type ReportHeaderProps = {
  analysis: Analysis;
  /** The full report: the article's address and each other report's title. */
  detailed: boolean;
};

/** Which article this is, and which other reports on the same story it was compared with. */
export function ReportHeader({ analysis, detailed }: ReportHeaderProps) {
  const { article, report } = analysis;
  const url = report.article.url ?? article.url;
  const outlet = article.siteName?.trim() || hostOf(url) || 'This page';
  const title = report.article.title ?? article.title ?? 'Untitled article';
  const published = report.article.published ?? article.published;
  const link = detailed ? safeHttpUrl(url) : null;
  const n = report.sources.length;
  return (
    <header class="article">
      <p class="article__outlet">
        <span>{outlet}</span>
        {published && (
          <span class="article__date" title={report.article.dateline ? `Read from the page: “${report.article.dateline}”` : undefined}>
            {' '}
            · {formatDate(published)}
          </span>
        )}
      </p>
      <h1 class="article__title">{title}</h1>
      {detailed && article.byline && <p class="article__byline">{article.byline}</p>}
      {detailed && report.article.dateline && <p class="article__byline">{`Date read from the page: “${report.article.dateline}”`}</p>}
      {link && (
        <p class="article__url">
          <a href={link} target="_blank" rel="noopener noreferrer">
            {link}
          </a>
        </p>
      )}
      {/* With no other report the state below says so; a second line here would repeat it. */}
      {n > 0 && (
        <>
          <p class="article__compared">{`Compared with ${n} other ${n === 1 ? 'report' : 'reports'} on this story${detailed ? ':' : ''}`}</p>
          <SourceList sources={report.sources} detailed={detailed} />
          {!published && (
            <p class="article__undated">
              This page gives no date, so its weekdays, “a week ago” and what changed since the other reports cannot
              be checked.
            </p>
          )}
        </>
      )}
    </header>
  );
}
