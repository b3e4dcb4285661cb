import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { graphqlStub } from '../../../../test/graphql-stub';
import { renderUi } from '../../../../test/render';
import type { ProposalRow } from '../../utils/proposal-view';
import { ProposalsTab } from './proposals-tab';

const form = {
  id: 'f1',
  code: 'TDP_VH',
  name: 'Danh hiệu “Tổ dân phố văn hóa”',
  recipientKind: 'COLLECTIVE',
  authority: 'CONFER',
} as const;
const personForm = {
  id: 'f2',
  code: 'GK_CN',
  name: 'Giấy khen cá nhân',
  recipientKind: 'INDIVIDUAL',
  authority: 'CONFER',
} as const;

function proposal(over: Partial<ProposalRow> = {}): ProposalRow {
  return {
    id: 'p1',
    roundId: 'r1',
    form,
    recipientKind: 'COLLECTIVE',
    unit: { id: 'u1', code: 'TDP-01', name: 'Tổ dân phố 1' },
    person: null,
    recipientName: 'Tổ dân phố 1',
    recipientDetail: '',
    achievements: 'Đã có thành tích xuất sắc',
    source: 'RANKING',
    rank: 1,
    total: 96.5,
    conditions: [
      {
        conditionId: 'c1',
        kind: 'MIN_TOTAL',
        label: 'Đạt từ 90 điểm',
        met: true,
        actual: 96.5,
        required: 90,
        holders: null,
        members: null,
        evidence: null,
        evidenceRequired: false,
      },
      {
        conditionId: 'c2',
        kind: 'MEMBER_SHARE',
        label: 'Trên 50% hộ gia đình văn hóa',
        met: false,
        actual: 40,
        required: 50,
        holders: 4,
        members: 10,
        evidence: null,
        evidenceRequired: false,
      },
      {
        conditionId: 'c3',
        kind: 'CONFIRMED',
        label: 'Không có vi phạm',
        met: null,
        actual: null,
        required: null,
        holders: null,
        members: null,
        evidence: null,
        evidenceRequired: true,
      },
    ],
    conditionsMet: false,
    status: 'PROPOSED',
    statusReason: null,
    position: 1,
    ...over,
  };
}

function round(status = 'PROPOSING', proposals: ProposalRow[] = [proposal()]) {
  return {
    id: 'r1',
    name: 'Khen thưởng năm 2026',
    status,
    year: 2026,
    campaignId: 'c1',
    periodId: 'pe1',
    campaignName: 'Thi đua',
    periodName: 'Tổng kết',
    createdAt: '2026-12-01T00:00:00.000Z',
    quotas: [{ formCode: 'TDP_VH', formName: form.name, limit: 1, proposed: 2, base: 2 }],
    proposals,
  };
}

function renderTab(r = round(), mutations: Record<string, (v: Record<string, unknown>) => unknown> = {}) {
  const { client, calls } = graphqlStub({
    RoundProposals: () => ({ data: { commendationRound: r } }),
    ...Object.fromEntries(
      Object.entries(mutations).map(([k, f]) => [k, (v: Record<string, unknown>) => ({ data: f(v) })]),
    ),
  });
  const view = renderUi(<ProposalsTab roundId="r1" onChanged={() => undefined} />, { client });
  return { ...view, calls };
}

beforeEach(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
});

describe('ProposalsTab', () => {
  it('lists proposals by form with each condition met, unmet or to confirm, and warns over the quota', async () => {
    renderTab(
      round('PROPOSING', [
        proposal(),
        proposal({ id: 'p2', form: personForm, recipientName: 'Nguyễn Văn An', conditions: [], conditionsMet: true }),
      ]),
    );
    const group = await screen.findByTestId('form-group-TDP_VH');
    expect(within(group).getByText('Tổ dân phố 1')).toBeInTheDocument();
    expect(group).toHaveTextContent('(1 đề nghị)');
    expect(within(group).getByText(/Xếp thứ 1 · 96,5 điểm/)).toBeInTheDocument();
    expect(within(screen.getByTestId('check-c1')).getByText('✓')).toBeInTheDocument();
    expect(within(screen.getByTestId('check-c2')).getByText('✗')).toBeInTheDocument();
    expect(screen.getByTestId('check-c2')).toHaveTextContent('4/10 người (40%) / 50%');
    expect(within(screen.getByTestId('check-c3')).getByText('?')).toBeInTheDocument();
    expect(screen.getByTestId('quota-TDP_VH')).toHaveTextContent('đề nghị 2, vượt số lượng tối đa 1');
    expect(screen.getByTestId('form-group-GK_CN')).toHaveTextContent('Nguyễn Văn An');
  });

  it('builds from the ranking and reports the units left out', async () => {
    const { user, calls } = renderTab(round(), {
      BuildProposalsFromRanking: () => ({
        buildProposalsFromRanking: {
          created: 1,
          refreshed: 0,
          skipped: [
            {
              unit: { id: 'u9', name: 'Trường Tiểu học A' },
              titleName: 'Đơn vị xuất sắc',
              formName: form.name,
              reason: 'UNIT_KIND',
            },
          ],
          proposals: [proposal()],
        },
      }),
    });
    await user.click(await screen.findByTestId('proposals-build'));
    expect(await screen.findByTestId('proposals-built')).toHaveTextContent('1 đề nghị mới, 0 đề nghị được cập nhật');
    expect(screen.getByTestId('proposals-skipped')).toHaveTextContent(
      'Trường Tiểu học A – danh hiệu “Đơn vị xuất sắc”, Danh hiệu “Tổ dân phố văn hóa”: hình thức khen thưởng không áp dụng cho loại đơn vị này',
    );
    expect(calls.find((c) => c.name === 'BuildProposalsFromRanking')?.variables).toEqual({ roundId: 'r1' });
  });

  it('asks for the evidence a condition needs before confirming it', async () => {
    const { user, calls } = renderTab(round(), {
      ConfirmProposalCondition: () => ({ confirmProposalCondition: proposal() }),
    });
    await user.click(within(await screen.findByTestId('check-c3')).getByRole('button', { name: 'Xác nhận' }));
    await user.click(screen.getByTestId('proposal-dialog-submit'));
    expect(screen.getByTestId('form-error')).toHaveTextContent('Cần nhập minh chứng.');
    expect(calls.some((c) => c.name === 'ConfirmProposalCondition')).toBe(false);
    await user.type(screen.getByLabelText(/Minh chứng/), 'Biên bản số 3');
    await user.click(screen.getByTestId('proposal-dialog-submit'));
    expect(calls.find((c) => c.name === 'ConfirmProposalCondition')?.variables).toEqual({
      input: { proposalId: 'p1', conditionId: 'c3', confirmed: true, evidence: 'Biên bản số 3' },
    });
  });

  it('withdraws only with a reason', async () => {
    const { user, calls } = renderTab(round(), {
      WithdrawCommendationProposal: () => ({ withdrawCommendationProposal: proposal({ status: 'WITHDRAWN' }) }),
    });
    await user.click(await screen.findByRole('button', { name: 'Rút khỏi danh sách' }));
    await user.click(screen.getByTestId('proposal-dialog-submit'));
    expect(screen.getByTestId('form-error')).toHaveTextContent('Cần nêu lý do.');
    await user.type(screen.getByLabelText(/Lý do/), 'Ý kiến của người dân có cơ sở');
    await user.click(screen.getByTestId('proposal-dialog-submit'));
    expect(calls.find((c) => c.name === 'WithdrawCommendationProposal')?.variables).toEqual({
      id: 'p1',
      reason: 'Ý kiến của người dân có cơ sở',
    });
  });

  it('is read only once the round is in council, and offers withdrawal during the posting', async () => {
    const { unmount } = renderTab(round('IN_COUNCIL'));
    expect(await screen.findByText('Đợt xét đã qua bước lập danh sách: chỉ xem.')).toBeInTheDocument();
    expect(screen.queryByTestId('proposals-build')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Rút khỏi danh sách' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Xác nhận' })).toBeNull();
    unmount();
    renderTab(round('POSTED', [proposal({ status: 'PASSED' })]));
    expect(await screen.findByRole('button', { name: 'Rút khỏi danh sách' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sửa thành tích' })).toBeNull();
  });

  it('adds an individual found by name on the unit’s roster', async () => {
    const { client, calls } = graphqlStub({
      RoundProposals: () => ({ data: { commendationRound: round('PROPOSING', []) } }),
      ProposalForms: () => ({
        data: {
          commendationForms: [
            { ...personForm, unitKinds: [] },
            { ...form, unitKinds: ['NEIGHBORHOOD_GROUP'] },
          ],
        },
      }),
      ProposalUnits: () => ({
        data: {
          units: [
            {
              id: 'u1',
              code: 'TDP-01',
              name: 'Tổ dân phố 1',
              kind: 'NEIGHBORHOOD_GROUP',
              parentId: null,
              sortOrder: 0,
            },
          ],
        },
      }),
      CommendationCandidates: () => ({
        data: {
          commendationCandidates: [
            { id: 'pe1', fullName: 'Nguyễn Văn An', subUnit: 'Nhà số 5', unitName: 'Tổ dân phố 1' },
          ],
        },
      }),
      AddCommendationProposal: () => ({ data: { addCommendationProposal: proposal({ id: 'p9' }) } }),
    });
    const { user } = renderUi(<ProposalsTab roundId="r1" onChanged={() => undefined} />, { client });
    await user.click(await screen.findByTestId('proposals-add-person'));
    const dialog = screen.getByTestId('proposal-add-dialog');
    expect(
      within(dialog)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toContain('Giấy khen cá nhân');
    expect(within(dialog).queryByRole('option', { name: form.name })).toBeNull();
    await user.selectOptions(within(dialog).getByLabelText(/Hình thức khen thưởng/), 'f2');
    await user.selectOptions(within(dialog).getByLabelText(/Đơn vị/), 'u1');
    await user.type(within(dialog).getByLabelText(/Tìm theo tên/), 'nguyen an');
    await user.click(await within(dialog).findByRole('button', { name: /Nguyễn Văn An/ }));
    await user.click(within(dialog).getByTestId('proposal-add-submit'));
    expect(calls.find((c) => c.name === 'CommendationCandidates')?.variables).toMatchObject({ unitId: 'u1' });
    expect(calls.find((c) => c.name === 'AddCommendationProposal')?.variables).toEqual({
      input: { roundId: 'r1', formId: 'f2', unitId: 'u1', personId: 'pe1', recipientDetail: null, achievements: null },
    });
  });
});
