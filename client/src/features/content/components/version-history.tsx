import { useTranslation } from 'react-i18next';
import { optionLetter } from '../../../components/option-mark';
import type { QuestionVersionFieldsFragment } from '../../../generated/graphql';
import { formatDateTime } from '../../../lib/format';

interface VersionHistoryProps {
  versions: readonly QuestionVersionFieldsFragment[];
  currentId: string;
  publishedId: string | null;
}

/** Every version, newest first: which one games use, which one is being edited, what each said. */
export function VersionHistory({ versions, currentId, publishedId }: VersionHistoryProps) {
  const { t } = useTranslation();
  return (
    <section className="card versions" aria-labelledby="versions-title">
      <h2 id="versions-title">{t('content.versions.title')}</h2>
      <ol className="versions__list">
        {versions.map((v) => {
          const correct = new Set(v.correctOptionIds);
          return (
            <li key={v.id} className="versions__item" data-testid={`question-version-${v.version}`}>
              <details>
                <summary>
                  <strong>{t('content.versions.version', { n: v.version })}</strong>
                  {v.id === publishedId && (
                    <span className="badge badge-status--published">{t('content.versions.inUse')}</span>
                  )}
                  {v.id === currentId && v.id !== publishedId && (
                    <span className="badge badge-status--draft">{t('content.versions.current')}</span>
                  )}
                  {v.publishedAt && v.id !== publishedId && (
                    <span className="badge badge-kind">{t('content.versions.retired')}</span>
                  )}
                  <span className="muted versions__date">
                    {v.publishedAt
                      ? t('content.versions.publishedAt', { date: formatDateTime(v.publishedAt) })
                      : t('content.versions.createdAt', { date: formatDateTime(v.createdAt) })}
                  </span>
                </summary>
                <div className="versions__body">
                  <p>{v.prompt}</p>
                  {v.type === 'NUMERIC' && v.numericAnswer ? (
                    <p>
                      {t('content.versions.answer')}: <strong>{v.numericAnswer.answer}</strong>
                      {v.numericAnswer.unit ? ` ${v.numericAnswer.unit}` : ''} (±{v.numericAnswer.tolerance})
                    </p>
                  ) : (
                    <ul className="versions__options">
                      {(v.type === 'ORDERING'
                        ? v.correctOptionIds.flatMap((id) => v.options.filter((o) => o.id === id))
                        : v.options
                      ).map((o, i) => (
                        <li
                          key={o.id}
                          className={correct.has(o.id) && v.type !== 'ORDERING' ? 'is-correct' : undefined}
                        >
                          {v.type === 'ORDERING' ? `${i + 1}.` : `${optionLetter(i)}.`} {o.text}
                          {correct.has(o.id) && v.type !== 'ORDERING' && ' ✓'}
                        </li>
                      ))}
                    </ul>
                  )}
                  {v.explanation && (
                    <p className="muted">
                      {t('content.fields.explanation')}: {v.explanation}
                    </p>
                  )}
                </div>
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
