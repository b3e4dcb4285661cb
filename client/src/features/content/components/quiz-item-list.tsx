import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, useRowList } from '../../../components/ui';
import { formatNumber } from '../../../lib/format';
import type { QuizEntry } from '../utils/quiz-form';
import { StatusBadge } from './content-badges';
import { QuizQuestionBody } from './quiz-question-card';

interface QuizItemListProps {
  entries: QuizEntry[];
  onChange: (entries: QuizEntry[]) => void;
  editable: boolean;
}

/** The questions of a fixed quiz, in play order, each shown as players will see it. */
export function QuizItemList({ entries, onChange, editable }: QuizItemListProps) {
  const { t, i18n } = useTranslation();
  const rows = useRowList(entries, onChange);
  const count = entries.length;
  return (
    <section className="card quiz-build__list" aria-labelledby="quiz-items-title">
      <h2 id="quiz-items-title">
        {t('content.quizEditor.questions', { count, value: formatNumber(count, i18n.language) })}
      </h2>
      {count === 0 && <p className="empty">{t('content.quizEditor.noQuestionsYet')}</p>}
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
                  <Button
                    variant="ghost"
                    className="btn-icon btn-icon--sm"
                    disabled={index === 0}
                    aria-label={t('content.quizEditor.moveUp', { n: index + 1 })}
                    onClick={() => rows.moveUp(index)}
                  >
                    ↑
                  </Button>
                  <Button
                    variant="ghost"
                    className="btn-icon btn-icon--sm"
                    disabled={index === count - 1}
                    aria-label={t('content.quizEditor.moveDown', { n: index + 1 })}
                    onClick={() => rows.moveDown(index)}
                  >
                    ↓
                  </Button>
                  <Button
                    variant="ghost"
                    className="btn-icon btn-icon--sm btn-danger-text"
                    aria-label={t('content.quizEditor.remove', { n: index + 1 })}
                    onClick={() => rows.remove(index)}
                  >
                    ×
                  </Button>
                </span>
              )}
            </div>
            {!entry.published && <p className="field__error">{t('content.quizEditor.notPlayable')}</p>}
            <QuizQuestionBody version={entry.version} />
          </li>
        ))}
      </ol>
    </section>
  );
}
