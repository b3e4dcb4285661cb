import type { ContestRaceClientEvents, ContestRaceServerEvents, RaceSnapshot, RaceSubscribeAck } from '@thidua/shared';
import { useState } from 'react';
import type { Socket } from 'socket.io-client';
import {
  createAppSocket,
  emitWithAck,
  useSocketSubscription,
  type ConnectionStatus,
} from '../../../lib/use-socket-subscription';

/** Same as CONTEST_RACE_NAMESPACE in shared; a literal so the screen's bundle does not pull zod. */
const NAMESPACE = '/contest-race';

export type RaceStatus = ConnectionStatus;
export type RaceError = Extract<RaceSubscribeAck, { ok: false }>['reason'];

type RaceSocket = Socket<ContestRaceServerEvents, ContestRaceClientEvents>;

/**
 * The unit participation race over socket.io (`/contest-race`), for a screen that
 * runs unattended, on the shared subscribe loop: reconnects forever, subscribes
 * again after every reconnect, retries a failed subscription, and keeps the last
 * snapshot on screen meanwhile — never a dead page.
 */
export function useContestRace(contestId: string): {
  snapshot: RaceSnapshot | null;
  status: RaceStatus;
  error: RaceError | null;
} {
  const [snapshot, setSnapshot] = useState<RaceSnapshot | null>(null);
  const [error, setError] = useState<RaceError | null>(null);

  const { status } = useSocketSubscription<RaceSocket, RaceSubscribeAck>({
    key: contestId,
    createSocket: () => createAppSocket<RaceSocket>(NAMESPACE),
    subscribe: (socket) => emitWithAck<RaceSubscribeAck>(socket, 'subscribe', { contestId }),
    onAck: (ack) => {
      if (ack.ok) {
        setError(null);
        setSnapshot(ack.snapshot);
        return 'done';
      }
      setError(ack.reason);
      // Even "not found" is retried slowly: a server restarting may not know the contest yet.
      return 'retry';
    },
    listen: (socket) =>
      socket.on('race', (next) => {
        if (next.contestId === contestId) setSnapshot(next);
      }),
  });

  return { snapshot, status, error };
}
