import { useEffect } from 'preact/hooks';
import { AnalysisView } from './AnalysisView';
import { KeepButton } from './KeepButton';
import type { LibraryClient } from './library-client';
import type { PopupClient } from './popup-client';
import { useAnalysis } from './use-analysis';
import { useKeep } from './use-keep';

/** Props of {@link App}. */
export type AppProps = {
  /** The link to the extension; tests pass a fake. */
  client: PopupClient;
  layout: 'popup' | 'report';
  /** Print the page (the full report); injected so tests need not open a print dialog. */
  print?: () => void;
  /** The reader's library (the popup's Keep button); absent: no button. */
  library?: LibraryClient;
};

/** The container: wires the extension (through `client`) to the pure views. */
export function App({ client, layout, print, library }: AppProps) {
  const a = useAnalysis(client);
  const title = a.view.state === 'ready' || a.view.state === 'unrelated' ? a.view.analysis.report.article.title : null;
  useEffect(() => {
    // The full report's tab and its printout are named after the article, not "report.html".
    if (layout === 'report' && title) document.title = `Corroborate: ${title}`;
  }, [layout, title]);
  return (
    <AnalysisView
      view={a.view}
      layout={layout}
      highlightsVisible={a.highlightsVisible}
      onHighlightsVisible={a.setHighlightsVisible}
      onRetry={a.retry}
      onShowOnPage={a.showOnPage}
      onOpenFullReport={a.openFullReport}
      onPrint={print}
      keep={library && layout === 'popup' ? <Keep library={library} tabId={a.tabId} view={a.view} /> : undefined}
    />
  );
}

function Keep({ library, tabId, view }: { library: LibraryClient; tabId: number | null; view: ReturnType<typeof useAnalysis>['view'] }) {
  const k = useKeep(library, tabId, view);
  return <KeepButton state={k.state} onKeep={k.keep} onOpenLibrary={() => void library.openLibrary()} />;
}
