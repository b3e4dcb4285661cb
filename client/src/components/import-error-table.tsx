import { useTranslation } from 'react-i18next';

/** One bad row of an import, as every import mutation reports it (`ImportRowError`). */
export interface RowError {
  line: number;
  column: string | null;
  reason: string;
  message: string;
}

interface ImportErrorTableProps {
  errors: readonly RowError[];
  /** The sentence above the table, e.g. "3 lỗi, chưa có gì được nhập". */
  title: string;
  testId?: string;
  rowTestId?: string;
}

/**
 * Every bad row of an import: line, column and a reason translated from
 * `importErrors.<reason>`, with the server's own message as the fallback.
 */
export function ImportErrorTable({
  errors,
  title,
  testId = 'import-errors',
  rowTestId = 'import-error-row',
}: ImportErrorTableProps) {
  const { t } = useTranslation();
  return (
    <div className="import-errors">
      <p className="alert alert-error" role="alert">
        {title}
      </p>
      <div className="table-wrap">
        <table className="table" data-testid={testId}>
          <caption className="sr-only">{t('import.errorsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.col.line')}</th>
              <th scope="col">{t('import.col.column')}</th>
              <th scope="col">{t('import.col.error')}</th>
            </tr>
          </thead>
          <tbody>
            {errors.map((error, index) => (
              <tr key={`${error.line}-${error.column ?? ''}-${index}`} data-testid={rowTestId}>
                <td className="num" data-label={t('import.col.line')}>
                  {error.line > 0 ? error.line : '—'}
                </td>
                <td data-label={t('import.col.column')}>{error.column ?? '—'}</td>
                <td data-label={t('import.col.error')}>
                  {t(`importErrors.${error.reason}`, { defaultValue: error.message, column: error.column ?? '' })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Row errors sometimes travel in a GraphQL error's `extensions.details.errors`. */
export function rowErrorsFromDetails(details: Record<string, unknown> | undefined): RowError[] {
  const list = details?.errors;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    if (!item || typeof item !== 'object') return [];
    const e = item as Record<string, unknown>;
    if (typeof e.reason !== 'string') return [];
    return [
      {
        line: typeof e.line === 'number' ? e.line : 0,
        column: typeof e.column === 'string' ? e.column : null,
        reason: e.reason,
        message: typeof e.message === 'string' ? e.message : e.reason,
      },
    ];
  });
}
