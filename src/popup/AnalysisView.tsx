import type { ComponentChildren } from 'preact';
import type { ViewState } from './view-state';
import { HighlightToggle } from './HighlightToggle';
import { ProgressView } from './ProgressView';
import { ReportBody } from './ReportBody';
import { ReportHeader } from './ReportHeader';
import { StateMessage } from './StateMessage';

/** Props of {@link AnalysisView}. */
export type AnalysisViewProps = {
  view: ViewState;
  /** The toolbar popup (narrow) or the full report page (wide, printable). */
  layout: 'popup' | 'report';
  highlightsVisible: boolean;
  onHighlightsVisible: (visible: boolean) => void;
  /** Analyse again from scratch. */
  onRetry: () => void;
  /** Scroll the page to a statement; resolves false when it is not there. */
  onShowOnPage?: (index: number) => Promise<boolean>;
  /** Open the full report in a tab (popup only). */
  onOpenFullReport?: () => void;
  /** Print the report (full report only). */
  onPrint?: () => void;
  /** The "Keep this article" control, shown in the popup's footer in every state but analysing. */
  keep?: ComponentChildren;
};

/** The extension's name and mark, at the left of every page's bar. */
export function Brand() {
  return (
    <span class="brand">
      <svg class="brand__mark" viewBox="0 0 16 16" width="18" height="18" aria-hidden="true" focusable="false">
        <circle cx="6" cy="8" r="4.5" fill="none" stroke="currentColor" stroke-width="1.6" />
        <circle cx="10" cy="8" r="4.5" fill="none" stroke="currentColor" stroke-width="1.6" />
      </svg>
      Corroborate
    </span>
  );
}

function Content({ view, layout, onRetry, onShowOnPage }: AnalysisViewProps) {
  switch (view.state) {
    case 'analysing':
      return <ProgressView stage={view.stage} />;
    case 'not-article':
      return (
        <StateMessage tone="not-article" title="This page is not a news article" action={{ label: 'Try again', onClick: onRetry }}>
          <p>Corroborate checks the statements of news articles. It found no article text on this page.</p>
          {view.message && <p class="state__detail">{view.message}</p>}
        </StateMessage>
      );
    case 'restricted':
      return (
        <StateMessage tone="restricted" title="The browser keeps this page private">
          <p>Browsers do not let extensions read their own pages, such as settings, new tabs and add-on stores. Open a news article and try again.</p>
        </StateMessage>
      );
    case 'error':
      return (
        <StateMessage tone="error" title="The check did not finish" action={{ label: 'Retry', onClick: onRetry }}>
          <p>Reloading the page and trying again usually helps.</p>
          <p class="state__detail">{view.message || 'Something went wrong.'}</p>
        </StateMessage>
      );
    case 'unrelated':
      return (
        <>
          <ReportHeader analysis={view.analysis} detailed={layout === 'report'} />
          <StateMessage tone="unrelated" title="No other reports on this story">
            <p>{view.analysis.report.notice?.message ?? 'None of the reports Corroborate knows is about the same story, so there is nothing to compare with.'}</p>
          </StateMessage>
        </>
      );
    case 'ready': {
      const notice = view.analysis.report.notice;
      return (
        <>
          <ReportHeader analysis={view.analysis} detailed={layout === 'report'} />
          {notice && notice.kind === 'truncated' && (
            <p class="notice" role="note">
              {notice.message}
            </p>
          )}
          <ReportBody analysis={view.analysis} expandAll={layout === 'report'} onShowOnPage={layout === 'popup' ? onShowOnPage : undefined} />
        </>
      );
    }
  }
}

/** The whole popup or full report for one state; `data-state` tells tests which one is shown. */
export function AnalysisView(props: AnalysisViewProps) {
  const { view, layout, highlightsVisible, onHighlightsVisible, onOpenFullReport, onPrint, keep } = props;
  const hasReport = view.state === 'ready';
  const showKeep = Boolean(keep) && view.state !== 'analysing';
  return (
    <div class={`app app--${layout}`} data-state={view.state} aria-busy={view.state === 'analysing'}>
      <div class="bar">
        <Brand />
        {hasReport && <HighlightToggle checked={highlightsVisible} onChange={onHighlightsVisible} />}
        {hasReport && layout === 'report' && onPrint && (
          <button type="button" class="button button--quiet bar__print" onClick={onPrint}>
            Print
          </button>
        )}
      </div>
      <main class="content">
        <Content {...props} />
      </main>
      {layout === 'popup' && ((hasReport && onOpenFullReport) || showKeep) && (
        <footer class="foot">
          {showKeep && keep}
          {hasReport && onOpenFullReport && (
            <button type="button" class="button" onClick={onOpenFullReport}>
              Open full report
            </button>
          )}
        </footer>
      )}
    </div>
  );
}
