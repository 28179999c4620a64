import type { AnalysisViewProps } from '../../../src/popup/AnalysisView';
import type { ViewState } from '../../../src/popup/view-state';

/** Props for a presentational AnalysisView with inert callbacks. */
export function viewProps(view: ViewState, extra: Partial<AnalysisViewProps> = {}): AnalysisViewProps {
  return {
    view,
    layout: 'popup',
    highlightsVisible: true,
    onHighlightsVisible: () => {},
    onRetry: () => {},
    onShowOnPage: async () => true,
    onOpenFullReport: () => {},
    ...extra,
  };
}
