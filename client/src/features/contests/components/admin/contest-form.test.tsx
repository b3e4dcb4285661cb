import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Client } from 'urql';
import { renderUi, stubClient } from '../../../../test/render';
import type { CreateContestInput } from '../../../../generated/graphql';
import { ContestForm } from './contest-form';

const setupData = {
  resolutions: [
    {
      __typename: 'Resolution',
      id: 'r1',
      code: 'NQ-01',
      title: 'Nghị quyết 01',
      sections: [{ __typename: 'ResolutionSection', id: 's1', key: 'I', title: 'Mục tiêu' }],
    },
  ],
  units: [
    {
      __typename: 'Unit',
      id: 'u1',
      code: 'P1',
      name: 'Phường 1',
      kind: 'WARD',
      parentId: null,
      eligiblePopulation: 100,
    },
    { __typename: 'Unit', id: 'u2', code: 'T1', name: 'Tổ 1', kind: 'GROUP', parentId: 'u1', eligiblePopulation: 50 },
  ],
};

function setupClient(): Client {
  return stubClient({ queries: { ContestSetupData: setupData } });
}

function renderForm(onSave = vi.fn<(input: CreateContestInput) => void>()) {
  const view = renderUi(
    <ContestForm contest={null} readOnly={false} busy={false} error={null} saved={false} onSave={onSave} />,
    { client: setupClient() },
  );
  return { ...view, onSave };
}

function tableOf(legend: RegExp): HTMLElement {
  const fieldset = screen.getByRole('group', { name: legend });
  return within(fieldset).getByRole('table');
}

// Many clicks and keystrokes per test on a shared, busy machine: more than the default 5 s.
describe('ContestForm row lists', { timeout: 30_000 }, () => {
  it('adds a round a week after the last and removes one, never the last', async () => {
    const { user, onSave } = renderForm();
    const rounds = () => within(tableOf(/Các đợt thi/u)).getAllByLabelText('Tên đợt');
    expect(rounds()).toHaveLength(4);
    await user.click(screen.getByRole('button', { name: '+ Thêm đợt' }));
    expect(rounds()).toHaveLength(5);
    expect(rounds()[4]).toHaveValue('Đợt 5');
    const ends = within(tableOf(/Các đợt thi/u)).getAllByLabelText<HTMLInputElement>('Kết thúc');
    const starts = within(tableOf(/Các đợt thi/u)).getAllByLabelText<HTMLInputElement>('Bắt đầu');
    expect(starts[4].value).toBe(ends[3].value);

    await user.clear(rounds()[0]);
    await user.type(rounds()[0], 'Đợt mở đầu');
    const removes = within(tableOf(/Các đợt thi/u)).getAllByRole('button', { name: 'Bỏ' });
    await user.click(removes[1]);
    expect(rounds().map((input) => (input as HTMLInputElement).value)).toEqual([
      'Đợt mở đầu',
      'Đợt 3',
      'Đợt 4',
      'Đợt 5',
    ]);

    await user.click(screen.getByTestId('contest-save'));
    const input = onSave.mock.calls[0][0];
    expect(input.rounds.map((r) => r.name)).toEqual(['Đợt mở đầu', 'Đợt 3', 'Đợt 4', 'Đợt 5']);
  });

  it('keeps at least one draw rule and sums the questions in the legend', async () => {
    const { user, onSave } = renderForm();
    const table = () => tableOf(/Rút đề/u);
    expect(screen.getByRole('group', { name: /Rút đề: 10 câu/u })).toBeInTheDocument();
    expect(within(table()).getByRole('button', { name: 'Bỏ' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: '+ Thêm quy tắc' }));
    const counts = within(table()).getAllByLabelText('Số câu');
    await user.clear(counts[1]);
    await user.type(counts[1], '5');
    await user.selectOptions(within(table()).getAllByLabelText('Mục')[1], 's1');
    await user.selectOptions(within(table()).getAllByLabelText('Độ khó')[1], 'HARD');
    expect(screen.getByRole('group', { name: /Rút đề: 15 câu/u })).toBeInTheDocument();

    await user.click(screen.getByTestId('contest-save'));
    expect(onSave.mock.calls[0][0].drawRules).toEqual([
      { sectionId: null, difficulty: null, count: 10 },
      { sectionId: 's1', difficulty: 'HARD', count: 5 },
    ]);
  });

  it('reorders the ranking chain, keeps SCORE, and adds a removed criterion back at the end', async () => {
    const { user, onSave } = renderForm();
    const chain = screen.getByTestId('contest-chain');
    const items = () => within(chain).getAllByRole('listitem');
    const first = items()[0];
    expect(within(first).getByRole('button', { name: 'Lên' })).toBeDisabled();
    expect(within(items()[items().length - 1]).getByRole('button', { name: 'Xuống' })).toBeDisabled();
    const scoreRow = items().find((li) => within(li).queryByRole('button', { name: 'Bỏ' })?.hasAttribute('disabled'));
    expect(scoreRow).toBeDefined();

    const before = onSaveChain(await saveAndRead(user, onSave));
    await user.click(within(items()[0]).getByRole('button', { name: 'Xuống' }));
    const moved = onSaveChain(await saveAndRead(user, onSave));
    expect(moved).toEqual([before[1], before[0], ...before.slice(2)]);

    const last = items()[items().length - 1];
    await user.click(within(last).getByRole('button', { name: 'Bỏ' }));
    expect(items()).toHaveLength(before.length - 1);
    const chainGroup = screen.getByRole('group', { name: /Thứ tự xét giải/u });
    await user.click(within(chainGroup).getByRole('button', { name: /^\+ /u }));
    expect(onSaveChain(await saveAndRead(user, onSave))).toEqual(moved);
  });

  it('adds and removes prize tiers, sending numbers', async () => {
    const { user, onSave } = renderForm();
    const table = () => tableOf(/Giải thưởng/u);
    expect(within(table()).getAllByLabelText('Giải')).toHaveLength(4);
    await user.click(screen.getByRole('button', { name: '+ Thêm giải' }));
    const labels = within(table()).getAllByLabelText('Giải');
    await user.type(labels[4], 'Giải Triển vọng');
    const points = within(table()).getAllByLabelText('Điểm cho đơn vị');
    await user.clear(points[4]);
    await user.type(points[4], '1');
    await user.click(within(table()).getAllByRole('button', { name: 'Bỏ' })[0]);

    await user.click(screen.getByTestId('contest-save'));
    const tiers = onSave.mock.calls[0][0].unitPrize?.prizeTiers ?? [];
    expect(tiers.map((p) => p.label)).toEqual(['Giải Nhì', 'Giải Ba', 'Giải Khuyến khích', 'Giải Triển vọng']);
    expect(tiers[3]).toEqual({ label: 'Giải Triển vọng', count: 1, unitPoints: 1 });
  });

  it('picks eligible units from the searchable list', async () => {
    const { user, onSave } = renderForm();
    await screen.findByLabelText(/Tổ 1/u);
    await user.click(screen.getByLabelText(/Tổ 1/u));
    expect(screen.getByText('(1 đơn vị đã chọn, gồm cả đơn vị trực thuộc)')).toBeInTheDocument();
    await user.click(screen.getByTestId('contest-save'));
    expect(onSave.mock.calls[0][0].eligibleUnitIds).toEqual(['u2']);
  });

  it('sends who may enter, the population counted and when the key is shown (roster first, key after the round by default)', async () => {
    const { user, onSave } = renderForm();
    await user.click(screen.getByTestId('contest-save'));
    expect(onSave.mock.calls[0][0]).toMatchObject({
      identityMode: 'ROSTER_PREFERRED',
      populationKind: null,
      answerKeyReveal: 'AFTER_ROUND_CLOSES',
    });
    await user.selectOptions(screen.getByLabelText('Xác nhận thí sinh'), 'ROSTER_ONLY');
    expect(screen.getByText('Ai không có tên trong danh sách sẽ không đăng ký được.')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Đối tượng tính tỷ lệ'), 'STUDENTS');
    await user.selectOptions(screen.getByLabelText('Công bố đáp án'), 'NEVER');
    await user.click(screen.getByTestId('contest-save'));
    expect(onSave.mock.calls[1][0]).toMatchObject({
      identityMode: 'ROSTER_ONLY',
      populationKind: 'STUDENTS',
      answerKeyReveal: 'NEVER',
    });
  });
});

type SaveMock = ReturnType<typeof vi.fn<(input: CreateContestInput) => void>>;

async function saveAndRead(user: ReturnType<typeof renderUi>['user'], onSave: SaveMock): Promise<CreateContestInput> {
  await user.click(screen.getByTestId('contest-save'));
  const calls = onSave.mock.calls;
  return calls[calls.length - 1][0];
}

function onSaveChain(input: CreateContestInput): string[] {
  return [...(input.rankingChain ?? [])];
}
