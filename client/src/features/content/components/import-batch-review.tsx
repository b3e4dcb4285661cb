import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../components/form-error';
import { Alert, Button, CheckboxField } from '../../../components/ui';
import { errorText } from '../../../lib/error-text';
import { useSession } from '../../../lib/session';
import {
  ImportedQuestionsDocument,
  PublishQuestionsDocument,
  SubmitQuestionsDocument,
} from '../graphql/content.documents';
import { canReview } from '../utils/content-permissions';
import { StatusBadge } from './content-badges';

/** How many of an import's questions are listed one by one; "all of this import" counts the others too. */
const LISTED = 100;

interface BulkAnswer {
  done: readonly string[];
  refusals: readonly { questionId: string; key: string; reason: string }[];
}

/**
 * After an import: pick its questions (or all of them) and send them to review or, for a
 * reviewer or admin, publish them in one action. The server applies the one-question rules
 * to each and lists the ones it refused; those stay as they were.
 */
export function ImportBatchReview({ questionIds }: { questionIds: readonly string[] }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set(questionIds));
  const [answer, setAnswer] = useState<{ action: 'submitted' | 'published'; result: BulkAnswer } | null>(null);
  const [{ data }, reload] = useQuery({
    query: ImportedQuestionsDocument,
    variables: { filter: { ids: [...questionIds], limit: LISTED } },
    pause: questionIds.length === 0,
  });
  const [submitState, submit] = useMutation(SubmitQuestionsDocument);
  const [publishState, publish] = useMutation(PublishQuestionsDocument);
  if (questionIds.length === 0) return null;

  const items = data?.questions.items ?? [];
  const busy = submitState.fetching || publishState.fetching;
  const allSelected = selected.size === questionIds.length;
  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  async function act(action: 'submitted' | 'published') {
    setAnswer(null);
    const input = { ids: [...selected] };
    const result =
      action === 'published'
        ? (await publish({ input })).data?.publishQuestions
        : (await submit({ input })).data?.submitQuestionsForReview;
    if (!result) return;
    setAnswer({ action, result });
    reload({ requestPolicy: 'network-only' });
  }

  return (
    <section className="import-batch" aria-labelledby="import-batch-title" data-testid="import-batch">
      <h3 id="import-batch-title">{t('content.import.batch.title')}</h3>
      <CheckboxField
        label={t('content.import.batch.all', { count: questionIds.length })}
        data-testid="import-batch-all"
        value={allSelected}
        onChange={(on) => setSelected(on ? new Set(questionIds) : new Set())}
      />
      <ul className="import-batch__list">
        {items.map((q) => (
          <li key={q.id} className="import-batch__item">
            <CheckboxField
              label={q.currentVersion.prompt}
              value={selected.has(q.id)}
              onChange={(on) => toggle(q.id, on)}
            />
            <StatusBadge status={q.status} />
            <code>{q.key}</code>
          </li>
        ))}
      </ul>
      {questionIds.length > items.length && items.length > 0 && (
        <p className="field__hint">{t('content.import.batch.more', { count: questionIds.length - items.length })}</p>
      )}
      <p className="field__hint" aria-live="polite">
        {t('content.import.batch.selected', { count: selected.size })}
      </p>
      <div className="alert__actions">
        <Button size="small" disabled={busy || selected.size === 0} onClick={() => void act('submitted')}>
          {t('content.import.batch.submit')}
        </Button>
        {canReview(user?.role) && (
          <Button
            size="small"
            variant="primary"
            disabled={busy || selected.size === 0}
            onClick={() => void act('published')}
          >
            {t('content.import.batch.publish')}
          </Button>
        )}
      </div>
      <FormError message={errorText(t, submitState.error ?? publishState.error)} />
      {answer && (
        <Alert tone={answer.result.refusals.length > 0 ? 'info' : 'success'} testId="import-batch-result">
          {t(`content.import.batch.${answer.action}`, { count: answer.result.done.length })}
          {answer.result.refusals.length > 0 && (
            <>
              {' '}
              {t('content.import.batch.refusedTitle', { count: answer.result.refusals.length })}
              <ul data-testid="import-batch-refusals">
                {answer.result.refusals.map((r) => (
                  <li key={r.questionId}>
                    {t('content.import.batch.refused', {
                      key: r.key || r.questionId,
                      reason: t(`errors.${r.reason}`, { defaultValue: r.reason }),
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </Alert>
      )}
    </section>
  );
}
