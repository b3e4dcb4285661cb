import type { ReactNode } from 'react';
import { TableWrap } from './table-wrap';

export interface DataTableColumn<T> {
  key: string;
  header: ReactNode;
  render: (row: T, index: number) => ReactNode;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  width?: string;
  /** The cell names its row (`<th scope="row">`), e.g. the first column of a glossary. */
  rowHeader?: boolean;
}

export interface DataTableProps<T> {
  columns: readonly DataTableColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T, index: number) => string | number;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
  caption?: ReactNode;
  compact?: boolean;
  className?: string;
  testId?: string;
  rowTestId?: (row: T) => string | undefined;
}

/** A scrollable `.table` of rows, one cell per column's `render`. */
export function DataTable<T>({
  columns,
  rows,
  rowKey,
  empty,
  caption,
  compact = false,
  className,
  testId,
  rowTestId,
}: DataTableProps<T>) {
  if (rows.length === 0 && empty !== undefined) return <p className="empty">{empty}</p>;
  const tableClass = ['table', compact && 'table--compact', className].filter(Boolean).join(' ');
  return (
    <TableWrap label={typeof caption === 'string' ? caption : undefined}>
      <table className={tableClass} data-testid={testId}>
        {caption !== undefined && <caption>{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={column.numeric ? 'num' : undefined}
                style={column.width ? { width: column.width } : undefined}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)} data-testid={rowTestId?.(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.key} scope="row" className={column.numeric ? 'num' : undefined}>
                    {column.render(row, index)}
                  </th>
                ) : (
                  <td key={column.key} className={column.numeric ? 'num' : undefined}>
                    {column.render(row, index)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
