import type { QuestionField, QuestionProblem } from '@thidua/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import type { QuestionQuery } from '../../../generated/graphql';
import { errorText } from '../../../lib/error-text';
import { errorInfo } from '../../../lib/graphql-errors';
import { useSession } from '../../../lib/session';
import { CreateQuestionDocument, UpdateQuestionDocument } from '../graphql/content.documents';
import { canEditQuestion } from '../utils/content-permissions';
import { problemText } from '../utils/question-problems';
import {
  emptyForm,
  formFromVersion,
  problemsOf,
  sameContent,
  toInput,
  withAutoKeepOrder,
  withType,
  type QuestionForm,
} from '../utils/question-form';

export type LoadedQuestion = QuestionQuery['question'];

export interface QuestionEditorOptions {
  question: LoadedQuestion | null;
  reload: () => void;
  setNotice: (notice: string | null) => void;
}

/**
 * The question editor's behaviour: the form, which rules it breaks (shown once a field was
 * left or a save tried), and saving — create then open the new question, or update in place.
 */
export function useQuestionEditor({ question, reload, setNotice }: QuestionEditorOptions) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSession();
  const initial = useMemo(() => (question ? formFromVersion(question.currentVersion) : emptyForm()), [question]);
  const [form, setForm] = useState<QuestionForm>(initial);
  const [touched, setTouched] = useState<ReadonlySet<QuestionField>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [createState, createQuestion] = useMutation(CreateQuestionDocument);
  const [updateState, updateQuestion] = useMutation(UpdateQuestionDocument);

  const editable = !question || (question.status !== 'ARCHIVED' && canEditQuestion(user, question.createdBy));
  const problems = useMemo(() => problemsOf(form), [form]);
  const saveError = createState.error ?? updateState.error;
  const serverProblems = (errorInfo(saveError)?.details?.problems ?? []) as QuestionProblem[];

  function set<K extends keyof QuestionForm>(key: K, value: QuestionForm[K]) {
    setNotice(null);
    setForm((prev) => withAutoKeepOrder(prev, { ...prev, [key]: value }));
  }
  function setType(type: QuestionForm['type']) {
    setNotice(null);
    setForm((prev) => withType(prev, type));
  }
  function touch(...fields: QuestionField[]) {
    if (fields.every((field) => touched.has(field))) return;
    setTouched(new Set([...touched, ...fields]));
  }
  /** What is wrong with a field, in words; nothing until the user left it or tried to save. */
  function messages(field: QuestionField): string[] {
    if (!attempted && !touched.has(field)) return [];
    return (problems.get(field) ?? []).map((p) => problemText(t, p, form.type));
  }
  /** The messages of a field as one line for its error slot, or undefined when there are none. */
  function errorOf(...fields: QuestionField[]): string | undefined {
    const list = fields.flatMap(messages);
    return list.length > 0 ? list.join(' ') : undefined;
  }

  async function save() {
    setAttempted(true);
    setNotice(null);
    if (problems.size > 0) {
      document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const input = toInput(form);
    if (!question) {
      const created = await createQuestion({ input });
      const id = created.data?.createQuestion.id;
      if (id) {
        void navigate(`/content/questions/${id}`, { replace: true, state: { notice: t('content.editor.created') } });
      }
      return;
    }
    const wasPublished = question.status === 'PUBLISHED';
    const updated = await updateQuestion({ input: { ...input, id: question.id } });
    if (updated.data) {
      setNotice(
        wasPublished
          ? t('content.editor.newVersion', { n: question.currentVersion.version + 1 })
          : t('content.editor.saved'),
      );
      reload();
    }
  }

  return {
    form,
    editable,
    dirty: !sameContent(form, initial),
    saving: createState.fetching || updateState.fetching,
    /** How many rules are broken, once a save was tried (0 before). */
    shownProblemCount: attempted ? [...problems.values()].flat().length : 0,
    saveErrorText:
      serverProblems.length > 0
        ? serverProblems.map((p) => problemText(t, p, form.type)).join(' ')
        : errorText(t, saveError),
    set,
    setType,
    touch,
    errorOf,
    discard: () => setForm(initial),
    save,
  };
}

export type QuestionEditorState = ReturnType<typeof useQuestionEditor>;
