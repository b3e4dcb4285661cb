import { AppError, ErrorCode } from '../../common/errors/app-error.js';

export type PeopleErrorReason =
  | 'PERSON_NOT_FOUND'
  | 'PERSON_OUT_OF_SCOPE'
  | 'PERSON_DUPLICATE'
  | 'PERSON_INVALID'
  | 'UNKNOWN_POPULATION_KIND'
  /** A code, or a name + birth year, that does not confirm anyone: says nothing about which part was wrong. */
  | 'IDENTITY_NOT_CONFIRMED'
  | 'RATE_LIMITED';

const CODES: Record<PeopleErrorReason, ErrorCode> = {
  PERSON_NOT_FOUND: ErrorCode.NOT_FOUND,
  PERSON_OUT_OF_SCOPE: ErrorCode.FORBIDDEN,
  PERSON_DUPLICATE: ErrorCode.CONFLICT,
  PERSON_INVALID: ErrorCode.BAD_USER_INPUT,
  UNKNOWN_POPULATION_KIND: ErrorCode.BAD_USER_INPUT,
  IDENTITY_NOT_CONFIRMED: ErrorCode.BAD_USER_INPUT,
  RATE_LIMITED: ErrorCode.TOO_MANY_REQUESTS,
};

export class PeopleError extends AppError<PeopleErrorReason> {
  get code(): ErrorCode {
    return CODES[this.reason];
  }
}
