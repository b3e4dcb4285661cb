import { ROLES, type Role } from '@thidua/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormError } from '../../../components/form-error';
import { Loading } from '../../../components/loading';
import { Button, Page } from '../../../components/ui';
import { errorText } from '../../../lib/error-text';
import { useSession } from '../../../lib/session';
import { useUsersList } from '../hooks/use-users-list';
import { PasswordDialog } from './password-dialog';
import { UserFormDialog, type UserItem } from './user-form-dialog';
import { UsersTable } from './users-table';
import '../users.css';

type Open = { kind: 'create' } | { kind: 'edit'; user: UserItem } | { kind: 'password'; user: UserItem } | null;

/** Staff accounts (ADMIN only): who may sign in, with which role, for which unit. */
export function UsersPage() {
  const { t } = useTranslation();
  const { user: me } = useSession();
  const list = useUsersList();
  const { result, users, units } = list;
  const [open, setOpenState] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const show = (next: Open) => {
    setNotice(null);
    setOpenState(next);
  };

  function saved(message: string) {
    setOpenState(null);
    setNotice(message);
    list.reload();
  }

  return (
    <Page
      titleId="users-title"
      title={t('users.title')}
      lead={t('users.lead')}
      actions={
        <>
          <Link className="btn btn-secondary" to="/users/sign-ins" data-testid="users-sign-ins">
            {t('auth.signIns.title')}
          </Link>
          <Button variant="primary" data-testid="users-create" onClick={() => show({ kind: 'create' })}>
            + {t('users.create')}
          </Button>
        </>
      }
    >
      <div className="toolbar" role="search">
        <div className="field toolbar__search">
          <label htmlFor="users-search">{t('users.search')}</label>
          <input
            id="users-search"
            data-testid="users-search"
            type="search"
            placeholder={t('users.searchPlaceholder')}
            value={list.query}
            onChange={(e) => list.setQuery(e.target.value)}
          />
        </div>
        <div className="field toolbar__kind">
          <label htmlFor="users-role">{t('users.fields.role')}</label>
          {/* The options are the roles and "" (all). */}
          <select id="users-role" value={list.role} onChange={(e) => list.setRole(e.target.value as Role | '')}>
            <option value="">{t('users.allRoles')}</option>
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {t(`roles.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {notice && (
        <div className="alert alert-success" role="status" data-testid="users-notice">
          {notice}
        </div>
      )}
      <FormError message={errorText(t, result.error)} />
      {!result.data && result.fetching && <Loading />}
      {result.data && users.length === 0 && <p className="empty">{t('users.noMatch')}</p>}
      {users.length > 0 && (
        <UsersTable
          users={users}
          meId={me?.id}
          onEdit={(user) => show({ kind: 'edit', user })}
          onPassword={(user) => show({ kind: 'password', user })}
        />
      )}
      {open?.kind === 'create' && (
        <UserFormDialog editing={null} units={units} onClose={() => setOpenState(null)} onSaved={saved} />
      )}
      {open?.kind === 'edit' && (
        <UserFormDialog
          key={open.user.id}
          editing={open.user}
          units={units}
          onClose={() => setOpenState(null)}
          onSaved={saved}
        />
      )}
      {open?.kind === 'password' && (
        <PasswordDialog user={open.user} onClose={() => setOpenState(null)} onSaved={saved} />
      )}
    </Page>
  );
}
