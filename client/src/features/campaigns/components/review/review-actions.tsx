import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../../components/form-error';
import { Button, FormActions, TextAreaField } from '../../../../components/ui';
import type { ReviewSheetState } from '../../hooks/use-review-sheet';
import { needsFirstRound } from '../../utils/sheet-workflow';

/**
 * The one reason for every adjustment, then save, and the round's decision: the block
 * leader passes the sheet on (first round) or returns it; a ward reviewer approves
 * (after the first round, in a block with a leader), does the first round in the
 * leader's place, or returns it.
 */
export function ReviewActions({ review, onReturn }: { review: ReviewSheetState; onReturn: () => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const correcting = review.mode === 'correct';
  const count = review.adjustments.length;
  const { sheet, role } = review;
  const firstRoundOpen = review.mode === 'review' && sheet.status === 'SUBMITTED';
  const approvable = review.mode === 'review' && role === 'WARD';
  const waitsForFirstRound = needsFirstRound(sheet);
  return (
    <div className="card review-actions">
      {role === 'LEADER' && review.mode === 'review' && (
        <p className="alert alert-info" data-testid="review-leader-mode">
          {t('campaigns.review.leaderMode')}
        </p>
      )}
      <TextAreaField
        id="review-reason"
        data-testid="review-reason"
        label={correcting ? t('campaigns.review.correctReason') : t('campaigns.review.reason')}
        required
        rows={2}
        value={review.reason}
        onChange={review.setReason}
        placeholder={t('campaigns.review.reasonPlaceholder')}
      />
      {firstRoundOpen && (role === 'LEADER' || waitsForFirstRound) && (
        <TextAreaField
          id="first-review-note"
          data-testid="first-review-note"
          label={t('campaigns.review.firstReviewNote')}
          rows={2}
          value={note}
          onChange={setNote}
        />
      )}
      <FormError message={review.error} />
      <FormActions align="start">
        <Button data-testid="review-save" disabled={review.saving} onClick={() => void review.saveAdjustments()}>
          {correcting
            ? t('campaigns.review.saveCorrection', { count })
            : t('campaigns.review.saveAdjustments', { count })}
        </Button>
        {firstRoundOpen && (role === 'LEADER' || waitsForFirstRound) && (
          <Button
            variant="primary"
            data-testid="review-first"
            disabled={review.approving}
            onClick={() => void review.firstReview(note)}
          >
            ✓ {role === 'LEADER' ? t('campaigns.review.firstReview') : t('campaigns.review.firstReviewWard')}
          </Button>
        )}
        {approvable && (
          <Button
            variant="primary"
            data-testid="review-approve"
            disabled={review.approving || waitsForFirstRound}
            onClick={() => void review.approve()}
          >
            ✓ {t('campaigns.review.approve')}
          </Button>
        )}
        {review.mode === 'review' && (
          <Button variant="danger" data-testid="review-return" onClick={onReturn}>
            ↩ {t('campaigns.review.return')}
          </Button>
        )}
      </FormActions>
      {approvable && waitsForFirstRound && (
        <p className="muted" data-testid="review-first-required">
          {t('campaigns.review.firstReviewRequired')}
        </p>
      )}
    </div>
  );
}
