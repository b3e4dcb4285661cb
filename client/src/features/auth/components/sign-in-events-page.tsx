import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, LoadingState, Page, SelectField, TextField } from '../../../components/ui';
import type { SignInOutcome } from '../../../generated/graphql';
import { SignInEventsDocument } from '../graphql/auth.documents';
import '../sign-ins.css';

const OUTCOMES: readonly SignInOutcome[] = ['SUCCESS', 'WRONG_PASSWORD', 'UNKNOWN_USER', 'INACTIVE', 'LIMITED'];
const PAGE_SIZE = 100;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** dd/mm/yyyy hh:mm in the browser's time zone. */
export function formatSignInTime(iso: string): string {
  const d = new Date(iso);
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** ADMIN: every sign-in attempt (successful, refused, limited), newest first, filtered by username and outcome. */
export function SignInEventsPage() {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [outcome, setOutcome] = useState<SignInOutcome | ''>('');
  const filter = {
    limit: PAGE_SIZE,
    ...(username.trim() ? { username: username.trim() } : {}),
    ...(outcome ? { outcome } : {}),
  };
  const [result, reexecute] = useQuery({ query: SignInEventsDocument, variables: { filter } });
  const page = result.data?.signInEvents;

  return (
    <Page
      titleId="sign-ins-title"
      title={t('auth.signIns.title')}
      lead={t('auth.signIns.lead')}
      breadcrumb={[{ label: t('nav.users'), to: '/users' }, { label: t('auth.signIns.title') }]}
      testId="sign-ins-page"
    >
      <div className="toolbar" role="search">
        <TextField
          label={t('auth.signIns.username')}
          value={username}
          onChange={setUsername}
          type="search"
          data-testid="sign-ins-username"
        />
        <SelectField<SignInOutcome | ''>
          label={t('auth.signIns.outcomeLabel')}
          value={outcome}
          onChange={setOutcome}
          placeholder={t('auth.signIns.allOutcomes')}
          options={OUTCOMES.map((o) => ({ value: o, label: t(`auth.signIns.outcome.${o}`) }))}
          data-testid="sign-ins-outcome"
        />
      </div>
      {result.error ? (
        <ErrorState error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !page ? (
        <LoadingState />
      ) : page.items.length === 0 ? (
        <EmptyState testId="sign-ins-empty">{t('auth.signIns.empty')}</EmptyState>
      ) : (
        <>
          <p className="muted" data-testid="sign-ins-total">
            {t('auth.signIns.total', { shown: page.items.length, total: page.total })}
          </p>
          <ul className="sign-ins" data-testid="sign-ins-list">
            {page.items.map((event) => (
              <li key={event.id} className="sign-ins__item card" data-testid="sign-in-event">
                <p>
                  <strong>{event.username}</strong>{' '}
                  <span className={`badge sign-ins__outcome sign-ins__outcome--${event.outcome.toLowerCase()}`}>
                    {t(`auth.signIns.outcome.${event.outcome}`)}
                  </span>
                </p>
                <p className="muted">
                  <time dateTime={event.createdAt}>{formatSignInTime(event.createdAt)}</time>
                  {' · '}
                  {event.address}
                </p>
                {event.userAgent && <p className="muted sign-ins__agent">{event.userAgent}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
