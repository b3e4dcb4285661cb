import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { FormError } from '../../../../components/form-error';
import { Loading } from '../../../../components/loading';
import { Button, buttonClass } from '../../../../components/ui';
import { AttemptDocument } from '../../graphql/contests.documents';
import { contestErrorText, errorReason, isNetworkError } from '../../utils/contest-errors';
import { loadDevice, openAttempt, patchAttempt, type StoredAttempt } from '../../utils/device-store';
import { AttemptRunner } from './attempt-runner';
import { ContestLayout } from './contest-layout';

/**
 * `/contest/:id/attempt`: the attempt in progress on this device, resumed from the
 * attempt token kept in localStorage — a reload continues where it was, with the
 * saved answers selected and the server's remaining time.
 */
export function AttemptPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [stored] = useState<StoredAttempt | null>(() => openAttempt(loadDevice(id)));

  useEffect(() => {
    document.title = t('contests.attempt.pageTitle');
  }, [t]);

  return (
    <ContestLayout contestId={id} title={t('contests.public.brand')}>
      {stored ? (
        <AttemptLoader contestId={id} stored={stored} />
      ) : (
        <div className="cp-card">
          <p>{t('contests.attempt.none')}</p>
          <Link className={buttonClass('primary', undefined, 'cp-big-btn')} to={`/contest/${id}`}>
            {t('contests.attempt.backToContest')}
          </Link>
        </div>
      )}
    </ContestLayout>
  );
}

function AttemptLoader({ contestId, stored }: { contestId: string; stored: StoredAttempt }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [result, refetch] = useQuery({
    query: AttemptDocument,
    variables: { attemptToken: stored.token },
    requestPolicy: 'network-only',
  });
  const attempt = result.data?.attempt;
  const reason = errorReason(result.error);

  useEffect(() => {
    if (attempt?.submitted) {
      patchAttempt(contestId, stored.attemptId, { submitted: true });
      void navigate(`/contest/${contestId}/result/${stored.attemptId}`, { replace: true });
    }
  }, [attempt?.submitted, contestId, stored.attemptId, navigate]);

  // A weak network: keep trying to load by itself.
  useEffect(() => {
    if (!result.error || !isNetworkError(result.error)) return;
    const timer = setTimeout(() => refetch({ requestPolicy: 'network-only' }), 3000);
    return () => clearTimeout(timer);
  }, [result.error, refetch]);

  if (attempt && !attempt.submitted)
    return <AttemptRunner key={attempt.id} contestId={contestId} stored={stored} attempt={attempt} />;
  if (result.error)
    return (
      <div className="cp-card">
        <FormError message={contestErrorText(t, result.error)} />
        {reason === 'ATTEMPT_TOKEN_INVALID' ? (
          <Button
            variant="primary"
            className="cp-big-btn"
            onClick={() => {
              patchAttempt(contestId, stored.attemptId, { submitted: true });
              void navigate(`/contest/${contestId}`);
            }}
          >
            {t('contests.attempt.backToContest')}
          </Button>
        ) : (
          <Button className="cp-big-btn" onClick={() => refetch({ requestPolicy: 'network-only' })}>
            {t('contests.public.retry')}
          </Button>
        )}
      </div>
    );
  return <Loading label={t('contests.attempt.loading')} />;
}
