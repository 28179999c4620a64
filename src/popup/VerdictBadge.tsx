import type { EvidenceKind, Verdict } from '../core/types';
import { KIND_LABEL, VERDICT_LABEL } from '../ui/labels';

/** Props of {@link VerdictBadge}. */
export type VerdictBadgeProps = {
  verdict: Verdict;
  /** What kind of agreement or difference it is (a number, a date, who did what...). */
  kind: EvidenceKind;
};

/** "✓ Agrees · same fact" / "✕ Disagrees · number", the sign drawn so colour is not the only cue. */
export function VerdictBadge({ verdict, kind }: VerdictBadgeProps) {
  return (
    <span class={`verdict verdict--${verdict}`}>
      <svg class="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        {verdict === 'corroborates' ? (
          <path d="m3.5 8.5 3 3 6-7" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" />
        ) : (
          <path d="m4 4 8 8M12 4l-8 8" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />
        )}
      </svg>
      <span class="verdict__word">{VERDICT_LABEL[verdict]}</span>
      <span class="verdict__kind">{KIND_LABEL[kind]}</span>
    </span>
  );
}
