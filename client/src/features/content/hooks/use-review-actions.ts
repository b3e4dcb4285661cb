import type { QuestionStatus } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorText } from '../../../lib/error-text';
import { useSession } from '../../../lib/session';
import {
  ArchiveQuestionDocument,
  PublishQuestionDocument,
  ReturnQuestionDocument,
  SubmitQuestionDocument,
} from '../graphql/content.documents';
import { canReview, canSubmitQuestion } from '../utils/content-permissions';

export interface ReviewActionsOptions {
  questionId: string;
  status: QuestionStatus;
  createdBy: string | null;
  onDone: (message: string) => void;
}

/**
 * The review workflow of one question: which steps this user may take now, and each step,
 * reporting success through `onDone` with the sentence to show.
 */
export function useReviewActions({ questionId, status, createdBy, onDone }: ReviewActionsOptions) {
  const { t } = useTranslation();
  const { user } = useSession();
  const reviewer = canReview(user?.role);
  const [submitState, submit] = useMutation(SubmitQuestionDocument);
  const [publishState, publish] = useMutation(PublishQuestionDocument);
  const [returnState, returnQuestion] = useMutation(ReturnQuestionDocument);
  const [archiveState, archive] = useMutation(ArchiveQuestionDocument);

  async function run(action: () => Promise<{ error?: unknown; data?: unknown }>, message: string) {
    const result = await action();
    const ok = Boolean(result.data && !result.error);
    if (ok) onDone(message);
    return ok;
  }

  return {
    showSubmit: status === 'DRAFT' && canSubmitQuestion(user, createdBy),
    showReview: status === 'IN_REVIEW' && reviewer,
    showArchive: status !== 'ARCHIVED' && reviewer,
    busy: submitState.fetching || publishState.fetching || returnState.fetching || archiveState.fetching,
    errorText: errorText(t, submitState.error ?? publishState.error ?? archiveState.error),
    submit: () => run(() => submit({ id: questionId }), t('content.review.submitted')),
    publish: () => run(() => publish({ id: questionId }), t('content.review.published')),
    archive: () => run(() => archive({ id: questionId }), t('content.review.archived')),
    archiving: archiveState.fetching,
    /** Back to draft with the reason the author will read; false when the server refused. */
    sendBack: async (reason: string) => {
      const result = await returnQuestion({ input: { id: questionId, reason } });
      if (!result.data) return false;
      onDone(t('content.review.returned'));
      return true;
    },
    returning: returnState.fetching,
    returnErrorText: errorText(t, returnState.error),
  };
}

export type ReviewActionsState = ReturnType<typeof useReviewActions>;
