import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlStub } from '../../../test/graphql-stub';
import { renderUi } from '../../../test/render';
import type { UnitItem } from '../utils/unit-tree';
import { UnitFormDialog } from './unit-form-dialog';

/** The ward's kinds as the server lists them: labels are data (one renamed, one retired). */
const KINDS = [
  { code: 'STUDENTS', labelVi: 'Học sinh', labelEn: 'Pupils', sortOrder: 1, active: true },
  {
    code: 'SCHOOL_STAFF',
    labelVi: 'Cán bộ - giáo viên - nhân viên',
    labelEn: 'School staff',
    sortOrder: 2,
    active: true,
  },
  { code: 'HOUSEHOLDS', labelVi: 'Hộ gia đình (TDP)', labelEn: 'Households', sortOrder: 3, active: true },
  { code: 'MEMBERS', labelVi: 'Hội viên cũ', labelEn: 'Old members', sortOrder: 4, active: false },
].map((k) => ({ __typename: 'PopulationKind' as const, ...k }));

const ward: UnitItem = {
  id: 'w',
  code: 'PHUONG',
  name: 'Phường Hòa An',
  kind: 'WARD',
  parentId: null,
  populationKind: 'RESIDENTS',
  populations: [],
  sortOrder: 0,
  isDemo: false,
};

/** A school with a pupils' roster (320, a stale declared 300) and a declared staff number. */
const school: UnitItem = {
  id: 's',
  code: 'THCS-HA',
  name: 'Trường THCS Hòa An',
  kind: 'SCHOOL',
  parentId: 'w',
  populationKind: 'STUDENTS',
  populations: [
    { kind: 'STUDENTS', size: 320, source: 'ROSTER', rosterSize: 320, declared: 300 },
    { kind: 'SCHOOL_STAFF', size: 25, source: 'DECLARED', rosterSize: 0, declared: 25 },
  ],
  sortOrder: 1,
  isDemo: false,
};

function setup(editing: UnitItem | null) {
  const { client, calls } = graphqlStub({
    PopulationKinds: () => ({ data: { populationKinds: KINDS } }),
    UpdateUnit: (variables) => ({ data: { updateUnit: { ...school, ...(variables.input as object) } } }),
    CreateUnit: (variables) => ({ data: { createUnit: { ...school, id: 'new', ...(variables.input as object) } } }),
  });
  let saved = 0;
  const view = renderUi(
    <UnitFormDialog
      open
      editing={editing}
      units={[ward, school]}
      onClose={() => undefined}
      onSaved={() => {
        saved += 1;
      }}
    />,
    { client },
  );
  const sent = (name: string) => calls.filter((c) => c.name === name).map((c) => c.variables.input);
  return { ...view, sent, saved: () => saved };
}

/** The ward's kinds have replaced the defaults in the main kind's choices. */
const kindsLoaded = () =>
  waitFor(() =>
    expect(
      within(screen.getByTestId('unit-form-population-kind')).getByRole('option', { name: 'Hộ gia đình (TDP)' }),
    ).toBeInTheDocument(),
  );

describe('UnitFormDialog populations', () => {
  it('shows each population as a roster (verified) or a declared number, with the ward’s kind labels', async () => {
    setup(school);
    const fields = within(screen.getByTestId('unit-form-populations'));
    const main = fields.getByTestId('unit-form-population-kind');
    // The kinds come from the data: the active ones, labelled as the ward named them.
    await waitFor(() => expect(within(main).getByRole('option', { name: 'Hộ gia đình (TDP)' })).toBeInTheDocument());
    expect(within(main).queryByRole('option', { name: 'Hội viên cũ' })).toBeNull();
    expect(main).toHaveValue('STUDENTS');
    expect(fields.getByLabelText('Số khai báo — Học sinh')).toHaveValue('300');
    expect(fields.getByText('Đang dùng danh sách: Học sinh: 320 theo danh sách (đã xác minh).')).toBeInTheDocument();
    // Each other kind the unit has a figure of is a row of its own.
    expect(fields.getByLabelText('Số khai báo — Cán bộ - giáo viên - nhân viên')).toHaveValue('25');
    expect(fields.getByText('Chưa có danh sách: dùng số khai báo (chưa xác minh).')).toBeInTheDocument();
  });

  it('saves the main kind and its declared number', async () => {
    const { user, sent, saved } = setup(school);
    const declared = screen.getByTestId('unit-form-population');
    await user.clear(declared);
    await user.type(declared, '350');
    await user.click(screen.getByTestId('unit-form-submit'));
    await waitFor(() => expect(saved()).toBe(1));
    expect(sent('UpdateUnit')).toEqual([
      expect.objectContaining({
        id: 's',
        populationKind: 'STUDENTS',
        eligiblePopulation: 350,
        populations: [
          { kind: 'STUDENTS', declared: 350 },
          { kind: 'SCHOOL_STAFF', declared: 25 },
        ],
      }),
    ]);
  });

  it('declares a number for another kind, and clears one by emptying it', async () => {
    const { user, sent, saved } = setup(school);
    await kindsLoaded();
    // Kinds already in the form are not offered again; retired ones never.
    const add = screen.getByTestId('unit-form-add-kind');
    expect(within(add).queryByRole('option', { name: 'Học sinh' })).toBeNull();
    expect(within(add).queryByRole('option', { name: 'Hội viên cũ' })).toBeNull();
    await user.selectOptions(add, 'HOUSEHOLDS');
    await user.click(screen.getByTestId('unit-form-add-kind-submit'));
    await user.type(screen.getByLabelText('Số khai báo — Hộ gia đình (TDP)'), '12');
    await user.clear(screen.getByLabelText('Số khai báo — Cán bộ - giáo viên - nhân viên'));
    await user.click(screen.getByTestId('unit-form-submit'));
    await waitFor(() => expect(saved()).toBe(1));
    expect(sent('UpdateUnit')).toEqual([
      expect.objectContaining({
        populations: [
          { kind: 'STUDENTS', declared: 300 },
          { kind: 'SCHOOL_STAFF', declared: 0 },
          { kind: 'HOUSEHOLDS', declared: 12 },
        ],
      }),
    ]);
  });

  it('switching the main kind declares that kind’s number (the one it had, else 0)', async () => {
    const { user, sent, saved } = setup(school);
    await kindsLoaded();
    await user.selectOptions(screen.getByTestId('unit-form-population-kind'), 'SCHOOL_STAFF');
    expect(screen.getByLabelText('Số khai báo — Cán bộ - giáo viên - nhân viên')).toHaveValue('25');
    expect(screen.getByText('Chưa có danh sách: dùng số khai báo (chưa xác minh).')).toBeInTheDocument();
    // The pupils keep their row (their roster counts), now as another kind.
    expect(screen.getByLabelText('Số khai báo — Học sinh')).toHaveValue('300');
    await user.click(screen.getByTestId('unit-form-submit'));
    await waitFor(() => expect(saved()).toBe(1));
    expect(sent('UpdateUnit')).toEqual([
      expect.objectContaining({
        populationKind: 'SCHOOL_STAFF',
        eligiblePopulation: 25,
        populations: [
          { kind: 'STUDENTS', declared: 300 },
          { kind: 'SCHOOL_STAFF', declared: 25 },
        ],
      }),
    ]);
  });

  it('refuses a number that is not a whole number, at its field, and sends nothing', async () => {
    const { user, sent } = setup(school);
    const declared = screen.getByTestId('unit-form-population');
    await user.clear(declared);
    await user.type(declared, '12,5');
    await user.click(screen.getByTestId('unit-form-submit'));
    expect(await screen.findByText('Số người phải là số nguyên từ 0 trở lên.')).toBeInTheDocument();
    expect(declared).toHaveAttribute('aria-invalid', 'true');
    expect(sent('UpdateUnit')).toEqual([]);
  });

  it('a new unit starts with its kind’s main population and a declared number', async () => {
    const { user, sent, saved } = setup(null);
    await user.type(screen.getByTestId('unit-form-code'), 'TDP-07');
    await user.type(screen.getByTestId('unit-form-name'), 'Tổ dân phố 7');
    await user.selectOptions(screen.getByTestId('unit-form-kind'), 'NEIGHBORHOOD_GROUP');
    await user.selectOptions(screen.getByTestId('unit-form-parent'), 'w');
    await kindsLoaded();
    await user.selectOptions(screen.getByTestId('unit-form-population-kind'), 'HOUSEHOLDS');
    const declared = screen.getByLabelText('Số khai báo — Hộ gia đình (TDP)');
    await user.clear(declared);
    await user.type(declared, '180');
    await user.click(screen.getByTestId('unit-form-submit'));
    await waitFor(() => expect(saved()).toBe(1));
    expect(sent('CreateUnit')).toEqual([
      expect.objectContaining({
        code: 'TDP-07',
        kind: 'NEIGHBORHOOD_GROUP',
        parentId: 'w',
        populationKind: 'HOUSEHOLDS',
        eligiblePopulation: 180,
        // The kind it started with (nothing declared) is not sent.
        populations: [{ kind: 'HOUSEHOLDS', declared: 180 }],
      }),
    ]);
  });
});
