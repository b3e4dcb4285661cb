import { useCallback } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  OpenCouncilSessionDocument,
  RecordCouncilVoteDocument,
  RoundCouncilDocument,
  SetCouncilAttendanceDocument,
  UpdateCouncilSessionDocument,
} from '../graphql/council.documents';

/** The council tab's data (session, proposals, forms' ballot rules) and its writes. */
export function useCouncil(roundId: string) {
  const [result, reexecute] = useQuery({ query: RoundCouncilDocument, variables: { id: roundId } });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [opening, open] = useMutation(OpenCouncilSessionDocument);
  const [updating, update] = useMutation(UpdateCouncilSessionDocument);
  const [attending, setAttendance] = useMutation(SetCouncilAttendanceDocument);
  const [voting, vote] = useMutation(RecordCouncilVoteDocument);
  const forms = new Map((result.data?.commendationForms ?? []).map((f) => [f.id, f]));
  return {
    round: result.data?.commendationRound ?? null,
    forms,
    fetching: result.fetching,
    error: result.error,
    refresh,
    opening,
    open,
    updating,
    update,
    attending,
    setAttendance,
    voting,
    vote,
  };
}
