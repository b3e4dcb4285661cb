import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { FormError } from '../../../components/form-error';
import { Loading } from '../../../components/loading';
import { errorText } from '../../../lib/error-text';
import { QuizzesDocument } from '../graphql/content.documents';
import { ContentTabs } from './content-tabs';

/** Quizzes: fixed lists of questions or draw rules, ready to host. */
export function QuizzesPage() {
  const { t } = useTranslation();
  const [result] = useQuery({ query: QuizzesDocument, requestPolicy: 'cache-and-network' });
  const quizzes = result.data?.quizzes ?? [];

  return (
    <section className="page" aria-labelledby="quizzes-title">
      <header className="page-header">
        <div>
          <h1 id="quizzes-title">{t('content.quizzes.title')}</h1>
          <p className="page-header__lead">{t('content.quizzes.lead')}</p>
        </div>
        <div className="page-header__actions">
          <Link className="btn btn-primary" to="/content/quizzes/new" data-testid="quiz-create">
            + {t('content.quizzes.create')}
          </Link>
        </div>
      </header>
      <ContentTabs />
      <FormError message={errorText(t, result.error)} />
      {!result.data && result.fetching && <Loading />}
      {result.data && quizzes.length === 0 && <p className="empty">{t('content.quizzes.empty')}</p>}
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
    </section>
  );
}
