import { DIFFICULTIES, QUESTION_TYPES, type Difficulty, type QuestionType, type QuizMode } from '@thidua/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Dialog } from '../../../components/dialog';
import { FormError } from '../../../components/form-error';
import { Loading } from '../../../components/loading';
import type { QuestionVersionFieldsFragment, QuizQuery } from '../../../generated/graphql';
import { errorText } from '../../../lib/error-text';
import { formatNumber } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import {
  CountQuestionsDocument,
  CreateQuizDocument,
  DeleteQuizDocument,
  PickQuestionsDocument,
  QuizDocument,
  UpdateQuizDocument,
} from '../graphql/content.documents';
import { canEditQuiz } from '../utils/content-permissions';
import { useResolutions, type ResolutionItem } from '../hooks/use-content-data';
import { useDebounced } from '../hooks/use-debounced';
import { StatusBadge } from './content-badges';
import { ContentTabs } from './content-tabs';
import { QuizQuestionBody } from './quiz-question-card';
import { SectionSelect } from './section-select';

type LoadedQuiz = QuizQuery['quiz'];

interface Entry {
  id: string;
  key: string;
  status: LoadedQuiz['items'][number]['question']['status'];
  /** What games ask: the published version, else (not playable yet) the current one. */
  version: QuestionVersionFieldsFragment;
  published: boolean;
}

interface RuleRow {
  key: number;
  sectionId: string;
  tag: string;
  difficulty: Difficulty | '';
  count: string;
}

let ruleKey = 0;
function newRule(): RuleRow {
  ruleKey += 1;
  return { key: ruleKey, sectionId: '', tag: '', difficulty: '', count: '5' };
}

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
        {result.fetching ? <Loading /> : <FormError message={errorText(t, result.error) ?? t('errors.NOT_FOUND')} />}
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
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSession();
  const { resolutions } = useResolutions();
  const editable = !quiz || canEditQuiz(user, quiz.createdBy ?? null);
  const [title, setTitle] = useState(quiz?.title ?? '');
  const [description, setDescription] = useState(quiz?.description ?? '');
  const [mode, setMode] = useState<QuizMode>(quiz?.mode ?? 'FIXED');
  const [shuffle, setShuffle] = useState(quiz?.shuffleOptions ?? true);
  const [entries, setEntries] = useState<Entry[]>(() =>
    (quiz?.items ?? []).map((item) => ({
      id: item.question.id,
      key: item.question.key,
      status: item.question.status,
      version: item.question.publishedVersion ?? item.question.currentVersion,
      published: item.question.publishedVersion !== null && item.question.status !== 'ARCHIVED',
    })),
  );
  const [rules, setRules] = useState<RuleRow[]>(() =>
    quiz && quiz.drawRules.length > 0
      ? quiz.drawRules.map((r) => ({
          ...newRule(),
          sectionId: r.sectionId ?? '',
          tag: r.tag ?? '',
          difficulty: r.difficulty ?? '',
          count: String(r.count),
        }))
      : [newRule()],
  );
  const [attempted, setAttempted] = useState(false);
  const [deleteOpen, setDeleteOpen] = useState(false);
  const [createState, createQuiz] = useMutation(CreateQuizDocument);
  const [updateState, updateQuiz] = useMutation(UpdateQuizDocument);
  const [deleteState, deleteQuiz] = useMutation(DeleteQuizDocument);
  const saving = createState.fetching || updateState.fetching;

  const problems = useMemo(() => {
    const list: string[] = [];
    if (!title.trim()) list.push(t('content.quizEditor.titleRequired'));
    if (mode === 'FIXED' && entries.length === 0) list.push(t('content.quizEditor.noQuestions'));
    if (mode === 'DRAW') {
      if (rules.length === 0) list.push(t('content.quizEditor.noRules'));
      if (rules.some((r) => !/^\d+$/u.test(r.count.trim()) || Number(r.count) < 1 || Number(r.count) > 100))
        list.push(t('content.quizEditor.badCount'));
    }
    return list;
  }, [title, mode, entries.length, rules, t]);

  async function save() {
    setAttempted(true);
    setNotice(null);
    if (problems.length > 0) return;
    const common = {
      title: title.trim(),
      description: description.trim(),
      mode,
      shuffleOptions: shuffle,
      ...(mode === 'FIXED'
        ? { questionIds: entries.map((e) => e.id) }
        : {
            drawRules: rules.map((r) => ({
              count: Number(r.count),
              ...(r.sectionId ? { sectionId: r.sectionId } : {}),
              ...(r.tag.trim() ? { tag: r.tag.trim() } : {}),
              ...(r.difficulty ? { difficulty: r.difficulty } : {}),
            })),
          }),
    };
    if (!quiz) {
      const created = await createQuiz({ input: common });
      const id = created.data?.createQuiz.id;
      if (id)
        void navigate(`/content/quizzes/${id}`, { replace: true, state: { notice: t('content.quizEditor.created') } });
      return;
    }
    const updated = await updateQuiz({ input: { id: quiz.id, ...common } });
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

  function move(index: number, delta: number) {
    const target = index + delta;
    if (target < 0 || target >= entries.length) return;
    const next = [...entries];
    [next[index], next[target]] = [next[target], next[index]];
    setEntries(next);
  }

  const chosen = new Set(entries.map((e) => e.id));
  const n = (value: number) => formatNumber(value, i18n.language);

  return (
    <section className="page" aria-labelledby="quiz-title">
      <nav className="breadcrumb" aria-label={t('common.breadcrumb')}>
        <Link to="/content/quizzes">{t('content.quizzes.title')}</Link> <span aria-hidden="true">›</span>{' '}
        <span>{quiz ? quiz.title : t('content.quizzes.create')}</span>
      </nav>
      <header className="page-header">
        <div>
          <h1 id="quiz-title" data-testid="quiz-heading">
            {quiz ? quiz.title : t('content.quizzes.create')}
          </h1>
          {quiz?.isDemo && <span className="badge badge-demo">{t('units.demo')}</span>}
        </div>
        {quiz && editable && (
          <div className="page-header__actions">
            <button
              type="button"
              className="btn btn-ghost btn-danger-text"
              data-testid="quiz-delete"
              onClick={() => setDeleteOpen(true)}
            >
              {t('common.delete')}
            </button>
          </div>
        )}
      </header>
      <ContentTabs />
      {notice && (
        <div className="alert alert-success" role="status" data-testid="quiz-notice">
          {notice}
        </div>
      )}
      {!editable && <p className="alert alert-info">{t('content.quizEditor.readOnly')}</p>}

      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="card form">
          <div className="field">
            <label htmlFor="quiz-title-input">
              {t('content.quizEditor.title')}
              <span className="required"> *</span>
            </label>
            <input
              id="quiz-title-input"
              data-testid="quiz-title"
              value={title}
              maxLength={200}
              disabled={!editable}
              aria-invalid={(attempted && !title.trim()) || undefined}
              onChange={(e) => setTitle(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="quiz-description">{t('content.quizEditor.description')}</label>
            <textarea
              id="quiz-description"
              data-testid="quiz-description"
              rows={2}
              value={description}
              disabled={!editable}
              onChange={(e) => setDescription(e.target.value)}
            />
          </div>
          <fieldset className="mode-pick">
            <legend>{t('content.quizEditor.mode')}</legend>
            {(['FIXED', 'DRAW'] as const).map((value) => (
              <label key={value} className={`mode-pick__item${mode === value ? ' is-current' : ''}`}>
                <input
                  type="radio"
                  name="quiz-mode"
                  value={value}
                  checked={mode === value}
                  disabled={!editable}
                  data-testid={`quiz-mode-${value}`}
                  onChange={() => setMode(value)}
                />
                <span>
                  <strong>{t(`content.quizMode.${value}`)}</strong>
                  <span className="field__hint">{t(`content.quizEditor.modeHint.${value}`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <label className="switch">
            <input
              type="checkbox"
              data-testid="quiz-shuffle"
              checked={shuffle}
              disabled={!editable}
              onChange={(e) => setShuffle(e.target.checked)}
            />
            <span>{t('content.quizEditor.shuffle')}</span>
          </label>
        </div>

        {mode === 'FIXED' ? (
          <div className="quiz-build">
            <section className="card quiz-build__list" aria-labelledby="quiz-items-title">
              <h2 id="quiz-items-title">
                {t('content.quizEditor.questions', { count: entries.length, value: n(entries.length) })}
              </h2>
              {entries.length === 0 && <p className="empty">{t('content.quizEditor.noQuestionsYet')}</p>}
              <ol className="quiz-items">
                {entries.map((entry, index) => (
                  <li key={entry.id} className="quiz-item" data-testid={`quiz-item-${index}`}>
                    <div className="quiz-item__head">
                      <span className="quiz-item__num">{index + 1}</span>
                      <StatusBadge status={entry.status} />
                      <Link to={`/content/questions/${entry.id}`} className="quiz-item__key">
                        <code>{entry.key}</code>
                      </Link>
                      {editable && (
                        <span className="quiz-item__tools">
                          <button
                            type="button"
                            className="btn btn-icon btn-icon--sm"
                            disabled={index === 0}
                            aria-label={t('content.quizEditor.moveUp', { n: index + 1 })}
                            onClick={() => move(index, -1)}
                          >
                            ↑
                          </button>
                          <button
                            type="button"
                            className="btn btn-icon btn-icon--sm"
                            disabled={index === entries.length - 1}
                            aria-label={t('content.quizEditor.moveDown', { n: index + 1 })}
                            onClick={() => move(index, 1)}
                          >
                            ↓
                          </button>
                          <button
                            type="button"
                            className="btn btn-icon btn-icon--sm btn-danger-text"
                            aria-label={t('content.quizEditor.remove', { n: index + 1 })}
                            onClick={() => setEntries(entries.filter((e) => e.id !== entry.id))}
                          >
                            ×
                          </button>
                        </span>
                      )}
                    </div>
                    {!entry.published && <p className="field__error">{t('content.quizEditor.notPlayable')}</p>}
                    <QuizQuestionBody version={entry.version} />
                  </li>
                ))}
              </ol>
            </section>
            {editable && (
              <QuestionPicker
                resolutions={resolutions}
                chosen={chosen}
                onAdd={(entry) => setEntries((prev) => [...prev, entry])}
              />
            )}
          </div>
        ) : (
          <section className="card" aria-labelledby="quiz-rules-title">
            <h2 id="quiz-rules-title">{t('content.quizEditor.rules')}</h2>
            <p className="field__hint">{t('content.quizEditor.rulesHint')}</p>
            <ol className="rules">
              {rules.map((rule, index) => (
                <li key={rule.key} className="rule" data-testid={`quiz-rule-${index}`}>
                  <div className="field">
                    <label htmlFor={`rule-section-${rule.key}`}>{t('content.fields.section')}</label>
                    <SectionSelect
                      id={`rule-section-${rule.key}`}
                      value={rule.sectionId}
                      onChange={(value) =>
                        setRules(rules.map((r) => (r.key === rule.key ? { ...r, sectionId: value } : r)))
                      }
                      resolutions={resolutions}
                      emptyLabel={t('content.questions.allSections')}
                    />
                  </div>
                  <div className="field">
                    <label htmlFor={`rule-tag-${rule.key}`}>{t('content.fields.tag')}</label>
                    <input
                      id={`rule-tag-${rule.key}`}
                      value={rule.tag}
                      disabled={!editable}
                      placeholder={t('content.quizEditor.anyTag')}
                      onChange={(e) =>
                        setRules(rules.map((r) => (r.key === rule.key ? { ...r, tag: e.target.value } : r)))
                      }
                    />
                  </div>
                  <div className="field">
                    <label htmlFor={`rule-difficulty-${rule.key}`}>{t('content.fields.difficulty')}</label>
                    <select
                      id={`rule-difficulty-${rule.key}`}
                      value={rule.difficulty}
                      disabled={!editable}
                      onChange={(e) =>
                        setRules(
                          rules.map((r) =>
                            r.key === rule.key ? { ...r, difficulty: e.target.value as Difficulty | '' } : r,
                          ),
                        )
                      }
                    >
                      <option value="">{t('content.questions.allDifficulties')}</option>
                      {DIFFICULTIES.map((value) => (
                        <option key={value} value={value}>
                          {t(`content.difficulty.${value}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="field rule__count">
                    <label htmlFor={`rule-count-${rule.key}`}>{t('content.quizEditor.count')}</label>
                    <input
                      id={`rule-count-${rule.key}`}
                      type="number"
                      min={1}
                      max={100}
                      inputMode="numeric"
                      value={rule.count}
                      disabled={!editable}
                      onChange={(e) =>
                        setRules(rules.map((r) => (r.key === rule.key ? { ...r, count: e.target.value } : r)))
                      }
                    />
                  </div>
                  <RuleAvailability rule={rule} />
                  {editable && (
                    <button
                      type="button"
                      className="btn btn-ghost btn-small btn-danger-text rule__remove"
                      onClick={() => setRules(rules.filter((r) => r.key !== rule.key))}
                    >
                      × {t('content.quizEditor.removeRule')}
                    </button>
                  )}
                </li>
              ))}
            </ol>
            {editable && (
              <button
                type="button"
                className="btn btn-secondary btn-small"
                data-testid="quiz-add-rule"
                onClick={() => setRules([...rules, newRule()])}
              >
                + {t('content.quizEditor.addRule')}
              </button>
            )}
          </section>
        )}

        {attempted && problems.length > 0 && (
          <div className="alert alert-error" role="alert">
            {problems.join(' ')}
          </div>
        )}
        <FormError message={errorText(t, createState.error ?? updateState.error)} />
        {editable && (
          <div className="form-actions form-actions--start quiz-save">
            <button type="submit" className="btn btn-primary" data-testid="quiz-save" disabled={saving}>
              {saving ? t('common.saving') : quiz ? t('content.quizEditor.save') : t('content.quizEditor.create')}
            </button>
            <Link className="btn btn-ghost" to="/content/quizzes">
              {t('content.editor.backToList')}
            </Link>
          </div>
        )}
      </form>

      <Dialog
        open={deleteOpen}
        title={t('content.quizEditor.deleteTitle')}
        onClose={() => setDeleteOpen(false)}
        size="sm"
      >
        <p>{t('content.quizEditor.deleteConfirm', { title: quiz?.title ?? '' })}</p>
        <FormError message={errorText(t, deleteState.error)} />
        <div className="form-actions">
          <button type="button" className="btn btn-secondary" onClick={() => setDeleteOpen(false)}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="btn btn-danger"
            data-testid="quiz-delete-confirm"
            disabled={deleteState.fetching}
            onClick={() => void remove()}
          >
            {deleteState.fetching ? t('common.deleting') : t('common.delete')}
          </button>
        </div>
      </Dialog>
    </section>
  );
}

/** How many published questions a draw rule can pick from; warns when fewer than it asks. */
function RuleAvailability({ rule }: { rule: RuleRow }) {
  const { t } = useTranslation();
  const tag = useDebounced(rule.tag.trim());
  const [result] = useQuery({
    query: CountQuestionsDocument,
    variables: {
      filter: {
        status: 'PUBLISHED',
        limit: 1,
        ...(rule.sectionId ? { sectionId: rule.sectionId } : {}),
        ...(tag ? { tag } : {}),
        ...(rule.difficulty ? { difficulty: rule.difficulty } : {}),
      },
    },
  });
  const total = result.data?.questions.total;
  if (total === undefined) return null;
  const short = total < Number(rule.count);
  return (
    <p className={short ? 'field__error rule__available' : 'field__hint rule__available'}>
      {t('content.quizEditor.available', { count: total })}
    </p>
  );
}

/** Search published questions and add them to the quiz. */
function QuestionPicker({
  resolutions,
  chosen,
  onAdd,
}: {
  resolutions: readonly ResolutionItem[];
  chosen: ReadonlySet<string>;
  onAdd: (entry: Entry) => void;
}) {
  const { t } = useTranslation();
  const [searchText, setSearchText] = useState('');
  const search = useDebounced(searchText.trim());
  const [sectionId, setSectionId] = useState('');
  const [difficulty, setDifficulty] = useState<Difficulty | ''>('');
  const [type, setType] = useState<QuestionType | ''>('');
  const [result] = useQuery({
    query: PickQuestionsDocument,
    variables: {
      filter: {
        status: 'PUBLISHED',
        limit: 10,
        ...(search ? { search } : {}),
        ...(sectionId ? { sectionId } : {}),
        ...(difficulty ? { difficulty } : {}),
        ...(type ? { type } : {}),
      },
    },
  });
  const page = result.data?.questions;
  return (
    <section className="card quiz-build__picker" aria-labelledby="picker-title">
      <h2 id="picker-title">{t('content.quizEditor.pickTitle')}</h2>
      <div className="field">
        <label htmlFor="picker-search">{t('content.questions.search')}</label>
        <input
          id="picker-search"
          type="search"
          data-testid="quiz-picker-search"
          placeholder={t('content.questions.searchPlaceholder')}
          value={searchText}
          onChange={(e) => setSearchText(e.target.value)}
        />
      </div>
      <div className="picker-filters">
        <div className="field">
          <label htmlFor="picker-section">{t('content.fields.section')}</label>
          <SectionSelect
            id="picker-section"
            value={sectionId}
            onChange={setSectionId}
            resolutions={resolutions}
            emptyLabel={t('content.questions.allSections')}
          />
        </div>
        <div className="field">
          <label htmlFor="picker-type">{t('content.fields.type')}</label>
          <select id="picker-type" value={type} onChange={(e) => setType(e.target.value as QuestionType | '')}>
            <option value="">{t('content.questions.allTypes')}</option>
            {QUESTION_TYPES.map((value) => (
              <option key={value} value={value}>
                {t(`content.type.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="picker-difficulty">{t('content.fields.difficulty')}</label>
          <select
            id="picker-difficulty"
            value={difficulty}
            onChange={(e) => setDifficulty(e.target.value as Difficulty | '')}
          >
            <option value="">{t('content.questions.allDifficulties')}</option>
            {DIFFICULTIES.map((value) => (
              <option key={value} value={value}>
                {t(`content.difficulty.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {page && (
        <p className="field__hint">
          {t('content.quizEditor.pickTotal', { count: page.total, shown: page.items.length })}
        </p>
      )}
      {!page && result.fetching && <Loading />}
      <ul className="picker-list">
        {page?.items.map((q, index) => (
          <li key={q.id} className="picker-item" data-testid={`quiz-pick-${index}`}>
            <span className="picker-item__text">
              {q.currentVersion.prompt}
              <span className="muted picker-item__section">
                {' '}
                · {t('content.sectionShort', { key: q.currentVersion.section.key })}
              </span>
            </span>
            <button
              type="button"
              className="btn btn-secondary btn-small"
              disabled={chosen.has(q.id)}
              onClick={() =>
                onAdd({ id: q.id, key: q.key, status: q.status, version: q.currentVersion, published: true })
              }
            >
              {chosen.has(q.id) ? t('content.quizEditor.added') : `+ ${t('content.quizEditor.add')}`}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
