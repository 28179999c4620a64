/**
 * The Keep button's state for the popup's current view: whether the article can be kept, is being
 * kept, or is already in the library. Asks the background once per shown analysis.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LibraryClient } from './library-client';
import type { ViewState } from './view-state';

export type KeepState =
  | { kind: 'checking' }
  | { kind: 'keep' }
  | { kind: 'keeping' }
  | { kind: 'kept' }
  /** Nothing on this page can be kept; `reason` says why. */
  | { kind: 'unavailable'; reason: string }
  | { kind: 'failed'; message: string };

const UNAVAILABLE: Partial<Record<ViewState['state'], string>> = {
  'not-article': 'Only a news article can be kept, and this page has none.',
  restricted: 'The browser keeps this page private, so there is nothing to keep.',
  error: 'The check did not finish, so there is no article to keep yet.',
};

export type KeepHandle = { state: KeepState; keep(): void };

export function useKeep(client: LibraryClient, tabId: number | null, view: ViewState): KeepHandle {
  const [state, setState] = useState<KeepState>({ kind: 'checking' });
  const shown = view.state === 'ready' || view.state === 'unrelated' ? view.analysis : null;
  const latest = useRef(0);

  useEffect(() => {
    const mine = ++latest.current;
    const reason = UNAVAILABLE[view.state];
    if (reason) return setState({ kind: 'unavailable', reason });
    if (!shown || tabId === null) return setState({ kind: 'checking' });
    setState({ kind: 'checking' });
    void client.keptState(tabId).then((answer) => {
      if (mine !== latest.current) return;
      // Not knowing whether it is kept is no reason to refuse: keeping twice stores it once.
      setState(answer.ok && answer.value.kept ? { kind: 'kept' } : { kind: 'keep' });
    });
  }, [client, tabId, shown, view.state]);

  return {
    state,
    keep: () => {
      if (tabId === null || (state.kind !== 'keep' && state.kind !== 'failed')) return;
      const mine = ++latest.current;
      setState({ kind: 'keeping' });
      void client.keep(tabId).then((answer) => {
        if (mine !== latest.current) return;
        setState(answer.ok ? { kind: 'kept' } : { kind: 'failed', message: answer.failure.message });
      });
    },
  };
}
