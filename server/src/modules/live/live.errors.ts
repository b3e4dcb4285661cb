import type { LiveErrorReason } from '@thidua/shared';
import { AppError, ErrorCode } from '../../common/errors/app-error.js';

export type LiveGamesErrorReason =
  | 'LIVE_GAME_NOT_FOUND'
  | 'LIVE_GAME_NOT_YOURS'
  | 'QUIZ_HAS_NO_QUESTIONS'
  | 'QUIZ_HAS_CONTEST_KEYS'
  | 'INVALID_SETTINGS'
  | 'PIN_LOOKUPS_LIMITED';

const CODES: Record<LiveGamesErrorReason, ErrorCode> = {
  LIVE_GAME_NOT_FOUND: ErrorCode.NOT_FOUND,
  LIVE_GAME_NOT_YOURS: ErrorCode.FORBIDDEN,
  QUIZ_HAS_NO_QUESTIONS: ErrorCode.BAD_USER_INPUT,
  QUIZ_HAS_CONTEST_KEYS: ErrorCode.FORBIDDEN,
  INVALID_SETTINGS: ErrorCode.BAD_USER_INPUT,
  PIN_LOOKUPS_LIMITED: ErrorCode.TOO_MANY_REQUESTS,
};

/** Errors of the GraphQL/HTTP side of live games. */
export class LiveGamesError extends AppError<LiveGamesErrorReason> {
  get code(): ErrorCode {
    return CODES[this.reason];
  }
}

/**
 * A refused socket command: the gateway answers it through the ack as
 * `{ ok: false, reason, message }`; it never reaches socket.io as an exception.
 */
export class LiveCommandError extends Error {
  constructor(
    readonly reason: LiveErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'LiveCommandError';
  }
}
