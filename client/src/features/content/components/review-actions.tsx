import type { QuestionStatus } from '@thidua/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../components/form-error';
import { Button } from '../../../components/ui';
import { useReviewActions } from '../hooks/use-review-actions';
import { ArchiveDialog, ReturnDialog } from './review-dialogs';

interface ReviewActionsProps {
  questionId: string;
  status: QuestionStatus;
  createdBy: string | null;
  /** Unsaved edits: the workflow acts on the saved version, so save first. */
  dirty: boolean;
  onDone: (message: string) => void;
}

/**
 * DRAFT → IN_REVIEW (author or admin) → PUBLISHED (reviewer or admin), or back to
 * DRAFT with a reason; a reviewer or admin archives. Buttons show by role and status.
 */
export function ReviewActions({ questionId, status, createdBy, dirty, onDone }: ReviewActionsProps) {
  const { t } = useTranslation();
  const review = useReviewActions({ questionId, status, createdBy, onDone });
  const [returnOpen, setReturnOpen] = useState(false);
  const [archiveOpen, setArchiveOpen] = useState(false);
  const { busy } = review;
  if (!review.showSubmit && !review.showReview && !review.showArchive) return null;

  return (
    <div className="review-actions" aria-label={t('content.review.label')} role="group">
      {dirty && <p className="field__hint">{t('content.review.saveFirst')}</p>}
      <div className="review-actions__buttons">
        {review.showSubmit && (
          <Button
            variant="primary"
            data-testid="question-submit-review"
            disabled={busy || dirty}
            onClick={() => void review.submit()}
          >
            {t('content.review.submit')}
          </Button>
        )}
        {review.showReview && (
          <>
            <Button
              variant="primary"
              data-testid="question-publish"
              disabled={busy || dirty}
              onClick={() => void review.publish()}
            >
              ✓ {t('content.review.publish')}
            </Button>
            <Button data-testid="question-return" disabled={busy || dirty} onClick={() => setReturnOpen(true)}>
              ↩ {t('content.review.return')}
            </Button>
          </>
        )}
        {review.showArchive && (
          <Button
            variant="ghost"
            className="btn-danger-text"
            data-testid="question-archive"
            disabled={busy}
            onClick={() => setArchiveOpen(true)}
          >
            {t('content.review.archive')}
          </Button>
        )}
      </div>
      <FormError message={review.errorText} />
      <ReturnDialog open={returnOpen} onClose={() => setReturnOpen(false)} review={review} />
      <ArchiveDialog open={archiveOpen} onClose={() => setArchiveOpen(false)} review={review} />
    </div>
  );
}
