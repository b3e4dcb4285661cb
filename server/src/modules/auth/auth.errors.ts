import { AppError, ErrorCode } from '../../common/errors/app-error.js';

export type AuthErrorReason = 'INVALID_CREDENTIALS' | 'RATE_LIMITED' | 'TOKEN_INVALID';

const CODES: Record<AuthErrorReason, ErrorCode> = {
  INVALID_CREDENTIALS: ErrorCode.UNAUTHENTICATED,
  RATE_LIMITED: ErrorCode.TOO_MANY_REQUESTS,
  TOKEN_INVALID: ErrorCode.UNAUTHENTICATED,
};

export class AuthError extends AppError<AuthErrorReason> {
  get code(): ErrorCode {
    return CODES[this.reason];
  }
}
