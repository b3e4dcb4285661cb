/**
 * The one refusal shape of every socket ack of the app (`/live`, `/campaign-board`,
 * `/contest-race`): a reason code the client branches on and translates, and a
 * message for people reading logs. A successful ack is `{ ok: true, ... }`; the
 * live answer ack is the one exception (`{ status }`, see `AnswerAck`).
 */
export interface SocketRefusal<Reason extends string> {
  ok: false;
  reason: Reason;
  message: string;
}

/** Reasons every namespace may answer with, whatever its own. */
export type SocketRefusalReason = 'RATE_LIMITED' | 'INVALID_PAYLOAD';
