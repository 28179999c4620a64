import type { ClaimStatus } from '../core/types';
import { STATUS_HELP, STATUS_LABEL } from '../ui/labels';
import { StatusIcon } from './StatusIcon';

/** Props of {@link StatusBadge}. */
export type StatusBadgeProps = {
  status: ClaimStatus;
};

/** A statement's status as icon and word, coloured by status; the word carries it without colour. */
export function StatusBadge({ status }: StatusBadgeProps) {
  return (
    <span class={`badge badge--${status}`} title={STATUS_HELP[status]}>
      <StatusIcon status={status} />
      <span>{STATUS_LABEL[status]}</span>
    </span>
  );
}
