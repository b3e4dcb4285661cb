import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlStub } from '../../../test/graphql-stub';
import { renderUi } from '../../../test/render';
import { personFixture, rosterUnitFixture } from '../testing/people-fixtures';
import { CodeSheetsPage } from './code-sheets-page';

function renderSheets(people: ReturnType<typeof personFixture>[], route = '/admin/units/u-school/people/codes') {
  const { client, calls } = graphqlStub({
    RosterUnit: () => ({ data: { unit: rosterUnitFixture() } }),
    People: () => ({ data: { people: { items: people, total: people.length } } }),
  });
  const view = renderUi(<CodeSheetsPage />, { client, route, path: '/admin/units/:unitId/people/codes' });
  return { ...view, calls };
}

describe('CodeSheetsPage', () => {
  it('prints one A4 sheet per class, 24 cards a page, each with the name, class, unit, code and the QR of the join link', async () => {
    const class5a = Array.from({ length: 30 }, (_, i) =>
      personFixture({ fullName: `Phạm Văn ${String.fromCharCode(65 + (i % 26))}${i}`, subUnit: '5A' }),
    );
    const class5b = [personFixture({ fullName: 'Đỗ Thị Mai', subUnit: '5B' })];
    const erased = personFixture({ fullName: '', subUnit: '5B', erased: true, personalCode: null });
    renderSheets([...class5b, erased, ...class5a]);

    const sheets = await screen.findAllByTestId('code-sheet');
    // 5A: 30 cards = 24 + 6 (two pages); 5B: one page (the erased person has no card).
    expect(sheets).toHaveLength(3);
    expect(sheets.map((s) => within(s).getAllByTestId('code-card').length)).toEqual([24, 6, 1]);
    expect(sheets[0]).toHaveTextContent('5A');
    expect(sheets[0]).toHaveTextContent('30 người · trang 1/2');
    expect(screen.getByTestId('code-sheets-summary')).toHaveTextContent('31 thẻ, 2 lớp/tổ, 3 trang A4.');

    const card = within(sheets[2]).getByTestId('code-card');
    const code = class5b[0].personalCode ?? '';
    expect(card).toHaveTextContent('Đỗ Thị Mai');
    expect(card).toHaveTextContent('5B');
    expect(card).toHaveTextContent('Trường Tiểu học Hải An');
    expect(card).toHaveTextContent(code);
    const qr = within(card).getByRole('img', { name: 'Mã QR để tham gia của Đỗ Thị Mai' });
    expect(qr).toHaveAttribute('data-value', `${window.location.origin}/join?code=${code.replace('-', '')}`);
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
  });

  it('prints one class when the address names it', async () => {
    const { calls } = renderSheets([personFixture({ subUnit: '5A' })], '/admin/units/u-school/people/codes?subUnit=5A');
    await screen.findAllByTestId('code-card');
    expect(calls.find((c) => c.name === 'People')?.variables.filter).toMatchObject({
      unitId: 'u-school',
      subUnit: '5A',
    });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Thẻ mã cá nhân');
  });

  it('says so when nobody has a code', async () => {
    renderSheets([]);
    expect(await screen.findByTestId('code-sheets-empty')).toHaveTextContent('Không có ai có mã cá nhân để in.');
    expect(screen.getByTestId('code-sheets-print')).toBeDisabled();
  });
});
