import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearTokens, getAccessToken, getRefreshToken, storeTokens } from '../../../lib/auth-tokens';
import { graphqlStub } from '../../../test/graphql-stub';
import { renderUi, testUser } from '../../../test/render';
import { AuthActionsContext, type AuthActions } from '../hooks/use-auth-actions';
import { CombinedError } from 'urql';
import { ChangePasswordDialog } from './change-password-dialog';

const session = {
  accessToken: 'access-new',
  accessTokenExpiresAt: '2030-01-01T00:00:00.000Z',
  refreshToken: 'refresh-new',
  user: { ...testUser(), __typename: 'Me' },
};

function renderDialog(handler: Parameters<typeof graphqlStub>[0]['ChangePassword']) {
  const { client, calls } = graphqlStub({ ChangePassword: handler });
  const establish = vi.fn<AuthActions['establish']>((tokens) => storeTokens(tokens));
  const onClose = vi.fn();
  const rendered = renderUi(
    <AuthActionsContext.Provider value={{ establish }}>
      <ChangePasswordDialog onClose={onClose} />
    </AuthActionsContext.Provider>,
    { client },
  );
  return { ...rendered, calls, establish, onClose };
}

async function fill(user: ReturnType<typeof renderDialog>['user'], current: string, next: string, confirm = next) {
  if (current) await user.type(screen.getByTestId('change-password-current'), current);
  await user.type(screen.getByTestId('change-password-new'), next);
  await user.type(screen.getByTestId('change-password-confirm'), confirm);
  await user.click(screen.getByTestId('change-password-save'));
}

afterEach(() => clearTokens());

describe('ChangePasswordDialog', () => {
  it('sends the current and new password, keeps the new session and says it is done', async () => {
    const { user, calls, establish } = renderDialog(() => ({ data: { changePassword: session } }));
    await fill(user, 'mat-khau-cu-1', 'mat-khau-moi-dai');
    await waitFor(() => expect(screen.getByTestId('change-password-done')).toBeInTheDocument());
    expect(calls.find((c) => c.name === 'ChangePassword')?.variables.input).toEqual({
      currentPassword: 'mat-khau-cu-1',
      newPassword: 'mat-khau-moi-dai',
    });
    expect(establish).toHaveBeenCalledTimes(1);
    expect(getAccessToken()).toBe('access-new');
    expect(getRefreshToken()).toBe('refresh-new');
    expect(screen.getByRole('status')).toHaveTextContent('Đã đổi mật khẩu.');
  });

  it('checks the fields before asking the server', async () => {
    const { user, calls } = renderDialog(() => ({ data: { changePassword: session } }));
    await fill(user, '', 'mat-khau-moi-dai');
    expect(screen.getByRole('alert')).toHaveTextContent('Vui lòng nhập mật khẩu hiện tại.');
    await user.type(screen.getByTestId('change-password-current'), 'mat-khau-cu-1');
    await user.clear(screen.getByTestId('change-password-new'));
    await user.type(screen.getByTestId('change-password-new'), 'ngan');
    await user.click(screen.getByTestId('change-password-save'));
    expect(screen.getByRole('alert')).toHaveTextContent('Mật khẩu mới phải có ít nhất 10 ký tự.');
    await user.clear(screen.getByTestId('change-password-new'));
    await user.type(screen.getByTestId('change-password-new'), 'mat-khau-moi-khac');
    await user.click(screen.getByTestId('change-password-save'));
    expect(screen.getByRole('alert')).toHaveTextContent('Hai lần nhập mật khẩu mới không khớp.');
    expect(calls.some((c) => c.name === 'ChangePassword')).toBe(false);
  });

  it('shows the server refusing a wrong current password and keeps the old session', async () => {
    const wrong = new CombinedError({
      graphQLErrors: [{ message: 'refused', extensions: { code: 'BAD_USER_INPUT', reason: 'WRONG_CURRENT_PASSWORD' } }],
    });
    storeTokens({ accessToken: 'access-old', accessTokenExpiresAt: '2030-01-01T00:00:00.000Z', refreshToken: 'r-old' });
    const { user, establish } = renderDialog(() => ({ error: wrong }));
    await fill(user, 'sai-mat-khau', 'mat-khau-moi-dai');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Mật khẩu hiện tại không đúng.'));
    expect(establish).not.toHaveBeenCalled();
    expect(getRefreshToken()).toBe('r-old');
    expect(screen.queryByTestId('change-password-done')).not.toBeInTheDocument();
  });
});
