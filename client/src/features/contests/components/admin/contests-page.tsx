import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { FormError } from '../../../../components/form-error';
import { Loading } from '../../../../components/loading';
import { errorText } from '../../../../lib/error-text';
import { useSession } from '../../../../lib/session';
import { ContestsDocument } from '../../graphql/contests.documents';

import { buttonClass } from '../../../../components/ui';
import { formatDate } from '../../../../lib/format';

/** `/contests`: every online contest, with its public page, race board and management. */
export function ContestsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [result] = useQuery({ query: ContestsDocument, requestPolicy: 'cache-and-network' });
  const contests = result.data?.contests ?? [];
  const now = Date.now();

  return (
    <section className="page" aria-labelledby="contests-title">
      <header className="page-header">
        <div>
          <h1 id="contests-title">{t('contests.admin.title')}</h1>
          <p className="page-header__lead">{t('contests.admin.lead')}</p>
        </div>
        {user?.role === 'ADMIN' && (
          <div className="page-header__actions">
            <Link className={buttonClass('primary')} to="/contests/new" data-testid="contest-create">
              + {t('contests.admin.create')}
            </Link>
          </div>
        )}
      </header>
      <FormError message={errorText(t, result.error)} />
      {!result.data && result.fetching && <Loading />}
      {result.data && contests.length === 0 && <p className="empty">{t('contests.admin.empty')}</p>}
      {contests.length > 0 && (
        <ul className="ct-list">
          {contests.map((contest, index) => {
            const current = contest.rounds.find((r) => Date.parse(r.startsAt) <= now && now < Date.parse(r.endsAt));
            return (
              <li key={contest.id} className="card ct-list__item" data-testid={`contest-row-${index}`}>
                <div className="ct-list__main">
                  <Link to={`/contests/${contest.id}`} className="ct-list__title">
                    {contest.title}
                  </Link>
                  <p className="ct-list__meta">
                    <span className={`badge ct-status ct-status--${contest.status}`}>
                      {t(`contests.status.${contest.status}`)}
                    </span>
                    {contest.isDemo && <span className="badge badge-demo">{t('units.demo')}</span>}
                    <span>{t('contests.admin.roundCount', { count: contest.rounds.length })}</span>
                    {current && (
                      <span>
                        {t('contests.admin.currentRound', {
                          name: current.name,
                          end: formatDate(current.endsAt),
                        })}
                      </span>
                    )}
                    <span>
                      {t('contests.admin.shape', {
                        questions: contest.questionsPerAttempt,
                        minutes: Math.round(contest.timeLimitSeconds / 60),
                        attempts: contest.attemptsPerRound,
                      })}
                    </span>
                  </p>
                </div>
                <div className="ct-list__actions">
                  <Link className={buttonClass('secondary', 'small')} to={`/contests/${contest.id}?tab=results`}>
                    {t('contests.admin.tabs.results')}
                  </Link>
                  <a
                    className={buttonClass('ghost', 'small')}
                    href={`/contest/${contest.id}`}
                    target="_blank"
                    rel="noreferrer"
                  >
                    {t('contests.admin.publicPage')} ↗
                  </a>
                  <a
                    className={buttonClass('ghost', 'small')}
                    href={`/board/contest/${contest.id}`}
                    target="_blank"
                    rel="noreferrer"
                  >
                    {t('contests.admin.raceBoard')} ↗
                  </a>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
