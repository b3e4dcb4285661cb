import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui';
import type { UserItem } from './user-form-dialog';

interface Props {
  users: readonly UserItem[];
  meId: string | undefined;
  onEdit: (user: UserItem) => void;
  onPassword: (user: UserItem) => void;
}

/** The accounts: name, role, unit, whether they may sign in, and the edit / password buttons. */
export function UsersTable({ users, meId, onEdit, onPassword }: Props) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap card card--flush">
      <table className="table users-table">
        <caption className="sr-only">{t('users.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('users.fields.username')}</th>
            <th scope="col">{t('users.fields.displayName')}</th>
            <th scope="col">{t('users.fields.role')}</th>
            <th scope="col">{t('users.fields.unit')}</th>
            <th scope="col">{t('users.fields.status')}</th>
            <th scope="col">
              <span className="sr-only">{t('units.col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} data-testid={`user-row-${u.username}`} className={u.active ? undefined : 'is-inactive'}>
              <td data-label={t('users.fields.username')}>
                <code>{u.username}</code>
                {u.id === meId && <span className="muted"> ({t('users.you')})</span>}
              </td>
              <td data-label={t('users.fields.displayName')}>
                {u.displayName}
                {u.email && <div className="muted">{u.email}</div>}
              </td>
              <td data-label={t('users.fields.role')}>
                <span className="badge badge-role">{t(`roles.${u.role}`)}</span>
              </td>
              <td data-label={t('users.fields.unit')} data-testid={`user-unit-${u.username}`}>
                {u.unit ? u.unit.name : <span className="muted">—</span>}
                {u.unit && u.role === 'REVIEWER' && <div className="muted">{t('users.reviewerUnit')}</div>}
              </td>
              <td data-label={t('users.fields.status')}>
                <span className={`badge ${u.active ? 'badge-active' : 'badge-inactive'}`}>
                  {u.active ? t('users.active') : t('users.inactive')}
                </span>
              </td>
              <td className="users-table__actions">
                <Button
                  size="small"
                  variant="ghost"
                  data-testid={`user-edit-${u.username}`}
                  aria-label={t('users.editNamed', { username: u.username })}
                  onClick={() => onEdit(u)}
                >
                  {t('common.edit')}
                </Button>
                <Button
                  size="small"
                  variant="ghost"
                  data-testid={`user-password-${u.username}`}
                  aria-label={t('users.passwordNamed', { username: u.username })}
                  onClick={() => onPassword(u)}
                >
                  {t('users.setPassword')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
