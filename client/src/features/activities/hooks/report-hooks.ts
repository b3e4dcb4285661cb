import { useCallback, useMemo } from 'react';
import { useMutation, useQuery } from 'urql';
import type { WardReportsFilter } from '../../../generated/graphql';
import {
  ReplyToWardReportDocument,
  SendWardReportDocument,
  TakeUpWardReportDocument,
  UpdateWardReportDocument,
  WardReportDocument,
  WardReportPlansDocument,
  WardReportsDocument,
} from '../graphql/report-documents';

/** The reports list (with its filter) and the open plans a report can be sent under. */
export function useWardReports(filter: WardReportsFilter) {
  const variables = useMemo(() => ({ filter }), [filter]);
  const [result, reexecute] = useQuery({ query: WardReportsDocument, variables });
  const [plans] = useQuery({ query: WardReportPlansDocument });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return {
    reports: result.data?.wardReports ?? [],
    fetching: result.fetching,
    error: result.error,
    refresh,
    plans: plans.data?.wardReportPlans ?? [],
    plansFetching: plans.fetching,
  };
}

export function useSendWardReport() {
  return useMutation(SendWardReportDocument);
}

/** One report with its history, and the writes the page offers. */
export function useWardReport(id: string) {
  const [result, reexecute] = useQuery({ query: WardReportDocument, variables: { id } });
  const [plans] = useQuery({ query: WardReportPlansDocument });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [updating, update] = useMutation(UpdateWardReportDocument);
  const [takingUp, takeUp] = useMutation(TakeUpWardReportDocument);
  const [replying, reply] = useMutation(ReplyToWardReportDocument);
  return {
    report: result.data?.wardReport ?? null,
    fetching: result.fetching,
    error: result.error,
    refresh,
    plans: plans.data?.wardReportPlans ?? [],
    updating,
    update,
    takingUp,
    takeUp,
    replying,
    reply,
  };
}
