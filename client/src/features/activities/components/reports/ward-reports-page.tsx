import { useTranslation } from 'react-i18next';
import { Page } from '../../../../components/ui';

/** `/activities/reports`: reports to the ward (false information, difficulties) and their replies. */
export function WardReportsPage() {
  const { t } = useTranslation();
  return <Page testId="ward-reports-page" title={t('activities.reports.title')} />;
}
