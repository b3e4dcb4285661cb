import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderUi } from '../../../../test/render';
import { campaignFixture, indicatorFixture } from '../../testing/campaign-fixtures';
import { graphqlStub } from '../../../../test/graphql-stub';
import { IndicatorTreeEditor } from './indicator-tree-editor';

/** A draft with two top groups of 10 (20 points in all): group 1 holds 1.1, group 2 holds 2.1. */
const draft = campaignFixture({
  status: 'DRAFT',
  totalPoints: 20,
  indicators: [
    indicatorFixture({ id: 'g1', code: '1', kind: 'GROUP', maxPoints: 10, position: 0 }),
    indicatorFixture({ id: 'i11', code: '1.1', parentId: 'g1', maxPoints: 10, position: 0, depth: 1 }),
    indicatorFixture({ id: 'g2', code: '2', kind: 'GROUP', maxPoints: 10, position: 1 }),
    indicatorFixture({ id: 'i21', code: '2.1', parentId: 'g2', maxPoints: 4, position: 0, depth: 1 }),
  ],
});

const rowCodes = () =>
  screen.getAllByTestId(/^tree-row-/).map((row) => row.getAttribute('data-testid')?.replace('tree-row-', ''));

function renderTree() {
  const { client, calls } = graphqlStub({
    SaveIndicatorTree: () => ({ data: { saveIndicatorTree: { id: draft.id } } }),
  });
  const onSaved = vi.fn();
  const view = renderUi(<IndicatorTreeEditor campaign={draft} onSaved={onSaved} />, { client });
  return { ...view, calls, onSaved };
}

describe('IndicatorTreeEditor rows', () => {
  it('adds a group and an indicator under it, numbered after their siblings, with a live sum', async () => {
    const { user } = renderTree();
    await user.click(screen.getByTestId('tree-add-group'));
    expect(rowCodes()).toEqual(['1', '1.1', '2', '2.1', '3']);
    expect(screen.getByTestId('tree-total')).toHaveTextContent('Tổng các nhóm: 40 / 20 điểm');

    await user.click(within(screen.getByTestId('tree-row-3')).getByRole('button', { name: /Tiêu chí/ }));
    expect(rowCodes()).toEqual(['1', '1.1', '2', '2.1', '3', '3.1']);
    const max = within(screen.getByTestId('tree-row-3.1')).getByLabelText('Tối đa');
    await user.clear(max);
    await user.type(max, '25');
    expect(screen.getByTestId('tree-sum-3')).toHaveTextContent('Tiêu chí con: 25 / 20');
    expect(screen.getByTestId('tree-sum-3')).toHaveClass('is-bad');
    expect(screen.getByTestId('tree-issues')).toHaveTextContent(/vượt điểm tối đa 20/);
    expect(screen.getByTestId('tree-issues')).toHaveTextContent(/chưa bằng thang điểm 20/);
    expect(screen.getByText('Có thay đổi chưa lưu.')).toBeInTheDocument();
  });

  it('moves a row among its siblings only, children going with their group', async () => {
    const { user } = renderTree();
    const row1 = within(screen.getByTestId('tree-row-1'));
    await user.click(row1.getAllByRole('button', { name: 'Lên' })[0]);
    expect(rowCodes()).toEqual(['1', '1.1', '2', '2.1']);

    await user.click(row1.getAllByRole('button', { name: 'Xuống' })[0]);
    expect(rowCodes()).toEqual(['2', '2.1', '1', '1.1']);
    // 1.1 is the only indicator of its group: it stays put.
    await user.click(within(screen.getByTestId('tree-row-1.1')).getByRole('button', { name: 'Xuống' }));
    expect(rowCodes()).toEqual(['2', '2.1', '1', '1.1']);
  });

  it('removes a group together with everything under it, and edits one row by its fields', async () => {
    const { user } = renderTree();
    await user.click(within(screen.getByTestId('tree-row-1')).getAllByRole('button', { name: 'Xóa' })[0]);
    expect(rowCodes()).toEqual(['2', '2.1']);

    const name = within(screen.getByTestId('tree-row-2.1')).getByLabelText('Tên tiêu chí');
    await user.clear(name);
    await user.type(name, 'Sinh hoạt văn hóa');
    expect(name).toHaveValue('Sinh hoạt văn hóa');
    expect(screen.getByTestId('tree-sum-2')).toHaveTextContent('Tiêu chí con: 4 / 10');
  });

  it('saves the tree depth-first, in the order the admin sees', async () => {
    const { user, calls, onSaved } = renderTree();
    await user.click(within(screen.getByTestId('tree-row-1')).getAllByRole('button', { name: 'Xuống' })[0]);
    await user.click(screen.getByTestId('tree-save'));

    const save = calls.find((c) => c.name === 'SaveIndicatorTree');
    const input = save?.variables.input as {
      campaignId: string;
      indicators: { key: string; parentKey: string | null }[];
    };
    expect(input.campaignId).toBe('c1');
    expect(input.indicators.map((i) => i.key)).toEqual(['g2', 'i21', 'g1', 'i11']);
    expect(await screen.findByText('Đã lưu tiêu chí.')).toBeInTheDocument();
    expect(onSaved).toHaveBeenCalledTimes(1);
  });

  it('a participation rate names the population kind it divides by (each unit’s main kind by default)', async () => {
    const { user, calls } = renderTree();
    const row = within(screen.getByTestId('tree-row-2.1'));
    await user.selectOptions(row.getByLabelText('Loại'), 'COMPUTED');
    const kind = row.getByLabelText('Chia cho đối tượng');
    expect(kind).toHaveValue('');
    expect(within(kind).getByRole('option', { name: 'Đối tượng chính của từng đơn vị' })).toBeInTheDocument();
    await user.selectOptions(kind, 'PARTY_MEMBERS');
    expect(within(kind).getByRole('option', { selected: true })).toHaveTextContent('Chia cho: Đảng viên');
    await user.click(screen.getByTestId('tree-save'));
    const input = calls.find((c) => c.name === 'SaveIndicatorTree')?.variables.input as {
      indicators: { key: string; computedSource: unknown }[];
    };
    expect(input.indicators.find((i) => i.key === 'i21')?.computedSource).toEqual({
      kind: 'LIVE_GAME',
      id: null,
      metric: 'PARTICIPATION_RATE',
      populationKind: 'PARTY_MEMBERS',
    });
    // An average score divides by nobody: no kind is sent.
    await user.selectOptions(row.getByLabelText('Chỉ số'), 'AVERAGE_SCORE');
    expect(row.queryByLabelText('Chia cho đối tượng')).toBeNull();
  });
});
