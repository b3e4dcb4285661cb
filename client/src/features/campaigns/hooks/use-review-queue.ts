import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import type { SheetStatus } from '../../../generated/graphql';
import { ScoreSheetsDocument } from '../graphql/campaigns.documents';
import { type CampaignData, currentPeriod } from '../utils/campaign-model';

/** The order the queue lists sheets in: what needs a reviewer first. */
export const QUEUE_ORDER: readonly SheetStatus[] = ['SUBMITTED', 'RETURNED', 'DRAFT', 'APPROVED', 'PUBLISHED'];

/**
 * The sheets of one period for the review queue: the chosen period (else the current
 * one), a status filter with its counts, each unit's block, and a refetch after a change.
 */
export function useReviewQueue(campaignId: string, campaign: CampaignData | null) {
  const [periodId, setPeriodId] = useState('');
  const [status, setStatus] = useState<SheetStatus | ''>('');
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
  const counts = new Map(QUEUE_ORDER.map((s) => [s, sheets.filter((x) => x.status === s).length]));
  const shown = sheets
    .filter((s) => !status || s.status === status)
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
