import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_RETRY_DELAYS_MS,
  useSocketSubscription,
  type SocketSubscriptionOptions,
  type SubscribeOutcome,
} from './use-socket-subscription';

/**
 * A stand-in for a socket.io client socket: the test plays the server (connects,
 * drops, restarts) and the loop must keep a screen subscribed through all of it.
 */
class FakeSocket {
  connected = false;
  active = false;
  connectCalls = 0;
  disconnected = false;
  private listeners = new Map<string, ((...args: unknown[]) => void)[]>();

  on(event: string, listener: (...args: unknown[]) => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  connect(): this {
    this.connectCalls += 1;
    this.active = true;
    return this;
  }
  disconnect(): this {
    this.disconnected = true;
    this.connected = false;
    this.active = false;
    return this;
  }
  removeAllListeners(): this {
    this.listeners.clear();
    return this;
  }
  /** The server side of the test. */
  fire(event: string, ...args: unknown[]): void {
    if (event === 'connect') this.connected = true;
    if (event === 'disconnect') this.connected = false;
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
  get listenerCount(): number {
    return [...this.listeners.values()].reduce((n, l) => n + l.length, 0);
  }
}

type Ack = { ok: boolean };

function setup(overrides: Partial<SocketSubscriptionOptions<FakeSocket, Ack>> = {}) {
  const sockets: FakeSocket[] = [];
  const acks: ((ack: Ack) => void)[] = [];
  const timeouts: (() => void)[] = [];
  const onAck = vi.fn((ack: Ack): SubscribeOutcome => (ack.ok ? 'done' : 'retry'));
  const subscribe = vi.fn(
    () =>
      new Promise<Ack>((resolve, reject) => {
        acks.push(resolve);
        timeouts.push(() => reject(new Error('operation has timed out')));
      }),
  );
  const options = (key: string): SocketSubscriptionOptions<FakeSocket, Ack> => ({
    key,
    createSocket: () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket;
    },
    subscribe,
    onAck,
    ...overrides,
  });
  const hook = renderHook(({ key }) => useSocketSubscription(options(key)), { initialProps: { key: 'a' } });
  const last = () => sockets[sockets.length - 1];
  /** Lets the acks' promise callbacks run. */
  const flush = () => act(() => Promise.resolve());
  return { hook, sockets, last, acks, timeouts, subscribe, onAck, flush };
}

describe('useSocketSubscription', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('connects, subscribes on connect and again after every reconnect (a restarted server knows no rooms)', async () => {
    const { hook, last, acks, subscribe, onAck, flush } = setup();
    expect(last().connectCalls).toBe(1);
    expect(hook.result.current.status).toBe('connecting');
    expect(subscribe).not.toHaveBeenCalled();

    act(() => last().fire('connect'));
    expect(hook.result.current.status).toBe('connected');
    expect(subscribe).toHaveBeenCalledTimes(1);
    acks[0]({ ok: true });
    await flush();
    expect(onAck).toHaveBeenCalledWith({ ok: true });

    act(() => last().fire('disconnect', 'transport close'));
    expect(hook.result.current.status).toBe('reconnecting');
    act(() => last().fire('connect'));
    expect(subscribe).toHaveBeenCalledTimes(2);
    expect(hook.result.current.status).toBe('connected');
  });

  it('retries a refused or unanswered subscribe with backoff, and stops when told to', async () => {
    const onTimeout = vi.fn();
    let outcome: SubscribeOutcome = 'retry';
    const { last, acks, timeouts, subscribe, flush } = setup({ onTimeout, onAck: () => outcome });
    act(() => last().fire('connect'));
    acks[0]({ ok: false });
    await flush();
    act(() => {
      vi.advanceTimersByTime(DEFAULT_RETRY_DELAYS_MS[0] - 1);
    });
    expect(subscribe).toHaveBeenCalledTimes(1);
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(subscribe).toHaveBeenCalledTimes(2);

    timeouts[1]();
    await flush();
    expect(onTimeout).toHaveBeenCalledTimes(1);
    act(() => {
      vi.advanceTimersByTime(DEFAULT_RETRY_DELAYS_MS[1]);
    });
    expect(subscribe).toHaveBeenCalledTimes(3);

    outcome = 'stop';
    acks[2]({ ok: false });
    await flush();
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(subscribe).toHaveBeenCalledTimes(3);
  });

  it('drops the ack of a subscribe superseded by a newer one', async () => {
    const { last, acks, onAck, flush } = setup();
    act(() => last().fire('connect'));
    act(() => last().fire('disconnect', 'transport close'));
    act(() => last().fire('connect'));
    acks[0]({ ok: false });
    acks[1]({ ok: true });
    await flush();
    expect(onAck).toHaveBeenCalledTimes(1);
    expect(onAck).toHaveBeenCalledWith({ ok: true });
  });

  it('reconnects itself after the server closed the socket or refused the handshake', () => {
    const { last } = setup();
    act(() => last().fire('connect'));
    act(() => last().fire('disconnect', 'io server disconnect'));
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(last().connectCalls).toBe(2);

    last().active = false; // socket.io gave up after a refused handshake
    act(() => last().fire('connect_error', new Error('refused')));
    expect(last().connectCalls).toBe(2);
    act(() => {
      vi.advanceTimersByTime(3000);
    });
    expect(last().connectCalls).toBe(3);
  });

  it('waits while there is nothing to subscribe to, and subscribes on demand', () => {
    let ready = false;
    const subscribe = vi.fn(() => (ready ? new Promise<Ack>(() => undefined) : null));
    const { hook, last } = setup({ subscribe });
    act(() => last().fire('connect'));
    expect(subscribe).toHaveBeenCalledTimes(1);
    ready = true;
    act(() => hook.result.current.resubscribe());
    expect(subscribe).toHaveBeenCalledTimes(2);
  });

  it('registers server events once per socket, and closes the socket on unmount or a new key', async () => {
    const listen = vi.fn((socket: FakeSocket) => socket.on('board', () => undefined));
    const { hook, sockets, acks, subscribe, onAck, flush } = setup({ listen });
    const first = sockets[0];
    act(() => first.fire('connect'));
    expect(listen).toHaveBeenCalledTimes(1);

    hook.rerender({ key: 'b' });
    expect(first.disconnected).toBe(true);
    expect(first.listenerCount).toBe(0);
    expect(sockets).toHaveLength(2);
    // The closed socket's late ack is not applied.
    acks[0]({ ok: true });
    await flush();
    expect(onAck).not.toHaveBeenCalled();

    act(() => sockets[1].fire('connect'));
    expect(subscribe).toHaveBeenCalledTimes(2);
    hook.unmount();
    expect(sockets[1].disconnected).toBe(true);
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(sockets[1].connectCalls).toBe(1);
  });
});
