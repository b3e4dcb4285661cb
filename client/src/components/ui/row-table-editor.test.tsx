import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { RowTableEditor } from './row-table-editor';

function Rounds({ initial }: { initial: string[] }) {
  const [rounds, setRounds] = useState(initial);
  return (
    <>
      <RowTableEditor
        items={rounds}
        onChange={setRounds}
        min={1}
        create={() => `Đợt ${rounds.length + 1}`}
        addLabel="Thêm đợt"
        removeLabel="Bỏ"
        columns={[
          {
            header: 'Tên đợt',
            cell: (name, i, rows) => (
              <input aria-label="Tên đợt" value={name} onChange={(e) => rows.replace(i, e.target.value)} />
            ),
          },
        ]}
      />
      <output>{rounds.join('|')}</output>
    </>
  );
}

describe('RowTableEditor', () => {
  it('edits, adds and removes rows, keeping the fewest allowed', async () => {
    const user = userEvent.setup();
    render(<Rounds initial={['Đợt 1']} />);
    expect(screen.getByRole('columnheader', { name: 'Tên đợt' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Bỏ' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: '+ Thêm đợt' }));
    expect(screen.getByRole('status')).toHaveTextContent('Đợt 1|Đợt 2');
    const [, second] = screen.getAllByLabelText('Tên đợt');
    await user.clear(second);
    await user.type(second, 'Chung kết');
    expect(screen.getByRole('status')).toHaveTextContent('Đợt 1|Chung kết');
    await user.click(screen.getAllByRole('button', { name: 'Bỏ' })[0]);
    expect(screen.getByRole('status')).toHaveTextContent(/^Chung kết$/);
    expect(screen.getByRole('button', { name: 'Bỏ' })).toBeDisabled();
  });
});
