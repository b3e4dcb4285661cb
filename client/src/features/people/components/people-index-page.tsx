import { Role } from '@thidua/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import {
  Button,
  buttonClass,
  ErrorState,
  FormActions,
  LoadingState,
  Page,
  Section,
  SelectField,
} from '../../../components/ui';
import { useSession } from '../../../lib/session';
import { PeopleUnitsDocument } from '../graphql/people.documents';
import { unitOptions } from '../utils/unit-options';

/** Which unit's roster to open; a unit officer goes straight to their unit's. */
export function PeopleIndexPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const isAdmin = user?.role === Role.ADMIN;
  const [units] = useQuery({ query: PeopleUnitsDocument, pause: !isAdmin });
  const options = useMemo(() => unitOptions(units.data?.units ?? []), [units.data]);
  const [unitId, setUnitId] = useState('');

  if (!isAdmin && user?.unit) return <Navigate to={`/admin/units/${user.unit.id}/people`} replace />;

  return (
    <Page
      className="people-page"
      testId="people-index"
      title={t('people.index.title')}
      lead={t('people.index.lead')}
      actions={
        isAdmin && (
          <Link className={buttonClass('secondary')} to="/admin/privacy" data-testid="people-privacy-link">
            {t('people.privacy.title')}
          </Link>
        )
      }
    >
      <Section title={t('people.index.pick')} card>
        <ErrorState error={units.error} />
        {!units.data && !units.error && <LoadingState />}
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            if (unitId) void navigate(`/admin/units/${unitId}/people`);
          }}
        >
          <SelectField
            id="people-unit"
            data-testid="people-unit"
            fieldClassName="field--wide"
            label={t('people.index.unit')}
            placeholder={t('people.index.unitPlaceholder')}
            value={unitId}
            options={options}
            onChange={setUnitId}
          />
          <FormActions align="start">
            <Button type="submit" variant="primary" disabled={!unitId} data-testid="people-open">
              {t('people.index.open')}
            </Button>
          </FormActions>
        </form>
      </Section>
    </Page>
  );
}
