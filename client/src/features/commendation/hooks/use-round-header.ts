import { useCallback } from 'react';
import { useQuery } from 'urql';
import { CommendationRoundHeaderDocument } from '../graphql/rounds.documents';

/** A round's name and status; `refresh` re-reads it after a step moved the round. */
export function useRoundHeader(id: string) {
  const [result, reexecute] = useQuery({ query: CommendationRoundHeaderDocument, variables: { id } });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return { round: result.data?.commendationRound ?? null, fetching: result.fetching, error: result.error, refresh };
}
