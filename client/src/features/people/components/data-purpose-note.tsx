import { useTranslation } from 'react-i18next';

/**
 * Why the roster holds personal data, who sees it and for how long (Luật Bảo vệ dữ liệu
 * cá nhân 2025, Nghị định 13/2023): shown where the data is entered and imported.
 */
export function DataPurposeNote({ retentionMonths }: { retentionMonths?: number | null }) {
  const { t } = useTranslation();
  return (
    <details className="card people-purpose" data-testid="people-purpose">
      <summary>
        <strong>{t('people.purpose.title')}</strong> {t('people.purpose.summary')}
      </summary>
      <dl className="people-purpose__list">
        <dt>{t('people.purpose.whatLabel')}</dt>
        <dd>{t('people.purpose.what')}</dd>
        <dt>{t('people.purpose.whyLabel')}</dt>
        <dd>{t('people.purpose.why')}</dd>
        <dt>{t('people.purpose.whoLabel')}</dt>
        <dd>{t('people.purpose.who')}</dd>
        <dt>{t('people.purpose.retentionLabel')}</dt>
        <dd>
          {retentionMonths
            ? t('people.purpose.retentionMonths', { count: retentionMonths })
            : t('people.purpose.retention')}
        </dd>
        <dt>{t('people.purpose.rightsLabel')}</dt>
        <dd>{t('people.purpose.rights')}</dd>
      </dl>
      <p className="field__hint">{t('people.purpose.law')}</p>
    </details>
  );
}
