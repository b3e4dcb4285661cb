import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlStub } from '../../../../test/graphql-stub';
import { renderUi } from '../../../../test/render';
import { CouncilTab } from './council-tab';

const ROLES = ['CHAIR', 'VICE_CHAIR', 'STANDING_MEMBER', 'MEMBER', 'MEMBER', 'MEMBER', 'MEMBER', 'MEMBER', 'SECRETARY'];

function member(i: number, present: boolean) {
  return { id: `m${i}`, fullName: `Thành viên ${i + 1}`, position: '', role: ROLES[i], present, sortOrder: i };
}

function session(presentCount: number, votes: unknown[] = []) {
  return {
    id: 's1',
    roundId: 'r1',
    heldAt: '2026-12-10T08:00:00.000Z',
    location: 'Hội trường UBND phường',
    quorumNumerator: 2,
    quorumDenominator: 3,
    minutesNote: '',
    closedAt: null,
    quorumRequired: 6,
    presentCount,
    hasQuorum: presentCount >= 6,
    members: ROLES.map((_, i) => member(i, i < presentCount)),
    votes,
  };
}

const proposal = (id: string, formId: string, status = 'PROPOSED') => ({
  id,
  recipientName: id === 'p1' ? 'Phòng Văn hóa - Xã hội' : 'Nguyễn Thị Lan',
  recipientDetail: '',
  status,
  statusReason: null,
  form: {
    id: formId,
    code: formId.toUpperCase(),
    name: formId === 'f1' ? 'Giấy khen tập thể' : 'Danh hiệu Chiến sĩ thi đua',
  },
});

function renderCouncil(presentCount: number, votes: unknown[] = [], status = 'PROPOSED') {
  const stub = graphqlStub({
    RoundCouncil: () => ({
      data: {
        commendationRound: {
          id: 'r1',
          status: 'IN_COUNCIL',
          session: session(presentCount, votes),
          proposals: [proposal('p1', 'f1', status), proposal('p2', 'f2')],
        },
        commendationForms: [
          { id: 'f1', approvalPercent: 70, secretBallot: false },
          { id: 'f2', approvalPercent: 90, secretBallot: true },
        ],
      },
    }),
    RecordCouncilVote: () => ({
      data: {
        recordCouncilVote: { proposalStatus: 'PASSED', vote: { id: 'v1', passed: true, approvalPercent: 71.43 } },
      },
    }),
  });
  return { ...renderUi(<CouncilTab roundId="r1" onChanged={() => {}} />, { client: stub.client }), calls: stub.calls };
}

describe('CouncilTab', () => {
  it('says the quorum is reached with 7 of 9 present (at least 6)', async () => {
    renderCouncil(7);
    expect(await screen.findByTestId('quorum-line')).toHaveTextContent(
      'Có mặt 7/9 thành viên, đủ điều kiện biểu quyết (tối thiểu 6)',
    );
  });

  it('says the quorum is not reached with 5 of 9, and offers no vote', async () => {
    renderCouncil(5);
    expect(await screen.findByTestId('quorum-line')).toHaveTextContent(
      'Có mặt 5/9 thành viên, chưa đủ điều kiện biểu quyết (tối thiểu 6)',
    );
    expect(screen.queryByTestId('vote-form-p1')).toBeNull();
  });

  it('previews the result with its % and threshold before saving, then records the vote', async () => {
    const { user, calls } = renderCouncil(7);
    const form = await screen.findByTestId('vote-form-p1');
    expect(within(form).getByLabelText('Số thành viên có mặt')).toHaveValue('7');
    await user.type(within(form).getByLabelText('Tán thành'), '5');
    await user.type(within(form).getByLabelText('Không tán thành'), '2');
    expect(within(form).getByTestId('vote-preview')).toHaveTextContent(
      'Tán thành 5/7 = 71,43%, đạt ngưỡng 70%: được thông qua',
    );
    await user.click(within(form).getByRole('button', { name: 'Ghi kết quả biểu quyết' }));
    const sent = calls.find((c) => c.name === 'RecordCouncilVote');
    expect(sent?.variables).toEqual({
      input: { proposalId: 'p1', ballot: 'OPEN', present: 7, approve: 5, against: 2, abstain: 0, reason: null },
    });
  });

  it('shows a count that does not reach a 90 % threshold as not passed, on a ballot locked to secret', async () => {
    const { user } = renderCouncil(7);
    const form = await screen.findByTestId('vote-form-p2');
    expect(within(form).getByRole('combobox', { name: 'Hình thức biểu quyết' })).toBeDisabled();
    expect(within(form).getByRole('combobox', { name: 'Hình thức biểu quyết' })).toHaveValue('SECRET');
    await user.type(within(form).getByLabelText('Tán thành'), '6');
    await user.type(within(form).getByLabelText('Không tán thành'), '1');
    expect(within(form).getByTestId('vote-preview')).toHaveTextContent(
      'Tán thành 6/7 = 85,71%, chưa đạt ngưỡng 90%: không được thông qua',
    );
  });

  it('refuses more ballots than members present', async () => {
    const { user } = renderCouncil(7);
    const form = await screen.findByTestId('vote-form-p1');
    await user.type(within(form).getByLabelText('Tán thành'), '6');
    await user.type(within(form).getByLabelText('Không tán thành'), '3');
    expect(within(form).getByTestId('vote-preview')).toHaveTextContent(
      'Tổng số phiếu (9) vượt số thành viên có mặt (7).',
    );
  });

  it('asks the reason of a re-vote', async () => {
    const vote = {
      id: 'v0',
      proposalId: 'p1',
      attempt: 1,
      ballot: 'OPEN',
      present: 7,
      approve: 4,
      against: 3,
      abstain: 0,
      thresholdPercent: 70,
      approvalPercent: 57.14,
      passed: false,
      reason: null,
      recordedAt: '2026-12-10T09:00:00.000Z',
    };
    const { user, calls } = renderCouncil(7, [vote], 'NOT_PASSED');
    expect(await screen.findByTestId('vote-result-p1')).toHaveTextContent('= 57,14% (ngưỡng 70%)');
    await user.click(screen.getByTestId('revote-p1'));
    const form = screen.getByTestId('vote-form-p1');
    await user.type(within(form).getByLabelText('Tán thành'), '5');
    await user.type(within(form).getByLabelText('Không tán thành'), '2');
    await user.click(within(form).getByRole('button', { name: 'Ghi kết quả biểu quyết lại' }));
    expect(within(form).getByText('Biểu quyết lại phải ghi rõ lý do.')).toBeInTheDocument();
    expect(calls.some((c) => c.name === 'RecordCouncilVote')).toBe(false);
  });
});
