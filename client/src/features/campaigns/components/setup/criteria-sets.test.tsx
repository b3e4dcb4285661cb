import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderUi } from '../../../../test/render';
import { graphqlStub } from '../../../../test/graphql-stub';
import { campaignFixture, indicatorFixture } from '../../testing/campaign-fixtures';
import { IndicatorTreeEditor } from './indicator-tree-editor';

/** A draft with two sets: the common one (used by no block) and a TDP set numbered afresh in each standard. */
const tdpTree = [
  indicatorFixture({ id: 's1', code: 'I', number: 'I', kind: 'GROUP', maxPoints: 4, criteriaSetId: 'cs2' }),
  indicatorFixture({
    id: 's11',
    code: 'I.1',
    number: '1',
    parentId: 's1',
    kind: 'THRESHOLD',
    maxPoints: 4,
    thresholds: [{ atLeast: 85, points: 4 }],
    comparison: 'AT_LEAST',
    method: 'Đạt từ 85 % trở lên: 4 điểm',
    depth: 1,
    criteriaSetId: 'cs2',
  }),
  indicatorFixture({
    id: 's2',
    code: 'II',
    number: 'II',
    kind: 'GROUP',
    maxPoints: 6,
    position: 1,
    criteriaSetId: 'cs2',
  }),
  indicatorFixture({
    id: 's21',
    code: 'II.1',
    number: '1',
    parentId: 's2',
    kind: 'PENALTY',
    maxPoints: 10,
    perItemPoints: 2,
    depth: 1,
    criteriaSetId: 'cs2',
  }),
  indicatorFixture({
    id: 's22',
    code: 'II.2',
    number: '2',
    parentId: 's2',
    maxPoints: 6,
    depth: 1,
    criteriaSetId: 'cs2',
  }),
];
const base = campaignFixture({ status: 'DRAFT', totalPoints: 10, indicators: [] });
const draft = {
  ...base,
  blocks: [{ id: 'b1', name: 'Khối tổ dân phố', criteriaSetId: 'cs2', leaderUnit: null, units: [] }],
  criteriaSets: [
    { id: 'cs1', name: 'Bộ tiêu chí chung', position: 0, blockIds: [], indicatorIssues: [], indicators: [] },
    {
      id: 'cs2',
      name: 'Bộ tiêu chí tổ dân phố',
      position: 1,
      blockIds: ['b1'],
      indicatorIssues: [],
      indicators: tdpTree,
    },
  ],
};

const rowCodes = () =>
  screen.getAllByTestId(/^tree-row-/).map((row) => row.getAttribute('data-testid')?.replace('tree-row-', ''));

describe('criteria sets in the tree editor', () => {
  it(
    'edits each set apart: numbers restart within standards, the new kinds show their fields, the save names the set',
    { timeout: 20_000 },
    async () => {
      const { client, calls } = graphqlStub({
        SaveIndicatorTree: () => ({ data: { saveIndicatorTree: { id: draft.id } } }),
      });
      const { user } = renderUi(<IndicatorTreeEditor campaign={draft} onSaved={vi.fn()} />, { client });
      expect(screen.getByTestId('criteria-set-0')).toHaveTextContent('chưa khối nào dùng');
      expect(screen.getByTestId('criteria-set-1')).toHaveTextContent('Khối tổ dân phố');
      // Only the set a block uses can go.
      expect(screen.getByTestId('criteria-set-delete')).toBeEnabled();
      await user.click(screen.getByTestId('criteria-set-1'));
      expect(screen.getByTestId('criteria-set-delete')).toBeDisabled();

      expect(rowCodes()).toEqual(['I', 'I.1', 'II', 'II.1', 'II.2']);
      expect(screen.queryByTestId('tree-issues')).not.toBeInTheDocument();
      const threshold = screen.getByTestId('tree-row-I.1');
      expect(within(threshold).getByLabelText('Ngưỡng')).toHaveValue('85');
      expect(within(threshold).getByLabelText('So sánh')).toHaveValue('AT_LEAST');
      expect(within(threshold).getByLabelText('Cách tính')).toHaveValue('Đạt từ 85 % trở lên: 4 điểm');
      expect(within(screen.getByTestId('tree-row-II.1')).getByText('2 điểm mỗi lần, tối đa 10')).toBeInTheDocument();

      const steps = within(threshold).getByLabelText('Ngưỡng');
      await user.clear(steps);
      await user.type(steps, '85:4; 70:2');
      await user.type(within(threshold).getByLabelText('Minh chứng yêu cầu'), 'Danh sách hộ');
      await user.click(screen.getByTestId('tree-save'));
      const input = calls.find((c) => c.name === 'SaveIndicatorTree')?.variables.input as {
        criteriaSetId: string;
        indicators: { code: string; thresholds: unknown; evidenceText: string; perItemPoints: number | null }[];
      };
      expect(input.criteriaSetId).toBe('cs2');
      expect(input.indicators.map((i) => i.code)).toEqual(['I', '1', 'II', '1', '2']);
      expect(input.indicators[1]).toMatchObject({
        thresholds: [
          { atLeast: 85, points: 4 },
          { atLeast: 70, points: 2 },
        ],
        evidenceText: 'Danh sách hộ',
      });
      expect(input.indicators[3].perItemPoints).toBe(2);
    },
  );

  it('imports a file into the chosen set: a check shows every bad row, then the tree it gives, then replaces', async () => {
    const onSaved = vi.fn();
    const preview = tdpTree.map((i) => ({ ...i, __typename: 'Indicator' }));
    const { client, calls } = graphqlStub({
      ImportIndicatorTree: (variables, n) => {
        const dryRun = (variables.input as { dryRun: boolean }).dryRun;
        if (n === 0)
          return {
            data: {
              importIndicatorTree: {
                ok: false,
                count: 0,
                indicators: [],
                issues: [],
                errors: [
                  { line: 4, column: 'STT', reason: 'DUPLICATE_NUMBER', message: 'STT 1 is used twice under I' },
                  { line: 6, column: 'Loại tiêu chí', reason: 'UNKNOWN_CRITERION_KIND', message: 'unknown' },
                ],
              },
            },
          };
        return {
          data: { importIndicatorTree: { ok: true, count: 5, indicators: preview, issues: [], errors: [], dryRun } },
        };
      },
    });
    const { user } = renderUi(<IndicatorTreeEditor campaign={draft} onSaved={onSaved} />, { client });
    await user.click(screen.getByTestId('criteria-set-1'));
    await user.click(screen.getByTestId('tree-import'));
    const dialog = await screen.findByTestId('tree-import-dialog');
    await user.upload(within(dialog).getByTestId('tree-import-file'), new File(['x'], 'phu-luc.xlsx'));
    await waitFor(() => expect(within(dialog).getByTestId('tree-import-check')).toBeEnabled());
    await user.click(within(dialog).getByTestId('tree-import-check'));
    const errors = await within(dialog).findAllByTestId('import-error-row');
    expect(errors.map((r) => r.textContent)).toEqual([
      expect.stringContaining('STT bị trùng trong cùng một cấp.'),
      expect.stringContaining('Loại tiêu chí không hợp lệ.'),
    ]);
    expect(within(dialog).getByTestId('tree-import-commit')).toBeDisabled();

    await user.click(within(dialog).getByTestId('tree-import-check'));
    const table = await within(dialog).findByTestId('tree-import-preview');
    expect(table).toHaveTextContent('Tệp hợp lệ: 5 dòng tiêu chí.');
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => r.firstChild?.textContent),
    ).toEqual(['STT', 'I', '1', 'II', '1', '2']);
    await user.click(within(dialog).getByTestId('tree-import-commit'));
    await within(dialog).findByText('Đã nhập 5 dòng tiêu chí.');
    expect(onSaved).toHaveBeenCalled();
    const sent = calls.filter((c) => c.name === 'ImportIndicatorTree').map((c) => c.variables.input);
    expect(sent).toEqual([
      expect.objectContaining({ criteriaSetId: 'cs2', fileName: 'phu-luc.xlsx', dryRun: true }),
      expect.objectContaining({ criteriaSetId: 'cs2', dryRun: true }),
      expect.objectContaining({ criteriaSetId: 'cs2', dryRun: false }),
    ]);
  });
});
