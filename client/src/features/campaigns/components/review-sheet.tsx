import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FormActions } from '../../../components/ui';
import { useLatestSheet } from '../hooks/use-latest-sheet';
import { useReviewSheet } from '../hooks/use-review-sheet';
import type { CampaignData, SheetData } from '../utils/campaign-model';
import { AuditTrail } from './audit-trail';
import { ReturnDialog } from './review/return-dialog';
import { ReviewActions } from './review/review-actions';
import { ReviewHeader } from './review/review-header';
import { ReviewTable } from './review/review-table';
import { ReviewWorkflowActions } from './review/review-workflow-actions';

/**
 * A reviewer's view of one sheet: self vs reviewed score side by side, evidence,
 * adjustments with one mandatory reason, return with a reason, the first round (block
 * leader) and approval (ward). Ward reviewers also extend, mark or enter the sheet on
 * the unit's behalf here. After publication an admin corrects here, and corrections
 * show as such.
 */
export function ReviewSheet({
  campaign,
  initial,
  latest,
}: {
  campaign: CampaignData;
  initial: SheetData;
  /** The sheet as last read from the server (a live change by someone else). */
  latest?: SheetData;
}) {
  const { t } = useTranslation();
  const review = useReviewSheet(campaign, initial);
  useLatestSheet(latest, review.sheet, review.sync);
  const [returning, setReturning] = useState(false);
  const { sheet, mode } = review;

  return (
    <div className="review">
      <ReviewHeader campaign={campaign} review={review} />
      <ReviewTable review={review} />
      {mode !== 'read' && <ReviewActions review={review} onReturn={() => setReturning(true)} />}
      <ReviewWorkflowActions campaign={campaign} review={review} />
      {sheet.status === 'APPROVED' && review.role === 'WARD' && !sheet.mark && (
        <FormActions align="start">
          <Button variant="danger" data-testid="review-return" onClick={() => setReturning(true)}>
            ↩ {t('campaigns.review.return')}
          </Button>
        </FormActions>
      )}

      <section className="card cmp-section">
        <h2>{t('campaigns.audit.title')}</h2>
        <AuditTrail campaignId={campaign.id} sheetId={sheet.id} version={review.auditVersion} />
      </section>

      {returning && <ReturnDialog review={review} onClose={() => setReturning(false)} />}
    </div>
  );
}
