import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the tab's title (and a shared link's before the server's tags): "<page> · thidua", or the app's name alone. */
export function usePageTitle(title: string | null | undefined): void {
  const { t } = useTranslation();
  const app = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${app}` : app;
  }, [title, app]);
}
