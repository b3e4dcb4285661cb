import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { FormError } from '../../../components/form-error';
import { buttonClass, EmptyState, LoadingState, Page } from '../../../components/ui';
import { errorText } from '../../../lib/error-text';
import { QuizzesDocument } from '../graphql/content.documents';
import { ContentTabs } from './content-tabs';

/** Quizzes: fixed lists of questions or draw rules, ready to host. */
export function QuizzesPage() {
  const { t } = useTranslation();
  const [result] = useQuery({ query: QuizzesDocument, requestPolicy: 'cache-and-network' });
  const quizzes = result.data?.quizzes ?? [];

  return (
    <Page
      titleId="quizzes-title"
      title={t('content.quizzes.title')}
      lead={t('content.quizzes.lead')}
      actions={
        <Link className={buttonClass('primary')} to="/content/quizzes/new" data-testid="quiz-create">
          + {t('content.quizzes.create')}
        </Link>
      }
    >
      <ContentTabs />
      <FormError message={errorText(t, result.error)} />
      {!result.data && result.fetching && <LoadingState />}
      {result.data && quizzes.length === 0 && <EmptyState>{t('content.quizzes.empty')}</EmptyState>}
      {quizzes.length > 0 && (
        <ul className="qlist">
          {quizzes.map((quiz, index) => (
            <li key={quiz.id} className="qrow" data-testid={`quiz-row-${index}`}>
              <Link to={`/content/quizzes/${quiz.id}`} className="qrow__link">
                <span className="qrow__prompt">{quiz.title}</span>
              </Link>
              {quiz.description && <span className="qrow__desc">{quiz.description}</span>}
              <span className="qrow__meta">
                <span className="badge badge-kind">{t(`content.quizMode.${quiz.mode}`)}</span>
                <span>
                  {quiz.mode === 'FIXED'
                    ? t('content.quizzes.questionCount', { count: quiz.items.length })
                    : t('content.quizzes.drawCount', {
                        count: quiz.drawRules.reduce((sum, rule) => sum + rule.count, 0),
                        rules: quiz.drawRules.length,
                      })}
                </span>
                {quiz.shuffleOptions && <span className="muted">{t('content.quizzes.shuffled')}</span>}
                {quiz.isDemo && <span className="badge badge-demo">{t('units.demo')}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
