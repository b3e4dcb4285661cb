import {
  DIFFICULTIES,
  QUESTION_LIMITS,
  QUESTION_TYPES,
  type QuestionField,
  type QuestionProblem,
} from '@thidua/shared';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../components/form-error';
import { Loading } from '../../../components/loading';
import type { QuestionQuery } from '../../../generated/graphql';
import { errorText } from '../../../lib/error-text';
import { errorInfo } from '../../../lib/graphql-errors';
import { useSession } from '../../../lib/session';
import { CreateQuestionDocument, QuestionDocument, UpdateQuestionDocument } from '../graphql/content.documents';
import { canEditQuestion } from '../utils/content-permissions';
import {
  emptyForm,
  formFromVersion,
  problemsOf,
  sameContent,
  toInput,
  withType,
  type QuestionForm,
} from '../utils/question-form';
import { useResolutions, type SectionItem } from '../hooks/use-content-data';
import { StatusBadge } from './content-badges';
import { ContentTabs } from './content-tabs';
import { OptionEditor } from './option-editor';
import { QuestionPreview, type PreviewQuestion } from './question-preview';
import { ReviewActions } from './review-actions';
import { SectionSelect } from './section-select';
import { VersionHistory } from './version-history';
import { sectionLabel } from '../utils/section-label';

type LoadedQuestion = QuestionQuery['question'];

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
        {result.fetching ? <Loading /> : <FormError message={errorText(t, result.error) ?? t('errors.NOT_FOUND')} />}
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

interface NavState {
  notice?: string;
}

interface QuestionEditorProps {
  question: LoadedQuestion | null;
  reload: () => void;
  notice: string | null;
  setNotice: (notice: string | null) => void;
}

function QuestionEditor({ question, reload, notice, setNotice }: QuestionEditorProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSession();
  const { resolutions, sectionsById } = useResolutions();
  const initial = useMemo(() => (question ? formFromVersion(question.currentVersion) : emptyForm()), [question]);
  const [form, setForm] = useState<QuestionForm>(initial);
  const [touched, setTouched] = useState<ReadonlySet<QuestionField>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [createState, createQuestion] = useMutation(CreateQuestionDocument);
  const [updateState, updateQuestion] = useMutation(UpdateQuestionDocument);

  const editable = !question || (question.status !== 'ARCHIVED' && canEditQuestion(user, question.createdBy));
  const problems = useMemo(() => problemsOf(form), [form]);
  const dirty = !sameContent(form, initial);
  const saving = createState.fetching || updateState.fetching;
  const section: SectionItem | undefined = sectionsById.get(form.sectionId);
  const saveError = createState.error ?? updateState.error;
  const serverProblems = (errorInfo(saveError)?.details?.problems ?? []) as QuestionProblem[];

  function set<K extends keyof QuestionForm>(key: K, value: QuestionForm[K]) {
    setNotice(null);
    setForm((prev) => ({ ...prev, [key]: value }));
  }
  function touch(field: QuestionField) {
    if (!touched.has(field)) setTouched(new Set([...touched, field]));
  }
  function messages(field: QuestionField): string[] {
    if (!attempted && !touched.has(field)) return [];
    return (problems.get(field) ?? []).map((p) => problemText(t, p, form.type));
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

  const fieldError = (field: QuestionField, id: string) => {
    const list = messages(field);
    if (list.length === 0) return null;
    return (
      <p id={id} className="field__error" data-testid={`question-error-${field}`}>
        {list.join(' ')}
      </p>
    );
  };
  const invalid = (field: QuestionField) => messages(field).length > 0;
  const title = question ? t('content.editor.editTitle') : t('content.editor.newTitle');

  return (
    <section className="page" aria-labelledby="editor-title">
      <nav className="breadcrumb" aria-label={t('common.breadcrumb')}>
        <Link to="/content">{t('content.title')}</Link> <span aria-hidden="true">›</span>{' '}
        <span>{question ? question.key : t('content.editor.newTitle')}</span>
      </nav>
      <header className="page-header">
        <div>
          <h1 id="editor-title">{title}</h1>
          {question && (
            <p className="editor-meta">
              <StatusBadge status={question.status} testId="question-status" />
              <span>{t('content.versions.version', { n: question.currentVersion.version })}</span>
              {question.publishedVersion && question.publishedVersion.id !== question.currentVersion.id && (
                <span className="muted">{t('content.inUseVersion', { n: question.publishedVersion.version })}</span>
              )}
              <code>{question.key}</code>
            </p>
          )}
        </div>
        {question && (
          <ReviewActions
            questionId={question.id}
            status={question.status}
            createdBy={question.createdBy ?? null}
            dirty={dirty}
            onDone={(message) => {
              setNotice(message);
              reload();
            }}
          />
        )}
      </header>

      {notice && (
        <div className="alert alert-success" role="status" data-testid="question-notice">
          {notice}
        </div>
      )}
      {question?.status === 'DRAFT' && question.returnReason && (
        <div className="alert alert-info" data-testid="question-return-reason">
          <strong>{t('content.editor.returnedBecause')}</strong> {question.returnReason}
        </div>
      )}
      {question?.status === 'PUBLISHED' && editable && (
        <p className="alert alert-info">
          {t('content.editor.publishedNote', { n: question.currentVersion.version + 1 })}
        </p>
      )}
      {question && !editable && <p className="alert alert-info">{t('content.editor.readOnly')}</p>}

      <div className="editor-layout">
        <form
          className="card form editor-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <div className="form-grid">
            <div className="field">
              <label htmlFor="q-type">{t('content.fields.type')}</label>
              <select
                id="q-type"
                data-testid="question-editor-type"
                value={form.type}
                disabled={!editable}
                onChange={(e) => {
                  setNotice(null);
                  setForm((prev) => withType(prev, e.target.value as QuestionForm['type']));
                }}
              >
                {QUESTION_TYPES.map((value) => (
                  <option key={value} value={value}>
                    {t(`content.type.${value}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="q-difficulty">{t('content.fields.difficulty')}</label>
              <select
                id="q-difficulty"
                data-testid="question-editor-difficulty"
                value={form.difficulty}
                disabled={!editable}
                onChange={(e) => set('difficulty', e.target.value as QuestionForm['difficulty'])}
              >
                {DIFFICULTIES.map((value) => (
                  <option key={value} value={value}>
                    {t(`content.difficulty.${value}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>

          <div className="field">
            <label htmlFor="q-prompt">
              {t('content.fields.prompt')}
              <span className="required"> *</span>
            </label>
            <textarea
              id="q-prompt"
              data-testid="question-editor-prompt"
              rows={3}
              value={form.prompt}
              disabled={!editable}
              aria-invalid={invalid('prompt') || undefined}
              aria-describedby="q-prompt-error q-prompt-count"
              onChange={(e) => set('prompt', e.target.value)}
              onBlur={() => touch('prompt')}
            />
            <p id="q-prompt-count" className="field__hint field__count">
              {form.prompt.length} / {QUESTION_LIMITS.promptMax}
            </p>
            {fieldError('prompt', 'q-prompt-error')}
          </div>

          {form.type === 'NUMERIC' ? (
            <fieldset className="numeric-answer">
              <legend>{t('content.editor.numericAnswer')}</legend>
              <div className="form-grid form-grid--3">
                <div className="field">
                  <label htmlFor="q-answer">
                    {t('content.fields.answer')}
                    <span className="required"> *</span>
                  </label>
                  <input
                    id="q-answer"
                    data-testid="question-numeric-answer"
                    inputMode="decimal"
                    value={form.numericAnswer}
                    disabled={!editable}
                    aria-invalid={invalid('answer') || undefined}
                    aria-describedby="q-answer-error"
                    onChange={(e) => set('numericAnswer', e.target.value)}
                    onBlur={() => touch('answer')}
                  />
                </div>
                <div className="field">
                  <label htmlFor="q-tolerance">{t('content.fields.tolerance')}</label>
                  <input
                    id="q-tolerance"
                    data-testid="question-numeric-tolerance"
                    inputMode="decimal"
                    value={form.tolerance}
                    disabled={!editable}
                    onChange={(e) => set('tolerance', e.target.value)}
                    onBlur={() => touch('answer')}
                  />
                </div>
                <div className="field">
                  <label htmlFor="q-unit">{t('content.fields.unit')}</label>
                  <input
                    id="q-unit"
                    data-testid="question-numeric-unit"
                    value={form.unit}
                    maxLength={QUESTION_LIMITS.unitMax}
                    placeholder={t('content.editor.unitPlaceholder')}
                    disabled={!editable}
                    onChange={(e) => set('unit', e.target.value)}
                  />
                </div>
              </div>
              <p className="field__hint">{t('content.editor.numericHint')}</p>
              {fieldError('answer', 'q-answer-error')}
            </fieldset>
          ) : (
            <div>
              <OptionEditor
                type={form.type}
                options={form.options}
                disabled={!editable}
                invalid={invalid('options') || invalid('answer')}
                describedBy="q-options-error"
                onChange={(options) => set('options', options)}
                onBlur={() => {
                  touch('options');
                  touch('answer');
                }}
              />
              {(invalid('options') || invalid('answer')) && (
                <p id="q-options-error" className="field__error" data-testid="question-error-options">
                  {[...messages('options'), ...messages('answer')].join(' ')}
                </p>
              )}
            </div>
          )}

          <div className="field">
            <label htmlFor="q-section">
              {t('content.fields.section')}
              <span className="required"> *</span>
            </label>
            <SectionSelect
              id="q-section"
              testId="question-editor-section"
              value={form.sectionId}
              onChange={(value) => {
                set('sectionId', value);
                touch('section');
              }}
              resolutions={resolutions}
              emptyLabel={t('content.editor.chooseSection')}
              invalid={invalid('section')}
              describedBy="q-section-error"
            />
            {section && (
              <details className="section-excerpt">
                <summary>{t('content.editor.sectionText')}</summary>
                <p>{section.body || t('content.resolutions.noBody')}</p>
              </details>
            )}
            {fieldError('section', 'q-section-error')}
          </div>

          <div className="field">
            <label htmlFor="q-explanation">
              {t('content.fields.explanation')}
              <span className="required"> *</span>
            </label>
            <textarea
              id="q-explanation"
              data-testid="question-editor-explanation"
              rows={4}
              value={form.explanation}
              disabled={!editable}
              aria-invalid={invalid('explanation') || undefined}
              aria-describedby="q-explanation-hint q-explanation-error"
              onChange={(e) => set('explanation', e.target.value)}
              onBlur={() => touch('explanation')}
            />
            <p id="q-explanation-hint" className="field__hint">
              {t('content.editor.explanationHint')} · {form.explanation.length} / {QUESTION_LIMITS.explanationMax}
            </p>
            {fieldError('explanation', 'q-explanation-error')}
          </div>

          <div className="form-grid">
            <div className="field">
              <label htmlFor="q-tags">{t('content.fields.tags')}</label>
              <input
                id="q-tags"
                data-testid="question-editor-tags"
                value={form.tags}
                disabled={!editable}
                placeholder={t('content.editor.tagsPlaceholder')}
                aria-invalid={invalid('tags') || undefined}
                aria-describedby="q-tags-hint q-tags-error"
                onChange={(e) => set('tags', e.target.value)}
                onBlur={() => touch('tags')}
              />
              <p id="q-tags-hint" className="field__hint">
                {t('content.editor.tagsHint', { max: QUESTION_LIMITS.tagsMax })}
              </p>
              {fieldError('tags', 'q-tags-error')}
            </div>
            <div className="field">
              <label htmlFor="q-time">{t('content.fields.timeLimit')}</label>
              <input
                id="q-time"
                data-testid="question-editor-time"
                type="number"
                inputMode="numeric"
                min={QUESTION_LIMITS.timeLimitMin}
                max={QUESTION_LIMITS.timeLimitMax}
                value={form.timeLimit}
                disabled={!editable}
                aria-invalid={invalid('timeLimit') || undefined}
                aria-describedby="q-time-error"
                onChange={(e) => set('timeLimit', e.target.value)}
                onBlur={() => touch('timeLimit')}
              />
              {fieldError('timeLimit', 'q-time-error')}
            </div>
          </div>
          <label className="switch">
            <input
              type="checkbox"
              data-testid="question-editor-double"
              checked={form.doublePoints}
              disabled={!editable}
              onChange={(e) => set('doublePoints', e.target.checked)}
            />
            <span>{t('content.fields.doublePoints')}</span>
          </label>

          {attempted && problems.size > 0 && (
            <p className="alert alert-error" role="alert" data-testid="question-invalid">
              {t('content.editor.fixProblems', { count: [...problems.values()].flat().length })}
            </p>
          )}
          <FormError
            message={
              serverProblems.length > 0
                ? serverProblems.map((p) => problemText(t, p, form.type)).join(' ')
                : errorText(t, saveError)
            }
          />
          {editable && (
            <div className="form-actions form-actions--start">
              <button
                type="submit"
                className="btn btn-primary"
                data-testid="question-save"
                disabled={saving || (!!question && !dirty)}
              >
                {saving ? t('common.saving') : question ? t('content.editor.save') : t('content.editor.create')}
              </button>
              {dirty && question && (
                <button type="button" className="btn btn-ghost" onClick={() => setForm(initial)}>
                  {t('content.editor.discard')}
                </button>
              )}
              <Link className="btn btn-ghost" to="/content">
                {t('content.editor.backToList')}
              </Link>
            </div>
          )}
        </form>

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
    </section>
  );
}

/** A broken rule in words: `content.problems.<REASON>` (TOO_LONG per field), the rule's own text as fallback. */
function problemText(t: TFunction, problem: QuestionProblem, type: QuestionForm['type']): string {
  const key = problem.reason === 'TOO_LONG' ? `TOO_LONG_${problem.field}` : problem.reason;
  return t(`content.problems.${key}`, { defaultValue: problem.message, ...limitsFor(problem.reason, type) });
}

/** Numbers the Vietnamese messages mention. */
function limitsFor(reason: string, type: QuestionForm['type']): Record<string, number> {
  const L = QUESTION_LIMITS;
  switch (reason) {
    case 'OPTION_COUNT':
      return type === 'ORDERING'
        ? { min: L.orderingOptionsMin, max: L.orderingOptionsMax }
        : { min: L.choiceOptionsMin, max: L.choiceOptionsMax };
    case 'TOO_LONG':
      return { prompt: L.promptMax, option: L.optionMax, explanation: L.explanationMax, unit: L.unitMax };
    case 'TOO_MANY_TAGS':
      return { max: L.tagsMax };
    case 'INVALID_TAG':
      return { max: L.tagMax };
    case 'INVALID_TIME_LIMIT':
      return { min: L.timeLimitMin, max: L.timeLimitMax };
    default:
      return {};
  }
}
