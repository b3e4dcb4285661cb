import { useTranslation } from 'react-i18next';
import { Page } from '../../../../components/ui';

/** `/activities/new?form=ORAL` and `/activities/:id`: one activity, phone-first, saved as the officer types. */
export function ActivityEditorPage() {
  const { t } = useTranslation();
  return <Page testId="activity-editor-page" title={t('activities.editor.title')} />;
}
