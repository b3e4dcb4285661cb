import type { ContestRaceClientEvents, ContestRaceServerEvents, RaceSnapshot, RaceSubscribeAck } from '@thidua/shared';
import { useEffect, useState } from 'react';
import { io, type Socket } from 'socket.io-client';

/** Same as CONTEST_RACE_NAMESPACE in shared; a literal so the screen's bundle does not pull zod. */
const NAMESPACE = '/contest-race';
const ACK_TIMEOUT_MS = 8000;
const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 15000];

export type RaceStatus = 'connecting' | 'connected' | 'reconnecting';

type RaceSocket = Socket<ContestRaceServerEvents, ContestRaceClientEvents>;

interface TimedEmitter {
  emit(event: string, payload: unknown, ack: (err: Error | null, result: unknown) => void): void;
}

/**
 * The unit participation race over socket.io (`/contest-race`), for a screen that
 * runs unattended: reconnects forever with backoff (socket.io's own, plus a manual
 * reconnect when the server closed the socket), subscribes again after every
 * reconnect, retries a failed subscription, and keeps the last snapshot on screen
 * meanwhile — never a dead page.
 */
export type RaceError = Extract<RaceSubscribeAck, { ok: false }>['reason'];

export function useContestRace(contestId: string): {
  snapshot: RaceSnapshot | null;
  status: RaceStatus;
  error: RaceError | null;
} {
  const [snapshot, setSnapshot] = useState<RaceSnapshot | null>(null);
  const [status, setStatus] = useState<RaceStatus>('connecting');
  const [error, setError] = useState<RaceError | null>(null);

  useEffect(() => {
    const socket: RaceSocket = io(NAMESPACE, {
      transports: ['websocket'],
      autoConnect: false,
      reconnectionDelay: 1000,
      reconnectionDelayMax: 10000,
      randomizationFactor: 0.5,
    });
    let disposed = false;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let tries = 0;

    const subscribe = () => {
      clearTimeout(retryTimer);
      if (disposed || !socket.connected) return;
      const retry = () => {
        const delay = RETRY_DELAYS_MS[Math.min(tries++, RETRY_DELAYS_MS.length - 1)];
        retryTimer = setTimeout(subscribe, delay);
      };
      (socket.timeout(ACK_TIMEOUT_MS) as unknown as TimedEmitter).emit('subscribe', { contestId }, (err, result) => {
        if (disposed) return;
        if (err) return retry();
        const ack = result as RaceSubscribeAck;
        if (ack.ok) {
          tries = 0;
          setError(null);
          setSnapshot(ack.snapshot);
          return;
        }
        setError(ack.reason);
        // Even "not found" is retried slowly: a server restarting may not know the contest yet.
        retry();
      });
    };

    socket.on('connect', () => {
      setStatus('connected');
      tries = 0;
      subscribe();
    });
    socket.on('disconnect', (reason) => {
      setStatus('reconnecting');
      if (reason === 'io server disconnect') setTimeout(() => !disposed && socket.connect(), 1000);
    });
    socket.on('connect_error', () => {
      setStatus((s) => (s === 'connecting' ? 'connecting' : 'reconnecting'));
      if (!socket.active) setTimeout(() => !disposed && socket.connect(), 3000);
    });
    socket.on('race', (next) => {
      if (next.contestId === contestId) setSnapshot(next);
    });
    socket.connect();
    return () => {
      disposed = true;
      clearTimeout(retryTimer);
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [contestId]);

  return { snapshot, status, error };
}
