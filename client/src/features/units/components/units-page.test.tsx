import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlStub } from '../../../test/graphql-stub';
import { renderUi, testUser } from '../../../test/render';
import type { UnitItem } from '../utils/unit-tree';
import { UnitsPage } from './units-page';

const unit = (overrides: Partial<UnitItem> & Pick<UnitItem, 'id' | 'code' | 'name' | 'kind'>): UnitItem => ({
  parentId: null,
  populationKind: 'STUDENTS',
  populations: [],
  sortOrder: 0,
  isDemo: false,
  ...overrides,
});

const UNITS: UnitItem[] = [
  unit({
    id: 'w',
    code: 'PHUONG',
    name: 'Phường Hòa An',
    kind: 'WARD',
    populationKind: 'RESIDENTS',
    populations: [{ kind: 'RESIDENTS', size: 5000, source: 'DECLARED', rosterSize: 0, declared: 5000 }],
  }),
  unit({
    id: 's',
    code: 'THCS-HA',
    name: 'Trường THCS Hòa An',
    kind: 'SCHOOL',
    parentId: 'w',
    populations: [
      { kind: 'STUDENTS', size: 320, source: 'ROSTER', rosterSize: 320, declared: 300 },
      { kind: 'SCHOOL_STAFF', size: 25, source: 'DECLARED', rosterSize: 0, declared: 25 },
    ],
  }),
  // The class's pupils are the school's too: counted once in the totals.
  unit({
    id: 'c',
    code: '6A',
    name: 'Lớp 6A',
    kind: 'CLASS',
    parentId: 's',
    populations: [{ kind: 'STUDENTS', size: 30, source: 'ROSTER', rosterSize: 30, declared: 0 }],
  }),
];

function renderPage(role: 'ADMIN' | 'UNIT_OFFICER') {
  const { client } = graphqlStub({ Units: () => ({ data: { units: UNITS } }) });
  return renderUi(<UnitsPage />, { client, user: testUser({ role }) });
}

describe('UnitsPage populations', () => {
  it('shows each population as on the roster (verified) or declared, not verified, and totals per kind', async () => {
    renderPage('ADMIN');
    const school = await screen.findByTestId('unit-populations-THCS-HA');
    expect(
      within(school)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Học sinh: 320 theo danh sách (đã xác minh)',
      'Cán bộ - giáo viên - nhân viên: 25 khai báo, chưa xác minh',
    ]);
    expect(screen.getByTestId('units-total-STUDENTS')).toHaveTextContent('Học sinh: 320');
    expect(screen.getByTestId('units-total-SCHOOL_STAFF')).toHaveTextContent('Cán bộ - giáo viên - nhân viên: 25');
    expect(screen.getByTestId('units-total-RESIDENTS')).toHaveTextContent('Người dân: 5.000');
  });

  it('links every unit to its roster, for the unit officer too', async () => {
    renderPage('UNIT_OFFICER');
    const link = await screen.findByTestId('unit-people-THCS-HA');
    expect(link).toHaveAttribute('href', '/admin/units/s/people');
    expect(link).toHaveAccessibleName('Danh sách người của Trường THCS Hòa An');
    expect(screen.queryByTestId('unit-edit-THCS-HA')).toBeNull();
  });
});
