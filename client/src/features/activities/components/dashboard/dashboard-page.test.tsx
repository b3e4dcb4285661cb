import { fireEvent, screen, within } from '@testing-library/react';
import { Role } from '@thidua/shared';
import { describe, expect, it, vi } from 'vitest';
import { graphqlStub } from '../../../../test/graphql-stub';
import { renderUi, testUser } from '../../../../test/render';
import { DashboardPage } from './dashboard-page';

const download = vi.hoisted(() => vi.fn((_url: string, _name: string) => Promise.resolve()));
vi.mock('../../../../lib/files', () => ({ downloadWithSession: download }));

// jsdom has no canvas: the lazy charts chunk is replaced by a probe showing what it was given.
vi.mock('./dashboard-charts', () => ({
  default: (props: { byForm: { form: string; activityCount: number }[]; byMonth: unknown[] }) => (
    <p data-testid="charts-probe">
      {props.byForm.map((r) => `${r.form}:${r.activityCount}`).join(' ')} | {props.byMonth.length}
    </p>
  ),
}));

const figures = (activityCount: number, quantity: number, attendeeCount: number) => ({
  activityCount,
  quantity,
  attendeeCount,
});
const FORMS = ['MASS_MEDIA', 'CYBERSPACE', 'ORAL', 'VISUAL', 'CULTURAL', 'EMULATION'] as const;
const DASHBOARD = {
  planId: 'plan-1',
  planTitle: 'Kế hoạch tuyên truyền Nghị quyết',
  from: '2026-02-01',
  to: '2026-04-30',
  month: '2026-03',
  total: figures(7, 11, 175),
  byForm: FORMS.map((form, i) => ({ form, ...figures(i, 0, 0) })),
  byUnit: [
    {
      unitId: 'u-b',
      code: 'TDP-B',
      name: 'Tổ dân phố Bình An',
      kind: 'NEIGHBORHOOD_GROUP',
      blockId: 'g-1',
      blockName: 'Khối dân cư',
      ...figures(1, 3, 0),
    },
    {
      unitId: 'u-d',
      code: 'TDP-D',
      name: 'Tổ dân phố Đồng Tâm',
      kind: 'NEIGHBORHOOD_GROUP',
      blockId: 'g-1',
      blockName: 'Khối dân cư',
      ...figures(0, 0, 0),
    },
    {
      unitId: 'u-a',
      code: 'TDP-A',
      name: 'Tổ dân phố Ấp 1',
      kind: 'NEIGHBORHOOD_GROUP',
      blockId: 'g-1',
      blockName: 'Khối dân cư',
      ...figures(3, 6, 55),
    },
    {
      unitId: 'u-c',
      code: 'PB-1',
      name: 'Phòng Văn hóa - Xã hội',
      kind: 'DEPARTMENT',
      blockId: null,
      blockName: null,
      ...figures(12, 0, 1200),
    },
  ],
  byBlock: [{ blockId: 'g-1', code: 'K-DC', name: 'Khối dân cư', unitCount: 3, ...figures(4, 9, 55) }],
  byMonth: ['2026-02', '2026-03', '2026-04'].flatMap((month) =>
    FORMS.map((form) => ({ month, form, ...figures(0, 0, 0) })),
  ),
  attendance: [
    {
      unitId: 'u-a',
      unitName: 'Tổ dân phố Ấp 1',
      populationKind: 'RESIDENTS',
      populationLabelVi: 'Nhân khẩu',
      populationLabelEn: 'Residents',
      attendees: 1,
      population: 2,
      rate: 0.5,
    },
  ],
  silentUnits: [
    { unitId: 'u-d', code: 'TDP-D', name: 'Tổ dân phố Đồng Tâm', kind: 'NEIGHBORHOOD_GROUP', blockName: 'Khối dân cư' },
  ],
};
const PLANS = [
  { id: 'plan-0', title: 'Kế hoạch đã đóng', startsOn: '2025-01-01', endsOn: '2025-12-31', status: 'CLOSED' },
  {
    id: 'plan-1',
    title: 'Kế hoạch tuyên truyền Nghị quyết',
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    status: 'OPEN',
  },
];

function setup() {
  const stub = graphqlStub({
    ActivityDashboardPlans: () => ({ data: { activityPlans: PLANS } }),
    ActivityDashboard: () => ({ data: { activityDashboard: DASHBOARD } }),
  });
  const view = renderUi(<DashboardPage />, { client: stub.client, user: testUser({ role: Role.REVIEWER }) });
  return { ...view, calls: stub.calls };
}

/** The texts of a row's cells (its header cell first). */
const cellsOf = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((c) => c.textContent);
const firstCells = (testId: string) =>
  within(screen.getByTestId(testId))
    .getAllByTestId(`${testId}-row`)
    .map((row) => cellsOf(row)[0]);

describe('the activity dashboard page', () => {
  it('asks for the open plan and shows the totals, the tables and the silent units', async () => {
    const { calls } = setup();
    await screen.findByTestId('activity-dashboard-units');
    expect(calls.find((c) => c.name === 'ActivityDashboard')?.variables).toEqual({
      planId: 'plan-1',
      from: null,
      to: null,
      month: null,
    });
    expect(within(screen.getByTestId('activity-dashboard-totals')).getByText('175')).toBeInTheDocument();
    // Units in Vietnamese order by name (Ấp before Bình before Đồng; code points would put Ấp last).
    expect(firstCells('activity-dashboard-units')).toEqual([
      'Phòng Văn hóa - Xã hội',
      'Tổ dân phố Ấp 1',
      'Tổ dân phố Bình An',
      'Tổ dân phố Đồng Tâm',
    ]);
    const block = within(screen.getByTestId('activity-dashboard-blocks')).getByTestId('activity-dashboard-blocks-row');
    expect(cellsOf(block)).toEqual(['Khối dân cư', '3', '4', '9', '55']);
    expect(firstCells('activity-dashboard-forms')).toEqual([
      'Thông tin đại chúng',
      'Không gian mạng',
      'Tuyên truyền miệng',
      'Cổ động trực quan',
      'Văn hóa, văn nghệ',
      'Phong trào thi đua',
    ]);
    expect(screen.getByText('Đơn vị chưa báo cáo tháng 03/2026')).toBeInTheDocument();
    expect(screen.getAllByTestId('activity-dashboard-silent-unit').map((li) => li.textContent)).toEqual([
      'Tổ dân phố Đồng TâmTổ dân phố · Khối dân cư',
    ]);
    const attendance = within(screen.getByTestId('activity-dashboard-attendance')).getByTestId(
      'activity-dashboard-attendance-row',
    );
    expect(cellsOf(attendance)).toEqual(['Tổ dân phố Ấp 1', 'Nhân khẩu', '1 / 2', '50%']);
    expect(await screen.findByTestId('charts-probe')).toHaveTextContent('MASS_MEDIA:0 CYBERSPACE:1');
    expect(screen.getByTestId('charts-probe')).toHaveTextContent('| 18');
  });

  it('sorts a table by a figure column, largest first, and back', async () => {
    const { user } = setup();
    await screen.findByTestId('activity-dashboard-units');
    await user.click(screen.getByTestId('activity-dashboard-units-sort-activityCount'));
    expect(firstCells('activity-dashboard-units')).toEqual([
      'Phòng Văn hóa - Xã hội',
      'Tổ dân phố Ấp 1',
      'Tổ dân phố Bình An',
      'Tổ dân phố Đồng Tâm',
    ]);
    await user.click(screen.getByTestId('activity-dashboard-units-sort-activityCount'));
    expect(firstCells('activity-dashboard-units')[0]).toBe('Tổ dân phố Đồng Tâm');
    await user.click(screen.getByTestId('activity-dashboard-units-sort-name'));
    expect(firstCells('activity-dashboard-units')[0]).toBe('Phòng Văn hóa - Xã hội');
  });

  it('sends the chosen month and exports with the shown period', async () => {
    const { calls } = setup();
    await screen.findByTestId('activity-dashboard-units');
    // A month picker gives its whole value at once (YYYY-MM).
    fireEvent.change(screen.getByTestId('activity-dashboard-month'), { target: { value: '04/2026' } });
    expect(calls.filter((c) => c.name === 'ActivityDashboard').at(-1)?.variables).toMatchObject({ month: '2026-04' });
    const exportButton = screen.getByTestId('activity-dashboard-export');
    expect(exportButton).toHaveTextContent('Xuất XLSX');
    fireEvent.click(exportButton);
    expect(download).toHaveBeenCalledWith(
      '/api/activities/dashboard.xlsx?planId=plan-1&from=2026-02-01&to=2026-04-30&month=2026-03',
      'tong-hop-hoat-dong.xlsx',
    );
  });
});
