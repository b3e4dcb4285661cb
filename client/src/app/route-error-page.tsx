import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError, type RouteObject } from 'react-router';
import { Button, buttonClass } from '../components/ui';

/** Reloads the page: a failed page chunk (a new deploy, a dropped connection) is fetched again. */
function reloadPage() {
  window.location.reload();
}

/**
 * What a route shows when its page throws while loading or rendering: a sentence in the
 * user's language, a retry and a way home, instead of React Router's developer screen.
 */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <section className="empty-state" role="alert" data-testid="route-error">
      <div className="empty-state__icon" aria-hidden="true">
        {notFound ? '404' : '!'}
      </div>
      <h1>{notFound ? t('common.routeError.notFoundTitle') : t('common.routeError.title')}</h1>
      <p>{notFound ? t('common.routeError.notFoundBody') : t('common.routeError.body')}</p>
      <div className="form-actions form-actions--start">
        {!notFound && (
          <Button variant="primary" onClick={reloadPage}>
            {t('common.routeError.retry')}
          </Button>
        )}
        <Link className={buttonClass('secondary')} to="/">
          {t('common.backHome')}
        </Link>
      </div>
    </section>
  );
}

/** Gives every route in the tree the error page, so an error is caught next to where it happened. */
export function withErrorBoundaries(routes: RouteObject[]): RouteObject[] {
  return routes.map((route) => {
    const children = route.children ? withErrorBoundaries(route.children) : undefined;
    const errorElement = route.errorElement ?? <RouteErrorPage />;
    // Index routes may not have children; keep the object's shape.
    return (children ? { ...route, errorElement, children } : { ...route, errorElement }) as RouteObject;
  });
}
