import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { errorInfo } from './graphql-errors';

/** A user-facing sentence for a GraphQL error: `errors.<REASON>`, then `errors.<CODE>`, then generic. */
export function errorText(t: TFunction, error: CombinedError | null | undefined): string | null {
  const info = errorInfo(error);
  if (!info) return null;
  if (info.network) return t('errors.network');
  if (info.reason === 'RATE_LIMITED') {
    const seconds = info.details?.retryAfterSeconds;
    if (typeof seconds === 'number' && seconds > 0) {
      return seconds > 90
        ? t('errors.RATE_LIMITED_MINUTES', { count: Math.ceil(seconds / 60) })
        : t('errors.RATE_LIMITED_SECONDS', { count: Math.ceil(seconds) });
    }
  }
  const keys = [info.reason && `errors.${info.reason}`, info.code && `errors.${info.code}`, 'errors.generic'].filter(
    (k): k is string => Boolean(k),
  );
  return t(keys);
}
