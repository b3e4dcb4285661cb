import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Page } from '../../../components/ui';
import { PeopleUnitsDocument } from '../graphql/people.documents';
import { unitOptions } from '../utils/unit-options';
import { DataAuditSection } from './data-audit-section';
import { DataPurposeNote } from './data-purpose-note';
import { PopulationKindsEditor } from './population-kinds-editor';
import { RetentionSection } from './retention-section';

/** Personal data settings (ADMIN): retention and purge, the population kinds, the data audit log. */
export function PrivacyPage() {
  const { t } = useTranslation();
  const [units] = useQuery({ query: PeopleUnitsDocument });
  const options = useMemo(() => unitOptions(units.data?.units ?? []), [units.data]);
  return (
    <Page
      className="people-page"
      testId="privacy-page"
      title={t('people.privacy.title')}
      lead={t('people.privacy.lead')}
      breadcrumb={[{ label: t('people.nav'), to: '/admin/people' }, { label: t('people.privacy.title') }]}
    >
      <DataPurposeNote />
      <RetentionSection />
      <PopulationKindsEditor />
      <DataAuditSection unitOptions={options} />
    </Page>
  );
}
