import { useQuery } from 'urql';
import { LiveGameJoinInfoDocument } from '../graphql/live.documents';

export interface JoinUnit {
  id: string;
  code: string;
  name: string;
  parentName: string | null;
}

/** Public: what a phone needs to join the game with this PIN (title, phase, units to choose from). */
export function useJoinInfo(pin: string) {
  const [result, reexecute] = useQuery({
    query: LiveGameJoinInfoDocument,
    variables: { pin },
    requestPolicy: 'network-only',
  });
  return { info: result.data?.liveGameJoinInfo ?? null, fetching: result.fetching, error: result.error, reexecute };
}
