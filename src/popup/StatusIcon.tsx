import type { ClaimStatus } from '../core/types';

/** Props of {@link StatusIcon}. */
export type StatusIconProps = {
  /** The status to draw; each has its own shape so colour is never the only cue. */
  status: ClaimStatus;
};

/** A small shape for a status: warning triangle, half disc, tick, ring. Decorative; the label says it. */
export function StatusIcon({ status }: StatusIconProps) {
  return (
    <svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {status === 'conflicting' && (
        <>
          <path d="M8 1.5 15 14.5H1z" fill="currentColor" />
          <path d="M8 6v4.2M8 11.8v.9" stroke="var(--icon-ink)" stroke-width="1.8" stroke-linecap="round" />
        </>
      )}
      {status === 'mixed' && (
        <>
          <circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.8" />
          <path d="M8 1.8a6.2 6.2 0 0 1 0 12.4z" fill="currentColor" />
        </>
      )}
      {status === 'corroborated' && (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="m4.6 8.2 2.3 2.3 4.5-4.7" fill="none" stroke="var(--icon-ink)" stroke-width="1.9" stroke-linecap="round" stroke-linejoin="round" />
        </>
      )}
      {status === 'unique' && <circle cx="8" cy="8" r="5.6" fill="none" stroke="currentColor" stroke-width="1.8" stroke-dasharray="2.6 1.8" />}
    </svg>
  );
}
