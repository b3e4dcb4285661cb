import { useTranslation } from 'react-i18next';

/** Placeholder of the foundation: replaced by the page's owner. */
export function PostingPage() {
  const { t } = useTranslation();
  return (
    <section className="page" data-testid="commendation-posting-page">
      <h1>{t('commendation.public.title')}</h1>
    </section>
  );
}
