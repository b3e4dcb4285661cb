import { useCallback } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  DecisionSignerDocument,
  RecordCommendationDecisionDocument,
  RevokeCommendationDocument,
  RoundDecisionDocument,
} from '../graphql/council.documents';

/** The decision tab's data (can it be recorded, the decision, the final list) and its writes. */
export function useDecision(roundId: string) {
  const [result, reexecute] = useQuery({ query: RoundDecisionDocument, variables: { id: roundId } });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [signer] = useQuery({ query: DecisionSignerDocument });
  const [deciding, decide] = useMutation(RecordCommendationDecisionDocument);
  const [revoking, revoke] = useMutation(RevokeCommendationDocument);
  return {
    round: result.data?.commendationRound ?? null,
    /** The usual signer of the document settings; null while loading or when not readable. */
    signer: signer.data?.documentSettings ?? null,
    signerLoading: signer.fetching,
    fetching: result.fetching,
    error: result.error,
    refresh,
    deciding,
    decide,
    revoking,
    revoke,
  };
}
