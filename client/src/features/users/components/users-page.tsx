import { compareVietnamese, matchesSearch, ROLES, type Role } from '@thidua/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { FormError } from '../../../components/form-error';
import { Loading } from '../../../components/loading';
import { errorText } from '../../../lib/error-text';
import { useSession } from '../../../lib/session';
import { UserUnitsDocument, UsersDocument } from '../graphql/users.documents';
import { PasswordDialog, UserFormDialog, type UserItem } from './user-form-dialog';
import '../users.css';

type Open = { kind: 'create' } | { kind: 'edit'; user: UserItem } | { kind: 'password'; user: UserItem } | null;

/** Staff accounts (ADMIN only): who may sign in, with which role, for which unit. */
export function UsersPage() {
  const { t } = useTranslation();
  const { user: me } = useSession();
  const [result, reexecute] = useQuery({ query: UsersDocument, requestPolicy: 'cache-and-network' });
  const [unitsResult] = useQuery({ query: UserUnitsDocument });
  const [query, setQuery] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const users = useMemo(
    () =>
      [...(result.data?.users ?? [])]
        .filter(
          (u) =>
            (!role || u.role === role) &&
            (!query.trim() || matchesSearch(`${u.username} ${u.displayName} ${u.unit?.name ?? ''}`, query)),
        )
        .sort((a, b) => compareVietnamese(a.username, b.username)),
    [result.data, role, query],
  );
  const units = unitsResult.data?.units ?? [];

  function saved(message: string) {
    setOpen(null);
    setNotice(message);
    reexecute({ requestPolicy: 'network-only' });
  }

  return (
    <section className="page" aria-labelledby="users-title">
      <header className="page-header">
        <div>
          <h1 id="users-title">{t('users.title')}</h1>
          <p className="page-header__lead">{t('users.lead')}</p>
        </div>
        <div className="page-header__actions">
          <button
            type="button"
            className="btn btn-primary"
            data-testid="users-create"
            onClick={() => {
              setNotice(null);
              setOpen({ kind: 'create' });
            }}
          >
            + {t('users.create')}
          </button>
        </div>
      </header>

      <div className="toolbar" role="search">
        <div className="field toolbar__search">
          <label htmlFor="users-search">{t('users.search')}</label>
          <input
            id="users-search"
            data-testid="users-search"
            type="search"
            placeholder={t('users.searchPlaceholder')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <div className="field toolbar__kind">
          <label htmlFor="users-role">{t('users.fields.role')}</label>
          <select id="users-role" value={role} onChange={(e) => setRole(e.target.value as Role | '')}>
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
                    {u.id === me?.id && <span className="muted"> ({t('users.you')})</span>}
                  </td>
                  <td data-label={t('users.fields.displayName')}>{u.displayName}</td>
                  <td data-label={t('users.fields.role')}>
                    <span className="badge badge-role">{t(`roles.${u.role}`)}</span>
                  </td>
                  <td data-label={t('users.fields.unit')}>{u.unit ? u.unit.name : <span className="muted">—</span>}</td>
                  <td data-label={t('users.fields.status')}>
                    <span className={`badge ${u.active ? 'badge-active' : 'badge-inactive'}`}>
                      {u.active ? t('users.active') : t('users.inactive')}
                    </span>
                  </td>
                  <td className="users-table__actions">
                    <button
                      type="button"
                      className="btn btn-small btn-ghost"
                      data-testid={`user-edit-${u.username}`}
                      aria-label={t('users.editNamed', { username: u.username })}
                      onClick={() => {
                        setNotice(null);
                        setOpen({ kind: 'edit', user: u });
                      }}
                    >
                      {t('common.edit')}
                    </button>
                    <button
                      type="button"
                      className="btn btn-small btn-ghost"
                      data-testid={`user-password-${u.username}`}
                      aria-label={t('users.passwordNamed', { username: u.username })}
                      onClick={() => {
                        setNotice(null);
                        setOpen({ kind: 'password', user: u });
                      }}
                    >
                      {t('users.setPassword')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {open?.kind === 'create' && (
        <UserFormDialog editing={null} units={units} onClose={() => setOpen(null)} onSaved={saved} />
      )}
      {open?.kind === 'edit' && (
        <UserFormDialog
          key={open.user.id}
          editing={open.user}
          units={units}
          onClose={() => setOpen(null)}
          onSaved={saved}
        />
      )}
      {open?.kind === 'password' && <PasswordDialog user={open.user} onClose={() => setOpen(null)} onSaved={saved} />}
    </section>
  );
}
