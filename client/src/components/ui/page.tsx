import { Fragment, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface BreadcrumbItem {
  label: ReactNode;
  /** A link; the last item (the current page) usually has none. */
  to?: string;
}

export interface PageProps {
  title: ReactNode;
  lead?: ReactNode;
  /** More lines under the title (badges, version, key). */
  meta?: ReactNode;
  actions?: ReactNode;
  breadcrumb?: readonly BreadcrumbItem[];
  /** The heading's id; one is made when not given. */
  titleId?: string;
  testId?: string;
  className?: string;
  children?: ReactNode;
}

/** A page: breadcrumb, a header with the title, lead and actions, then the body. */
export function Page({ title, lead, meta, actions, breadcrumb, titleId, testId, className, children }: PageProps) {
  const { t } = useTranslation();
  const generated = useId();
  const headingId = titleId ?? generated;
  return (
    <section className={className ? `page ${className}` : 'page'} aria-labelledby={headingId} data-testid={testId}>
      {breadcrumb && breadcrumb.length > 0 && (
        <nav className="breadcrumb" aria-label={t('common.breadcrumb')}>
          {breadcrumb.map((item, i) => (
            <Fragment key={i}>
              {i > 0 && (
                <>
                  {' '}
                  <span aria-hidden="true">›</span>{' '}
                </>
              )}
              {item.to ? <Link to={item.to}>{item.label}</Link> : <span>{item.label}</span>}
            </Fragment>
          ))}
        </nav>
      )}
      <header className="page-header">
        <div>
          <h1 id={headingId}>{title}</h1>
          {lead && <p className="page-header__lead">{lead}</p>}
          {meta}
        </div>
        {actions && <div className="page-header__actions">{actions}</div>}
      </header>
      {children}
    </section>
  );
}
