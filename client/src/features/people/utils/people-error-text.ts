import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { errorText } from '../../../lib/error-text';
import { errorInfo } from '../../../lib/graphql-errors';

/** A people error in words: `people.errors.<REASON>` first, then the app's usual error text. */
export function peopleErrorText(t: TFunction, error: CombinedError | null | undefined): string | null {
  const reason = errorInfo(error)?.reason;
  if (reason && t(`people.errors.${reason}`, { defaultValue: '' })) return t(`people.errors.${reason}`);
  return errorText(t, error);
}
