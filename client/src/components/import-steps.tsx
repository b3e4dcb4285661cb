import { useTranslation } from 'react-i18next';

/** The three steps of an import wizard (pick → check → import), the current one highlighted. */
export function ImportSteps({ step }: { step: 1 | 2 | 3 }) {
  const { t } = useTranslation();
  return (
    <ol className="steps" aria-label={t('import.stepsLabel')}>
      {([1, 2, 3] as const).map((s) => (
        <li
          key={s}
          className={`steps__item${s === step ? ' is-current' : ''}${s < step ? ' is-done' : ''}`}
          aria-current={s === step ? 'step' : undefined}
        >
          <span className="steps__num" aria-hidden="true">
            {s < step ? '✓' : s}
          </span>
          <span>{t(`import.step${s}`)}</span>
        </li>
      ))}
    </ol>
  );
}
