import type { TFunction } from 'i18next';
import type { RowError } from '../../../components/import-error-table';

/**
 * A roster file's row errors in the user's words. Some reasons share a name with the
 * units import (MISSING_NAME, UNKNOWN_POPULATION_KIND) but mean a person's field here, so
 * the roster's own texts (`people.importErrors.<REASON>`) are put in the message and the
 * reason is made the table's unknown, which then shows the message.
 */
export function rosterRowErrors(t: TFunction, errors: readonly RowError[]): RowError[] {
  return errors.map((error) => {
    const text = t(`people.importErrors.${error.reason}`, { defaultValue: '', column: error.column ?? '' });
    return text ? { ...error, reason: `ROSTER.${error.reason}`, message: text } : error;
  });
}
