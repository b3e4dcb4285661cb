import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { useRowList, type RowList } from './use-row-list';

export interface RowListEditorProps<T> {
  items: readonly T[];
  onChange: (next: T[]) => void;
  /** Makes the row that "add" appends. */
  create: () => T;
  /** The row's own controls; `rows` is the list API for anything beyond the standard buttons. */
  renderRow: (row: T, index: number, rows: RowList<T>) => ReactNode;
  rowKey?: (row: T, index: number) => string | number;
  /** What a row is called in the buttons' labels ("Xóa {{name}} 2"); "dòng" by default. */
  rowName?: string;
  addLabel?: ReactNode;
  empty?: ReactNode;
  /** Fewest rows: the remove button is disabled at this count. */
  min?: number;
  /** Most rows: the add button is hidden at this count. */
  max?: number;
  reorderable?: boolean;
  disabled?: boolean;
  className?: string;
  testId?: string;
}

/** A list of editable rows with accessible add, remove and move up/down buttons. */
export function RowListEditor<T>({
  items,
  onChange,
  create,
  renderRow,
  rowKey,
  rowName,
  addLabel,
  empty,
  min = 0,
  max,
  reorderable = true,
  disabled = false,
  className,
  testId,
}: RowListEditorProps<T>) {
  const { t } = useTranslation();
  const rows = useRowList(items, onChange);
  const name = rowName ?? t('common.rowList.row');
  return (
    <div className={className ? `row-list ${className}` : 'row-list'} data-testid={testId}>
      {items.length === 0 ? (
        <p className="empty">{empty ?? t('common.rowList.empty')}</p>
      ) : (
        <ol className="row-list__rows">
          {items.map((row, index) => (
            <li key={rowKey ? rowKey(row, index) : index} className="row-list__row">
              <div className="row-list__content">{renderRow(row, index, rows)}</div>
              <div className="row-list__buttons">
                {reorderable && (
                  <>
                    <Button
                      variant="ghost"
                      size="small"
                      disabled={disabled || index === 0}
                      aria-label={t('common.rowList.moveUp', { name, n: index + 1 })}
                      onClick={() => rows.moveUp(index)}
                    >
                      <span aria-hidden="true">↑</span>
                    </Button>
                    <Button
                      variant="ghost"
                      size="small"
                      disabled={disabled || index === items.length - 1}
                      aria-label={t('common.rowList.moveDown', { name, n: index + 1 })}
                      onClick={() => rows.moveDown(index)}
                    >
                      <span aria-hidden="true">↓</span>
                    </Button>
                  </>
                )}
                <Button
                  variant="ghost"
                  size="small"
                  className="btn-danger-text"
                  disabled={disabled || items.length <= min}
                  aria-label={t('common.rowList.remove', { name, n: index + 1 })}
                  onClick={() => rows.remove(index)}
                >
                  <span aria-hidden="true">✕</span>
                </Button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {(max === undefined || items.length < max) && (
        <Button variant="secondary" size="small" disabled={disabled} onClick={() => rows.add(create())}>
          + {addLabel ?? t('common.rowList.add')}
        </Button>
      )}
    </div>
  );
}
