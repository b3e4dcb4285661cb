import { foldForSearch } from '@thidua/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlStub } from '../../../test/graphql-stub';
import { renderUi } from '../../../test/render';
import { personFixture, populationKindsFixture, rosterUnitFixture } from '../testing/people-fixtures';
import { RosterPage } from './roster-page';

const roster = [
  personFixture({ fullName: 'Nguyễn Thị Ánh', subUnit: '5A' }),
  personFixture({ fullName: 'Trần Văn Đức', subUnit: '5A', phoneMasked: '09•••••321' }),
  personFixture({ fullName: 'Nguyễn Đăng Khoa', subUnit: '5B' }),
  personFixture({ fullName: 'Lê Thu Hà', kind: 'SCHOOL_STAFF', subUnit: 'Tổ Toán', birthDate: null, birthYear: 1988 }),
];

/** The server's search, as the API promises it: every word of the query in the folded name. */
function serverPeople(filter: { search?: string; kind?: string; subUnit?: string }) {
  const words = foldForSearch(filter.search ?? '')
    .split(' ')
    .filter(Boolean);
  const items = roster.filter(
    (p) =>
      words.every((w) => foldForSearch(p.fullName).includes(w)) &&
      (!filter.kind || p.kind === filter.kind) &&
      (!filter.subUnit || p.subUnit === filter.subUnit),
  );
  return { people: { items, total: items.length } };
}

function renderRoster(importReply?: (input: { dryRun: boolean }) => unknown) {
  const { client, calls } = graphqlStub({
    RosterUnit: () => ({
      data: {
        unit: rosterUnitFixture([
          { kind: 'STUDENTS', rosterSize: 3, declared: 320 },
          { kind: 'SCHOOL_STAFF', rosterSize: 1, declared: 0 },
          { kind: 'HOUSEHOLDS', rosterSize: 0, declared: 40 },
        ]),
      },
    }),
    PopulationKinds: () => ({ data: { populationKinds: populationKindsFixture } }),
    PrivacySettings: () => ({ data: { privacySettings: { retentionMonths: 24 } } }),
    People: (variables) => ({ data: serverPeople(variables.filter as { search?: string }) }),
    ImportRoster: (variables) => ({ data: { importRoster: importReply?.(variables.input as { dryRun: boolean }) } }),
  });
  const view = renderUi(<RosterPage />, {
    client,
    route: '/admin/units/u-school/people',
    path: '/admin/units/:unitId/people',
  });
  return { ...view, calls };
}

const names = () => screen.getAllByTestId('roster-row').map((row) => within(row).getByRole('rowheader').textContent);

describe('RosterPage', () => {
  it('lists the roster with counts per kind, the declared number labelled as not verified', async () => {
    renderRoster();
    expect(await screen.findAllByTestId('roster-row')).toHaveLength(4);
    expect(screen.getByTestId('roster-total')).toHaveTextContent('4 người trong danh sách');
    expect(screen.getByTestId('roster-count-STUDENTS')).toHaveTextContent('3Học sinhtheo danh sách');
    expect(screen.getByTestId('roster-count-HOUSEHOLDS')).toHaveTextContent('40Hộ gia đìnhkhai báo, chưa xác minh');
    // The phone only ever masked; the birth as dd/mm/yyyy or the year alone.
    const duc = screen.getAllByTestId('roster-row')[1];
    expect(duc).toHaveTextContent('09•••••321');
    expect(duc).toHaveTextContent('15/09/2016');
    expect(screen.getAllByTestId('roster-row')[3]).toHaveTextContent('1988');
    expect(screen.getByTestId('people-purpose')).toHaveTextContent('24 tháng');
  });

  it('finds people by name typed without diacritics', async () => {
    const { user, calls } = renderRoster();
    await screen.findAllByTestId('roster-row');
    const search = screen.getByTestId('roster-search');
    const settled = { timeout: 3000 };
    await user.click(search);
    await user.paste('nguyen');
    await waitFor(() => expect(names()).toEqual(['Nguyễn Thị Ánh', 'Nguyễn Đăng Khoa']), settled);
    await user.paste(' dang');
    await waitFor(() => expect(names()).toEqual(['Nguyễn Đăng Khoa']), settled);
    expect(screen.getByTestId('roster-total')).toHaveTextContent('1 người phù hợp');
    const lastPeople = calls.filter((c) => c.name === 'People').at(-1);
    expect(lastPeople?.variables.filter).toMatchObject({ unitId: 'u-school', search: 'nguyen dang', offset: 0 });

    await user.clear(search);
    await user.paste('duc');
    await waitFor(() => expect(names()).toEqual(['Trần Văn Đức']), settled);
  });

  it('filters by kind and by class', async () => {
    const { user } = renderRoster();
    await screen.findAllByTestId('roster-row');
    await user.selectOptions(screen.getByTestId('roster-kind-filter'), 'SCHOOL_STAFF');
    await waitFor(() => expect(names()).toEqual(['Lê Thu Hà']));
    await user.click(screen.getByTestId('roster-clear-filters'));
    await user.type(screen.getByTestId('roster-subunit-filter'), '5B');
    await waitFor(() => expect(names()).toEqual(['Nguyễn Đăng Khoa']), { timeout: 3000 });
    expect(screen.getByTestId('roster-codes-link')).toHaveAttribute(
      'href',
      '/admin/units/u-school/people/codes?subUnit=5B',
    );
  });

  it('checks an import first and lists every bad row, importing nothing', async () => {
    const sent: boolean[] = [];
    const { user } = renderRoster(({ dryRun }) => {
      sent.push(dryRun);
      return {
        ok: false,
        created: 0,
        updated: 0,
        unchanged: 0,
        errors: [
          // MISSING_NAME is also a units-import reason ("Thiếu tên đơn vị"): the roster says its own words.
          { line: 3, column: 'Họ và tên', reason: 'MISSING_NAME', message: 'Full name is required' },
          { line: 5, column: 'Ngày sinh', reason: 'INVALID_BIRTH_DATE', message: '"31/02/2016" is not a date' },
          { line: 7, column: 'Họ và tên', reason: 'DUPLICATE_IN_FILE', message: 'Already on line 4' },
          { line: 8, column: null, reason: 'SOMETHING_NEW', message: 'Lỗi mới của máy chủ.' },
        ],
      };
    });
    await screen.findAllByTestId('roster-row');
    await user.click(screen.getByTestId('roster-import-toggle'));
    const file = new File(['Họ và tên,Ngày sinh\n'], 'lop-5a.csv', { type: 'text/csv' });
    await user.upload(screen.getByTestId('roster-import-file'), file);
    await waitFor(() => expect(screen.getByTestId('roster-import-check')).toBeEnabled());
    await user.click(screen.getByTestId('roster-import-check'));

    const rows = await screen.findAllByTestId('roster-import-error-row');
    expect(rows).toHaveLength(4);
    expect(rows[0]).toHaveTextContent('3Họ và tênThiếu họ và tên.');
    expect(rows[1]).toHaveTextContent('5Ngày sinhNgày sinh không đúng dạng dd/mm/yyyy.');
    expect(rows[2]).toHaveTextContent('Trùng với một dòng khác trong tệp (cùng họ tên và ngày sinh).');
    expect(rows[3]).toHaveTextContent('8—Lỗi mới của máy chủ.');
    expect(screen.getByRole('alert')).toHaveTextContent('Tệp có 4 lỗi, chưa có ai được nhập.');
    expect(screen.getByTestId('roster-import-commit')).toBeDisabled();
    expect(sent).toEqual([true]);
  });

  it('imports after a clean check and says what changed', async () => {
    const sent: boolean[] = [];
    const { user } = renderRoster(({ dryRun }) => {
      sent.push(dryRun);
      return { ok: true, created: 28, updated: 2, unchanged: 1, errors: [] };
    });
    await screen.findAllByTestId('roster-row');
    await user.click(screen.getByTestId('roster-import-toggle'));
    await user.upload(screen.getByTestId('roster-import-file'), new File(['x'], 'lop-5a.xlsx'));
    await waitFor(() => expect(screen.getByTestId('roster-import-check')).toBeEnabled());
    await user.click(screen.getByTestId('roster-import-check'));
    expect(await screen.findByTestId('roster-import-preview')).toHaveTextContent(
      'Thêm mới 28, cập nhật 2, không đổi 1.',
    );
    await user.click(screen.getByTestId('roster-import-commit'));
    expect(await screen.findByTestId('roster-import-success')).toHaveTextContent('Đã nhập danh sách.');
    expect(sent).toEqual([true, false]);
  });
});
