import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { FormError } from '../../../components/form-error';
import { Alert, LoadingState, Page } from '../../../components/ui';
import { errorText } from '../../../lib/error-text';
import { QuestionDocument } from '../graphql/content.documents';
import { useResolutions } from '../hooks/use-content-data';
import { useQuestionEditor, type LoadedQuestion } from '../hooks/use-question-editor';
import { sectionLabel } from '../utils/section-label';
import { StatusBadge } from './content-badges';
import { ContentTabs } from './content-tabs';
import { QuestionEditorForm } from './question-editor-form';
import { QuestionPreview, type PreviewQuestion } from './question-preview';
import { ReviewActions } from './review-actions';
import { VersionHistory } from './version-history';

interface NavState {
  notice?: string;
}

/** `/content/questions/new` and `/content/questions/:id`. */
export function QuestionEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const location = useLocation();
  // Lives above the keyed editor so that a message survives the editor starting over after a save.
  const [notice, setNotice] = useState<string | null>((location.state as NavState | null)?.notice ?? null);
  const [result, reexecute] = useQuery({
    query: QuestionDocument,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'cache-and-network',
  });
  if (!id)
    return <QuestionEditor key="new" question={null} reload={() => undefined} notice={notice} setNotice={setNotice} />;
  const question = result.data?.question;
  if (!question) {
    return (
      <section className="page">
        <ContentTabs />
        {result.fetching ? (
          <LoadingState />
        ) : (
          <FormError message={errorText(t, result.error) ?? t('errors.NOT_FOUND')} />
        )}
      </section>
    );
  }
  return (
    <QuestionEditor
      // A new version (or a status change) starts the form over from what the server holds.
      key={`${question.currentVersion.id}:${question.updatedAt}:${question.status}`}
      question={question}
      reload={() => reexecute({ requestPolicy: 'network-only' })}
      notice={notice}
      setNotice={setNotice}
    />
  );
}

interface QuestionEditorProps {
  question: LoadedQuestion | null;
  reload: () => void;
  notice: string | null;
  setNotice: (notice: string | null) => void;
}

/** The editor's layout: header with the workflow buttons, notices, the form and, beside it, preview and history. */
export function QuestionEditor({ question, reload, notice, setNotice }: QuestionEditorProps) {
  const { t } = useTranslation();
  const { resolutions, sectionsById } = useResolutions();
  const editor = useQuestionEditor({ question, reload, setNotice });
  const { form } = editor;
  const section = sectionsById.get(form.sectionId);
  const preview: PreviewQuestion = {
    type: form.type,
    prompt: form.prompt,
    options: form.options,
    numericAnswer: form.numericAnswer,
    unit: form.unit,
    explanation: form.explanation,
    sectionLabel: section ? sectionLabel(section) : null,
    timeLimitSeconds: Number(form.timeLimit) || 0,
    doublePoints: form.doublePoints,
  };

  return (
    <Page
      titleId="editor-title"
      title={question ? t('content.editor.editTitle') : t('content.editor.newTitle')}
      breadcrumb={[
        { label: t('content.title'), to: '/content' },
        { label: question ? question.key : t('content.editor.newTitle') },
      ]}
      meta={question && <QuestionMeta question={question} />}
      actions={
        question && (
          <ReviewActions
            questionId={question.id}
            status={question.status}
            createdBy={question.createdBy ?? null}
            dirty={editor.dirty}
            onDone={(message) => {
              setNotice(message);
              reload();
            }}
          />
        )
      }
    >
      {notice && (
        <Alert tone="success" testId="question-notice">
          {notice}
        </Alert>
      )}
      {question?.status === 'DRAFT' && question.returnReason && (
        <Alert tone="info" testId="question-return-reason">
          <strong>{t('content.editor.returnedBecause')}</strong> {question.returnReason}
        </Alert>
      )}
      {question?.status === 'PUBLISHED' && editor.editable && (
        <Alert tone="info">{t('content.editor.publishedNote', { n: question.currentVersion.version + 1 })}</Alert>
      )}
      {question && !editor.editable && <Alert tone="info">{t('content.editor.readOnly')}</Alert>}
      {question?.currentVersion.keyWithheld && (
        <Alert tone="info" testId="question-key-withheld">
          {t('content.keyWithheld')}
        </Alert>
      )}

      <div className="editor-layout">
        <QuestionEditorForm editor={editor} existing={!!question} resolutions={resolutions} section={section} />
        <div className="editor-side">
          <QuestionPreview question={preview} />
          {question && (
            <VersionHistory
              versions={question.versions}
              currentId={question.currentVersion.id}
              publishedId={question.publishedVersion?.id ?? null}
            />
          )}
        </div>
      </div>
    </Page>
  );
}

/** Status, version numbers and key under the title. */
function QuestionMeta({ question }: { question: LoadedQuestion }) {
  const { t } = useTranslation();
  return (
    <p className="editor-meta">
      <StatusBadge status={question.status} testId="question-status" />
      <span>{t('content.versions.version', { n: question.currentVersion.version })}</span>
      {question.publishedVersion && question.publishedVersion.id !== question.currentVersion.id && (
        <span className="muted">{t('content.inUseVersion', { n: question.publishedVersion.version })}</span>
      )}
      <code>{question.key}</code>
    </p>
  );
}
