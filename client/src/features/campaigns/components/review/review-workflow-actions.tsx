import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClass, Button } from '../../../../components/ui';
import type { ReviewSheetState } from '../../hooks/use-review-sheet';
import type { CampaignData } from '../../utils/campaign-model';
import { DeadlineDialog } from './deadline-dialog';
import { MarkDialog } from './mark-dialog';

/**
 * The ward reviewer's levers on a sheet that bends the deadline, before publishing:
 * extend the unit's deadline, enter the sheet on the unit's behalf, mark it không nộp /
 * không xét (or take the mark off). Each asks for a reason.
 */
export function ReviewWorkflowActions({ campaign, review }: { campaign: CampaignData; review: ReviewSheetState }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'mark' | 'extend' | null>(null);
  const { sheet, role } = review;
  const period = campaign.periods.find((p) => p.id === sheet.periodId);
  if (role !== 'WARD' || sheet.status === 'PUBLISHED' || period?.publishedAt) return null;
  const open = sheet.status === 'DRAFT' || sheet.status === 'RETURNED';
  const done = (next: ReviewSheetState['sheet'], message: string) => {
    review.replace(next, message);
    setDialog(null);
  };
  return (
    <div className="card review-rounds" data-testid="review-workflow-actions">
      {open && !sheet.mark && (
        <>
          <Button data-testid="review-extend" onClick={() => setDialog('extend')}>
            ⏱ {t('campaigns.review.extend')}
          </Button>
          <Link
            className={buttonClass('ghost')}
            data-testid="review-on-behalf"
            to={`/campaigns/${campaign.id}/sheets/${sheet.id}?onBehalf=1`}
          >
            ✎ {t('campaigns.review.enterOnBehalf')}
          </Link>
        </>
      )}
      <Button variant={sheet.mark ? 'ghost' : 'danger'} data-testid="review-mark" onClick={() => setDialog('mark')}>
        {sheet.mark ? t('campaigns.review.unmark') : t('campaigns.review.mark')}
      </Button>
      {dialog === 'mark' && (
        <MarkDialog
          sheet={sheet}
          onClose={() => setDialog(null)}
          onDone={(next) => done(next, next.mark ? t('campaigns.review.marked') : t('campaigns.review.unmarked'))}
        />
      )}
      {dialog === 'extend' && (
        <DeadlineDialog
          target={{ kind: 'unit', sheet, onDone: (next) => done(next, t('campaigns.review.extended')) }}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
