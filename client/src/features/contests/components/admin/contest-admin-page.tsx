import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../../components/form-error';
import { Loading } from '../../../../components/loading';
import { errorText } from '../../../../lib/error-text';
import { useSession } from '../../../../lib/session';
import {
  CloseContestDocument,
  ContestsDocument,
  CreateContestDocument,
  OpenContestDocument,
  UpdateContestDocument,
} from '../../graphql/contests.documents';
import { contestErrorText } from '../../utils/contest-errors';
import { ContestFlagsPanel } from './contest-flags';
import { ContestForm } from './contest-form';
import { ContestResultsPanel } from './contest-results';
import { Button } from '../../../../components/ui';

const TABS = ['setup', 'flags', 'results'] as const;
type Tab = (typeof TABS)[number];

/** `/contests/new`: a new contest (DRAFT). */
export function NewContestPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSession();
  const [created, create] = useMutation(CreateContestDocument);
  return (
    <section className="page" aria-labelledby="new-contest-title">
      <p className="breadcrumb">
        <Link to="/contests">{t('contests.admin.title')}</Link>
      </p>
      <header className="page-header">
        <h1 id="new-contest-title">{t('contests.admin.create')}</h1>
      </header>
      <ContestForm
        contest={null}
        readOnly={user?.role !== 'ADMIN'}
        busy={created.fetching}
        error={contestErrorText(t, created.error)}
        saved={false}
        onSave={(input) =>
          void create({ input }).then((r) => {
            if (r.data) void navigate(`/contests/${r.data.createContest.id}`, { replace: true });
          })
        }
      />
    </section>
  );
}

/** `/contests/:id`: set-up, flags and results of one contest (REVIEWER: read-only). */
export function ContestAdminPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { user } = useSession();
  const isAdmin = user?.role === 'ADMIN';
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'setup';
  const [list] = useQuery({ query: ContestsDocument, requestPolicy: 'cache-and-network' });
  const contest = list.data?.contests.find((c) => c.id === id) ?? null;
  const [updated, update] = useMutation(UpdateContestDocument);
  const [opened, open] = useMutation(OpenContestDocument);
  const [closed, close] = useMutation(CloseContestDocument);
  const [saved, setSaved] = useState(false);

  if (!contest) {
    return (
      <section className="page">
        <FormError message={errorText(t, list.error)} />
        {list.fetching ? <Loading /> : list.data && <p className="empty">{t('contests.admin.notFound')}</p>}
      </section>
    );
  }

  const actionError = contestErrorText(t, opened.error ?? closed.error);
  return (
    <section className="page" aria-labelledby="contest-admin-title">
      <p className="breadcrumb">
        <Link to="/contests">{t('contests.admin.title')}</Link>
      </p>
      <header className="page-header">
        <div>
          <h1 id="contest-admin-title">{contest.title}</h1>
          <p className="page-header__lead">
            <span className={`badge ct-status ct-status--${contest.status}`}>
              {t(`contests.status.${contest.status}`)}
            </span>{' '}
            <a href={`/contest/${contest.id}`} target="_blank" rel="noreferrer">
              {t('contests.admin.publicPage')} ↗
            </a>{' '}
            ·{' '}
            <a href={`/board/contest/${contest.id}`} target="_blank" rel="noreferrer">
              {t('contests.admin.raceBoard')} ↗
            </a>
          </p>
        </div>
        {isAdmin && (
          <div className="page-header__actions">
            {contest.status === 'DRAFT' && (
              <Button
                variant="primary"
                data-testid="contest-open"
                disabled={opened.fetching}
                onClick={() => void open({ id })}
              >
                {t('contests.admin.open')}
              </Button>
            )}
            {contest.status === 'OPEN' && (
              <Button
                data-testid="contest-close"
                disabled={closed.fetching}
                onClick={() => {
                  if (window.confirm(t('contests.admin.closeConfirm'))) void close({ id });
                }}
              >
                {t('contests.admin.close')}
              </Button>
            )}
          </div>
        )}
      </header>
      <FormError message={actionError} />
      <nav className="ct-tabs" aria-label={t('contests.admin.tabsLabel')}>
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            className={`ct-tab${tab === name ? ' is-active' : ''}`}
            aria-current={tab === name ? 'page' : undefined}
            data-testid={`contest-tab-${name}`}
            onClick={() => setParams({ tab: name }, { replace: true })}
          >
            {t(`contests.admin.tabs.${name}`)}
          </button>
        ))}
      </nav>
      {tab === 'setup' && (
        <ContestForm
          key={contest.id + contest.status}
          contest={contest}
          readOnly={!isAdmin}
          busy={updated.fetching}
          error={contestErrorText(t, updated.error)}
          saved={saved && !updated.error}
          onSave={(input) => {
            setSaved(false);
            const change =
              contest.status === 'DRAFT' ? { id, ...input } : { id, title: input.title, rulesText: input.rulesText };
            void update({ input: change }).then((r) => setSaved(Boolean(r.data)));
          }}
        />
      )}
      {tab === 'flags' && <ContestFlagsPanel contestId={id} canResolve={isAdmin} />}
      {tab === 'results' && <ContestResultsPanel contest={contest} canManage={isAdmin} />}
    </section>
  );
}
