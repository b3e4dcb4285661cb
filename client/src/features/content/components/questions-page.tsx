import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../components/form-error';
import { DownloadIcon, UploadIcon } from '../../../components/icons';
import { Button, buttonClass, LoadingState, Page } from '../../../components/ui';
import { errorText } from '../../../lib/error-text';
import { saveBase64File } from '../../../lib/files';
import { formatNumber } from '../../../lib/format';
import { ExportQuestionsDocument, QuestionsDocument } from '../graphql/content.documents';
import { useResolutions } from '../hooks/use-content-data';
import { useQuestionFilters } from '../hooks/use-question-filters';
import { ContentTabs } from './content-tabs';
import { QuestionFilters } from './question-filters';
import { QuestionList, QuestionPager } from './question-list';

const PAGE_SIZE = 20;

/** The question bank: filters and diacritic-free search run on the server, with totals and paging. */
export function QuestionsPage() {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  const { resolutions } = useResolutions();
  const filters = useQuestionFilters();
  const { filter, filtered, page } = filters;
  const [result] = useQuery({
    query: QuestionsDocument,
    variables: { filter: { ...filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE } },
    requestPolicy: 'cache-and-network',
  });
  const [exportState, exportQuestions] = useMutation(ExportQuestionsDocument);

  const data = result.data?.questions;
  const total = data?.total ?? 0;
  const items = data?.items ?? [];
  const first = total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
  const last = Math.min(total, page * PAGE_SIZE);

  async function runExport(withImages: boolean) {
    const exported = await exportQuestions({ filter, withImages });
    const file = exported.data?.exportQuestions;
    if (file) saveBase64File(file.contentBase64, file.fileName);
  }

  return (
    <Page
      titleId="questions-title"
      title={t('content.title')}
      lead={t('content.questions.lead')}
      actions={
        <>
          <Button
            data-testid="content-export"
            disabled={exportState.fetching || total === 0}
            onClick={() => void runExport(false)}
          >
            <DownloadIcon size={20} />{' '}
            {exportState.fetching ? t('content.questions.exporting') : t('content.questions.export')}
          </Button>
          <Button
            variant="ghost"
            data-testid="content-export-images"
            disabled={exportState.fetching || total === 0}
            onClick={() => void runExport(true)}
          >
            <DownloadIcon size={20} /> {t('content.questions.exportWithImages')}
          </Button>
          <Link className={buttonClass('secondary')} to="/content/import">
            <UploadIcon size={20} /> {t('content.tabs.import')}
          </Link>
          <Link className={buttonClass('primary')} to="/content/questions/new" data-testid="question-create">
            + {t('content.questions.create')}
          </Link>
        </>
      }
    >
      <ContentTabs />
      <QuestionFilters filters={filters} resolutions={resolutions} />
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
            <Button variant="ghost" size="small" onClick={filters.clear}>
              {t('content.questions.clearFilters')}
            </Button>
          )}
        </p>
      )}

      {!data && result.fetching && <LoadingState />}
      {data && items.length === 0 && (
        <p className="empty" data-testid="content-no-match">
          {filtered ? t('content.questions.noMatch') : t('content.questions.empty')}
        </p>
      )}
      <QuestionList items={items} first={first} />
      <QuestionPager
        page={page}
        pages={Math.max(1, Math.ceil(total / PAGE_SIZE))}
        onPage={(next) => filters.setParam('page', String(next))}
      />
    </Page>
  );
}
