import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderUi } from '../../../../test/render';
import { UnitPicker, type PickableUnit } from './unit-picker';

const units: PickableUnit[] = [
  { id: 'ward', code: 'PHUONG', name: 'Phường Hải An', parentId: null },
  { id: 'tdp', code: 'TDP-03', name: 'Tổ dân phố số 3', parentId: 'ward' },
  { id: 'school', code: 'THCS-DL', name: 'Trường THCS Đằng Lâm', parentId: 'ward' },
  ...Array.from({ length: 40 }, (_, i) => ({
    id: `c${i}`,
    code: `LOP-${i}`,
    name: `Lớp ${i + 1}`,
    parentId: 'school',
  })),
];

describe('UnitPicker', () => {
  it('lists no unit before a search, never the whole tree inline', () => {
    renderUi(<UnitPicker units={units} value={null} onChange={vi.fn()} />);
    expect(screen.getByTestId('register-unit-hint')).toBeInTheDocument();
    expect(screen.queryByTestId('register-unit-TDP-03')).not.toBeInTheDocument();
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
  });

  it('finds names with diacritics from a search without them, đ as d', async () => {
    const onChange = vi.fn();
    const { user } = renderUi(<UnitPicker units={units} value={null} onChange={onChange} />);
    await user.type(screen.getByTestId('register-unit-search'), 'to dan pho 3');
    expect(screen.getAllByRole('radio')).toHaveLength(1);
    await user.click(screen.getByTestId('register-unit-TDP-03'));
    expect(onChange).toHaveBeenCalledWith('tdp');
    await user.clear(screen.getByTestId('register-unit-search'));
    await user.type(screen.getByTestId('register-unit-search'), 'dang lam');
    expect(screen.getByTestId('register-unit-THCS-DL')).toBeInTheDocument();
  });

  it('lists at most 30 matches and says how many more a narrower search would reach', async () => {
    const { user } = renderUi(<UnitPicker units={units} value={null} onChange={vi.fn()} />);
    await user.type(screen.getByTestId('register-unit-search'), 'lop');
    expect(screen.getAllByRole('radio')).toHaveLength(30);
    expect(screen.getByTestId('register-unit-more')).toHaveTextContent('10');
  });
});
