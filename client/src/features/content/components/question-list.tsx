import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui';
import type { QuestionsQuery } from '../../../generated/graphql';
import { formatNumber } from '../../../lib/format';
import { DifficultyBadge, StatusBadge, TypeBadge, VersionLabel } from './content-badges';

type QuestionItem = QuestionsQuery['questions']['items'][number];

/** One page of the question bank, numbered from `first`. */
export function QuestionList({ items, first }: { items: readonly QuestionItem[]; first: number }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
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
              {q.currentVersion.section.key
                ? t('content.sectionShort', { key: q.currentVersion.section.key })
                : q.currentVersion.section.title}
            </span>
            <VersionLabel current={q.currentVersion.version} published={q.publishedVersion?.version ?? null} />
            <code className="qrow__key">{q.key}</code>
          </span>
        </li>
      ))}
    </ol>
  );
}

/** Previous / next page, with "page 2 of 5"; nothing when there is one page. */
export function QuestionPager({
  page,
  pages,
  onPage,
}: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={t('content.questions.pager')}>
      <Button size="small" disabled={page <= 1} data-testid="content-page-prev" onClick={() => onPage(page - 1)}>
        ‹ {t('content.questions.prev')}
      </Button>
      <span>{t('content.questions.pageOf', { page: n(page), pages: n(pages) })}</span>
      <Button size="small" disabled={page >= pages} data-testid="content-page-next" onClick={() => onPage(page + 1)}>
        {t('content.questions.next')} ›
      </Button>
    </nav>
  );
}
