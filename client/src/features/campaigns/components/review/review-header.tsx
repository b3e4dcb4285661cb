import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../../components/ui';
import type { ReviewSheetState } from '../../hooks/use-review-sheet';
import { type CampaignData, formatScore } from '../../utils/campaign-model';
import { OfficerStatusBadge } from '../sheet/officer-status-badge';
import { SheetDeadlineInfo } from '../sheet/sheet-deadline-info';

/** Whose sheet, its status and both totals; the unit's explanation, the return reason, what was done. */
export function ReviewHeader({ campaign, review }: { campaign: CampaignData; review: ReviewSheetState }) {
  const { t, i18n } = useTranslation();
  const fmt = (n: number) => formatScore(n, i18n.language);
  const { sheet, mode, notice } = review;
  const period = campaign.periods.find((p) => p.id === sheet.periodId);
  return (
    <>
      <nav className="breadcrumb" aria-label={t('common.breadcrumb')}>
        <Link to="/campaigns">{t('campaigns.title')}</Link> ›{' '}
        {/* The block leader's officer has no review queue: its own sheet lists the block's. */}
        <Link to={review.role === 'LEADER' ? `/campaigns/${campaign.id}` : `/campaigns/${campaign.id}/review`}>
          {campaign.title}
        </Link>
      </nav>
      <header className="page-header">
        <div>
          <h1>{sheet.unit.name}</h1>
          <p className="cmp-header__meta">
            <OfficerStatusBadge status={sheet.officerStatus} mark={sheet.mark} /> {period?.name}
          </p>
        </div>
        <div className="review-totals">
          <span>
            {t('campaigns.review.selfTotal')}: <strong>{fmt(review.selfTotals.total)}</strong>
          </span>
          <span>
            {t('campaigns.review.reviewedTotal')}:{' '}
            <strong data-testid="review-total">{fmt(review.reviewedTotals.total)}</strong>
          </span>
        </div>
      </header>

      <SheetDeadlineInfo sheet={sheet} />
      {sheet.explanation && (
        <div className="alert alert-info">
          <strong>{t('campaigns.review.explanation')}</strong> {sheet.explanation}
        </div>
      )}
      {sheet.status === 'RETURNED' && sheet.returnReason && (
        <div className="alert alert-error">
          <strong>{t('campaigns.review.returnedWith')}</strong> {sheet.returnReason}
        </div>
      )}
      {mode === 'correct' && <div className="alert alert-info">{t('campaigns.review.correctMode')}</div>}
      {notice && (
        <Alert tone="success" testId="review-notice">
          {notice}
        </Alert>
      )}
    </>
  );
}
