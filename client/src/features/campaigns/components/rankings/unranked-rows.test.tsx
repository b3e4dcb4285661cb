import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LateRuleNote, UnrankedRows } from './unranked-rows';

const unit = (code: string, name: string) => ({ id: `u-${code}`, code, name });
const groups = [{ indicatorId: 'g1', code: 'I', title: 'Loa truyền thanh', subtotal: 0, maxPoints: 50 }];

describe('UnrankedRows', () => {
  it('shows a marked unit with its mark and the reason, and a late organiser with its deduction, without a rank', () => {
    render(
      <ol>
        <UnrankedRows
          mineId="u-T3"
          rows={[
            {
              sheetId: 's3',
              sheetStatus: 'DRAFT',
              reason: 'NOT_SUBMITTED',
              label: 'Không nộp',
              mark: 'NOT_SUBMITTED',
              markReason: 'Tổ trưởng đi vắng',
              total: null,
              pointsTotal: null,
              lateDays: 0,
              lateDeduction: 0,
              unit: unit('T3', 'Tổ dân phố 3'),
              groups,
            },
            {
              sheetId: 'svh',
              sheetStatus: 'APPROVED',
              reason: 'ORGANIZER',
              label: 'Đơn vị tổ chức – không xếp hạng',
              mark: null,
              markReason: null,
              total: 96,
              pointsTotal: 100,
              lateDays: 2,
              lateDeduction: 4,
              unit: unit('VH', 'Phòng Văn hóa - Xã hội'),
              groups,
            },
          ]}
        />
      </ol>,
    );
    const marked = screen.getByTestId('ranking-row-T3');
    expect(marked).toHaveClass('is-unranked', 'is-mine');
    expect(within(marked).getByTestId('ranking-mark-T3')).toHaveTextContent('Không nộp');
    expect(within(marked).getByTestId('ranking-mark-reason-T3')).toHaveTextContent('Lý do: Tổ trưởng đi vắng');
    expect(within(marked).getByLabelText('Không xếp hạng')).toHaveTextContent('–');
    const organiser = screen.getByTestId('ranking-row-VH');
    expect(organiser).toHaveTextContent('Đơn vị tổ chức – không xếp hạng');
    expect(organiser).toHaveTextContent('96');
    expect(organiser).toHaveTextContent('Nộp muộn 2 ngày: trừ 4 điểm (điểm tiêu chí 100)');
  });

  it('states the late rule beside the tie rule, and nothing when there is none', () => {
    const { rerender, container } = render(
      <LateRuleNote rule={{ kind: 'POINTS_PER_DAY', pointsPerDay: 2, maxPoints: 10 }} />,
    );
    expect(screen.getByTestId('ranking-late-rule')).toHaveTextContent('Nộp muộn trừ 2 điểm mỗi ngày, tối đa 10 điểm');
    rerender(<LateRuleNote rule={{ kind: 'NOT_RANKED', pointsPerDay: null, maxPoints: null }} />);
    expect(screen.getByTestId('ranking-late-rule')).toHaveTextContent('Phiếu nộp muộn không được xếp hạng');
    rerender(<LateRuleNote rule={{ kind: 'NONE', pointsPerDay: null, maxPoints: null }} />);
    expect(container).toBeEmptyDOMElement();
  });
});
