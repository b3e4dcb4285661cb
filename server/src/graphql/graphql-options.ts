import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from '../config/app-config.js';
import { formatGraphqlError } from '../common/errors/format-graphql-error.js';
import { queryLimitsRule } from './query-limits.js';

/** Longest query text accepted, in characters: far above any query the client sends. */
export const MAX_QUERY_LENGTH = 12_000;

/**
 * Refuses overlong query texts before Apollo parses them (express middleware on
 * /graphql): parsing is the one cost a validation rule cannot cap.
 */
export function rejectLongQueries(req: Request, res: Response, next: NextFunction): void {
  const query: unknown = (req.body as { query?: unknown } | undefined)?.query;
  if (typeof query === 'string' && query.length > MAX_QUERY_LENGTH) {
    res.status(400).json({
      errors: [
        {
          message: `Query is longer than ${MAX_QUERY_LENGTH} characters`,
          extensions: { code: 'BAD_REQUEST', reason: 'QUERY_TOO_LONG' },
        },
      ],
    });
    return;
  }
  next();
}

/**
 * GraphQL over Apollo Server 5: code-first schema (printed to schema.gql by
 * `npm run codegen`), CSRF prevention (clients must send a preflight header),
 * no batching, limits on depth, aliases, cost and length, no introspection in
 * production, and one error format.
 */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: config.env !== 'production',
    // In production, validation errors do not suggest field names ("Did you mean …?").
    hideSchemaDetailsFromClientErrors: config.env === 'production',
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: [queryLimitsRule()],
    formatError: formatGraphqlError,
    context: ({ req }: { req: Request }) => ({ req }),
  };
}
