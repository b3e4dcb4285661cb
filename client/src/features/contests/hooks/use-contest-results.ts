import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { ContestFieldsFragment } from '../../../generated/graphql';
import {
  ContestResultsDocument,
  FreezeContestRoundDocument,
  PublishContestRoundDocument,
} from '../graphql/contests.documents';

/** The "overall" choice of the round select. */
export const OVERALL = '';

/**
 * The results of one round (or overall) and the round's freeze / publish. The round
 * running now is chosen first; freezing or publishing reloads the results.
 */
export function useContestResults(contest: ContestFieldsFragment) {
  const now = Date.now();
  const current = contest.rounds.find((r) => Date.parse(r.startsAt) <= now && now < Date.parse(r.endsAt));
  const [roundId, setRoundId] = useState<string>(current?.id ?? OVERALL);
  const [result, refetch] = useQuery({
    query: ContestResultsDocument,
    variables: { contestId: contest.id, roundId: roundId || null },
    requestPolicy: 'cache-and-network',
  });
  const [frozen, freeze] = useMutation(FreezeContestRoundDocument);
  const [published, publish] = useMutation(PublishContestRoundDocument);
  const round = contest.rounds.find((r) => r.id === roundId) ?? null;
  const frozenAt =
    (frozen.data?.freezeContestRound.id === roundId ? frozen.data.freezeContestRound.frozenAt : null) ??
    round?.frozenAt ??
    null;
  const publishedAt =
    (published.data?.publishContestRound.id === roundId ? published.data.publishContestRound.publishedAt : null) ??
    round?.publishedAt ??
    null;
  const reload = () => refetch({ requestPolicy: 'network-only' });

  return {
    currentRoundId: current?.id ?? null,
    roundId,
    setRoundId,
    round,
    result,
    frozenAt,
    publishedAt,
    freezing: frozen.fetching,
    publishing: published.fetching,
    roundError: frozen.error ?? published.error,
    freeze: (id: string) => void freeze({ id }).then(reload),
    publish: (id: string) => void publish({ id }).then(reload),
  };
}
