import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Vietnamese order for names (Ấp before Bình, Đ after D), whatever the page's language. */
export const viCollator = new Intl.Collator('vi', { numeric: true });

export interface SortableColumn<T> {
  key: string;
  header: string;
  /** What the column sorts by: text in Vietnamese order, numbers by value. */
  value: (row: T) => string | number;
  /** The cell (the value by default). */
  render?: (row: T) => ReactNode;
  numeric?: boolean;
}

export interface SortableTableProps<T> {
  columns: readonly SortableColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** The column sorted by first (ascending), e.g. the name. */
  initialSort: string;
  caption: string;
  testId: string;
}

/**
 * A table whose headers sort it (a second tap reverses), text by Intl.Collator('vi'),
 * numbers by value; it scrolls sideways on a phone instead of squeezing its columns.
 */
export function SortableTable<T>({ columns, rows, rowKey, initialSort, caption, testId }: SortableTableProps<T>) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<{ key: string; descending: boolean }>({ key: initialSort, descending: false });
  const sorted = useMemo(() => {
    const column = columns.find((c) => c.key === sort.key);
    if (!column) return rows;
    const compare = (a: T, b: T) => {
      const x = column.value(a);
      const y = column.value(b);
      return typeof x === 'number' && typeof y === 'number' ? x - y : viCollator.compare(String(x), String(y));
    };
    // A stable sort keeps the server's order (block, then position) among equals.
    return [...rows].sort((a, b) => (sort.descending ? compare(b, a) : compare(a, b)));
  }, [columns, rows, sort]);

  return (
    <div className="table-wrap adb-table-wrap">
      <table className="table table--compact adb-table" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const active = sort.key === c.key;
              return (
                <th
                  key={c.key}
                  scope="col"
                  className={c.numeric ? 'num' : undefined}
                  aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
                >
                  <button
                    type="button"
                    className="adb-sort"
                    onClick={() => setSort({ key: c.key, descending: active ? !sort.descending : c.numeric === true })}
                    aria-label={t('activities.dashboard.sortBy', { column: c.header })}
                    data-testid={`${testId}-sort-${c.key}`}
                  >
                    {c.header}
                    <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)} data-testid={`${testId}-row`}>
              {columns.map((c, i) =>
                i === 0 ? (
                  <th key={c.key} scope="row">
                    {c.render ? c.render(row) : c.value(row)}
                  </th>
                ) : (
                  <td key={c.key} className={c.numeric ? 'num' : undefined}>
                    {c.render ? c.render(row) : c.value(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
