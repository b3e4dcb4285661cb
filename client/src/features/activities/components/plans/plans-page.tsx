import { useTranslation } from 'react-i18next';
import { Page } from '../../../../components/ui';

/** `/activities/plans`: the ward's propagation plans (ADMIN edits, others read). */
export function PlansPage() {
  const { t } = useTranslation();
  return <Page testId="activity-plans-page" title={t('activities.plans.title')} />;
}
