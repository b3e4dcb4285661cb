import type { CombinedError } from 'urql';

export interface ErrorInfo {
  code?: string;
  reason?: string;
  details?: Record<string, unknown>;
  message: string;
  network: boolean;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
}

/** The first GraphQL error's `extensions.code`, `reason` and `details`, or a network error. */
export function errorInfo(error: CombinedError | null | undefined): ErrorInfo | null {
  if (!error) return null;
  const first = error.graphQLErrors[0];
  if (first) {
    const ext = asRecord(first.extensions) ?? {};
    return {
      code: typeof ext.code === 'string' ? ext.code : undefined,
      reason: typeof ext.reason === 'string' ? ext.reason : undefined,
      details: asRecord(ext.details),
      message: first.message,
      network: false,
    };
  }
  return { message: error.message, network: Boolean(error.networkError) };
}

/** Codes that mean "your access token is no good": worth one refresh and a retry. */
export const REFRESHABLE_REASONS = new Set(['TOKEN_INVALID', 'NOT_SIGNED_IN', 'TOKEN_EXPIRED']);
