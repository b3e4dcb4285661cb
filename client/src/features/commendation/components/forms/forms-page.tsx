import { useTranslation } from 'react-i18next';

/** Placeholder of the foundation: replaced by the page's owner. */
export function FormsPage() {
  const { t } = useTranslation();
  return (
    <section className="page" data-testid="commendation-forms-page">
      <h1>{t('commendation.forms.title')}</h1>
    </section>
  );
}
