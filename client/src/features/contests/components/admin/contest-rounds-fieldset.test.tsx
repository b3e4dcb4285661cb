import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ContestRoundsFieldset } from './contest-rounds-fieldset';
import type { RoundRow } from '../../utils/contest-form-state';

function Harness({ onChange }: { onChange: (rounds: RoundRow[]) => void }) {
  const [rounds, setRounds] = useState<RoundRow[]>([
    { name: 'Đợt 1', startsAt: '2026-12-07T08:00', endsAt: '2026-12-14T08:00' },
  ]);
  return (
    <ContestRoundsFieldset
      rounds={rounds}
      disabled={false}
      onChange={(next) => {
        onChange(next);
        setRounds(next);
      }}
    />
  );
}

describe('contest round dates', () => {
  it('shows and reads them as dd/mm/yyyy hh:mm, whatever the browser language', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const start = screen.getByLabelText('Bắt đầu');
    expect(start).toHaveValue('07/12/2026 08:00');
    expect(start).toHaveAttribute('type', 'text');
    expect(screen.getByLabelText('Kết thúc')).toHaveValue('14/12/2026 08:00');

    await user.clear(start);
    await user.type(start, '1/2/2027 7:30');
    expect(onChange).toHaveBeenLastCalledWith([
      { name: 'Đợt 1', startsAt: '2027-02-01T07:30', endsAt: '2026-12-14T08:00' },
    ]);
    await user.tab();
    expect(start).toHaveValue('01/02/2027 07:30');
  });

  it('marks a day that does not exist and, on leaving, shows again the date that will be saved', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const end = screen.getByLabelText('Kết thúc');
    await user.clear(end);
    await user.type(end, '31/02/2027');
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('ngày/tháng/năm giờ:phút');
    expect(onChange).not.toHaveBeenCalled();
    await user.tab();
    expect(end).toHaveValue('14/12/2026 08:00');
    expect(end).not.toHaveAttribute('aria-invalid');
  });

  it('keeps a round date that is emptied: a round needs both', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const start = screen.getByLabelText('Bắt đầu');
    expect(start).toHaveAttribute('inputmode', 'numeric');
    await user.clear(start);
    expect(start).toHaveAttribute('aria-invalid', 'true');
    expect(onChange).not.toHaveBeenCalled();
    await user.tab();
    expect(start).toHaveValue('07/12/2026 08:00');
  });
});
