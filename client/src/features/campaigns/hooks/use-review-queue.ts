import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import type { SheetStatus } from '../../../generated/graphql';
import { ScoreSheetsDocument } from '../graphql/campaigns.documents';
import { type CampaignData, currentPeriod } from '../utils/campaign-model';

/** The order the queue lists sheets in: what needs a reviewer first. */
export const QUEUE_ORDER: readonly SheetStatus[] = [
  'SUBMITTED',
  'FIRST_REVIEWED',
  'RETURNED',
  'DRAFT',
  'APPROVED',
  'PUBLISHED',
];

/** Filters across statuses: sheets past their time, and sheets marked không nộp / không xét. */
export const QUEUE_FLAGS = ['OVERDUE', 'MARKED'] as const;
export type QueueFilterValue = SheetStatus | (typeof QUEUE_FLAGS)[number] | '';

function matches(sheet: { status: SheetStatus; isOverdue: boolean; mark: unknown }, filter: QueueFilterValue): boolean {
  if (filter === '') return true;
  if (filter === 'OVERDUE') return sheet.isOverdue && !sheet.mark;
  if (filter === 'MARKED') return Boolean(sheet.mark);
  return sheet.status === filter;
}

/**
 * The sheets of one period for the review queue: the chosen period (else the current
 * one), a status filter (or overdue, or marked) with its counts, each unit's block, and
 * a refetch after a change.
 */
export function useReviewQueue(campaignId: string, campaign: CampaignData | null) {
  const [periodId, setPeriodId] = useState('');
  const [status, setStatus] = useState<QueueFilterValue>('');
  const period = campaign ? (campaign.periods.find((p) => p.id === periodId) ?? currentPeriod(campaign)) : null;
  const [result, reexecute] = useQuery({
    query: ScoreSheetsDocument,
    variables: { campaignId, periodId: period?.id ?? null },
    pause: !period,
    requestPolicy: 'cache-and-network',
  });
  const sheets = useMemo(() => result.data?.scoreSheets ?? [], [result.data]);
  const blockOf = useMemo(
    () => new Map((campaign?.blocks ?? []).flatMap((b) => b.units.map((u) => [u.id, b.name] as const))),
    [campaign],
  );
  const counts = new Map<QueueFilterValue, number>(
    [...QUEUE_ORDER, ...QUEUE_FLAGS].map((f) => [f, sheets.filter((x) => matches(x, f)).length]),
  );
  const shown = sheets
    .filter((s) => matches(s, status))
    .sort(
      (a, b) =>
        QUEUE_ORDER.indexOf(a.status) - QUEUE_ORDER.indexOf(b.status) || a.unit.name.localeCompare(b.unit.name, 'vi'),
    );
  return {
    period,
    setPeriodId,
    status,
    setStatus,
    sheets,
    shown,
    counts,
    blockOf,
    loaded: Boolean(result.data),
    fetching: result.fetching,
    error: result.error,
    refetch: () => reexecute({ requestPolicy: 'network-only' }),
  };
}

export type ReviewQueue = ReturnType<typeof useReviewQueue>;
export type QueueSheet = ReviewQueue['sheets'][number];
