import type { KeepState } from './use-keep';
import './library.css';

/** Props of {@link KeepButton}. */
export type KeepButtonProps = {
  state: KeepState;
  /** Keep the article; called only when it can be kept. */
  onKeep: () => void;
  /** Open the library page; absent: no link. */
  onOpenLibrary?: () => void;
};

const LABEL: Record<KeepState['kind'], string> = {
  checking: 'Keep this article',
  keep: 'Keep this article',
  keeping: 'Keeping…',
  kept: 'Kept in your library',
  unavailable: 'Keep this article',
  failed: 'Keep this article',
};

/**
 * "Keep this article": adds the article to the reader's library, where it becomes evidence for the
 * next articles on its story. When it cannot act the button stays focusable (aria-disabled, not
 * disabled) so a keyboard or screen-reader user reaches it and hears why.
 */
export function KeepButton({ state, onKeep, onOpenLibrary }: KeepButtonProps) {
  const inactive = state.kind !== 'keep' && state.kind !== 'failed';
  const note = state.kind === 'unavailable' ? state.reason : state.kind === 'failed' ? state.message : null;
  return (
    <div class="keep" data-keep={state.kind}>
      <div class="keep__row">
        <button
          type="button"
          class={`button button--quiet keep__button${state.kind === 'kept' ? ' keep__button--kept' : ''}`}
          aria-disabled={inactive ? 'true' : undefined}
          aria-describedby={note ? 'keep-note' : undefined}
          onClick={() => {
            if (!inactive) onKeep();
          }}
        >
          {state.kind === 'kept' && (
            <svg class="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
              <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
            </svg>
          )}
          {LABEL[state.kind]}
        </button>
        {onOpenLibrary && (
          <button type="button" class="button button--quiet keep__library" onClick={onOpenLibrary}>
            Your library
          </button>
        )}
      </div>
      {note && (
        <p id="keep-note" class={`keep__note${state.kind === 'failed' ? ' keep__note--error' : ''}`} role={state.kind === 'failed' ? 'alert' : undefined}>
          {note}
        </p>
      )}
      <span class="visually-hidden" role="status">
        {state.kind === 'kept' ? 'This article is in your library.' : ''}
      </span>
    </div>
  );
}
