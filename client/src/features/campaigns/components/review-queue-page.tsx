import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { FormError } from '../../../components/form-error';
import { Alert, EmptyState, LoadingState } from '../../../components/ui';
import { useCampaign } from '../hooks/use-campaign';
import { useReviewQueue } from '../hooks/use-review-queue';
import { campaignErrorText } from '../utils/campaign-model';
import { CampaignHeader } from './campaign-header';
import { PublishDialog } from './review-queue/publish-dialog';
import { QueueActions } from './review-queue/queue-actions';
import { QueueFilter } from './review-queue/queue-filter';
import { QueueTable } from './review-queue/queue-table';
import '../campaigns.css';
import { formatDateTime } from '../../../lib/format';

/** `/campaigns/:id/review`: the sheets of a period by status; admins publish the period here. */
export function ReviewQueuePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { campaign, error, reload } = useCampaign(id);
  const queue = useReviewQueue(id, campaign);
  const [publishing, setPublishing] = useState(false);
  const { period } = queue;

  if (!campaign)
    return (
      <section className="page">
        {error ? <FormError message={campaignErrorText(t, error)} /> : <LoadingState />}
      </section>
    );

  return (
    <section className="page cmp-page">
      <CampaignHeader campaign={campaign} />
      <QueueFilter campaign={campaign} queue={queue} />
      <QueueActions campaign={campaign} queue={queue} onPublish={() => setPublishing(true)} onChanged={reload} />
      <FormError message={campaignErrorText(t, queue.error)} />
      {period?.publishedAt && (
        <Alert tone="success">{t('campaigns.publish.done', { date: formatDateTime(period.publishedAt) })}</Alert>
      )}
      {!queue.loaded && queue.fetching && <LoadingState />}
      {queue.loaded && queue.shown.length === 0 && <EmptyState>{t('campaigns.review.empty')}</EmptyState>}
      {queue.shown.length > 0 && <QueueTable campaignId={campaign.id} queue={queue} />}
      {publishing && period && (
        <PublishDialog
          periodId={period.id}
          periodName={period.name}
          total={queue.sheets.length}
          notApproved={queue.sheets.filter((s) => s.status !== 'APPROVED' && !s.mark)}
          onClose={() => setPublishing(false)}
          onDone={() => {
            setPublishing(false);
            reload();
            queue.refetch();
          }}
        />
      )}
    </section>
  );
}
