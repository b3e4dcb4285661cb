import { AppError, ErrorCode } from '../../common/errors/app-error.js';
import type { RateLimiter } from '../../common/rate-limit/rate-limiter.js';

export type ContestsErrorReason =
  | 'CONTEST_NOT_FOUND'
  | 'CONTEST_INVALID'
  | 'CONTEST_NOT_OPEN'
  | 'CONTEST_LOCKED'
  | 'ROUND_NOT_FOUND'
  | 'NO_CURRENT_ROUND'
  | 'UNIT_NOT_ELIGIBLE'
  | 'PHONE_INVALID'
  | 'CONSENT_REQUIRED'
  | 'BIRTH_YEAR_MISMATCH'
  | 'ROSTER_REQUIRED'
  | 'IDENTITY_REQUIRED'
  | 'ENTRANT_CODE_REQUIRED'
  | 'ENTRANT_CODE_INVALID'
  | 'ENTRANT_NOT_FOUND'
  | 'NOT_A_WINNER'
  | 'PHONE_NOT_KEPT'
  | 'ENTRANT_TOKEN_INVALID'
  | 'ATTEMPT_TOKEN_INVALID'
  | 'ATTEMPTS_EXHAUSTED'
  | 'ATTEMPT_IN_PROGRESS'
  | 'ATTEMPT_TIME_UP'
  | 'ATTEMPT_SUBMITTED'
  | 'ATTEMPT_NOT_SUBMITTED'
  | 'QUESTION_INDEX_INVALID'
  | 'NOT_ENOUGH_QUESTIONS'
  | 'FLAG_NOT_FOUND'
  | 'RATE_LIMITED';

const CODES: Record<ContestsErrorReason, ErrorCode> = {
  CONTEST_NOT_FOUND: ErrorCode.NOT_FOUND,
  CONTEST_INVALID: ErrorCode.BAD_USER_INPUT,
  CONTEST_NOT_OPEN: ErrorCode.CONFLICT,
  CONTEST_LOCKED: ErrorCode.CONFLICT,
  ROUND_NOT_FOUND: ErrorCode.NOT_FOUND,
  NO_CURRENT_ROUND: ErrorCode.CONFLICT,
  UNIT_NOT_ELIGIBLE: ErrorCode.BAD_USER_INPUT,
  PHONE_INVALID: ErrorCode.BAD_USER_INPUT,
  CONSENT_REQUIRED: ErrorCode.BAD_USER_INPUT,
  BIRTH_YEAR_MISMATCH: ErrorCode.CONFLICT,
  ROSTER_REQUIRED: ErrorCode.BAD_USER_INPUT,
  IDENTITY_REQUIRED: ErrorCode.BAD_USER_INPUT,
  ENTRANT_CODE_REQUIRED: ErrorCode.BAD_USER_INPUT,
  ENTRANT_CODE_INVALID: ErrorCode.BAD_USER_INPUT,
  ENTRANT_NOT_FOUND: ErrorCode.NOT_FOUND,
  NOT_A_WINNER: ErrorCode.FORBIDDEN,
  PHONE_NOT_KEPT: ErrorCode.CONFLICT,
  ENTRANT_TOKEN_INVALID: ErrorCode.UNAUTHENTICATED,
  ATTEMPT_TOKEN_INVALID: ErrorCode.UNAUTHENTICATED,
  ATTEMPTS_EXHAUSTED: ErrorCode.CONFLICT,
  ATTEMPT_IN_PROGRESS: ErrorCode.CONFLICT,
  ATTEMPT_TIME_UP: ErrorCode.CONFLICT,
  ATTEMPT_SUBMITTED: ErrorCode.CONFLICT,
  ATTEMPT_NOT_SUBMITTED: ErrorCode.CONFLICT,
  QUESTION_INDEX_INVALID: ErrorCode.BAD_USER_INPUT,
  NOT_ENOUGH_QUESTIONS: ErrorCode.CONFLICT,
  FLAG_NOT_FOUND: ErrorCode.NOT_FOUND,
  RATE_LIMITED: ErrorCode.TOO_MANY_REQUESTS,
};

export class ContestsError extends AppError<ContestsErrorReason> {
  get code(): ErrorCode {
    return CODES[this.reason];
  }
}

/** The refusal of a rate-limited request, with when to try again. */
export function rateLimited(limiter: RateLimiter, key: string): ContestsError {
  return new ContestsError('RATE_LIMITED', 'Too many requests; wait a moment and try again', {
    retryAfterSeconds: limiter.retryAfterSeconds(key),
  });
}
