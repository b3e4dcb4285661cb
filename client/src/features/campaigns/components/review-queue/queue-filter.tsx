import { useTranslation } from 'react-i18next';
import { QUEUE_FLAGS, QUEUE_ORDER, type ReviewQueue } from '../../hooks/use-review-queue';
import type { CampaignData } from '../../utils/campaign-model';
import { PeriodSelect } from '../period-select';

/** Which period, and which status (or overdue, or marked): each with how many sheets have it. */
export function QueueFilter({ campaign, queue }: { campaign: CampaignData; queue: ReviewQueue }) {
  const { t } = useTranslation();
  const { period, status, setStatus } = queue;
  return (
    <div className="toolbar">
      {period && <PeriodSelect campaign={campaign} value={period.id} onChange={queue.setPeriodId} />}
      <div className="cmp-filter" role="group" aria-label={t('campaigns.review.filter')}>
        <button type="button" className={`chip-btn${status === '' ? ' is-on' : ''}`} onClick={() => setStatus('')}>
          {t('campaigns.review.all', { count: queue.sheets.length })}
        </button>
        {QUEUE_ORDER.map((s) => (
          <button
            key={s}
            type="button"
            className={`chip-btn${status === s ? ' is-on' : ''}`}
            onClick={() => setStatus(s)}
            data-testid={`review-filter-${s}`}
          >
            {t(`campaigns.sheetStatus.${s}`)} ({queue.counts.get(s)})
          </button>
        ))}
        {QUEUE_FLAGS.map((f) => (
          <button
            key={f}
            type="button"
            className={`chip-btn${status === f ? ' is-on' : ''}`}
            onClick={() => setStatus(f)}
            data-testid={`review-filter-${f}`}
          >
            {t(`campaigns.officerStatus.${f}`)} ({queue.counts.get(f)})
          </button>
        ))}
      </div>
    </div>
  );
}
