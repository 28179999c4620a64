import type { ClaimStatus } from '../core/types';
import { STATUS_HELP, STATUS_LABEL, STATUS_ORDER } from '../ui/labels';
import { StatusIcon } from './StatusIcon';

/** Props of {@link StatusFilter}. */
export type StatusFilterProps = {
  /** Statements per status in the whole report. */
  counts: Record<ClaimStatus, number>;
  /** Statuses shown; empty means all. */
  selected: ReadonlySet<ClaimStatus>;
  /** Add or remove a status from the filter. */
  onToggle: (status: ClaimStatus) => void;
  /** Show every status again. */
  onClear: () => void;
};

/**
 * The counts of statements by status, which double as filter toggles: a reader sees "3 Contradicted"
 * and presses it to see those three.
 */
export function StatusFilter({ counts, selected, onToggle, onClear }: StatusFilterProps) {
  const total = STATUS_ORDER.reduce((sum, s) => sum + counts[s], 0);
  return (
    <div class="filters" role="group" aria-label="Show statements by status">
      <button type="button" class="chip chip--all" aria-pressed={selected.size === 0} onClick={onClear}>
        <span class="chip__count">{total}</span> All
      </button>
      {STATUS_ORDER.map((status) => (
        <button
          key={status}
          type="button"
          class={`chip chip--${status}`}
          aria-pressed={selected.has(status)}
          title={STATUS_HELP[status]}
          data-filter={status}
          onClick={() => onToggle(status)}
        >
          <StatusIcon status={status} />
          <span class="chip__count">{counts[status]}</span> {STATUS_LABEL[status]}
        </button>
      ))}
    </div>
  );
}
