import type { QuestionStatus } from '@thidua/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Dialog } from '../../../components/dialog';
import { FormError } from '../../../components/form-error';
import { errorText } from '../../../lib/error-text';
import { useSession } from '../../../lib/session';
import {
  ArchiveQuestionDocument,
  PublishQuestionDocument,
  ReturnQuestionDocument,
  SubmitQuestionDocument,
} from '../graphql/content.documents';
import { canReview, canSubmitQuestion } from '../utils/content-permissions';

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
  const { user } = useSession();
  const reviewer = canReview(user?.role);
  const [submitState, submit] = useMutation(SubmitQuestionDocument);
  const [publishState, publish] = useMutation(PublishQuestionDocument);
  const [returnState, returnQuestion] = useMutation(ReturnQuestionDocument);
  const [archiveState, archive] = useMutation(ArchiveQuestionDocument);
  const [returnOpen, setReturnOpen] = useState(false);
  const [archiveOpen, setArchiveOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const busy = submitState.fetching || publishState.fetching || returnState.fetching || archiveState.fetching;

  const showSubmit = status === 'DRAFT' && canSubmitQuestion(user, createdBy);
  const showReview = status === 'IN_REVIEW' && reviewer;
  const showArchive = status !== 'ARCHIVED' && reviewer;
  if (!showSubmit && !showReview && !showArchive) return null;

  async function run(action: () => Promise<{ error?: unknown; data?: unknown }>, message: string) {
    const result = await action();
    if (result.data && !result.error) onDone(message);
  }

  async function sendBack() {
    if (!reason.trim()) {
      setReasonMissing(true);
      return;
    }
    const result = await returnQuestion({ input: { id: questionId, reason: reason.trim() } });
    if (result.data) {
      setReturnOpen(false);
      setReason('');
      onDone(t('content.review.returned'));
    }
  }

  const error = submitState.error ?? publishState.error ?? archiveState.error;
  return (
    <div className="review-actions" aria-label={t('content.review.label')} role="group">
      {dirty && <p className="field__hint">{t('content.review.saveFirst')}</p>}
      <div className="review-actions__buttons">
        {showSubmit && (
          <button
            type="button"
            className="btn btn-primary"
            data-testid="question-submit-review"
            disabled={busy || dirty}
            onClick={() => void run(() => submit({ id: questionId }), t('content.review.submitted'))}
          >
            {t('content.review.submit')}
          </button>
        )}
        {showReview && (
          <>
            <button
              type="button"
              className="btn btn-primary"
              data-testid="question-publish"
              disabled={busy || dirty}
              onClick={() => void run(() => publish({ id: questionId }), t('content.review.published'))}
            >
              ✓ {t('content.review.publish')}
            </button>
            <button
              type="button"
              className="btn btn-secondary"
              data-testid="question-return"
              disabled={busy || dirty}
              onClick={() => {
                setReasonMissing(false);
                setReturnOpen(true);
              }}
            >
              ↩ {t('content.review.return')}
            </button>
          </>
        )}
        {showArchive && (
          <button
            type="button"
            className="btn btn-ghost btn-danger-text"
            data-testid="question-archive"
            disabled={busy}
            onClick={() => setArchiveOpen(true)}
          >
            {t('content.review.archive')}
          </button>
        )}
      </div>
      <FormError message={errorText(t, error)} />

      <Dialog
        open={returnOpen}
        title={t('content.review.returnTitle')}
        onClose={() => setReturnOpen(false)}
        testId="return-dialog"
        size="sm"
      >
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void sendBack();
          }}
        >
          <div className="field">
            <label htmlFor="return-reason">
              {t('content.review.reason')}
              <span className="required"> *</span>
            </label>
            <textarea
              id="return-reason"
              data-testid="return-reason"
              rows={4}
              value={reason}
              aria-invalid={reasonMissing || undefined}
              aria-describedby="return-reason-hint"
              onChange={(e) => {
                setReason(e.target.value);
                if (e.target.value.trim()) setReasonMissing(false);
              }}
            />
            <p id="return-reason-hint" className={reasonMissing ? 'field__error' : 'field__hint'}>
              {reasonMissing ? t('content.review.reasonRequired') : t('content.review.reasonHint')}
            </p>
          </div>
          <FormError message={errorText(t, returnState.error)} />
          <div className="form-actions">
            <button type="button" className="btn btn-secondary" onClick={() => setReturnOpen(false)}>
              {t('common.cancel')}
            </button>
            <button
              type="submit"
              className="btn btn-primary"
              data-testid="return-confirm"
              disabled={returnState.fetching}
            >
              {t('content.review.returnConfirm')}
            </button>
          </div>
        </form>
      </Dialog>

      <Dialog
        open={archiveOpen}
        title={t('content.review.archiveTitle')}
        onClose={() => setArchiveOpen(false)}
        size="sm"
      >
        <p>{t('content.review.archiveConfirm')}</p>
        <div className="form-actions">
          <button type="button" className="btn btn-secondary" onClick={() => setArchiveOpen(false)}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="btn btn-danger"
            data-testid="archive-confirm"
            disabled={archiveState.fetching}
            onClick={() =>
              void run(() => archive({ id: questionId }), t('content.review.archived')).then(() =>
                setArchiveOpen(false),
              )
            }
          >
            {t('content.review.archive')}
          </button>
        </div>
      </Dialog>
    </div>
  );
}
