import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ComputedEntryActivitiesDocument } from '../../graphql/activity-source.documents';

/** YYYY-MM-DD → dd/mm/yyyy. */
const dayOf = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '');

/**
 * "Xem hoạt động": the log entries an ACTIVITY-computed value counts (what its last
 * computation recorded), each linking to the activity; asked for only when opened.
 */
export function ComputedActivities({ entryId, indicatorCode }: { entryId: string; indicatorCode: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [result] = useQuery({ query: ComputedEntryActivitiesDocument, variables: { entryId }, pause: !open });
  const rows = result.data?.computedEntryActivities ?? [];
  return (
    <details
      className="cmp-computed-activities"
      data-testid={`computed-activities-${indicatorCode}`}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>{t('campaigns.sheet.activities.show')}</summary>
      {result.fetching && <p className="muted">{t('campaigns.sheet.activities.loading')}</p>}
      {result.error && (
        <p role="alert" className="cmp-computed-activities__error">
          {t('campaigns.sheet.activities.failed')}
        </p>
      )}
      {open && !result.fetching && !result.error && rows.length === 0 && (
        <p className="muted">{t('campaigns.sheet.activities.none')}</p>
      )}
      {rows.length > 0 && (
        <ul className="cmp-computed-activities__list">
          {rows.map((a) => (
            <li key={a.id}>
              <Link to={`/activities/${a.id}`}>
                <span className="cmp-computed-activities__date">{dayOf(a.occurredOn)}</span>{' '}
                <span>{a.title || t('campaigns.sheet.activities.untitled')}</span>
              </Link>
              {a.attendeeCount !== null && (
                <span className="muted">
                  {' '}
                  · {t('campaigns.sheet.activities.attendees', { count: a.attendeeCount, named: a.namedAttendeeCount })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
