import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { errorText } from '../../../lib/error-text';
import { errorInfo } from '../../../lib/graphql-errors';

/**
 * A people error in words: `people.errors.<REASON>` first, then the app's usual error text.
 * A refused person (PERSON_INVALID) names each field problem, in the roster file's words.
 */
export function peopleErrorText(t: TFunction, error: CombinedError | null | undefined): string | null {
  const info = errorInfo(error);
  const reason = info?.reason;
  if (reason === 'PERSON_INVALID' && Array.isArray(info?.details?.problems)) {
    const problems = (info.details.problems as unknown[]).flatMap((p) => {
      const r = p && typeof p === 'object' ? (p as Record<string, unknown>).reason : undefined;
      const text = typeof r === 'string' ? t(`people.importErrors.${r}`, { defaultValue: '', column: '' }) : '';
      return text ? [text] : [];
    });
    if (problems.length > 0) return problems.join(' ');
  }
  if (reason && t(`people.errors.${reason}`, { defaultValue: '' })) return t(`people.errors.${reason}`);
  return errorText(t, error);
}
