import { useCallback, useMemo } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  CreatePeriodicReportDocument,
  PeriodicReportDocument,
  PeriodicReportPlansDocument,
  PeriodicReportsDocument,
  SavePeriodicReportDocument,
} from '../graphql/periodic-documents';

/** The plans and the periodic reports of the chosen one. */
export function usePeriodicReports(planId: string) {
  const [plans] = useQuery({ query: PeriodicReportPlansDocument });
  const variables = useMemo(() => ({ planId }), [planId]);
  const [result, reexecute] = useQuery({ query: PeriodicReportsDocument, variables, pause: !planId });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [creating, create] = useMutation(CreatePeriodicReportDocument);
  return {
    plans: plans.data?.activityPlans ?? [],
    plansFetching: plans.fetching,
    plansError: plans.error,
    reports: result.data?.periodicReports ?? [],
    fetching: result.fetching,
    error: result.error,
    refresh,
    creating,
    create,
  };
}

/** One report with its figures and sections, and its save. */
export function usePeriodicReport(id: string) {
  const [result, reexecute] = useQuery({ query: PeriodicReportDocument, variables: { id } });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [saving, save] = useMutation(SavePeriodicReportDocument);
  return {
    report: result.data?.periodicReport ?? null,
    fetching: result.fetching,
    error: result.error,
    refresh,
    saving,
    save,
  };
}
