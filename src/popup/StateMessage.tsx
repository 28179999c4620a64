import type { ComponentChildren } from 'preact';

/** Props of {@link StateMessage}. */
export type StateMessageProps = {
  /** Which state this is; picks the picture. */
  tone: 'not-article' | 'restricted' | 'unrelated' | 'error';
  title: string;
  /** The plain explanation; shown as text. */
  children: ComponentChildren;
  /** One thing the reader can do about it. */
  action?: { label: string; onClick: () => void };
};

const PICTURES: Record<StateMessageProps['tone'], string> = {
  'not-article': 'M3 2.5h7l3 3v8H3z M5.5 8h5M5.5 10.5h3',
  restricted: 'M4.5 7V5a3.5 3.5 0 0 1 7 0v2 M3 7h10v6.5H3z',
  unrelated: 'M2 6.5a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0-9 0 M10 10l4 4',
  error: 'M8 2 14.5 13.5h-13z M8 6.5v3 M8 11.5v.5',
};

/** A state with nothing to list: says what happened and what, if anything, can be done. */
export function StateMessage({ tone, title, children, action }: StateMessageProps) {
  return (
    <section class={`state state--${tone}`} aria-labelledby={`state-${tone}`}>
      <svg class="state__picture" viewBox="0 0 16 16" width="40" height="40" aria-hidden="true" focusable="false">
        <path d={PICTURES[tone]} fill="none" stroke="currentColor" stroke-width="1.2" stroke-linecap="round" stroke-linejoin="round" />
      </svg>
      <h2 id={`state-${tone}`} class="state__title">
        {title}
      </h2>
      <div class="state__body">{children}</div>
      {action && (
        <button type="button" class="button" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </section>
  );
}
