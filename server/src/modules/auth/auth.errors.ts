import { AppError, ErrorCode } from '../../common/errors/app-error.js';

export type AuthErrorReason =
  'INVALID_CREDENTIALS' | 'RATE_LIMITED' | 'TOKEN_INVALID' | 'WRONG_CURRENT_PASSWORD' | 'SAME_PASSWORD';

const CODES: Record<AuthErrorReason, ErrorCode> = {
  INVALID_CREDENTIALS: ErrorCode.UNAUTHENTICATED,
  RATE_LIMITED: ErrorCode.TOO_MANY_REQUESTS,
  TOKEN_INVALID: ErrorCode.UNAUTHENTICATED,
  WRONG_CURRENT_PASSWORD: ErrorCode.BAD_USER_INPUT,
  SAME_PASSWORD: ErrorCode.BAD_USER_INPUT,
};

export class AuthError extends AppError<AuthErrorReason> {
  get code(): ErrorCode {
    return CODES[this.reason];
  }
}
