import { withHeldQuestion, type LiveAck, type LiveErrorReason, type LiveStateView } from '@thidua/shared';
import { useCallback, useRef, useState } from 'react';
import { createLiveSocket, syncServerClock, type LiveSocket } from '../../../lib/live-socket';
import { useSocketSubscription, type ConnectionStatus } from '../../../lib/use-socket-subscription';

export type { ConnectionStatus } from '../../../lib/use-socket-subscription';

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

/**
 * One socket to `/live` for the lifetime of a page, on the shared subscribe loop
 * (`useSocketSubscription`): connects, keeps the clock offset, re-attaches after
 * every reconnect (socket.io reconnects by itself with backoff), retries failed
 * attaches, and keeps the latest `game:state` with the small `game:answers` /
 * `game:lobby` updates applied to it.
 */
export function useLiveGame({ attach, isFinal, withAccessToken = false }: UseLiveGameOptions): LiveGame {
  const [state, setState] = useState<LiveStateView | null>(null);
  const [clockOffset, setClockOffset] = useState(0);
  const [error, setError] = useState<LiveErrorReason | null>(null);
  const [removed, setRemoved] = useState(false);
  const synced = useRef(false);
  const held = useRef<LiveStateView | null>(null);
  const reattach = useRef<() => void>(() => undefined);

  const applyState = useCallback((next: LiveStateView) => {
    held.current = next;
    setState(next);
    setError(null);
    if (!synced.current) setClockOffset(next.serverTime - Date.now());
  }, []);

  const { socket, status, resubscribe } = useSocketSubscription<LiveSocket, AttachResult>({
    key: withAccessToken ? 'host' : 'anonymous',
    createSocket: () => createLiveSocket({ withAccessToken }),
    subscribe: attach,
    onAck: (result) => {
      if (result.ok) {
        applyState(result.state);
        return 'done';
      }
      setError(result.reason);
      return isFinal?.(result.reason) ? 'stop' : 'retry';
    },
    onConnect: (live, alive) =>
      void syncServerClock(live).then((offset) => {
        if (!alive() || offset === null) return;
        synced.current = true;
        setClockOffset(offset);
      }),
    listen: (live) => {
      live.on('game:state', (next) => {
        // A phone's reveal comes without the question it already holds; without it, ask again.
        const complete = withHeldQuestion(held.current, next);
        if (complete) applyState(complete);
        else reattach.current();
      });
      live.on('game:answers', ({ questionIndex, answered }) =>
        setState((s) => (s && s.question?.index === questionIndex ? { ...s, answeredCount: answered } : s)),
      );
      live.on('game:lobby', (lobby) => setState((s) => (s ? { ...s, lobby } : s)));
      live.on('player:removed', () => setRemoved(true));
    },
  });

  reattach.current = resubscribe;
  return { socket, state, status, clockOffset, error, removed, applyState, reattach: resubscribe };
}
