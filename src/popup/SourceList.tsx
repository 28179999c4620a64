import type { SourceRef } from '../core/types';
import { LIBRARY_LABEL, formatDate } from '../ui/labels';
import { safeHttpUrl } from './safe-url';

/** Props of {@link SourceList}. */
export type SourceListProps = {
  /** The other reports on the same story. */
  sources: readonly SourceRef[];
  /** Show each report's title and a link (the full report); the popup shows outlet and date only. */
  detailed: boolean;
};

/** The other reports the article was compared with, most related first. */
export function SourceList({ sources, detailed }: SourceListProps) {
  const sorted = [...sources].sort((a, b) => b.relatedness - a.relatedness);
  return (
    <ul class={detailed ? 'sources sources--detailed' : 'sources'}>
      {sorted.map((s) => {
        const url = detailed ? safeHttpUrl(s.url) : null;
        return (
          <li key={s.id} class="source">
            <span class="source__outlet">{s.outlet}</span> <span class="source__date">{formatDate(s.published)}</span>
            {s.origin === 'library' && <span class="tag tag--library">{LIBRARY_LABEL}</span>}
            {detailed && s.title && (
              <span class="source__title">
                {url ? (
                  <a href={url} target="_blank" rel="noopener noreferrer">
                    {s.title}
                  </a>
                ) : (
                  s.title
                )}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
