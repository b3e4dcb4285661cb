import { useTranslation } from 'react-i18next';
import { Page } from '../../../../components/ui';

/** `/activities`: a unit's activity log (a reviewer picks the unit), newest first, by form. */
export function ActivityLogPage() {
  const { t } = useTranslation();
  return <Page testId="activity-log-page" title={t('activities.log.title')} />;
}
