import { useTranslation } from 'react-i18next';
import { Page } from '../../../../components/ui';

/** `/activities/periodic`: the báo cáo sơ kết / tổng kết, its narrative sections and its DOCX. */
export function PeriodicReportsPage() {
  const { t } = useTranslation();
  return <Page testId="periodic-reports-page" title={t('activities.periodic.title')} />;
}
