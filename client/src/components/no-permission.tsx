import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LockIcon } from './icons';

/** Shown in place of a page the signed-in role may not use. */
export function NoPermission() {
  const { t } = useTranslation();
  return (
    <section className="empty-state" data-testid="no-permission">
      <div className="empty-state__icon">
        <LockIcon size={40} />
      </div>
      <h1>{t('noPermission.title')}</h1>
      <p>{t('noPermission.body')}</p>
      <Link className="btn btn-primary" to="/">
        {t('common.backHome')}
      </Link>
    </section>
  );
}
