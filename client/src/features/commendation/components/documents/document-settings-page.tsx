import { useTranslation } from 'react-i18next';

/** Placeholder of the foundation: replaced by the page's owner. */
export function DocumentSettingsPage() {
  const { t } = useTranslation();
  return (
    <section className="page" data-testid="commendation-document-settings-page">
      <h1>{t('commendation.documents.settingsTitle')}</h1>
    </section>
  );
}
