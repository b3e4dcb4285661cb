import { Role } from '@thidua/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlStub } from '../../../test/graphql-stub';
import { renderUi, testUser } from '../../../test/render';
import { personFixture, populationKindsFixture } from '../testing/people-fixtures';
import { PersonPage } from './person-page';

const person = personFixture({ id: 'p-an', fullName: 'Nguyễn Văn An', phoneMasked: '09•••••321' });

function renderPerson(role: Role = Role.ADMIN) {
  let erased = false;
  const { client, calls } = graphqlStub({
    PopulationKinds: () => ({ data: { populationKinds: populationKindsFixture } }),
    PersonRecord: () => ({
      data: {
        personRecord: {
          person: erased
            ? { ...person, fullName: '', phoneMasked: null, personalCode: null, erased: true, birthDate: null }
            : person,
          games: [
            {
              gameId: 'g1',
              title: 'Rung chuông vàng',
              playedAt: '2026-11-20T08:00:00.000Z',
              score: 8400,
              rank: 3,
              players: 42,
              answered: 12,
            },
          ],
          contests: [
            {
              contestId: 'c1',
              title: 'Tìm hiểu Nghị quyết',
              attempts: 2,
              bestScore: 9200,
              maxScore: 11000,
              prize: 'Giải Ba',
              disqualified: false,
            },
          ],
        },
      },
    }),
    RevealPersonPhone: () => ({ data: { revealPersonPhone: '0912345321' } }),
    ErasePerson: () => {
      erased = true;
      return { data: { erasePerson: true } };
    },
  });
  const view = renderUi(<PersonPage />, {
    client,
    route: '/admin/people/p-an',
    path: '/admin/people/:personId',
    user: testUser(role === Role.ADMIN ? {} : { role, unit: { id: 'u-school', code: 'TH-HA', name: 'Trường' } }),
  });
  return { ...view, calls };
}

describe('PersonPage', () => {
  it('shows the record: games with rank, contests with best score and prize', async () => {
    renderPerson();
    expect(await screen.findByTestId('person-games')).toHaveTextContent('Rung chuông vàng20/11/20268.4003 / 4212');
    expect(screen.getByTestId('person-contests')).toHaveTextContent('Tìm hiểu Nghị quyết29.200 / 11.000Giải Ba');
    expect(screen.getByTestId('person-code')).toHaveTextContent(person.personalCode ?? '');
  });

  it('reveals the phone to an admin once, saying it is logged', async () => {
    const { user, calls } = renderPerson();
    await user.click(await screen.findByTestId('person-reveal-phone'));
    const revealed = await screen.findByTestId('person-phone-revealed');
    expect(revealed).toHaveTextContent('0912345321');
    expect(revealed).toHaveTextContent('đã được ghi vào nhật ký dữ liệu');
    expect(screen.queryByTestId('person-reveal-phone')).not.toBeInTheDocument();
    expect(calls.filter((c) => c.name === 'RevealPersonPhone')).toHaveLength(1);
  });

  it('erases only with a reason and the box ticked', async () => {
    const { user, calls } = renderPerson();
    await user.click(await screen.findByTestId('person-erase'));
    const dialog = screen.getByTestId('person-erase-dialog');
    const confirm = within(dialog).getByTestId('person-erase-dialog-confirm');
    expect(confirm).toBeDisabled();
    await user.click(within(dialog).getByTestId('person-erase-dialog-ack'));
    await user.click(confirm);
    expect(within(dialog).getByText('Nhập lý do (ít nhất 3 ký tự).')).toBeInTheDocument();
    expect(calls.some((c) => c.name === 'ErasePerson')).toBe(false);

    await user.type(within(dialog).getByTestId('person-erase-dialog-reason'), 'Theo yêu cầu của phụ huynh');
    await user.click(confirm);
    expect(await screen.findByText('Đã xóa dữ liệu cá nhân.')).toBeInTheDocument();
    expect(calls.find((c) => c.name === 'ErasePerson')?.variables).toEqual({
      id: 'p-an',
      reason: 'Theo yêu cầu của phụ huynh',
    });
  });

  it('gives a unit officer the record without the admin-only actions', async () => {
    renderPerson(Role.UNIT_OFFICER);
    await screen.findByTestId('person-games');
    expect(screen.queryByTestId('person-reveal-phone')).not.toBeInTheDocument();
    expect(screen.queryByTestId('person-export')).not.toBeInTheDocument();
    expect(screen.queryByTestId('person-erase')).not.toBeInTheDocument();
    expect(screen.getByTestId('person-regenerate')).toBeInTheDocument();
  });
});
