import { useCallback, useEffect, useRef, useState } from 'react';
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';

/**
 * The one subscribe-with-reconnect loop of the client, for every page that lives on
 * a socket for hours: the live game (player, host, screen), the campaign board and
 * the contest race. socket.io reconnects by itself with backoff; this adds what it
 * does not do: subscribe again on every (re)connect (a restarted server knows no
 * rooms), retry a refused or unanswered subscribe with backoff, reconnect after the
 * server closed the socket or refused the handshake, and clean up on unmount.
 */

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting';

/** After a subscribe's ack: applied (the backoff starts over), try again later, or stop (pointless to retry). */
export type SubscribeOutcome = 'done' | 'retry' | 'stop';

/** How long an emit waits for its ack before the caller retries or reports. */
export const ACK_TIMEOUT_MS = 8000;
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [1000, 2000, 4000, 8000, 15000];
/** socket.io does not reconnect after the server closed the socket: we do, after this. */
const SERVER_CLOSED_RECONNECT_MS = 1000;
/** Nor after a refused handshake (a middleware error): we keep trying, this often. */
const REFUSED_RECONNECT_MS = 3000;

/** The parts of a socket.io client socket the loop drives; any typed `Socket` has them. */
export interface SubscribableSocket {
  readonly connected: boolean;
  readonly active: boolean;
  connect(): unknown;
  disconnect(): unknown;
  removeAllListeners(): unknown;
}

export interface SocketSubscriptionOptions<S extends SubscribableSocket, A> {
  /** A new socket, not connected yet (`autoConnect: false`). Made again when `key` changes. */
  createSocket: () => S;
  /** What the socket is for (a board id, a contest id...): a new key closes the socket and opens another. */
  key: string;
  /**
   * Sends the subscription (subscribe, attach, resume) on the connected socket and
   * resolves with its ack; a rejection (no ack in time) is retried. Null when there is
   * nothing to subscribe to yet (a player who has not joined).
   */
  subscribe: (socket: S) => Promise<A> | null;
  /** Applies the ack of the latest subscribe (older ones are dropped) and says what comes next. */
  onAck: (ack: A) => SubscribeOutcome;
  /** The latest subscribe got no ack in time (it is retried). */
  onTimeout?: () => void;
  /** Registers the socket's server events, once per socket. */
  listen?: (socket: S) => void;
  /** After each connect, once the subscribe is sent (a clock sync); `alive()` turns false when the socket closes. */
  onConnect?: (socket: S, alive: () => boolean) => void;
  retryDelaysMs?: readonly number[];
}

export interface SocketSubscription<S> {
  socket: S | null;
  status: ConnectionStatus;
  /** Subscribes again now (after the subscription's inputs changed). */
  resubscribe: () => void;
}

export function useSocketSubscription<S extends SubscribableSocket, A>(
  options: SocketSubscriptionOptions<S, A>,
): SocketSubscription<S> {
  const { key } = options;
  const [socket, setSocket] = useState<S | null>(null);
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  // The callbacks close over the page's latest state; the socket lives across renders.
  const latest = useRef(options);
  const resubscribeRef = useRef<() => void>(() => undefined);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    const live = latest.current.createSocket();
    let disposed = false;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let generation = 0;
    const alive = () => !disposed;
    const reconnectAfter = (ms: number) => setTimeout(() => !disposed && live.connect(), ms);

    const subscribe = () => {
      clearTimeout(retryTimer);
      if (disposed || !live.connected) return;
      const pending = latest.current.subscribe(live);
      if (!pending) return;
      const mine = ++generation;
      const current = () => !disposed && mine === generation;
      const retry = () => {
        const delays = latest.current.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
        retryTimer = setTimeout(subscribe, delays[Math.min(attempt++, delays.length - 1)]);
      };
      pending.then(
        (ack) => {
          if (!current()) return;
          const outcome = latest.current.onAck(ack);
          if (outcome === 'done') attempt = 0;
          else if (outcome === 'retry') retry();
        },
        () => {
          // No ack in time: the server is busy or the link is bad; try again.
          if (!current()) return;
          latest.current.onTimeout?.();
          retry();
        },
      );
    };
    resubscribeRef.current = subscribe;

    const events = live as unknown as LifecycleEvents;
    events.on('connect', () => {
      setStatus('connected');
      attempt = 0;
      subscribe();
      latest.current.onConnect?.(live, alive);
    });
    events.on('disconnect', (reason) => {
      setStatus('reconnecting');
      if (reason === 'io server disconnect') reconnectAfter(SERVER_CLOSED_RECONNECT_MS);
    });
    events.on('connect_error', () => {
      setStatus((s) => (s === 'connecting' ? 'connecting' : 'reconnecting'));
      if (!live.active) reconnectAfter(REFUSED_RECONNECT_MS);
    });
    latest.current.listen?.(live);

    setSocket(live);
    live.connect();
    return () => {
      disposed = true;
      clearTimeout(retryTimer);
      live.removeAllListeners();
      live.disconnect();
    };
  }, [key]);

  const resubscribe = useCallback(() => resubscribeRef.current(), []);
  return { socket, status, resubscribe };
}

/** socket.io's reserved events, typed apart from each namespace's own event map. */
interface LifecycleEvents {
  on(event: 'connect', listener: () => void): unknown;
  on(event: 'disconnect', listener: (reason: string) => void): unknown;
  on(event: 'connect_error', listener: (error: Error) => void): unknown;
}

/** A socket to one of the app's namespaces, websocket only, connected by the subscription loop. */
export function createAppSocket<S extends Socket>(
  namespace: string,
  options: Partial<Pick<ManagerOptions & SocketOptions, 'reconnectionDelay' | 'reconnectionDelayMax' | 'auth'>> = {},
): S {
  return io(namespace, {
    transports: ['websocket'],
    autoConnect: false,
    // socket.io retries forever with exponential backoff; the jitter spreads a hall's phones after a restart.
    reconnectionDelay: 1000,
    reconnectionDelayMax: 10_000,
    randomizationFactor: 0.5,
    ...options,
  }) as S;
}

/** The untyped shape of `socket.timeout(ms).emit`; socket.io's own typing loses the ack's type with a timeout. */
interface TimedEmitter {
  emit(event: string, payload: unknown, ack: (err: Error | null, result: unknown) => void): void;
}

/** Emits `event` and resolves with its ack (typed by the caller from its shared event map); rejects when none comes in time. */
export function emitWithAck<A>(
  socket: Pick<Socket, 'timeout'>,
  event: string,
  payload: unknown,
  timeoutMs = ACK_TIMEOUT_MS,
): Promise<A> {
  return new Promise((resolve, reject) => {
    (socket.timeout(timeoutMs) as unknown as TimedEmitter).emit(event, payload, (err, result) => {
      if (err) reject(err);
      else resolve(result as A);
    });
  });
}
