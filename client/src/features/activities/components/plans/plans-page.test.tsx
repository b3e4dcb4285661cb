import { screen, waitFor } from '@testing-library/react';
import { Role } from '@thidua/shared';
import { describe, expect, it } from 'vitest';
import { graphqlStub } from '../../../../test/graphql-stub';
import { renderUi, testUser } from '../../../../test/render';
import { PlansPage } from './plans-page';

const PLAN = {
  id: 'plan-1',
  title: 'Tuyên truyền Nghị quyết Đại hội Đảng bộ phường',
  documentNumber: '45/KH-UBND',
  issuedOn: '2026-01-05',
  startsOn: '2026-01-10',
  endsOn: '2026-12-31',
  status: 'OPEN',
};

function setup(role: Role) {
  const stub = graphqlStub({
    ActivityPlans: () => ({ data: { activityPlans: [PLAN] } }),
    SaveActivityPlan: (v) => ({ data: { saveActivityPlan: { ...PLAN, ...(v.input as object), id: 'plan-2' } } }),
  });
  const view = renderUi(<PlansPage />, { client: stub.client, user: testUser({ role }) });
  return { ...view, saves: () => stub.calls.filter((c) => c.name === 'SaveActivityPlan') };
}

describe('the propagation plans page', () => {
  it('lists the plans with their period in dd/mm/yyyy and lets nobody but the admin edit', async () => {
    setup(Role.REVIEWER);
    expect(await screen.findByText(PLAN.title)).toBeInTheDocument();
    expect(screen.getByText(/Từ 10\/01\/2026 đến 31\/12\/2026/)).toBeInTheDocument();
    expect(screen.queryByTestId('plan-new')).not.toBeInTheDocument();
    expect(screen.queryByTestId('plan-edit-plan-1')).not.toBeInTheDocument();
  });

  it('refuses an end before the start, then creates the plan with saveActivityPlan', async () => {
    const { user, saves } = setup(Role.ADMIN);
    await screen.findByText(PLAN.title);
    await user.click(screen.getByTestId('plan-new'));
    await user.type(screen.getByTestId('plan-title'), 'Kế hoạch tuyên truyền năm 2027');
    await user.type(screen.getByTestId('plan-document'), '12/KH-UBND');
    await user.type(screen.getByTestId('plan-starts'), '01/01/2027');
    await user.type(screen.getByTestId('plan-ends'), '01/12/2026');
    await user.click(screen.getByTestId('plan-save'));
    expect(screen.getByText('Ngày kết thúc phải từ ngày bắt đầu trở đi.')).toBeInTheDocument();
    expect(saves()).toHaveLength(0);

    await user.clear(screen.getByTestId('plan-ends'));
    await user.type(screen.getByTestId('plan-ends'), '31/12/2027');
    await user.click(screen.getByTestId('plan-save'));
    await waitFor(() => expect(saves()).toHaveLength(1));
    expect(saves()[0].variables).toEqual({
      input: {
        id: null,
        title: 'Kế hoạch tuyên truyền năm 2027',
        documentNumber: '12/KH-UBND',
        issuedOn: null,
        startsOn: '2027-01-01',
        endsOn: '2027-12-31',
        status: 'OPEN',
      },
    });
    await waitFor(() => expect(screen.queryByTestId('plan-form')).not.toBeInTheDocument());
  });
});
