import { ROLES, type Role } from '@thidua/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Dialog } from '../../../components/dialog';
import { FormError } from '../../../components/form-error';
import type { UsersQuery } from '../../../generated/graphql';
import { errorText } from '../../../lib/error-text';
import { CreateUserDocument, UpdateUserDocument } from '../graphql/users.documents';
import { UnitPicker, type UnitOption } from './unit-picker';

export type UserItem = UsersQuery['users'][number];

export const MIN_PASSWORD = 10;
const USERNAME = /^[a-zA-Z0-9._-]{3,60}$/u;

interface UserFormDialogProps {
  /** null: create a new account. */
  editing: UserItem | null;
  units: readonly UnitOption[];
  onClose: () => void;
  onSaved: (message: string) => void;
}

type Errors = Partial<Record<'username' | 'displayName' | 'password' | 'unit', string>>;

/** Create an account, or change an account's name, role, unit and whether it may sign in. */
export function UserFormDialog({ editing, units, onClose, onSaved }: UserFormDialogProps) {
  const { t } = useTranslation();
  const [username, setUsername] = useState(editing?.username ?? '');
  const [displayName, setDisplayName] = useState(editing?.displayName ?? '');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>(editing?.role ?? 'HOST');
  const [unitId, setUnitId] = useState(editing?.unit?.id ?? '');
  const [active, setActive] = useState(editing?.active ?? true);
  const [errors, setErrors] = useState<Errors>({});
  const [createState, createUser] = useMutation(CreateUserDocument);
  const [updateState, updateUser] = useMutation(UpdateUserDocument);
  const officer = role === 'UNIT_OFFICER';

  function validate(): Errors {
    const next: Errors = {};
    if (!editing && !USERNAME.test(username.trim())) next.username = t('users.form.usernameInvalid');
    if (!displayName.trim()) next.displayName = t('users.form.displayNameRequired');
    if (!editing && password.length < MIN_PASSWORD)
      next.password = t('users.form.passwordShort', { min: MIN_PASSWORD });
    if (officer && !unitId) next.unit = t('users.form.unitRequired');
    return next;
  }

  async function submit() {
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const unit = officer ? unitId : null;
    if (editing) {
      const result = await updateUser({
        input: { id: editing.id, displayName: displayName.trim(), role, unitId: unit, active },
      });
      if (result.data) onSaved(t('users.updated', { username: editing.username }));
    } else {
      const result = await createUser({
        input: { username: username.trim(), displayName: displayName.trim(), password, role, unitId: unit },
      });
      if (result.data) onSaved(t('users.created', { username: result.data.createUser.username }));
    }
  }

  const saving = createState.fetching || updateState.fetching;
  return (
    <Dialog
      open
      title={editing ? t('users.form.editTitle', { username: editing.username }) : t('users.form.createTitle')}
      onClose={onClose}
      testId="user-dialog"
    >
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="form-grid">
          <div className="field">
            <label htmlFor="user-username">{t('users.fields.username')}</label>
            <input
              id="user-username"
              data-testid="user-username"
              value={username}
              disabled={!!editing}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              aria-invalid={!!errors.username || undefined}
              aria-describedby="user-username-hint"
              onChange={(e) => setUsername(e.target.value)}
            />
            <p id="user-username-hint" className={errors.username ? 'field__error' : 'field__hint'}>
              {errors.username ?? t('users.form.usernameHint')}
            </p>
          </div>
          <div className="field">
            <label htmlFor="user-display-name">{t('users.fields.displayName')}</label>
            <input
              id="user-display-name"
              data-testid="user-display-name"
              value={displayName}
              maxLength={120}
              aria-invalid={!!errors.displayName || undefined}
              aria-describedby="user-display-name-error"
              onChange={(e) => setDisplayName(e.target.value)}
            />
            {errors.displayName && (
              <p id="user-display-name-error" className="field__error">
                {errors.displayName}
              </p>
            )}
          </div>
          {!editing && (
            <div className="field">
              <label htmlFor="user-password">{t('users.fields.password')}</label>
              <input
                id="user-password"
                data-testid="user-password"
                type="password"
                autoComplete="new-password"
                value={password}
                aria-invalid={!!errors.password || undefined}
                aria-describedby="user-password-hint"
                onChange={(e) => setPassword(e.target.value)}
              />
              <p id="user-password-hint" className={errors.password ? 'field__error' : 'field__hint'}>
                {errors.password ?? t('users.form.passwordHint', { min: MIN_PASSWORD })}
              </p>
            </div>
          )}
          <div className="field">
            <label htmlFor="user-role">{t('users.fields.role')}</label>
            <select
              id="user-role"
              data-testid="user-role"
              value={role}
              onChange={(e) => setRole(e.target.value as Role)}
            >
              {ROLES.map((value) => (
                <option key={value} value={value}>
                  {t(`roles.${value}`)}
                </option>
              ))}
            </select>
            <p className="field__hint">{t(`users.roleHint.${role}`)}</p>
          </div>
          {officer && (
            <div className="field field--wide">
              <label htmlFor="user-unit">
                {t('users.fields.unit')}
                <span className="required"> *</span>
              </label>
              <UnitPicker
                id="user-unit"
                units={units}
                value={unitId}
                onChange={setUnitId}
                invalid={!!errors.unit}
                describedBy="user-unit-error"
              />
              {errors.unit && (
                <p id="user-unit-error" className="field__error">
                  {errors.unit}
                </p>
              )}
            </div>
          )}
          {editing && (
            <label className="switch field--wide">
              <input
                type="checkbox"
                data-testid="user-active"
                checked={active}
                onChange={(e) => setActive(e.target.checked)}
              />
              <span>{t('users.form.active')}</span>
            </label>
          )}
        </div>
        <FormError message={errorText(t, createState.error ?? updateState.error)} />
        <div className="form-actions">
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" data-testid="user-save" disabled={saving}>
            {saving ? t('common.saving') : editing ? t('common.save') : t('users.form.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

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
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" data-testid="user-password-save" disabled={state.fetching}>
            {state.fetching ? t('common.saving') : t('users.form.setPassword')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
