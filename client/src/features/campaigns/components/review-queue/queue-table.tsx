import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReviewQueue } from '../../hooks/use-review-queue';
import { formatScore } from '../../utils/campaign-model';
import { SheetStatusBadge } from '../campaign-header';
import { OfficerStatusBadge } from '../sheet/officer-status-badge';
import { formatDateTime } from '../../../../lib/format';

/**
 * The period's sheets, one row per unit with both totals. Plain markup rather than the
 * kit's DataTable: each row carries its status (`data-status`), which DataTable cannot set.
 */
export function QueueTable({ campaignId, queue }: { campaignId: string; queue: ReviewQueue }) {
  const { t, i18n } = useTranslation();
  const fmt = (n: number) => formatScore(n, i18n.language);
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th>{t('campaigns.review.unit')}</th>
            <th>{t('campaigns.review.block')}</th>
            <th>{t('campaigns.review.status')}</th>
            <th className="num">{t('campaigns.review.selfTotal')}</th>
            <th className="num">{t('campaigns.review.reviewedTotal')}</th>
            <th>{t('campaigns.review.submittedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {queue.shown.map((s) => (
            <tr key={s.id} data-testid={`review-sheet-${s.unit.code}`} data-status={s.status}>
              <td>
                <Link to={`/campaigns/${campaignId}/sheets/${s.id}`}>{s.unit.name}</Link>{' '}
                <code className="muted">{s.unit.code}</code>
              </td>
              <td>{queue.blockOf.get(s.unit.id) ?? ''}</td>
              <td>
                <SheetStatusBadge status={s.status} />
                {s.officerStatus !== 'IN_REVIEW' && s.officerStatus !== s.status && (
                  <>
                    {' '}
                    <OfficerStatusBadge status={s.officerStatus} mark={s.mark} />
                  </>
                )}
                {s.enteredOnBehalf && <span className="badge sheet-onbehalf"> {t('campaigns.sheet.onBehalf')}</span>}
                {s.mark && s.markReason && <div className="muted">{s.markReason}</div>}
              </td>
              <td className="num">{fmt(s.selfTotal)}</td>
              <td className="num">
                {s.status === 'APPROVED' || s.status === 'PUBLISHED' || s.finalTotal !== s.selfTotal
                  ? fmt(s.finalTotal)
                  : '—'}
              </td>
              <td>{s.submittedAt ? formatDateTime(s.submittedAt) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
