import { formatPersonalCode, personalCodeFromBytes } from '@thidua/shared';
import { screen } from '@testing-library/react';
import { CombinedError } from 'urql';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PublicContestQuery } from '../../../../generated/graphql';
import { graphqlStub, type StubHandler } from '../../../../test/graphql-stub';
import { renderUi } from '../../../../test/render';
import type { ContestDevice } from '../../utils/device-store';
import { EntrantRegistration } from './entrant-registration';

type Contest = PublicContestQuery['contest'];

const CODE = personalCodeFromBytes(new Uint8Array([3, 1, 4, 1, 5, 9, 2]));

const contest = (identityMode: Contest['identityMode']) =>
  ({
    id: 'c1',
    identityMode,
    units: [
      { id: 'u1', code: 'TDP-01', name: 'Tổ dân phố số 1', kind: 'NEIGHBORHOOD_GROUP', parentId: null },
      { id: 'u2', code: 'THCS', name: 'Trường THCS Hải An', kind: 'SCHOOL', parentId: null },
    ],
  }) as unknown as Contest;

const session = (verified: boolean, entrantCode: string | null = null) => ({
  registerEntrant: {
    entrantToken: 'tok',
    entrantCode,
    entrant: {
      id: 'e1',
      fullName: 'Nguyễn Thị Hà',
      birthYear: 1962,
      unitId: 'u1',
      unitName: 'Tổ dân phố số 1',
      phoneMasked: verified ? '' : '09•••••678',
      verified,
    },
  },
});

const refused = (reason: string) =>
  new CombinedError({ graphQLErrors: [{ message: 'refused', extensions: { code: 'BAD_USER_INPUT', reason } }] });

function renderRegistration(mode: Contest['identityMode'], handlers: Record<string, StubHandler>) {
  const stub = graphqlStub(handlers);
  const onRegistered = vi.fn<(device: ContestDevice) => void>();
  const view = renderUi(
    <EntrantRegistration contest={contest(mode)} prefill={null} notice={null} onRegistered={onRegistered} />,
    { client: stub.client, user: null },
  );
  return { ...view, ...stub, onRegistered };
}

const registrations = (calls: { name: string; variables: Record<string, unknown> }[]) =>
  calls.filter((c) => c.name === 'RegisterEntrant').map((c) => c.variables.input);

describe('registration by identity', () => {
  beforeEach(() => localStorage.clear());

  it('ROSTER_ONLY: the roster way only, by personal code, after the purpose and both consents', async () => {
    const { user, calls, onRegistered } = renderRegistration('ROSTER_ONLY', {
      RegisterEntrant: () => ({ data: session(true) }),
    });
    expect(screen.queryByTestId('register-by-phone')).toBeNull();
    expect(screen.getByTestId('register-privacy').textContent).toContain('Luật Bảo vệ dữ liệu cá nhân 2025');
    await user.type(screen.getByTestId('roster-code'), 'ACDE-FHJ');
    await user.click(screen.getByTestId('roster-submit'));
    expect(await screen.findByText('Mã chưa đúng: kiểm tra lại 8 ký tự trên thẻ.')).toBeTruthy();
    await user.clear(screen.getByTestId('roster-code'));
    await user.type(screen.getByTestId('roster-code'), formatPersonalCode(CODE).toLowerCase());
    await user.click(screen.getByTestId('register-consent-rules'));
    await user.click(screen.getByTestId('register-consent-data'));
    await user.click(screen.getByTestId('roster-submit'));
    await vi.waitFor(() => expect(onRegistered).toHaveBeenCalled());
    expect(registrations(calls)).toEqual([{ contestId: 'c1', consent: true, personalCode: CODE }]);
    expect(onRegistered.mock.calls[0][0].entrant).toMatchObject({ verified: true, entrantCode: null });
  });

  it('finds one’s name in the unit’s roster and confirms the birth year', async () => {
    const { user, calls, onRegistered } = renderRegistration('ROSTER_PREFERRED', {
      RosterCandidates: () => ({
        data: {
          rosterCandidates: [{ __typename: 'RosterCandidate', personId: 'p9', fullName: 'Nguyễn Thị Hà', subUnit: '' }],
        },
      }),
      RegisterEntrant: () => ({ data: session(true) }),
    });
    await user.click(screen.getByTestId('roster-way-name'));
    await user.type(screen.getByTestId('register-unit-search'), 'to dan pho');
    await user.click(screen.getByTestId('register-unit-TDP-01'));
    await user.type(screen.getByTestId('roster-name-search'), 'nguyen thi ha');
    await user.click(await screen.findByTestId('roster-candidate-p9'));
    expect(screen.getByTestId('roster-picked').textContent).toContain('Nguyễn Thị Hà');
    await user.type(screen.getByTestId('roster-birth-year'), '1962');
    await user.click(screen.getByTestId('register-consent-rules'));
    await user.click(screen.getByTestId('register-consent-data'));
    await user.click(screen.getByTestId('roster-submit'));
    await vi.waitFor(() => expect(onRegistered).toHaveBeenCalled());
    const search = calls.filter((c) => c.name === 'RosterCandidates').at(-1)!;
    expect(search.variables.input).toEqual({ contestId: 'c1', unitId: 'u1', query: 'nguyen thi ha' });
    expect(registrations(calls)).toEqual([{ contestId: 'c1', consent: true, personId: 'p9', birthYear: 1962 }]);
  });

  it('ROSTER_PREFERRED: the phone way is offered second, says it is unverified, and asks a new device for the entrant code', async () => {
    const { user, calls, onRegistered } = renderRegistration('ROSTER_PREFERRED', {
      RegisterEntrant: (_variables, n) =>
        n === 0 ? { error: refused('ENTRANT_CODE_REQUIRED') } : { data: session(false) },
    });
    expect(screen.getByTestId('contest-register-roster')).toBeTruthy();
    await user.click(screen.getByTestId('register-by-phone'));
    expect(screen.getByTestId('register-unverified-note').textContent).toContain('chưa xác minh');
    await user.type(screen.getByTestId('register-name'), 'Nguyễn Thị Hà');
    await user.type(screen.getByTestId('register-birth-year'), '1962');
    await user.type(screen.getByTestId('register-unit-search'), 'to dan pho');
    await user.click(screen.getByTestId('register-unit-TDP-01'));
    await user.type(screen.getByTestId('register-phone'), '0912 345 678');
    await user.click(screen.getByTestId('register-consent-rules'));
    await user.click(screen.getByTestId('register-consent-data'));
    await user.click(screen.getByTestId('register-submit'));
    expect(await screen.findByTestId('register-entrant-code')).toBeTruthy();
    expect(screen.getByText(/^Số điện thoại này đã được đăng ký/u)).toBeTruthy();
    await user.type(screen.getByTestId('register-entrant-code'), formatPersonalCode(CODE));
    await user.click(screen.getByTestId('register-submit'));
    await vi.waitFor(() => expect(onRegistered).toHaveBeenCalled());
    const sent = registrations(calls) as Record<string, unknown>[];
    expect(sent[0]).toMatchObject({ phone: '0912345678', entrantCode: null });
    expect(sent[1]).toMatchObject({ phone: '0912345678', entrantCode: CODE });
    expect(onRegistered.mock.calls[0][0].entrant).toMatchObject({ verified: false });
  });

  it('OPEN: the phone way first; the first registration’s entrant code is kept on the device to show', async () => {
    const { user, onRegistered } = renderRegistration('OPEN', {
      RegisterEntrant: () => ({ data: session(false, 'ACDE-FHJK') }),
    });
    expect(screen.getByTestId('contest-register')).toBeTruthy();
    expect(screen.getByTestId('register-by-roster')).toBeTruthy();
    await user.type(screen.getByTestId('register-name'), 'Nguyễn Thị Hà');
    await user.type(screen.getByTestId('register-birth-year'), '1962');
    await user.type(screen.getByTestId('register-unit-search'), 'to dan pho');
    await user.click(screen.getByTestId('register-unit-TDP-01'));
    await user.type(screen.getByTestId('register-phone'), '0912 345 678');
    await user.click(screen.getByTestId('register-consent-rules'));
    await user.click(screen.getByTestId('register-consent-data'));
    await user.click(screen.getByTestId('register-submit'));
    await vi.waitFor(() => expect(onRegistered).toHaveBeenCalled());
    expect(onRegistered.mock.calls[0][0].entrant).toMatchObject({ entrantCode: 'ACDE-FHJK', verified: false });
  });
});
