import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { FormError } from '../../../../components/form-error';
import { Button, buttonClass, EmptyState, LoadingState, Page } from '../../../../components/ui';
import { errorText } from '../../../../lib/error-text';
import { CommendationRoundsDocument } from '../../graphql/rounds.documents';
import { CreateRoundDialog } from './create-round-dialog';
import { RoundStatusBadge } from './round-status';
import '../../styles/proposals.css';
import { formatDate } from '../../../../lib/format';

/** `/commendation`: the rounds of commendation, newest first; a new one opens here. */
export function RoundsPage() {
  const { t } = useTranslation();
  const [result] = useQuery({ query: CommendationRoundsDocument });
  const [creating, setCreating] = useState(false);
  const rounds = result.data?.commendationRounds ?? [];

  return (
    <Page
      testId="commendation-rounds-page"
      title={t('commendation.rounds.title')}
      lead={t('commendation.rounds.lead')}
      actions={
        <>
          <Link className={buttonClass('ghost')} to="/commendation/forms">
            {t('commendation.rounds.formsLink')}
          </Link>
          <Link className={buttonClass('ghost')} to="/commendation/settings">
            {t('commendation.rounds.settingsLink')}
          </Link>
          <Button variant="primary" data-testid="round-create" onClick={() => setCreating(true)}>
            + {t('commendation.rounds.create')}
          </Button>
        </>
      }
    >
      <FormError message={errorText(t, result.error)} />
      {!result.data && result.fetching && <LoadingState />}
      {result.data && rounds.length === 0 && <EmptyState>{t('commendation.rounds.empty')}</EmptyState>}
      <ul className="cm-rounds" data-testid="round-list">
        {rounds.map((r) => (
          <li key={r.id} className="card cm-rounds__item">
            <div className="cm-rounds__main">
              <Link to={`/commendation/rounds/${r.id}`} className="cm-rounds__name">
                {r.name}
              </Link>
              <span className="muted">
                {r.campaignName
                  ? [r.campaignName, r.periodName].filter(Boolean).join(' · ')
                  : t('commendation.rounds.noCampaign')}
              </span>
            </div>
            <div className="cm-rounds__meta">
              <RoundStatusBadge status={r.status} />
              <span className="muted">{t('commendation.rounds.yearOf', { year: r.year })}</span>
              <span className="muted">{formatDate(r.createdAt)}</span>
            </div>
          </li>
        ))}
      </ul>
      {creating && <CreateRoundDialog onClose={() => setCreating(false)} />}
    </Page>
  );
}
