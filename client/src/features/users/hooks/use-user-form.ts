import type { Role } from '@thidua/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { UsersQuery } from '../../../generated/graphql';
import { CreateUserDocument, UpdateUserDocument } from '../graphql/users.documents';

type UserItem = UsersQuery['users'][number];

export const MIN_PASSWORD = 10;
const USERNAME = /^[a-zA-Z0-9._-]{3,60}$/u;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

export type UserFormErrors = Partial<Record<'username' | 'displayName' | 'password' | 'unit' | 'email', string>>;

/**
 * Creating an account or editing one: the values, the checks (a unit officer needs a
 * unit, a reviewer may have one; a new account a username and a long enough password), and saving.
 */
export function useUserForm(editing: UserItem | null, onSaved: (message: string) => void) {
  const { t } = useTranslation();
  const [username, setUsername] = useState(editing?.username ?? '');
  const [displayName, setDisplayName] = useState(editing?.displayName ?? '');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>(editing?.role ?? 'HOST');
  const [unitId, setUnitId] = useState(editing?.unit?.id ?? '');
  const [active, setActive] = useState(editing?.active ?? true);
  const [email, setEmail] = useState(editing?.email ?? '');
  const [errors, setErrors] = useState<UserFormErrors>({});
  const [createState, createUser] = useMutation(CreateUserDocument);
  const [updateState, updateUser] = useMutation(UpdateUserDocument);
  const officer = role === 'UNIT_OFFICER';
  /** A reviewer may have a unit of their own (đơn vị công tác), whose sheets they never review. */
  const reviewer = role === 'REVIEWER';

  function validate(): UserFormErrors {
    const next: UserFormErrors = {};
    if (!editing && !USERNAME.test(username.trim())) next.username = t('users.form.usernameInvalid');
    if (!displayName.trim()) next.displayName = t('users.form.displayNameRequired');
    if (!editing && password.length < MIN_PASSWORD)
      next.password = t('users.form.passwordShort', { min: MIN_PASSWORD });
    if (officer && !unitId) next.unit = t('users.form.unitRequired');
    if (email.trim() && !EMAIL.test(email.trim())) next.email = t('users.form.emailInvalid');
    return next;
  }

  async function submit() {
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const unit = officer ? unitId : reviewer ? unitId || null : null;
    if (editing) {
      const result = await updateUser({
        input: { id: editing.id, displayName: displayName.trim(), role, unitId: unit, active, email: email.trim() },
      });
      if (result.data) onSaved(t('users.updated', { username: editing.username }));
    } else {
      const result = await createUser({
        input: {
          username: username.trim(),
          displayName: displayName.trim(),
          password,
          role,
          unitId: unit,
          email: email.trim() || null,
        },
      });
      if (result.data) onSaved(t('users.created', { username: result.data.createUser.username }));
    }
  }

  return {
    values: { username, displayName, password, role, unitId, active, email },
    setUsername,
    setDisplayName,
    setPassword,
    setRole,
    setUnitId,
    setActive,
    setEmail,
    officer,
    reviewer,
    errors,
    saving: createState.fetching || updateState.fetching,
    error: createState.error ?? updateState.error,
    submit: () => void submit(),
  };
}
