import type { Logger } from '@nestjs/common';
import type { Socket } from 'socket.io';
import type { z } from 'zod';
import { ackOf, describeError, type AckPolicy } from './socket-ack.js';
import { takeAll, type SocketRateLimit } from './socket-rate-limit.js';

/**
 * What the kit needs of a socket. socket.io's typed `Socket` narrows `on` to its
 * event map with typed listeners; the kit registers by name with raw arguments
 * (it validates them itself), so it sees the socket through this shape.
 */
type EventSocket = Pick<Socket, 'id' | 'handshake'>;
type RawListener = (...args: unknown[]) => void;
interface RawOn {
  on(event: string, listener: RawListener): unknown;
}

export interface SocketEventContext {
  /** When the frame arrived, before anything else ran (the live answer clock). */
  receivedAt: number;
}

export interface SocketEvent<S extends z.ZodType, R, F> {
  /** The shared zod schema of the payload (the first argument). */
  schema: S;
  /** Charged for every frame, before the payload is parsed: a flood is refused cheaply. */
  limits?: readonly SocketRateLimit[];
  /** Charged for well-formed payloads only: attempts at something costly (joining a game). */
  attemptLimits?: readonly SocketRateLimit[];
  /** The refusal when an attempt limit says no, when it should read differently from a flood's. */
  attemptLimited?: () => F;
  /** Calls the service; a thrown error becomes the policy's refusal or server error. */
  handle(payload: z.output<S>, context: SocketEventContext): R | Promise<R>;
  /** Sees every ack sent (metrics). */
  sent?(ack: R | F, context: SocketEventContext): void;
}

/**
 * Registers one event: limits, then validation, then the handler, and whatever
 * happens exactly one ack (or, when the policy says so for an unexpected failure,
 * none). A malformed payload or a failing service never reaches socket.io as an
 * exception, so one client cannot take down its connection or the node.
 */
export function onSocketEvent<S extends z.ZodType, R, F>(
  socket: EventSocket,
  event: string,
  spec: SocketEvent<S, R, F>,
  policy: AckPolicy<F>,
  logger: Pick<Logger, 'error'>,
): void {
  (socket as unknown as RawOn).on(event, (...args: unknown[]) => {
    const context: SocketEventContext = { receivedAt: Date.now() };
    const ack = ackOf<R | F>(args);
    const reply = (result: R | F | null) => {
      if (result === null) return;
      spec.sent?.(result, context);
      ack(result);
    };
    if (!takeAll(socket, spec.limits ?? [])) return reply(policy.rateLimited());
    const parsed = spec.schema.safeParse(args[0]);
    if (!parsed.success) return reply(policy.invalidPayload());
    if (!takeAll(socket, spec.attemptLimits ?? []))
      return reply(spec.attemptLimited ? spec.attemptLimited() : policy.rateLimited());
    new Promise<R>((resolve) => resolve(spec.handle(parsed.data, context))).then(reply, (error: unknown) => {
      const refusal = policy.refused(error);
      if (refusal !== null) return reply(refusal);
      logger.error(`${event} failed: ${describeError(error)}`);
      reply(policy.serverError());
    });
  });
}

/**
 * The events of one namespace: its ack policy, its logger, and the limits every one
 * of its events is charged first. `Events` is the namespace's client → server event
 * map from shared, so only its event names can be registered.
 */
export class SocketEvents<Events, F> {
  constructor(
    private readonly options: {
      logger: Pick<Logger, 'error'>;
      acks: AckPolicy<F>;
      /** Charged for every event of the namespace, before the event's own limits. */
      limits?: readonly SocketRateLimit[];
    },
  ) {}

  /** An event answered in the namespace's ack shape. */
  on<S extends z.ZodType, R>(
    socket: EventSocket,
    event: Extract<keyof Events, string>,
    spec: SocketEvent<S, R, F>,
  ): void {
    onSocketEvent(socket, event, this.withSharedLimits(spec), this.options.acks, this.options.logger);
  }

  /** An event with its own ack shape (the live answer's `{ status }`); the namespace's limits still come first. */
  onWith<S extends z.ZodType, R, G>(
    socket: EventSocket,
    event: Extract<keyof Events, string>,
    acks: AckPolicy<G>,
    spec: SocketEvent<S, R, G>,
  ): void {
    onSocketEvent(socket, event, this.withSharedLimits(spec), acks, this.options.logger);
  }

  private withSharedLimits<S extends z.ZodType, R, G>(spec: SocketEvent<S, R, G>): SocketEvent<S, R, G> {
    return { ...spec, limits: [...(this.options.limits ?? []), ...(spec.limits ?? [])] };
  }
}
