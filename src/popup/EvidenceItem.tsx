import type { Evidence, SourceRef } from '../core/types';
import { LIBRARY_LABEL, formatDate, newerNote, textFragmentUrl } from '../ui/labels';
import { Emphasised } from './Emphasised';
import { VerdictBadge } from './VerdictBadge';
import { safeHttpUrl } from './safe-url';

/** Props of {@link EvidenceItem}. */
export type EvidenceItemProps = {
  evidence: Evidence;
  /** The other report, or undefined when the report's source list does not name it. */
  source: SourceRef | undefined;
};

/** What one other report says about a statement: who, when, their exact words, and the verdict. */
export function EvidenceItem({ evidence, source }: EvidenceItemProps) {
  const url = safeHttpUrl(source?.url);
  const note = evidence.kind === 'superseded' ? newerNote(evidence.newer) : null;
  return (
    <li class={`evidence evidence--${evidence.verdict}`}>
      <div class="evidence__head">
        <span class="evidence__outlet">{source?.outlet ?? evidence.source}</span>
        <span class="evidence__date">{formatDate(source?.published ?? null)}</span>
        {source?.origin === 'library' && <span class="tag tag--library">{LIBRARY_LABEL}</span>}
        <VerdictBadge verdict={evidence.verdict} kind={evidence.kind} />
      </div>
      <blockquote class="evidence__quote" cite={url ?? undefined}>
        <Emphasised text={evidence.quote} spans={[evidence.quoteSpan]} />
      </blockquote>
      <p class="evidence__reason">{evidence.reason}</p>
      {note && <p class="evidence__newer">{note}</p>}
      {url && (
        <a class="evidence__link" href={textFragmentUrl(url, evidence.quote)} target="_blank" rel="noopener noreferrer">
          Open {source?.outlet ?? 'the source'} at this quote
          <span class="visually-hidden"> (opens in a new tab)</span>
        </a>
      )}
    </li>
  );
}
