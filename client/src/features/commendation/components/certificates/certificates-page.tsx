import { useTranslation } from 'react-i18next';

/** Placeholder of the foundation: replaced by the page's owner. */
export function CertificatesPage() {
  const { t } = useTranslation();
  return (
    <section className="page" data-testid="commendation-certificates-page">
      <h1>{t('commendation.certificates.title')}</h1>
    </section>
  );
}
