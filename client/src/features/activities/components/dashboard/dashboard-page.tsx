import { useTranslation } from 'react-i18next';
import { Page } from '../../../../components/ui';

/** `/activities/dashboard`: ward totals by form, unit, block and month; silent units; XLSX export. */
export function DashboardPage() {
  const { t } = useTranslation();
  return <Page testId="activity-dashboard-page" title={t('activities.dashboard.title')} />;
}
