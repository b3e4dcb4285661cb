import type { QuizMode } from '@thidua/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { errorText } from '../../../lib/error-text';
import { useSession } from '../../../lib/session';
import { CreateQuizDocument, DeleteQuizDocument, UpdateQuizDocument } from '../graphql/content.documents';
import { canEditQuiz } from '../utils/content-permissions';
import {
  entriesOf,
  quizProblems,
  rulesOf,
  toQuizInput,
  type LoadedQuiz,
  type QuizEntry,
  type RuleRow,
} from '../utils/quiz-form';

export interface QuizEditorOptions {
  quiz: LoadedQuiz | null;
  reload: () => void;
  setNotice: (notice: string | null) => void;
}

/** The quiz editor's state and actions: settings, the chosen questions or draw rules, save and delete. */
export function useQuizEditor({ quiz, reload, setNotice }: QuizEditorOptions) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSession();
  const [title, setTitle] = useState(quiz?.title ?? '');
  const [description, setDescription] = useState(quiz?.description ?? '');
  const [mode, setMode] = useState<QuizMode>(quiz?.mode ?? 'FIXED');
  const [shuffle, setShuffle] = useState(quiz?.shuffleOptions ?? true);
  const [entries, setEntries] = useState<QuizEntry[]>(() => entriesOf(quiz));
  const [rules, setRules] = useState<RuleRow[]>(() => rulesOf(quiz));
  const [attempted, setAttempted] = useState(false);
  const [createState, createQuiz] = useMutation(CreateQuizDocument);
  const [updateState, updateQuiz] = useMutation(UpdateQuizDocument);
  const [deleteState, deleteQuiz] = useMutation(DeleteQuizDocument);
  const draft = { title, description, mode, shuffle, entries, rules };
  const problems = useMemo(
    () => quizProblems(t, { title, description, mode, shuffle, entries, rules }),
    [t, title, description, mode, shuffle, entries, rules],
  );

  async function save() {
    setAttempted(true);
    setNotice(null);
    if (problems.length > 0) return;
    const input = toQuizInput(draft);
    if (!quiz) {
      const created = await createQuiz({ input });
      const id = created.data?.createQuiz.id;
      if (id)
        void navigate(`/content/quizzes/${id}`, { replace: true, state: { notice: t('content.quizEditor.created') } });
      return;
    }
    const updated = await updateQuiz({ input: { id: quiz.id, ...input } });
    if (updated.data) {
      setNotice(t('content.quizEditor.saved'));
      reload();
    }
  }

  async function remove() {
    if (!quiz) return;
    const result = await deleteQuiz({ id: quiz.id });
    if (result.data?.deleteQuiz) void navigate('/content/quizzes', { replace: true });
  }

  return {
    ...draft,
    editable: !quiz || canEditQuiz(user, quiz.createdBy ?? null),
    setTitle,
    setDescription,
    setMode,
    setShuffle,
    setEntries,
    setRules,
    addEntry: (entry: QuizEntry) => setEntries((prev) => [...prev, entry]),
    attempted,
    /** What blocks saving, shown once a save was tried. */
    shownProblems: attempted ? problems : [],
    saving: createState.fetching || updateState.fetching,
    saveErrorText: errorText(t, createState.error ?? updateState.error),
    save,
    deleting: deleteState.fetching,
    deleteErrorText: errorText(t, deleteState.error),
    remove,
  };
}

export type QuizEditorState = ReturnType<typeof useQuizEditor>;
