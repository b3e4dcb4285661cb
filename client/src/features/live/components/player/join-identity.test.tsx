import { personalCodeFromBytes, type JoinIdentity as Identity } from '@thidua/shared';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderUi, stubClient } from '../../../../test/render';
import { JoinIdentity } from './join-identity';

const units = [{ id: 'u-6a', code: 'THCS-6A', name: 'Lớp 6A', parentName: 'Trường THCS' }];
const code = personalCodeFromBytes(new Uint8Array([1, 2, 3, 4, 5, 6, 7]));

function renderJoin(options: { guestsAllowed?: boolean; presetCode?: string } = {}) {
  const onJoin = vi.fn<(identity: Identity) => void>();
  const onGuest = vi.fn();
  const client = stubClient({
    queries: {
      LiveRosterCandidates: {
        rosterCandidates: [
          { __typename: 'RosterCandidate', personId: 'p-1', fullName: 'Nguyễn Văn An', subUnit: '6A' },
        ],
      },
    },
  });
  const view = renderUi(
    <JoinIdentity
      pin="123456"
      title="Đố vui"
      units={units}
      presetCode={options.presetCode ?? ''}
      presetUnitId={null}
      guestsAllowed={options.guestsAllowed ?? true}
      busy={false}
      error={null}
      onJoin={onJoin}
      onGuest={onGuest}
    />,
    { client, user: null },
  );
  return { ...view, onJoin, onGuest };
}

describe('JoinIdentity', () => {
  it('takes the code as typed from the card (lower case, a space) and sends it parsed; a wrong one is caught here', async () => {
    const { user, onJoin } = renderJoin();
    await user.type(screen.getByTestId('join-code'), 'ACDE FHJK');
    await user.click(screen.getByTestId('join-code-submit'));
    expect(onJoin).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toBeTruthy();
    await user.clear(screen.getByTestId('join-code'));
    await user.type(
      screen.getByTestId('join-code'),
      `${code.slice(0, 4).toLowerCase()} ${code.slice(4).toLowerCase()}`,
    );
    await user.click(screen.getByTestId('join-code-submit'));
    expect(onJoin).toHaveBeenCalledWith({ personalCode: code });
  });

  it('pre-fills the code of a printed card (?code=)', async () => {
    const { user, onJoin } = renderJoin({ presetCode: code });
    await user.click(screen.getByTestId('join-code-submit'));
    expect(onJoin).toHaveBeenCalledWith({ personalCode: code });
  });

  it('finds my name: unit → name → pick → birth year', async () => {
    const { user, onJoin } = renderJoin();
    await user.click(screen.getByTestId('join-find-name'));
    await user.click(screen.getByTestId('join-identity-unit-THCS-6A'));
    await user.type(screen.getByTestId('join-identity-name'), 'nguyen an');
    await waitFor(() => expect(screen.getByTestId('join-identity-candidate')).toBeTruthy());
    await user.click(screen.getByTestId('join-identity-candidate'));
    await user.type(screen.getByTestId('join-identity-year'), '2012');
    await user.click(screen.getByTestId('join-identity-submit'));
    expect(onJoin).toHaveBeenCalledWith({ personId: 'p-1', birthYear: 2012 });
  });

  it('offers "join as a guest" only when the game takes guests', async () => {
    const { user, onGuest, unmount } = renderJoin();
    await user.click(screen.getByTestId('join-as-guest'));
    expect(onGuest).toHaveBeenCalled();
    unmount();
    renderJoin({ guestsAllowed: false });
    expect(screen.queryByTestId('join-as-guest')).toBeNull();
  });
});
