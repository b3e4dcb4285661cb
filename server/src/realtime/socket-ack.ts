import type { SocketRefusal, SocketRefusalReason } from '@thidua/shared';

/** The client's ack callback of one event. */
export type Ack<A> = (result: A) => void;

/**
 * The ack callback of an event: socket.io passes it as the last argument when the
 * client asked for one. Without it the event is still handled, and the answer goes
 * nowhere (a client that sends no callback learns nothing, and nothing breaks).
 */
export function ackOf<A>(args: readonly unknown[]): Ack<A> {
  const last = args[args.length - 1];
  return typeof last === 'function' ? (last as Ack<A>) : () => undefined;
}

export const refuse = <R extends string>(reason: R, message: string): SocketRefusal<R> => ({
  ok: false,
  reason,
  message,
});

/**
 * How one namespace answers what goes wrong around its handlers: a limit refused the
 * frame, the payload is malformed, the service refused (a reason it threw on purpose)
 * or failed unexpectedly. Every event is answered through its ack, never by an
 * exception on the socket.
 */
export interface AckPolicy<F> {
  rateLimited(): F;
  invalidPayload(): F;
  /** The refusal for an error the service threw on purpose; null when the error is unexpected. */
  refused(error: unknown): F | null;
  /** The answer to an unexpected error, after the kit logged it; null sends no ack (the client retries). */
  serverError(): F | null;
}

/** The usual texts: clients branch on the reason, people read the message in logs. */
export const REFUSAL_MESSAGES = {
  RATE_LIMITED: 'Too many messages; slow down',
  INVALID_PAYLOAD: 'The message is malformed',
  SERVER_ERROR: 'The server could not do this; try again',
} as const;

/** The `{ ok: false, reason, message }` policy (shared `SocketRefusal`) of a namespace. */
export function refusals<R extends string>(options: {
  /** Maps the module's own error (its reason data) to a refusal; null for anything else. */
  refused?: (error: unknown) => SocketRefusal<R> | null;
  /** What an unexpected failure is answered with. */
  serverError: SocketRefusal<R>;
  invalidPayloadMessage?: string;
}): AckPolicy<SocketRefusal<R | SocketRefusalReason>> {
  const invalid = options.invalidPayloadMessage ?? REFUSAL_MESSAGES.INVALID_PAYLOAD;
  return {
    rateLimited: () => refuse('RATE_LIMITED', REFUSAL_MESSAGES.RATE_LIMITED),
    invalidPayload: () => refuse('INVALID_PAYLOAD', invalid),
    refused: (error) => options.refused?.(error) ?? null,
    serverError: () => ({ ...options.serverError }),
  };
}

/** An error for the log: its stack when it has one. */
export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
