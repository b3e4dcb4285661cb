import { useCallback } from 'react';
import { useMutation, useQuery } from 'urql';
import { HandlePostingCommentDocument, RoundPostingDocument, StartPostingDocument } from '../graphql/council.documents';

/** The posting tab's data (window, places, comments) and its writes. */
export function usePosting(roundId: string) {
  const [result, reexecute] = useQuery({ query: RoundPostingDocument, variables: { id: roundId } });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [starting, start] = useMutation(StartPostingDocument);
  const [handling, handle] = useMutation(HandlePostingCommentDocument);
  return {
    round: result.data?.commendationRound ?? null,
    comments: result.data?.postingComments ?? [],
    fetching: result.fetching,
    error: result.error,
    refresh,
    starting,
    start,
    handling,
    handle,
  };
}

/** The public page's absolute address, to give residents. */
export function publicPostingUrl(roundId: string): string {
  return `${window.location.origin}/posting/${roundId}`;
}
