import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { graphqlStub } from '../../../../test/graphql-stub';
import { renderUi } from '../../../../test/render';
import { campaignFixture, indicatorFixture } from '../../testing/campaign-fixtures';
import { IndicatorTreeEditor } from './indicator-tree-editor';

const PLAN_ID = '3f1c2a54-9a7e-4d2b-8f3e-1b2c3d4e5f60';

const draft = campaignFixture({
  status: 'DRAFT',
  totalPoints: 10,
  indicators: [
    indicatorFixture({ id: 'g1', code: '1', kind: 'GROUP', maxPoints: 10, position: 0 }),
    indicatorFixture({ id: 'i11', code: '1.1', parentId: 'g1', maxPoints: 10, position: 0, depth: 1 }),
  ],
});

function renderTree() {
  const { client, calls } = graphqlStub({
    SaveIndicatorTree: () => ({ data: { saveIndicatorTree: { id: draft.id } } }),
    ActivityPlansForBinding: () => ({
      data: {
        activityPlans: [
          { id: PLAN_ID, title: 'Tuyên truyền Nghị quyết', documentNumber: '45/KH-UBND', status: 'OPEN' },
        ],
      },
    }),
  });
  const view = renderUi(<IndicatorTreeEditor campaign={draft} onSaved={vi.fn()} />, { client });
  return { ...view, calls };
}

const savedSource = (calls: { name: string; variables: Record<string, unknown> }[]) => {
  const saves = calls.filter((c) => c.name === 'SaveIndicatorTree');
  const input = saves[saves.length - 1]?.variables.input as { indicators: { key: string; computedSource: unknown }[] };
  return input.indicators.find((i) => i.key === 'i11')?.computedSource;
};

describe('binding a computed indicator to the activity log', () => {
  it('binds a count of party cell meetings of one plan, with its target', async () => {
    const { user, calls } = renderTree();
    const row = within(screen.getByTestId('tree-row-1.1'));
    await user.selectOptions(row.getByLabelText('Loại'), 'COMPUTED');
    await user.selectOptions(row.getByTestId('tree-source-kind-1'), 'ACTIVITY');
    // The log's own metrics, not the games'.
    const metric = row.getByLabelText('Chỉ số');
    expect(metric).toHaveValue('ACTIVITY_COUNT');
    expect(within(metric).queryByRole('option', { name: 'Điểm trung bình' })).toBeNull();
    const plan = row.getByTestId('tree-activity-plan-1');
    expect(
      await within(plan).findByRole('option', { name: '45/KH-UBND · Tuyên truyền Nghị quyết' }),
    ).toBeInTheDocument();
    await user.selectOptions(plan, PLAN_ID);
    await user.selectOptions(row.getByTestId('tree-activity-form-1'), 'ORAL');
    await user.click(row.getByRole('checkbox', { name: 'Sinh hoạt chi bộ' }));
    await user.type(row.getByTestId('tree-activity-target-1'), '4');
    // A count has no population to choose.
    expect(row.queryByTestId('tree-activity-population-1')).toBeNull();
    await user.click(screen.getByTestId('tree-save'));
    expect(savedSource(calls)).toEqual({
      kind: 'ACTIVITY',
      id: PLAN_ID,
      metric: 'ACTIVITY_COUNT',
      populationKind: null,
      form: 'ORAL',
      kinds: ['PARTY_CELL_MEETING'],
      includeSubUnits: false,
      target: 4,
    });
  });

  it('binds the attendance rate of party members over every plan, with sub-units and no target', async () => {
    const { user, calls } = renderTree();
    const row = within(screen.getByTestId('tree-row-1.1'));
    await user.selectOptions(row.getByLabelText('Loại'), 'COMPUTED');
    await user.selectOptions(row.getByTestId('tree-source-kind-1'), 'ACTIVITY');
    await user.selectOptions(row.getByLabelText('Chỉ số'), 'ACTIVITY_ATTENDANCE_RATE');
    expect(row.queryByTestId('tree-activity-target-1')).toBeNull();
    const population = row.getByTestId('tree-activity-population-1');
    expect(population).toHaveValue('');
    await user.selectOptions(population, 'PARTY_MEMBERS');
    await user.click(row.getByRole('checkbox', { name: 'Tính cả đơn vị trực thuộc' }));
    await user.click(screen.getByTestId('tree-save'));
    expect(savedSource(calls)).toEqual({
      kind: 'ACTIVITY',
      id: null,
      metric: 'ACTIVITY_ATTENDANCE_RATE',
      populationKind: 'PARTY_MEMBERS',
      form: null,
      kinds: null,
      includeSubUnits: true,
      target: null,
    });
    // Back to a live game: its metrics again, the plan forgotten.
    await user.selectOptions(row.getByTestId('tree-source-kind-1'), 'LIVE_GAME');
    expect(row.getByLabelText('Chỉ số')).toHaveValue('PARTICIPATION_RATE');
    expect(row.getByLabelText('Mã buổi thi trực tiếp/cuộc thi')).toHaveValue('');
  });
});
