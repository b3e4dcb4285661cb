import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, LoadingState, Page } from '../../../../components/ui';
import { ActivitiesLogDocument } from '../../graphql/log-documents';

/** dd/mm/yyyy from YYYY-MM-DD. */
function viDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** `/activities`: the activity log (an officer sees its unit's, the office all), newest first. */
export function ActivityLogPage() {
  const { t } = useTranslation();
  const [result] = useQuery({ query: ActivitiesLogDocument, variables: {} });
  const rows = result.data?.activities ?? [];
  return (
    <Page testId="activity-log-page" title={t('activities.log.title')} lead={t('activities.log.lead')}>
      {result.fetching && !result.data ? (
        <LoadingState />
      ) : result.error ? (
        <ErrorState error={result.error} />
      ) : rows.length === 0 ? (
        <EmptyState testId="activity-log-empty">{t('activities.log.empty')}</EmptyState>
      ) : (
        <ul className="stack" data-testid="activity-log-list">
          {rows.map((a) => (
            <li key={a.id} data-testid={`activity-row-${a.id}`}>
              <strong>{a.title}</strong> · {viDate(a.occurredOn)} · {t(`activities.forms.${a.form}`)} · {a.unitName}
              {a.attendeeCount !== null && a.attendeeCount !== undefined
                ? ` · ${a.attendeeCount.toLocaleString('vi-VN')}`
                : ''}{' '}
              · {t(`activities.status.${a.status}`)}
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
