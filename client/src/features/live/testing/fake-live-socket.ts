import type { LiveSocket } from '../../../lib/live-socket';

export interface Emitted {
  event: string;
  payload: unknown;
}

type Ack = (err: Error | null, result?: unknown) => void;

/**
 * A stand-in for the socket.io client in component tests: records what is emitted
 * with an ack (`socket.timeout(ms).emit(event, payload, ack)`) and answers with
 * `reply(event, payload)` — `undefined` leaves the ack pending, as on a slow network.
 */
export function fakeLiveSocket(reply: (event: string, payload: unknown) => unknown = () => undefined) {
  const emitted: Emitted[] = [];
  const pending: { event: string; ack: Ack }[] = [];
  const socket = {
    connected: true,
    timeout: () => ({
      emit: (event: string, payload: unknown, ack: Ack) => {
        emitted.push({ event, payload });
        const result = reply(event, payload);
        if (result === undefined) pending.push({ event, ack });
        else queueMicrotask(() => ack(null, result));
      },
    }),
  };
  return {
    // Only `connected` and `timeout().emit` are used by the code under test.
    socket: socket as unknown as LiveSocket,
    emitted,
    /** Acks the oldest pending emit. */
    answerPending: (result: unknown) => pending.shift()?.ack(null, result),
    /** Events emitted so far, by name. */
    events: (name: string) => emitted.filter((e) => e.event === name).map((e) => e.payload),
  };
}
