import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Dialog } from '../../../components/dialog';
import { FormError } from '../../../components/form-error';
import { Button } from '../../../components/ui';
import { errorText } from '../../../lib/error-text';
import { MIN_PASSWORD } from '../../../lib/password-rules';
import { ChangePasswordDocument } from '../graphql/auth.documents';
import { useAuthActions } from '../hooks/use-auth-actions';

/**
 * The signed-in user changes their own password, proving the current one. The server
 * ends every other session and answers with a new one, which replaces this tab's tokens.
 */
export function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { establish } = useAuthActions();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [state, changePassword] = useMutation(ChangePasswordDocument);

  async function submit() {
    if (!current) {
      setError(t('auth.changePassword.currentRequired'));
      return;
    }
    if (password.length < MIN_PASSWORD) {
      setError(t('auth.changePassword.tooShort', { min: MIN_PASSWORD }));
      return;
    }
    if (password !== confirm) {
      setError(t('auth.changePassword.mismatch'));
      return;
    }
    setError(null);
    const result = await changePassword({ input: { currentPassword: current, newPassword: password } });
    const session = result.data?.changePassword;
    if (session) {
      establish(session, session.user);
      setDone(true);
    }
  }

  return (
    <Dialog open title={t('auth.changePassword.title')} onClose={onClose} size="sm" testId="change-password-dialog">
      {done ? (
        <div className="form">
          <p role="status" data-testid="change-password-done">
            {t('auth.changePassword.done')}
          </p>
          <div className="form-actions">
            <Button variant="primary" onClick={onClose} data-testid="change-password-close">
              {t('auth.changePassword.close')}
            </Button>
          </div>
        </div>
      ) : (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <div className="field">
            <label htmlFor="current-password">{t('auth.changePassword.current')}</label>
            <input
              id="current-password"
              data-testid="change-password-current"
              type="password"
              autoComplete="current-password"
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="change-new-password">{t('auth.changePassword.new')}</label>
            <input
              id="change-new-password"
              data-testid="change-password-new"
              type="password"
              autoComplete="new-password"
              value={password}
              aria-describedby="change-new-password-hint"
              onChange={(e) => setPassword(e.target.value)}
            />
            <p id="change-new-password-hint" className="field__hint">
              {t('auth.changePassword.hint', { min: MIN_PASSWORD })}
            </p>
          </div>
          <div className="field">
            <label htmlFor="change-confirm-password">{t('auth.changePassword.confirm')}</label>
            <input
              id="change-confirm-password"
              data-testid="change-password-confirm"
              type="password"
              autoComplete="new-password"
              value={confirm}
              onChange={(e) => setConfirm(e.target.value)}
            />
          </div>
          <FormError message={error ?? errorText(t, state.error)} />
          <div className="form-actions">
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" variant="primary" data-testid="change-password-save" disabled={state.fetching}>
              {state.fetching ? t('common.saving') : t('auth.changePassword.submit')}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
