import type { CampaignBoardBlock } from '@thidua/shared';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BoardBlock } from './board-block';

const block: CampaignBoardBlock = {
  blockId: 'b1',
  name: 'Khối tổ dân phố',
  criteriaSetName: 'Bộ tiêu chí tổ dân phố',
  rows: [
    {
      rank: 1,
      unitId: 'u1',
      unitCode: 'TDP-01',
      unitName: 'Tổ dân phố 1',
      total: 88,
      titleName: 'Tổ dân phố văn hóa',
      statusLabel: 'Đã thẩm định',
      lateDeduction: 4,
    },
  ],
  unranked: [
    {
      unitId: 'u2',
      unitCode: 'TDP-02',
      unitName: 'Tổ dân phố 2',
      reason: 'NOT_SUBMITTED',
      label: 'Không nộp',
      statusLabel: 'Đang chấm',
    },
    {
      unitId: 'u3',
      unitCode: 'VH',
      unitName: 'Phòng Văn hóa - Xã hội',
      reason: 'ORGANIZER',
      label: 'Đơn vị tổ chức – không xếp hạng',
      statusLabel: 'Đã thẩm định',
    },
  ],
};

describe('BoardBlock', () => {
  it('lists the units that are not ranked after the ranking, with their label and no rank or total', () => {
    render(<BoardBlock block={block} changeOf={() => undefined} />);
    const rows = screen.getAllByTestId(/^board-row-/);
    expect(rows.map((r) => r.dataset.testid)).toEqual(['board-row-TDP-01', 'board-row-TDP-02', 'board-row-VH']);
    expect(screen.getByTestId('board-total-TDP-01')).toHaveTextContent('88');
    expect(screen.getByTestId('board-late-TDP-01')).toHaveTextContent('trừ 4 điểm nộp muộn');
    const marked = screen.getByTestId('board-row-TDP-02');
    expect(marked).toHaveClass('is-unranked');
    expect(within(marked).getByTestId('board-mark-TDP-02')).toHaveTextContent('Không nộp');
    expect(within(marked).queryByText('Đang chấm')).toBeNull();
    expect(within(marked).queryByTestId('board-total-TDP-02')).toBeNull();
    const organiser = screen.getByTestId('board-row-VH');
    expect(organiser).toHaveTextContent('Đơn vị tổ chức – không xếp hạng');
    expect(organiser).toHaveTextContent('Đã thẩm định');
    expect(screen.queryByText('Chưa có bảng nào được thẩm định.')).toBeNull();
  });
});
