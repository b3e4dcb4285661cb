import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { errorText } from '../../../lib/error-text';
import { errorInfo } from '../../../lib/graphql-errors';

/** The contest's own reasons (`contests.errors.<REASON>`) first, then the app's generic texts. */
export function contestErrorText(t: TFunction, error: CombinedError | null | undefined): string | null {
  const info = errorInfo(error);
  if (!info) return null;
  if (!info.network && info.reason && info.reason !== 'RATE_LIMITED') {
    const key = `contests.errors.${info.reason}`;
    const text = t(key, { ...info.details, defaultValue: '' });
    if (text) return text;
  }
  return errorText(t, error);
}

/** The reason code of a GraphQL error, e.g. ATTEMPT_TIME_UP. */
export function errorReason(error: CombinedError | null | undefined): string | undefined {
  return errorInfo(error)?.reason;
}

export function isNetworkError(error: CombinedError | null | undefined): boolean {
  return Boolean(errorInfo(error)?.network);
}
