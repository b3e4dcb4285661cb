import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Dialog } from '../../../components/dialog';
import { FormError } from '../../../components/form-error';
import { Button } from '../../../components/ui';
import { errorText } from '../../../lib/error-text';
import { UpdateUserDocument } from '../graphql/users.documents';
import { MIN_PASSWORD } from '../hooks/use-user-form';
import type { UserItem } from './user-form-dialog';

/** Sets a new password for an account (the user is told it out of band). */
export function PasswordDialog({
  user,
  onClose,
  onSaved,
}: {
  user: UserItem;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [state, updateUser] = useMutation(UpdateUserDocument);

  async function submit() {
    if (password.length < MIN_PASSWORD) {
      setError(t('users.form.passwordShort', { min: MIN_PASSWORD }));
      return;
    }
    if (password !== confirm) {
      setError(t('users.form.passwordMismatch'));
      return;
    }
    setError(null);
    const result = await updateUser({ input: { id: user.id, password } });
    if (result.data) onSaved(t('users.passwordSet', { username: user.username }));
  }

  return (
    <Dialog
      open
      title={t('users.form.passwordTitle', { username: user.username })}
      onClose={onClose}
      size="sm"
      testId="password-dialog"
    >
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor="new-password">{t('users.form.newPassword')}</label>
          <input
            id="new-password"
            data-testid="user-new-password"
            type="password"
            autoComplete="new-password"
            value={password}
            aria-describedby="new-password-hint"
            onChange={(e) => setPassword(e.target.value)}
          />
          <p id="new-password-hint" className="field__hint">
            {t('users.form.passwordHint', { min: MIN_PASSWORD })}
          </p>
        </div>
        <div className="field">
          <label htmlFor="confirm-password">{t('users.form.confirmPassword')}</label>
          <input
            id="confirm-password"
            data-testid="user-confirm-password"
            type="password"
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
          />
        </div>
        <FormError message={error ?? errorText(t, state.error)} />
        <div className="form-actions">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" data-testid="user-password-save" disabled={state.fetching}>
            {state.fetching ? t('common.saving') : t('users.form.setPassword')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
