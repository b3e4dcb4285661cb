import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { RowListEditor } from './row-list-editor';
import { rowListOps } from './use-row-list';

interface Row {
  id: number;
  text: string;
}

function Harness({ initial }: { initial: Row[] }) {
  const [rows, setRows] = useState(initial);
  let next = 100;
  return (
    <RowListEditor
      items={rows}
      onChange={setRows}
      create={() => ({ id: next++, text: '' })}
      rowKey={(row) => row.id}
      rowName="phương án"
      addLabel="Thêm phương án"
      min={1}
      renderRow={(row, i, list) => (
        <input
          aria-label={`Phương án ${i + 1}`}
          value={row.text}
          onChange={(e) => list.update(i, { text: e.target.value })}
        />
      )}
    />
  );
}

const texts = () => screen.getAllByRole('textbox').map((el) => (el as HTMLInputElement).value);

describe('rowListOps', () => {
  it('moves within bounds and leaves the list alone past an end', () => {
    expect(rowListOps.move([1, 2, 3], 0, 1)).toEqual([2, 1, 3]);
    expect(rowListOps.move([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
    expect(rowListOps.remove([1, 2, 3], 1)).toEqual([1, 3]);
  });
});

describe('RowListEditor', () => {
  it('adds, edits, moves and removes rows with labelled buttons', async () => {
    const user = userEvent.setup();
    render(<Harness initial={[{ id: 1, text: 'A' }]} />);
    await user.click(screen.getByRole('button', { name: '+ Thêm phương án' }));
    await user.type(screen.getByLabelText('Phương án 2'), 'B');
    expect(texts()).toEqual(['A', 'B']);

    await user.click(screen.getByRole('button', { name: 'Đưa phương án 2 lên' }));
    expect(texts()).toEqual(['B', 'A']);
    expect(screen.getByRole('button', { name: 'Đưa phương án 1 lên' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Xóa phương án 1' }));
    expect(texts()).toEqual(['A']);
    // At the minimum the last row cannot be removed.
    expect(screen.getByRole('button', { name: 'Xóa phương án 1' })).toBeDisabled();
  });

  it('says so when there are no rows', () => {
    render(<RowListEditor items={[]} onChange={() => {}} create={() => 0} renderRow={() => null} />);
    expect(screen.getByText('Chưa có dòng nào.')).toBeInTheDocument();
    expect(within(document.body).getByRole('button', { name: '+ Thêm dòng' })).toBeEnabled();
  });
});
