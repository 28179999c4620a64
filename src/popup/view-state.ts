/**
 * What the popup shows, as data. `state` is also the root element's `data-state`, which the
 * end-to-end tests wait on.
 */
import type { Analysis, Outcome, Stage } from '../messages/protocol';

export type ViewState =
  | { state: 'analysing'; stage: Stage | null }
  | { state: 'ready'; analysis: Analysis }
  /** The article was read, but no other report is about the same story. */
  | { state: 'unrelated'; analysis: Analysis }
  | { state: 'not-article'; message: string }
  /** The browser does not let extensions read this page. */
  | { state: 'restricted'; message: string }
  | { state: 'error'; message: string };

export type PopupState = ViewState['state'];

/** The view for an analysis outcome. */
export function viewStateOf(outcome: Outcome<Analysis>): ViewState {
  if (!outcome.ok) {
    const { kind, message } = outcome.failure;
    if (kind === 'restricted') return { state: 'restricted', message };
    if (kind === 'not-article') return { state: 'not-article', message };
    return { state: 'error', message };
  }
  const notice = outcome.value.report.notice;
  // 'self-only': the only related report is this very article, so there is nothing to compare with.
  if (notice && (notice.kind === 'unrelated' || notice.kind === 'self-only')) return { state: 'unrelated', analysis: outcome.value };
  return { state: 'ready', analysis: outcome.value };
}
