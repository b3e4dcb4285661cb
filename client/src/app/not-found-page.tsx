import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="empty-state" data-testid="not-found">
      <div className="empty-state__icon" aria-hidden="true">
        404
      </div>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link className="btn btn-primary" to="/">
        {t('common.backHome')}
      </Link>
    </section>
  );
}
