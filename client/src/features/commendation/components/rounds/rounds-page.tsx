import { useTranslation } from 'react-i18next';

/** Placeholder of the foundation: replaced by the page's owner. */
export function RoundsPage() {
  const { t } = useTranslation();
  return (
    <section className="page" data-testid="commendation-rounds-page">
      <h1>{t('commendation.rounds.title')}</h1>
    </section>
  );
}
