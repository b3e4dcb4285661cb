import { HttpException, Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError, ErrorCode } from './app-error.js';

const logger = new Logger('GraphQL');

/** Codes that Apollo and graphql-js produce themselves for malformed requests. */
const PASSTHROUGH_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  ...Object.values(ErrorCode),
]);

/**
 * Maps every error to a stable shape: `extensions.code` (+ `reason`, `details`
 * for our own errors). Unexpected errors are logged and replaced by a generic
 * message, so that no stack trace, SQL or internal detail reaches a client.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof AppError) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: {
        code: original.code,
        reason: original.reason,
        ...(original.details ? { details: original.details } : {}),
      },
    };
  }
  const httpStatus = httpStatusOf(original);
  if (httpStatus === 400) {
    return {
      message: formatted.message,
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'INVALID_INPUT' },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASSTHROUGH_CODES.has(code)) {
    const reason = formatted.extensions?.reason;
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code, ...(typeof reason === 'string' ? { reason } : {}) },
    };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

function httpStatusOf(error: unknown): number | undefined {
  return error instanceof HttpException ? error.getStatus() : undefined;
}
