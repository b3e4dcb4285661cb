import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../../components/form-error';
import { Alert, Button } from '../../../../components/ui';
import { useSession } from '../../../../lib/session';
import { RecomputeIndicatorsDocument } from '../../graphql/campaigns.documents';
import type { ReviewQueue } from '../../hooks/use-review-queue';
import { useScoreTableDownload } from '../../hooks/use-score-table-download';
import { campaignErrorText, type CampaignData } from '../../utils/campaign-model';
import { DeadlineDialog } from '../review/deadline-dialog';

/**
 * The period's score table to download; for ward reviewers, extend the period's deadline
 * (with a reason); for admins, recompute the computed indicators and publish.
 */
export function QueueActions({
  campaign,
  queue,
  onPublish,
  onChanged,
}: {
  campaign: CampaignData;
  queue: ReviewQueue;
  onPublish: () => void;
  /** The campaign changed (a period's deadline). */
  onChanged?: () => void;
}) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [extending, setExtending] = useState(false);
  const [recomputeState, recompute] = useMutation(RecomputeIndicatorsDocument);
  const { period } = queue;
  const scoreTable = useScoreTableDownload(campaign.id, period?.id);
  const open = user?.role === 'ADMIN' && period && !period.publishedAt;
  const recomputed = recomputeState.data?.recomputeIndicators;

  return (
    <>
      <div className="page-header__actions cmp-admin-actions">
        {period && <Button onClick={scoreTable.download}>⬇ {t('campaigns.rankings.download')}</Button>}
        {open && campaign.indicators.some((i) => i.kind === 'COMPUTED') && (
          <Button
            variant="ghost"
            disabled={recomputeState.fetching}
            onClick={() => void recompute({ campaignId: campaign.id, periodId: period.id }).then(queue.refetch)}
          >
            ⟳ {t('campaigns.review.recompute')}
          </Button>
        )}
        {(user?.role === 'ADMIN' || user?.role === 'REVIEWER') && period && !period.publishedAt && (
          <Button data-testid="extend-period" onClick={() => setExtending(true)}>
            ⏱ {t('campaigns.review.extendPeriod')}
          </Button>
        )}
        {open && (
          <Button variant="primary" data-testid="publish-period" onClick={onPublish}>
            {t('campaigns.publish.button', { period: period.name })}
          </Button>
        )}
      </div>
      {scoreTable.failed && <FormError message={t('campaigns.rankings.downloadFailed')} />}
      {recomputed && (
        <Alert tone="info">
          {t('campaigns.review.recomputed', { count: recomputed.updated })}
          {recomputed.skipped.map((s) => (
            <span key={s.indicatorCode}>
              {' '}
              ·{' '}
              {t(`campaigns.review.skipped.${s.reason}`, {
                code: s.indicatorCode,
                defaultValue: `${s.indicatorCode}: ${s.reason}`,
              })}
            </span>
          ))}
        </Alert>
      )}
      <FormError message={campaignErrorText(t, recomputeState.error)} />
      {extending && period && (
        <DeadlineDialog
          target={{
            kind: 'period',
            periodId: period.id,
            periodName: period.name,
            current: period.submissionDeadline,
            onDone: () => {
              setExtending(false);
              onChanged?.();
              queue.refetch();
            },
          }}
          onClose={() => setExtending(false)}
        />
      )}
    </>
  );
}
