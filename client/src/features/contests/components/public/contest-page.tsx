import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { FormError } from '../../../../components/form-error';
import { Loading } from '../../../../components/loading';
import type { PublicContestQuery } from '../../../../generated/graphql';
import { Button } from '../../../../components/ui';
import { PublicContestDocument } from '../../graphql/contests.documents';
import { useContestEntry } from '../../hooks/use-contest-entry';
import { contestErrorText } from '../../utils/contest-errors';
import { ContestLayout } from './contest-layout';
import { ContestHero, ContestInfo, ContestWelcome } from './contest-sections';
import { EntrantRegistration } from './entrant-registration';

type PublicContest = PublicContestQuery['contest'];

/**
 * `/contest/:id`: the public page of an online contest, phone first. What the
 * contest is, its rounds and rules, the prediction question and how prizes are
 * decided; then registration, and the button that starts (or continues) an attempt.
 */
export function ContestPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [result, refetch] = useQuery({
    query: PublicContestDocument,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const contest = result.data?.contest;

  useEffect(() => {
    document.title = contest ? contest.title : t('contests.public.brand');
  }, [contest, t]);

  return (
    <ContestLayout contestId={contest ? id : undefined} title={t('contests.public.brand')}>
      {!contest && result.fetching && <Loading />}
      {!contest && result.error && (
        <div className="cp-card">
          <FormError message={contestErrorText(t, result.error)} />
          <Button className="cp-big-btn" onClick={() => refetch({ requestPolicy: 'network-only' })}>
            {t('contests.public.retry')}
          </Button>
        </div>
      )}
      {contest && <ContestBody contest={contest} />}
    </ContestLayout>
  );
}

function ContestBody({ contest }: { contest: PublicContest }) {
  const { t } = useTranslation();
  const entry = useContestEntry(contest);
  const { entrant } = entry.device;
  return (
    <div className="cp-stack">
      <ContestHero contest={contest} />
      {contest.status === 'OPEN' && (
        <section className="cp-card cp-take" aria-label={t('contests.public.takePart')}>
          {!entrant ? (
            <EntrantRegistration
              contest={contest}
              prefill={entry.device.lastForm}
              notice={entry.notice}
              onRegistered={entry.registered}
            />
          ) : (
            <ContestWelcome contest={contest} entrant={entrant} entry={entry} />
          )}
        </section>
      )}
      <ContestInfo contest={contest} />
    </div>
  );
}
