import { useTranslation } from 'react-i18next';
import { Page } from '../../../../components/ui';

/** `/activities/reports/:id`: one report, its status and the office's reply. */
export function WardReportPage() {
  const { t } = useTranslation();
  return <Page testId="ward-report-page" title={t('activities.reports.title')} />;
}
