import { AppError, ErrorCode } from '../../common/errors/app-error.js';

export type UsersErrorReason =
  'USER_NOT_FOUND' | 'USERNAME_TAKEN' | 'UNIT_REQUIRED' | 'UNIT_NOT_ALLOWED' | 'WEAK_PASSWORD';

const CODES: Record<UsersErrorReason, ErrorCode> = {
  USER_NOT_FOUND: ErrorCode.NOT_FOUND,
  USERNAME_TAKEN: ErrorCode.CONFLICT,
  UNIT_REQUIRED: ErrorCode.BAD_USER_INPUT,
  UNIT_NOT_ALLOWED: ErrorCode.BAD_USER_INPUT,
  WEAK_PASSWORD: ErrorCode.BAD_USER_INPUT,
};

export class UsersError extends AppError<UsersErrorReason> {
  get code(): ErrorCode {
    return CODES[this.reason];
  }
}
