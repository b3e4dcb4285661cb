import { useCallback } from 'react';
import { useQuery } from 'urql';
import { CampaignDocument } from '../graphql/campaigns.documents';
import type { CampaignData } from '../utils/campaign-model';

/** One campaign with a `reload` for after a mutation. */
export function useCampaign(id: string) {
  const [result, reexecute] = useQuery({ query: CampaignDocument, variables: { id } });
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const campaign: CampaignData | null = result.data?.campaign ?? null;
  return { campaign, fetching: result.fetching, error: result.error, reload };
}
