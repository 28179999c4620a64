import type { Claim, SourceRef } from '../core/types';
import { ORPHAN_LABEL } from '../ui/labels';
import { Emphasised } from './Emphasised';
import { EvidenceItem } from './EvidenceItem';
import { StatusBadge } from './StatusBadge';

/** Props of {@link ClaimItem}. */
export type ClaimItemProps = {
  /** Index of the statement in `report.claims`; the page's highlights use the same index. */
  index: number;
  claim: Claim;
  /** The report's sources by id. */
  sources: ReadonlyMap<string, SourceRef>;
  /** The statement could not be found in the live page. */
  orphan: boolean;
  expanded: boolean;
  /** Expand or collapse the evidence. */
  onToggle: (index: number) => void;
  /** Scroll the page to this statement; absent where there is no page to scroll (the full report). */
  onShowOnPage?: (index: number) => void;
};

function summary(claim: Claim): string {
  const n = claim.evidence.length;
  if (n === 0) return 'no other report';
  const against = claim.evidence.filter((e) => e.verdict === 'conflicts').length;
  const reports = `${n} ${n === 1 ? 'report' : 'reports'}`;
  if (against === 0) return `${reports} agree${n === 1 ? 's' : ''}`;
  if (against === n) return `${reports} disagree${n === 1 ? 's' : ''}`;
  return `${n - against} agree, ${against} disagree`;
}

/** One statement of the article: its status and text, and when expanded what each other report says. */
export function ClaimItem({ index, claim, sources, orphan, expanded, onToggle, onShowOnPage }: ClaimItemProps) {
  const panelId = `claim-${index}-evidence`;
  return (
    <li class={`claim claim--${claim.status}`} data-claim-index={index} data-status={claim.status}>
      <button type="button" class="claim__toggle" aria-expanded={expanded} aria-controls={panelId} onClick={() => onToggle(index)}>
        <span class="claim__top">
          <StatusBadge status={claim.status} />
          <span class="claim__meta">{summary(claim)}</span>
          {orphan && <span class="tag tag--orphan">{ORPHAN_LABEL}</span>}
          <svg class="claim__chevron icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="m4 6 4 4 4-4" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
          </svg>
        </span>
        <span class="claim__text">
          <Emphasised text={claim.text} spans={claim.evidence.map((e) => e.claimSpan)} />
        </span>
      </button>
      <div id={panelId} class="claim__panel" hidden={!expanded}>
        {expanded && (
          <>
            {claim.evidence.length === 0 ? (
              <p class="claim__none">No other report on this story makes this statement.</p>
            ) : (
              <ul class="evidence-list">
                {claim.evidence.map((e, i) => (
                  <EvidenceItem key={i} evidence={e} source={sources.get(e.source)} />
                ))}
              </ul>
            )}
            {onShowOnPage && !orphan && (
              <button type="button" class="button button--quiet" onClick={() => onShowOnPage(index)}>
                Show on page
              </button>
            )}
          </>
        )}
      </div>
    </li>
  );
}
