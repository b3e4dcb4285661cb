import { AppError, ErrorCode } from '../../common/errors/app-error.js';

export type PeopleErrorReason =
  | 'PERSON_NOT_FOUND'
  | 'PERSON_OUT_OF_SCOPE'
  | 'PERSON_DUPLICATE'
  | 'PERSON_INVALID'
  | 'PERSON_ERASED'
  | 'PHONE_NOT_AVAILABLE'
  | 'UNIT_NOT_FOUND'
  | 'UNKNOWN_POPULATION_KIND'
  | 'CONTEST_NOT_FOUND'
  | 'LIVE_GAME_NOT_FOUND'
  /** A code, or a name + birth year, that does not confirm anyone: says nothing about which part was wrong. */
  | 'IDENTITY_NOT_CONFIRMED'
  | 'RATE_LIMITED';

const CODES: Record<PeopleErrorReason, ErrorCode> = {
  PERSON_NOT_FOUND: ErrorCode.NOT_FOUND,
  PERSON_OUT_OF_SCOPE: ErrorCode.FORBIDDEN,
  PERSON_DUPLICATE: ErrorCode.CONFLICT,
  PERSON_INVALID: ErrorCode.BAD_USER_INPUT,
  PERSON_ERASED: ErrorCode.CONFLICT,
  PHONE_NOT_AVAILABLE: ErrorCode.NOT_FOUND,
  UNIT_NOT_FOUND: ErrorCode.NOT_FOUND,
  UNKNOWN_POPULATION_KIND: ErrorCode.BAD_USER_INPUT,
  CONTEST_NOT_FOUND: ErrorCode.NOT_FOUND,
  LIVE_GAME_NOT_FOUND: ErrorCode.NOT_FOUND,
  IDENTITY_NOT_CONFIRMED: ErrorCode.BAD_USER_INPUT,
  RATE_LIMITED: ErrorCode.TOO_MANY_REQUESTS,
};

export class PeopleError extends AppError<PeopleErrorReason> {
  get code(): ErrorCode {
    return CODES[this.reason];
  }
}
