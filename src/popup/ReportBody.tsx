import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ClaimStatus } from '../core/types';
import type { Analysis } from '../messages/protocol';
import { ClaimItem } from './ClaimItem';
import { SearchBox } from './SearchBox';
import { StatusFilter } from './StatusFilter';
import { countByStatus, selectClaims, type ClaimOrder } from './select-claims';

/** Props of {@link ReportBody}. */
export type ReportBodyProps = {
  analysis: Analysis;
  /** Start with every statement expanded (the full report, which is read and printed whole). */
  expandAll: boolean;
  /** Scroll the page to a statement; resolves false when it is not on the page. Absent: no page. */
  onShowOnPage?: (index: number) => Promise<boolean>;
};

/** The statements of a report: counts that filter, a search box, and the list. */
export function ReportBody({ analysis, expandAll, onShowOnPage }: ReportBodyProps) {
  const { report, anchors } = analysis;
  const [statuses, setStatuses] = useState<ReadonlySet<ClaimStatus>>(new Set());
  const [search, setSearch] = useState('');
  const [order, setOrder] = useState<ClaimOrder>('status');
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => new Set(expandAll ? report.claims.map((_, i) => i) : []));
  const [missing, setMissing] = useState<ReadonlySet<number>>(new Set());
  const [opened, setOpened] = useState<number | null>(null);
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    // A statement opened near the bottom of the popup would unfold out of sight: bring its evidence in.
    if (opened === null) return;
    const row = list.current?.querySelector(`[data-claim-index="${opened}"]`);
    row?.scrollIntoView?.({ block: 'nearest' });
  }, [opened]);

  const sources = useMemo(() => new Map(report.sources.map((s) => [s.id, s])), [report]);
  const orphans = useMemo(() => new Set(anchors.orphans), [anchors]);
  // New anchors (the page changed and was searched again) supersede what a failed "show on page" learnt.
  useEffect(() => setMissing(new Set()), [anchors]);
  const counts = useMemo(() => countByStatus(report.claims), [report]);
  const shown = useMemo(() => selectClaims(report, { statuses, search, order }), [report, statuses, search, order]);

  const showOnPage = onShowOnPage
    ? async (index: number) => {
        const found = await onShowOnPage(index);
        // The page may have changed since it was anchored: say so on the row instead of failing silently.
        if (!found) setMissing((m) => new Set(m).add(index));
      }
    : undefined;

  const toggle = (index: number) => {
    const opening = !expanded.has(index);
    setExpanded((e) => {
      const next = new Set(e);
      if (opening) next.add(index);
      else next.delete(index);
      return next;
    });
    setOpened(opening ? index : null);
    if (opening && showOnPage && !orphans.has(index) && !missing.has(index)) void showOnPage(index);
  };

  const toggleStatus = (status: ClaimStatus) =>
    setStatuses((s) => {
      const next = new Set(s);
      if (next.has(status)) next.delete(status);
      else next.add(status);
      return next;
    });

  const clearAll = () => {
    setStatuses(new Set());
    setSearch('');
  };

  if (report.claims.length === 0) {
    return <p class="empty">{report.notice?.message ?? 'No statements in this article could be checked.'}</p>;
  }

  return (
    <section class="claims" aria-label="Statements">
      <StatusFilter counts={counts} selected={statuses} onToggle={toggleStatus} onClear={() => setStatuses(new Set())} />
      <div class="controls">
        <SearchBox value={search} onInput={setSearch} />
        <label class="order">
          <span class="visually-hidden">Order</span>
          <select value={order} onChange={(e) => setOrder(e.currentTarget.value as ClaimOrder)}>
            <option value="status">Conflicts first</option>
            <option value="article">Article order</option>
          </select>
        </label>
      </div>
      <p class="claims__count" role="status">
        {shown.length === report.claims.length
          ? `${shown.length} ${shown.length === 1 ? 'statement' : 'statements'}`
          : `Showing ${shown.length} of ${report.claims.length} statements`}
      </p>
      {shown.length === 0 ? (
        <div class="empty">
          <p>No statement matches.</p>
          <button type="button" class="button button--quiet" onClick={clearAll}>
            Show all statements
          </button>
        </div>
      ) : (
        <ul class="claim-list" ref={list}>
          {shown.map(({ index, claim }) => (
            <ClaimItem
              key={index}
              index={index}
              claim={claim}
              sources={sources}
              orphan={orphans.has(index) || missing.has(index)}
              expanded={expanded.has(index)}
              onToggle={toggle}
              onShowOnPage={showOnPage}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
