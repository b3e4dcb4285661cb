import { ACTIVITY_FORMS, Role, type ActivityForm, type ActivityStatus } from '@thidua/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import {
  EmptyState,
  ErrorState,
  LoadingState,
  Page,
  SelectField,
  MonthField,
  buttonClass,
} from '../../../../components/ui';
import type { ActivitiesFilter } from '../../../../generated/graphql';
import { useSession } from '../../../../lib/session';
import { ActivityLogUnitsDocument } from '../../graphql/log-documents';
import { useActivities } from '../../hooks/log-hooks';
import { monthRange } from '../../utils/log-form';
import { formatDay } from '../../utils/report-form';
import './activity-log.css';

const STATUSES: readonly ActivityStatus[] = ['DRAFT', 'SUBMITTED', 'CORRECTION_REQUESTED'];

/** `/activities`: the activity log (an officer sees its unit's, the office all), newest first, as cards. */
export function ActivityLogPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const reviewer = user?.role === Role.ADMIN || user?.role === Role.REVIEWER;
  const canLog = user?.role === Role.ADMIN || user?.role === Role.UNIT_OFFICER;
  const [form, setForm] = useState<ActivityForm | ''>('');
  const [status, setStatus] = useState<ActivityStatus | ''>('');
  const [unitId, setUnitId] = useState('');
  const [month, setMonth] = useState('');
  const [units] = useQuery({ query: ActivityLogUnitsDocument, pause: !reviewer });
  const filter = useMemo<ActivitiesFilter>(() => {
    const range = monthRange(month);
    return {
      form: form || null,
      status: status || null,
      unitId: reviewer && unitId ? unitId : null,
      from: range?.from ?? null,
      to: range?.to ?? null,
    };
  }, [form, status, unitId, month, reviewer]);
  const { activities, fetching, error, refresh } = useActivities(filter);

  return (
    <Page
      testId="activity-log-page"
      title={t('activities.log.title')}
      lead={t('activities.log.lead')}
      actions={
        canLog && (
          <Link
            to="/activities/new"
            className={buttonClass('primary', undefined, 'al-new')}
            data-testid="activity-log-new"
          >
            {t('activities.log.new')}
          </Link>
        )
      }
    >
      <div className="al-filters" data-testid="activity-log-filters">
        <SelectField<ActivityForm | ''>
          label={t('activities.log.filters.form')}
          value={form}
          onChange={setForm}
          options={ACTIVITY_FORMS.map((f) => ({ value: f, label: t(`activities.forms.${f}`) }))}
          placeholder={t('activities.log.filters.allForms')}
          data-testid="activity-log-form"
        />
        <SelectField<ActivityStatus | ''>
          label={t('activities.log.filters.status')}
          value={status}
          onChange={setStatus}
          options={STATUSES.map((s) => ({ value: s, label: t(`activities.status.${s}`) }))}
          placeholder={t('activities.log.filters.allStatuses')}
          data-testid="activity-log-status"
        />
        {reviewer && (
          <SelectField
            label={t('activities.log.filters.unit')}
            value={unitId}
            onChange={setUnitId}
            options={(units.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))}
            placeholder={t('activities.log.filters.allUnits')}
            data-testid="activity-log-unit"
          />
        )}
        <MonthField
          label={t('activities.log.filters.month')}
          value={month}
          onChange={setMonth}
          data-testid="activity-log-month"
        />
      </div>
      {fetching && activities.length === 0 ? (
        <LoadingState />
      ) : error ? (
        <ErrorState error={error} onRetry={refresh} />
      ) : activities.length === 0 ? (
        <EmptyState testId="activity-log-empty">{t('activities.log.empty')}</EmptyState>
      ) : (
        <ul className="al-cards" data-testid="activity-log-list">
          {activities.map((a) => (
            <li key={a.id} data-testid={`activity-row-${a.id}`}>
              <Link to={`/activities/${a.id}`} className="al-card card">
                <span className="al-card__top">
                  <span className="al-card__date">
                    {a.occurredOn ? formatDay(a.occurredOn) : t('activities.log.noDate')}
                  </span>
                  <span className={`al-status al-status--${a.status.toLowerCase()}`}>
                    {t(`activities.status.${a.status}`)}
                  </span>
                </span>
                <strong className="al-card__title">{a.title || t(`activities.kinds.${a.kind}`)}</strong>
                <span className="al-card__meta">
                  {t(`activities.forms.${a.form}`)} · {t(`activities.kinds.${a.kind}`)}
                </span>
                <span className="al-card__meta">
                  {a.unitName}
                  {a.attendeeCount !== null &&
                    ` · ${t('activities.log.attendance', { count: a.attendeeCount, named: a.namedAttendeeCount })}`}
                  {a.evidenceCount > 0 && ` · ${t('activities.log.evidence', { count: a.evidenceCount })}`}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
