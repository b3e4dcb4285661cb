import { DIFFICULTIES, QUESTION_TYPES, QuestionStatus, type Difficulty, type QuestionType } from '@thidua/shared';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../components/form-error';
import { DownloadIcon, UploadIcon } from '../../../components/icons';
import { Loading } from '../../../components/loading';
import type { QuestionsFilterInput } from '../../../generated/graphql';
import { errorText } from '../../../lib/error-text';
import { saveBase64File } from '../../../lib/files';
import { formatNumber } from '../../../lib/format';
import { ExportQuestionsDocument, QuestionsDocument } from '../graphql/content.documents';
import { useResolutions } from '../hooks/use-content-data';
import { useDebounced } from '../hooks/use-debounced';
import { DifficultyBadge, StatusBadge, TypeBadge, VersionLabel } from './content-badges';
import { ContentTabs } from './content-tabs';
import { SectionSelect } from './section-select';

const PAGE_SIZE = 20;
const STATUSES = Object.values(QuestionStatus);

/** The question bank: filters and diacritic-free search run on the server, with totals and paging. */
export function QuestionsPage() {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  const [params, setParams] = useSearchParams();
  const { resolutions } = useResolutions();

  const [searchText, setSearchText] = useState(params.get('q') ?? '');
  const search = useDebounced(searchText.trim());
  const [tagText, setTagText] = useState(params.get('tag') ?? '');
  const tag = useDebounced(tagText.trim());
  const type = (params.get('type') ?? '') as QuestionType | '';
  const status = (params.get('status') ?? '') as QuestionStatus | '';
  const sectionId = params.get('section') ?? '';
  const difficulty = (params.get('difficulty') ?? '') as Difficulty | '';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);

  function setParam(name: string, value: string) {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(name, value);
        else next.delete(name);
        if (name !== 'page') next.delete('page');
        return next;
      },
      { replace: true },
    );
  }

  // Typed text reaches the URL (and the query) once the typing pauses; only the settled text drives this.
  useEffect(() => {
    if ((params.get('q') ?? '') !== search) setParam('q', search);
    if ((params.get('tag') ?? '') !== tag) setParam('tag', tag);
  }, [search, tag]);

  const filter = useMemo<QuestionsFilterInput>(
    () => ({
      ...(search ? { search } : {}),
      ...(tag ? { tag } : {}),
      ...(type ? { type } : {}),
      ...(status ? { status } : {}),
      ...(sectionId ? { sectionId } : {}),
      ...(difficulty ? { difficulty } : {}),
    }),
    [search, tag, type, status, sectionId, difficulty],
  );
  const [result] = useQuery({
    query: QuestionsDocument,
    variables: { filter: { ...filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE } },
    requestPolicy: 'cache-and-network',
  });
  const [exportState, exportQuestions] = useMutation(ExportQuestionsDocument);

  const data = result.data?.questions;
  const total = data?.total ?? 0;
  const items = data?.items ?? [];
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const first = total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
  const last = Math.min(total, page * PAGE_SIZE);
  const filtered = Object.keys(filter).length > 0;

  async function runExport() {
    const exported = await exportQuestions({ filter });
    const file = exported.data?.exportQuestions;
    if (file) saveBase64File(file.contentBase64, file.fileName);
  }

  function clearFilters() {
    setSearchText('');
    setTagText('');
    setParams(new URLSearchParams(), { replace: true });
  }

  return (
    <section className="page" aria-labelledby="questions-title">
      <header className="page-header">
        <div>
          <h1 id="questions-title">{t('content.title')}</h1>
          <p className="page-header__lead">{t('content.questions.lead')}</p>
        </div>
        <div className="page-header__actions">
          <button
            type="button"
            className="btn btn-secondary"
            data-testid="content-export"
            disabled={exportState.fetching || total === 0}
            onClick={() => void runExport()}
          >
            <DownloadIcon size={20} />{' '}
            {exportState.fetching ? t('content.questions.exporting') : t('content.questions.export')}
          </button>
          <Link className="btn btn-secondary" to="/content/import">
            <UploadIcon size={20} /> {t('content.tabs.import')}
          </Link>
          <Link className="btn btn-primary" to="/content/questions/new" data-testid="question-create">
            + {t('content.questions.create')}
          </Link>
        </div>
      </header>
      <ContentTabs />

      <div className="toolbar toolbar--filters" role="search">
        <div className="field toolbar__search">
          <label htmlFor="content-search">{t('content.questions.search')}</label>
          <input
            id="content-search"
            data-testid="content-search"
            type="search"
            placeholder={t('content.questions.searchPlaceholder')}
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="filter-type">{t('content.fields.type')}</label>
          <select
            id="filter-type"
            data-testid="content-filter-type"
            value={type}
            onChange={(e) => setParam('type', e.target.value)}
          >
            <option value="">{t('content.questions.allTypes')}</option>
            {QUESTION_TYPES.map((value) => (
              <option key={value} value={value}>
                {t(`content.type.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-status">{t('content.fields.status')}</label>
          <select
            id="filter-status"
            data-testid="content-filter-status"
            value={status}
            onChange={(e) => setParam('status', e.target.value)}
          >
            <option value="">{t('content.questions.allStatuses')}</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`content.status.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-section">{t('content.fields.section')}</label>
          <SectionSelect
            id="filter-section"
            testId="content-filter-section"
            value={sectionId}
            onChange={(value) => setParam('section', value)}
            resolutions={resolutions}
            emptyLabel={t('content.questions.allSections')}
          />
        </div>
        <div className="field">
          <label htmlFor="filter-difficulty">{t('content.fields.difficulty')}</label>
          <select
            id="filter-difficulty"
            data-testid="content-filter-difficulty"
            value={difficulty}
            onChange={(e) => setParam('difficulty', e.target.value)}
          >
            <option value="">{t('content.questions.allDifficulties')}</option>
            {DIFFICULTIES.map((value) => (
              <option key={value} value={value}>
                {t(`content.difficulty.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-tag">{t('content.fields.tag')}</label>
          <input
            id="filter-tag"
            data-testid="content-filter-tag"
            type="text"
            placeholder={t('content.questions.tagPlaceholder')}
            value={tagText}
            onChange={(e) => setTagText(e.target.value)}
          />
        </div>
      </div>

      <FormError message={errorText(t, result.error) ?? errorText(t, exportState.error)} />

      {data && (
        <p className="totals" data-testid="content-totals" aria-live="polite">
          <strong>
            {filtered
              ? t('content.questions.totalFiltered', { count: total, value: n(total) })
              : t('content.questions.total', { count: total, value: n(total) })}
          </strong>
          {total > PAGE_SIZE && (
            <span className="totals__item">{t('content.questions.range', { first: n(first), last: n(last) })}</span>
          )}
          {filtered && (
            <button type="button" className="btn btn-small btn-ghost" onClick={clearFilters}>
              {t('content.questions.clearFilters')}
            </button>
          )}
        </p>
      )}

      {!data && result.fetching && <Loading />}
      {data && items.length === 0 && (
        <p className="empty" data-testid="content-no-match">
          {filtered ? t('content.questions.noMatch') : t('content.questions.empty')}
        </p>
      )}

      {items.length > 0 && (
        <ol className="qlist" start={first}>
          {items.map((q, index) => (
            <li key={q.id} className="qrow" data-testid={`question-row-${index}`}>
              <Link to={`/content/questions/${q.id}`} className="qrow__link">
                <span className="qrow__prompt">{q.currentVersion.prompt}</span>
              </Link>
              <span className="qrow__meta">
                <StatusBadge status={q.status} testId={`question-status-${index}`} />
                <TypeBadge type={q.currentVersion.type} />
                <DifficultyBadge difficulty={q.currentVersion.difficulty} />
                <span className="qrow__section" title={q.currentVersion.section.title}>
                  {t('content.sectionShort', { key: q.currentVersion.section.key })}
                </span>
                <VersionLabel current={q.currentVersion.version} published={q.publishedVersion?.version ?? null} />
                <code className="qrow__key">{q.key}</code>
              </span>
            </li>
          ))}
        </ol>
      )}

      {pages > 1 && (
        <nav className="pager" aria-label={t('content.questions.pager')}>
          <button
            type="button"
            className="btn btn-secondary btn-small"
            disabled={page <= 1}
            data-testid="content-page-prev"
            onClick={() => setParam('page', String(page - 1))}
          >
            ‹ {t('content.questions.prev')}
          </button>
          <span>{t('content.questions.pageOf', { page: n(page), pages: n(pages) })}</span>
          <button
            type="button"
            className="btn btn-secondary btn-small"
            disabled={page >= pages}
            data-testid="content-page-next"
            onClick={() => setParam('page', String(page + 1))}
          >
            {t('content.questions.next')} ›
          </button>
        </nav>
      )}
    </section>
  );
}
