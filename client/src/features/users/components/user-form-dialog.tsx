import { ROLES, type Role } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/dialog';
import { FormError } from '../../../components/form-error';
import type { UsersQuery } from '../../../generated/graphql';
import { errorText } from '../../../lib/error-text';
import { Button } from '../../../components/ui';
import { MIN_PASSWORD, useUserForm } from '../hooks/use-user-form';
import { UnitPicker, type UnitOption } from './unit-picker';

export type UserItem = UsersQuery['users'][number];

interface UserFormDialogProps {
  /** null: create a new account. */
  editing: UserItem | null;
  units: readonly UnitOption[];
  onClose: () => void;
  onSaved: (message: string) => void;
}

/** Create an account, or change an account's name, role, unit and whether it may sign in. */
export function UserFormDialog({ editing, units, onClose, onSaved }: UserFormDialogProps) {
  const { t } = useTranslation();
  const form = useUserForm(editing, onSaved);
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
          form.submit();
        }}
      >
        <div className="form-grid">
          <div className="field">
            <label htmlFor="user-username">{t('users.fields.username')}</label>
            <input
              id="user-username"
              data-testid="user-username"
              value={form.values.username}
              disabled={!!editing}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              aria-invalid={!!form.errors.username || undefined}
              aria-describedby="user-username-hint"
              onChange={(e) => form.setUsername(e.target.value)}
            />
            <p id="user-username-hint" className={form.errors.username ? 'field__error' : 'field__hint'}>
              {form.errors.username ?? t('users.form.usernameHint')}
            </p>
          </div>
          <div className="field">
            <label htmlFor="user-display-name">{t('users.fields.displayName')}</label>
            <input
              id="user-display-name"
              data-testid="user-display-name"
              value={form.values.displayName}
              maxLength={120}
              aria-invalid={!!form.errors.displayName || undefined}
              aria-describedby="user-display-name-error"
              onChange={(e) => form.setDisplayName(e.target.value)}
            />
            {form.errors.displayName && (
              <p id="user-display-name-error" className="field__error">
                {form.errors.displayName}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor="user-email">{t('users.fields.email')}</label>
            <input
              id="user-email"
              data-testid="user-email"
              type="email"
              autoComplete="off"
              value={form.values.email}
              maxLength={200}
              aria-invalid={!!form.errors.email || undefined}
              aria-describedby="user-email-hint"
              onChange={(e) => form.setEmail(e.target.value)}
            />
            <p id="user-email-hint" className={form.errors.email ? 'field__error' : 'field__hint'}>
              {form.errors.email ?? t('users.form.emailHint')}
            </p>
          </div>
          {!editing && (
            <div className="field">
              <label htmlFor="user-password">{t('users.fields.password')}</label>
              <input
                id="user-password"
                data-testid="user-password"
                type="password"
                autoComplete="new-password"
                value={form.values.password}
                aria-invalid={!!form.errors.password || undefined}
                aria-describedby="user-password-hint"
                onChange={(e) => form.setPassword(e.target.value)}
              />
              <p id="user-password-hint" className={form.errors.password ? 'field__error' : 'field__hint'}>
                {form.errors.password ?? t('users.form.passwordHint', { min: MIN_PASSWORD })}
              </p>
            </div>
          )}
          <div className="field">
            <label htmlFor="user-role">{t('users.fields.role')}</label>
            <select
              id="user-role"
              data-testid="user-role"
              value={form.values.role}
              onChange={(e) => form.setRole(e.target.value as Role)}
            >
              {ROLES.map((value) => (
                <option key={value} value={value}>
                  {t(`roles.${value}`)}
                </option>
              ))}
            </select>
            <p className="field__hint">{t(`users.roleHint.${form.values.role}`)}</p>
          </div>
          {form.officer && (
            <div className="field field--wide">
              <label htmlFor="user-unit">
                {t('users.fields.unit')}
                <span className="required"> *</span>
              </label>
              <UnitPicker
                id="user-unit"
                units={units}
                value={form.values.unitId}
                onChange={form.setUnitId}
                invalid={!!form.errors.unit}
                describedBy="user-unit-error"
              />
              {form.errors.unit && (
                <p id="user-unit-error" className="field__error">
                  {form.errors.unit}
                </p>
              )}
            </div>
          )}
          {form.reviewer && (
            <div className="field field--wide">
              <label htmlFor="user-unit">{t('users.form.reviewerUnit')}</label>
              <p id="user-unit-hint" className="field__hint">
                {t('users.form.reviewerUnitHint')}
              </p>
              <UnitPicker
                id="user-unit"
                units={units}
                value={form.values.unitId}
                onChange={form.setUnitId}
                onClear={() => form.setUnitId('')}
                describedBy="user-unit-hint"
              />
            </div>
          )}
          {editing && (
            <label className="switch field--wide">
              <input
                type="checkbox"
                data-testid="user-active"
                checked={form.values.active}
                onChange={(e) => form.setActive(e.target.checked)}
              />
              <span>{t('users.form.active')}</span>
            </label>
          )}
        </div>
        <FormError message={errorText(t, form.error)} />
        <div className="form-actions">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" data-testid="user-save" disabled={form.saving}>
            {form.saving ? t('common.saving') : editing ? t('common.save') : t('users.form.create')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
