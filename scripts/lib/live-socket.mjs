// @ts-check
// The `/live` socket as the benchmark and soak scripts use it, typed by the shared event contract.

/** @typedef {import('@thidua/shared').LiveClientEvents} LiveClientEvents */
/** @typedef {import('socket.io-client').Socket<import('@thidua/shared').LiveServerEvents, LiveClientEvents>} LiveSocket */
/** @typedef {Partial<import('socket.io-client').ManagerOptions & import('socket.io-client').SocketOptions>} ConnectOptions */

/**
 * Emits `event` and waits at most `timeoutMs` for its ack (rejects on timeout). socket.io-client
 * types `timeout().emitWithAck()` as any (its FirstArg does not see past the timeout's error
 * argument), so the ack is typed here from the contract instead.
 * @template {keyof LiveClientEvents} E
 * @param {LiveSocket} socket
 * @param {number} timeoutMs
 * @param {E} event
 * @param {Parameters<LiveClientEvents[E]>[0]} payload
 * @returns {Promise<Parameters<Parameters<LiveClientEvents[E]>[1]>[0]>}
 */
export async function emitAck(socket, timeoutMs, event, payload) {
  const untyped =
    /** @type {{ timeout(ms: number): { emitWithAck(event: string, payload: unknown): Promise<unknown> } }} */ (
      /** @type {unknown} */ (socket)
    );
  const ack = await untyped.timeout(timeoutMs).emitWithAck(event, payload);
  return /** @type {Parameters<Parameters<LiveClientEvents[E]>[1]>[0]} */ (ack);
}

/**
 * Server clock − local clock, from the time:sync round trip with the smallest delay.
 * @param {LiveSocket} socket
 */
export async function timeOffset(socket) {
  let best = { rtt: Infinity, offset: 0 };
  for (let i = 0; i < 7; i += 1) {
    const t0 = Date.now();
    const r = await emitAck(socket, 5000, 'time:sync', { clientSentAt: t0 });
    const t1 = Date.now();
    if (t1 - t0 < best.rtt) best = { rtt: t1 - t0, offset: r.serverTime - (t0 + t1) / 2 };
  }
  return best.offset;
}
