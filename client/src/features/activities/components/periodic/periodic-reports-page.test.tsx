import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Role } from '@thidua/shared';
import { describe, expect, it } from 'vitest';
import { graphqlStub } from '../../../../test/graphql-stub';
import { renderUi, testUser } from '../../../../test/render';
import { PeriodicReportsPage } from './periodic-reports-page';

const PLAN = { id: 'plan-1', title: 'Tuyên truyền Nghị quyết', startsOn: '2026-01-01', endsOn: '2026-12-31' };
const SECTIONS = ['RESULTS', 'LIMITATIONS', 'CAUSES', 'LESSONS', 'TASKS', 'PROPOSALS'];
const report = {
  id: 'r-1',
  planId: 'plan-1',
  planTitle: PLAN.title,
  kind: 'INTERIM',
  fromDate: '2026-03-01',
  toDate: '2026-06-30',
  documentNumber: '',
  updatedAt: '2026-12-01T02:00:00.000Z',
  sections: SECTIONS.map((key) => ({
    key,
    text: key === 'TASKS' ? 'Tiếp tục tuyên truyền.' : '',
    suggestion: `Gợi ý ${key}`,
  })),
  figures: {
    forms: ['MASS_MEDIA', 'CYBERSPACE', 'ORAL', 'VISUAL', 'CULTURAL', 'EMULATION'].map((form) => ({
      form,
      activityCount: form === 'ORAL' ? 2 : 0,
      attendeeCount: form === 'ORAL' ? 75 : 0,
      quantity: 0,
    })),
    total: { activityCount: 2, attendeeCount: 75, quantity: 0 },
    attendance: [{ kind: 'PARTY_MEMBERS', kindName: 'Đảng viên', attendees: 3, population: 5, rate: 0.6 }],
    falseInformationFound: 3,
    falseInformationHandled: 2,
    difficultiesRaised: 2,
    difficultiesAnswered: 1,
    campaignPeriodsPublished: 0,
    campaignSheetsPublished: 0,
    contestCount: 0,
    contestEntrants: 0,
    contestUnits: 0,
  },
};

function setup(route: string) {
  const stub = graphqlStub({
    PeriodicReportPlans: () => ({ data: { activityPlans: [PLAN] } }),
    PeriodicReports: () => ({ data: { periodicReports: [] } }),
    PeriodicReport: () => ({ data: { periodicReport: report } }),
    SavePeriodicReport: () => ({ data: { savePeriodicReport: { ...report } } }),
    CreatePeriodicReport: () => ({ data: { createPeriodicReport: { id: 'r-2' } } }),
  });
  const view = renderUi(<PeriodicReportsPage />, {
    client: stub.client,
    route,
    user: testUser({ role: Role.REVIEWER }),
  });
  return { ...view, called: (name: string) => stub.calls.filter((c) => c.name === name) };
}

describe('the periodic reports page', () => {
  it('shows the figures, pre-fills empty sections with the suggestion and saves all six', async () => {
    const { user, called } = setup('/activities/periodic?plan=plan-1&report=r-1');
    const oral = await screen.findByTestId('periodic-form-ORAL');
    expect(
      within(oral)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', '75', '0']);
    expect(screen.getByText('60% (3/5)')).toBeInTheDocument();
    expect(screen.getByTestId('periodic-section-RESULTS')).toHaveValue('Gợi ý RESULTS');
    expect(screen.getByTestId('periodic-section-TASKS')).toHaveValue('Tiếp tục tuyên truyền.');
    const limitations = screen.getByTestId('periodic-section-LIMITATIONS');
    await user.clear(limitations);
    await user.type(limitations, 'Còn hạn chế.');
    await user.type(screen.getByTestId('periodic-number'), '12/BC-UBND');
    await user.click(screen.getByTestId('periodic-save'));
    await waitFor(() => expect(called('SavePeriodicReport')).toHaveLength(1));
    const input = (called('SavePeriodicReport')[0].variables as { input: Record<string, unknown> }).input;
    expect(input.documentNumber).toBe('12/BC-UBND');
    expect(input.sections).toEqual(
      SECTIONS.map((key) => ({
        key,
        text: key === 'LIMITATIONS' ? 'Còn hạn chế.' : key === 'TASKS' ? 'Tiếp tục tuyên truyền.' : `Gợi ý ${key}`,
      })),
    );
    expect(await screen.findByText('Đã lưu báo cáo.')).toBeInTheDocument();
  });

  it('refuses reversed dates at the end date without asking the server', async () => {
    const { user, called } = setup('/activities/periodic?plan=plan-1');
    await user.click(await screen.findByTestId('periodic-new'));
    fireEvent.change(screen.getByTestId('periodic-from'), { target: { value: '30/06/2026' } });
    fireEvent.change(screen.getByTestId('periodic-to'), { target: { value: '01/03/2026' } });
    await user.click(screen.getByTestId('periodic-create'));
    expect(await screen.findByText('Ngày kết thúc không được trước ngày bắt đầu.')).toBeInTheDocument();
    expect(called('CreatePeriodicReport')).toHaveLength(0);
    fireEvent.change(screen.getByTestId('periodic-to'), { target: { value: '31/07/2026' } });
    await user.click(screen.getByTestId('periodic-create'));
    await waitFor(() => expect(called('CreatePeriodicReport')).toHaveLength(1));
    expect(called('CreatePeriodicReport')[0].variables).toEqual({
      input: { planId: 'plan-1', kind: 'INTERIM', fromDate: '2026-06-30', toDate: '2026-07-31' },
    });
  });
});
