/**
 * The error codes clients see in `extensions.code`. Each module throws its own
 * subclass of AppError with a module-specific `reason` (which the client
 * translates), and this table is the one place that maps them to GraphQL codes.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

export abstract class AppError<Reason extends string = string> extends Error {
  abstract readonly code: ErrorCode;

  constructor(
    /** Stable machine-readable reason, e.g. `UNIT_CODE_TAKEN`; the client translates it. */
    readonly reason: Reason,
    message: string,
    /** Extra facts for the client (field names, row errors...). Never secrets. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Errors of the cross-cutting layers (authentication, authorization, limits, validation). */
export type CommonReason =
  'NOT_SIGNED_IN' | 'TOKEN_INVALID' | 'ROLE_REQUIRED' | 'RATE_LIMITED' | 'INVALID_INPUT' | 'NOT_FOUND';

export class UnauthenticatedError extends AppError<CommonReason> {
  readonly code = ErrorCode.UNAUTHENTICATED;
}
export class ForbiddenError extends AppError {
  readonly code = ErrorCode.FORBIDDEN;
}
export class TooManyRequestsError extends AppError<CommonReason> {
  readonly code = ErrorCode.TOO_MANY_REQUESTS;
}
export class InvalidInputError extends AppError {
  readonly code = ErrorCode.BAD_USER_INPUT;
}
export class NotFoundError extends AppError {
  readonly code = ErrorCode.NOT_FOUND;
}
export class ConflictError extends AppError<string> {
  readonly code = ErrorCode.CONFLICT;
}
