import { useCallback, useMemo } from 'react';
import { useMutation, useQuery } from 'urql';
import type { ActivitiesFilter } from '../../../generated/graphql';
import {
  ActivitiesLogDocument,
  ActivityDocument,
  ActivityPlansDocument,
  AddActivityFileDocument,
  AddActivityLinkDocument,
  DeleteActivityDocument,
  RemoveActivityEvidenceDocument,
  RequestActivityCorrectionDocument,
  SaveActivityDocument,
  SaveActivityPlanDocument,
  SetActivityAttendeesDocument,
  SubmitActivityDocument,
} from '../graphql/log-documents';

/** The log with its filter. */
export function useActivities(filter: ActivitiesFilter) {
  const variables = useMemo(() => ({ filter }), [filter]);
  const [result, reexecute] = useQuery({ query: ActivitiesLogDocument, variables });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return { activities: result.data?.activities ?? [], fetching: result.fetching, error: result.error, refresh };
}

/** The plans, open ones first, and the save of one (ADMIN). */
export function useActivityPlans() {
  const [result, reexecute] = useQuery({ query: ActivityPlansDocument });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [saving, save] = useMutation(SaveActivityPlanDocument);
  return {
    plans: result.data?.activityPlans ?? [],
    fetching: result.fetching,
    error: result.error,
    refresh,
    saving,
    save,
  };
}

/** One activity with its attendees, evidence and history, and the writes the editor offers. */
export function useActivity(id: string) {
  const [result, reexecute] = useQuery({ query: ActivityDocument, variables: { id } });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [saving, save] = useMutation(SaveActivityDocument);
  const [, setAttendees] = useMutation(SetActivityAttendeesDocument);
  const [submitting, submit] = useMutation(SubmitActivityDocument);
  const [correcting, requestCorrection] = useMutation(RequestActivityCorrectionDocument);
  const [deleting, remove] = useMutation(DeleteActivityDocument);
  const [, addLink] = useMutation(AddActivityLinkDocument);
  const [, addFile] = useMutation(AddActivityFileDocument);
  const [, removeEvidence] = useMutation(RemoveActivityEvidenceDocument);
  return {
    activity: result.data?.activity ?? null,
    fetching: result.fetching,
    error: result.error,
    refresh,
    saving,
    save,
    setAttendees,
    submitting,
    submit,
    correcting,
    requestCorrection,
    deleting,
    remove,
    addLink,
    addFile,
    removeEvidence,
  };
}
