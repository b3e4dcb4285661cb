import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Dialog } from '../../../components/dialog';
import { FormError } from '../../../components/form-error';
import { Alert, Button, buttonClass, FormActions, LoadingState, Page } from '../../../components/ui';
import { errorText } from '../../../lib/error-text';
import { QuizDocument } from '../graphql/content.documents';
import { useResolutions } from '../hooks/use-content-data';
import { useQuizEditor, type QuizEditorState } from '../hooks/use-quiz-editor';
import type { LoadedQuiz } from '../utils/quiz-form';
import { ContentTabs } from './content-tabs';
import { QuestionPicker } from './question-picker';
import { QuizDrawRules } from './quiz-draw-rules';
import { QuizItemList } from './quiz-item-list';
import { QuizSettingsFields } from './quiz-settings-fields';

/** `/content/quizzes/new` and `/content/quizzes/:id`. */
export function QuizEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const location = useLocation();
  // Lives above the keyed editor so that a message survives the editor starting over after a save.
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice ?? null);
  const [result, reexecute] = useQuery({
    query: QuizDocument,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'cache-and-network',
  });
  if (!id) return <QuizEditor key="new" quiz={null} reload={() => undefined} notice={notice} setNotice={setNotice} />;
  const quiz = result.data?.quiz;
  if (!quiz) {
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
    <QuizEditor
      key={`${quiz.id}:${quiz.updatedAt}`}
      quiz={quiz}
      reload={() => reexecute({ requestPolicy: 'network-only' })}
      notice={notice}
      setNotice={setNotice}
    />
  );
}

interface QuizEditorProps {
  quiz: LoadedQuiz | null;
  reload: () => void;
  notice: string | null;
  setNotice: (notice: string | null) => void;
}

function QuizEditor({ quiz, reload, notice, setNotice }: QuizEditorProps) {
  const { t } = useTranslation();
  const { resolutions } = useResolutions();
  const editor = useQuizEditor({ quiz, reload, setNotice });
  const [deleteOpen, setDeleteOpen] = useState(false);
  const { editable } = editor;
  const title = quiz ? quiz.title : t('content.quizzes.create');

  return (
    <Page
      titleId="quiz-title"
      title={<span data-testid="quiz-heading">{title}</span>}
      breadcrumb={[{ label: t('content.quizzes.title'), to: '/content/quizzes' }, { label: title }]}
      meta={quiz?.isDemo && <span className="badge badge-demo">{t('units.demo')}</span>}
      actions={
        quiz &&
        editable && (
          <Button
            variant="ghost"
            className="btn-danger-text"
            data-testid="quiz-delete"
            onClick={() => setDeleteOpen(true)}
          >
            {t('common.delete')}
          </Button>
        )
      }
    >
      <ContentTabs />
      {notice && (
        <Alert tone="success" testId="quiz-notice">
          {notice}
        </Alert>
      )}
      {!editable && <Alert tone="info">{t('content.quizEditor.readOnly')}</Alert>}

      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void editor.save();
        }}
      >
        <QuizSettingsFields editor={editor} />
        {editor.mode === 'FIXED' ? (
          <div className="quiz-build">
            <QuizItemList entries={editor.entries} onChange={editor.setEntries} editable={editable} />
            {editable && (
              <QuestionPicker
                resolutions={resolutions}
                chosen={new Set(editor.entries.map((e) => e.id))}
                onAdd={editor.addEntry}
              />
            )}
          </div>
        ) : (
          <QuizDrawRules
            rules={editor.rules}
            onChange={editor.setRules}
            resolutions={resolutions}
            editable={editable}
          />
        )}
        {editor.shownProblems.length > 0 && <Alert tone="error">{editor.shownProblems.join(' ')}</Alert>}
        <FormError message={editor.saveErrorText} />
        {editable && (
          <div className="form-actions form-actions--start quiz-save">
            <Button type="submit" variant="primary" data-testid="quiz-save" disabled={editor.saving}>
              {editor.saving
                ? t('common.saving')
                : quiz
                  ? t('content.quizEditor.save')
                  : t('content.quizEditor.create')}
            </Button>
            <Link className={buttonClass('ghost')} to="/content/quizzes">
              {t('content.editor.backToList')}
            </Link>
          </div>
        )}
      </form>

      <QuizDeleteDialog
        open={deleteOpen}
        onClose={() => setDeleteOpen(false)}
        title={quiz?.title ?? ''}
        editor={editor}
      />
    </Page>
  );
}

interface QuizDeleteDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  editor: QuizEditorState;
}

/** "Delete this quiz?" with the server's refusal, if any. */
function QuizDeleteDialog({ open, onClose, title, editor }: QuizDeleteDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('content.quizEditor.deleteTitle')} onClose={onClose} size="sm">
      <p>{t('content.quizEditor.deleteConfirm', { title })}</p>
      <FormError message={editor.deleteErrorText} />
      <FormActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button
          variant="danger"
          data-testid="quiz-delete-confirm"
          disabled={editor.deleting}
          onClick={() => void editor.remove()}
        >
          {editor.deleting ? t('common.deleting') : t('common.delete')}
        </Button>
      </FormActions>
    </Dialog>
  );
}
