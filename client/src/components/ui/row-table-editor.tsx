import type { ReactNode } from 'react';
import { Button } from './button';
import { useRowList, type RowList } from './use-row-list';
import { TableWrap } from './table-wrap';

export interface RowTableColumn<T> {
  header: ReactNode;
  /** The cell's control; label it (aria-label) with the header, a table cell has no label of its own. */
  cell: (row: T, index: number, rows: RowList<T>) => ReactNode;
}

export interface RowTableEditorProps<T> {
  items: readonly T[];
  onChange: (next: T[]) => void;
  columns: readonly RowTableColumn<T>[];
  /** Makes the row that "add" appends (called at the click, so it may number the row). */
  create: () => T;
  addLabel: ReactNode;
  removeLabel: ReactNode;
  /** Fewest rows: the remove buttons are disabled at this count. */
  min?: number;
  className?: string;
}

/** Rows edited in a compact table: one control per cell, a remove button per row, an add button below. */
export function RowTableEditor<T>({
  items,
  onChange,
  columns,
  create,
  addLabel,
  removeLabel,
  min = 0,
  className = 'table table--compact',
}: RowTableEditorProps<T>) {
  const rows = useRowList(items, onChange);
  return (
    <>
      {/* Scrolls sideways on a phone rather than cutting the last columns off. */}
      <TableWrap>
        <table className={className}>
          <thead>
            <tr>
              {columns.map((column, j) => (
                <th key={j}>{column.header}</th>
              ))}
              <th />
            </tr>
          </thead>
          <tbody>
            {items.map((row, i) => (
              <tr key={i}>
                {columns.map((column, j) => (
                  <td key={j}>{column.cell(row, i, rows)}</td>
                ))}
                <td>
                  <Button variant="ghost" size="small" onClick={() => rows.remove(i)} disabled={items.length <= min}>
                    {removeLabel}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <Button size="small" onClick={() => rows.add(create())}>
        + {addLabel}
      </Button>
    </>
  );
}
