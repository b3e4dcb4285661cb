import type { LiveAck, LiveErrorReason, LiveStateView } from '@thidua/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { createLiveSocket, syncServerClock, type LiveSocket } from '../../../lib/live-socket';

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting';

export type AttachResult = LiveAck<{ state: LiveStateView }>;

interface UseLiveGameOptions {
  /**
   * Called after every (re)connection to (re)join the game: `host:attach`,
   * `player:resume`, `screen:attach`. Returns null when there is nothing to attach
   * yet (a player who has not joined).
   */
  attach: (socket: LiveSocket) => Promise<AttachResult> | null;
  /** Reasons after which attaching again is pointless (the game is gone, the token is void). */
  isFinal?: (reason: LiveErrorReason) => boolean;
  withAccessToken?: boolean;
}

export interface LiveGame {
  socket: LiveSocket | null;
  state: LiveStateView | null;
  status: ConnectionStatus;
  /** serverTime − Date.now(), from the lowest-RTT time:sync sample. */
  clockOffset: number;
  /** Why the last attach failed, if it did. */
  error: LiveErrorReason | null;
  /** The host removed this player. */
  removed: boolean;
  /** For a fresh join: the state from the join's ack. */
  applyState: (state: LiveStateView) => void;
  /** Attach again now (after the attach function's inputs changed). */
  reattach: () => void;
}

const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 15000];

/**
 * One socket to `/live` for the lifetime of a page: connects, keeps the clock
 * offset, re-attaches after every reconnect (socket.io reconnects by itself with
 * backoff), retries failed attaches, and keeps the latest `game:state` with the
 * small `game:answers` / `game:lobby` updates applied to it.
 */
export function useLiveGame({ attach, isFinal, withAccessToken = false }: UseLiveGameOptions): LiveGame {
  const [socket, setSocket] = useState<LiveSocket | null>(null);
  const [state, setState] = useState<LiveStateView | null>(null);
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  const [clockOffset, setClockOffset] = useState(0);
  const [error, setError] = useState<LiveErrorReason | null>(null);
  const [removed, setRemoved] = useState(false);
  const attachRef = useRef(attach);
  const isFinalRef = useRef(isFinal);
  const synced = useRef(false);
  const runAttachRef = useRef<() => void>(() => undefined);

  useEffect(() => {
    attachRef.current = attach;
    isFinalRef.current = isFinal;
  });

  const applyState = useCallback((next: LiveStateView) => {
    setState(next);
    setError(null);
    if (!synced.current) setClockOffset(next.serverTime - Date.now());
  }, []);

  useEffect(() => {
    const live = createLiveSocket({ withAccessToken });
    let disposed = false;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let generation = 0;

    const runAttach = () => {
      clearTimeout(retryTimer);
      if (!live.connected) return;
      const pending = attachRef.current(live);
      if (!pending) return;
      const mine = ++generation;
      const retry = () => {
        const delay = RETRY_DELAYS_MS[Math.min(attempt++, RETRY_DELAYS_MS.length - 1)];
        retryTimer = setTimeout(runAttach, delay);
      };
      pending.then(
        (result) => {
          if (disposed || mine !== generation) return;
          if (result.ok) {
            attempt = 0;
            applyState(result.state);
            return;
          }
          setError(result.reason);
          if (!isFinalRef.current?.(result.reason)) retry();
        },
        () => {
          // Ack timed out: the server is busy or the link is bad; try again.
          if (!disposed && mine === generation) retry();
        },
      );
    };
    runAttachRef.current = runAttach;

    live.on('connect', () => {
      setStatus('connected');
      attempt = 0;
      runAttach();
      void syncServerClock(live).then((offset) => {
        if (disposed || offset === null) return;
        synced.current = true;
        setClockOffset(offset);
      });
    });
    live.on('disconnect', (reason) => {
      setStatus('reconnecting');
      // A server-side disconnect is not retried by socket.io: do it ourselves.
      if (reason === 'io server disconnect') setTimeout(() => !disposed && live.connect(), 1000);
    });
    live.on('connect_error', () => {
      setStatus((s) => (s === 'connecting' ? 'connecting' : 'reconnecting'));
      // A refused handshake (middleware error) stops socket.io's own retries: keep trying.
      if (!live.active) setTimeout(() => !disposed && live.connect(), 3000);
    });
    live.on('game:state', (next) => applyState(next));
    live.on('game:answers', ({ questionIndex, answered }) =>
      setState((s) => (s && s.question?.index === questionIndex ? { ...s, answeredCount: answered } : s)),
    );
    live.on('game:lobby', (lobby) => setState((s) => (s ? { ...s, lobby } : s)));
    live.on('player:removed', () => setRemoved(true));

    setSocket(live);
    live.connect();
    return () => {
      disposed = true;
      clearTimeout(retryTimer);
      live.removeAllListeners();
      live.disconnect();
    };
  }, [withAccessToken, applyState]);

  const reattach = useCallback(() => runAttachRef.current(), []);

  return { socket, state, status, clockOffset, error, removed, applyState, reattach };
}
