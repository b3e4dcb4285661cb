import { Role } from '@thidua/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Button, EmptyState, ErrorState, LoadingState, Page, SelectField } from '../../../../components/ui';
import { useSession } from '../../../../lib/session';
import type { WardReportKind, WardReportStatus } from '../../../../generated/graphql';
import { useSendWardReport, useWardReports } from '../../hooks/report-hooks';
import { emptyDraft, formatDay, todayInVietnam, type WardReportDraft } from '../../utils/report-form';
import { WardReportForm } from './ward-report-form';
import './ward-reports.css';

const KINDS: readonly WardReportKind[] = ['FALSE_INFORMATION', 'DIFFICULTY'];
const STATUSES: readonly WardReportStatus[] = ['SENT', 'IN_PROGRESS', 'RESOLVED', 'ANSWERED'];

/**
 * `/activities/reports`: reports to the ward by kind (tabs). A unit officer sends false
 * information found or a difficulty (`?new=KIND` opens the form) and sees their status;
 * the office filters by status, unit and plan.
 */
export function WardReportsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const officer = user?.role === Role.UNIT_OFFICER;
  const kind: WardReportKind = params.get('kind') === 'DIFFICULTY' ? 'DIFFICULTY' : 'FALSE_INFORMATION';
  const newKind = KINDS.find((k) => k === params.get('new')) ?? null;
  const [status, setStatus] = useState<WardReportStatus | ''>('');
  const [unitId, setUnitId] = useState('');
  const [planId, setPlanId] = useState('');
  const filter = useMemo(
    () => ({ kind, status: status || null, unitId: unitId || null, planId: planId || null }),
    [kind, status, unitId, planId],
  );
  const { reports, fetching, error, refresh, plans } = useWardReports(filter);
  // Units and plans to filter by: the office's list of all reports of the kind gives them.
  const { reports: all } = useWardReports(useMemo(() => ({ kind }), [kind]));
  const units = useMemo(
    () =>
      uniqueBy(
        all,
        (r) => r.unitId,
        (r) => r.unitName,
      ),
    [all],
  );
  const planOptions = useMemo(
    () =>
      uniqueBy(
        all,
        (r) => r.planId,
        (r) => r.planTitle,
      ),
    [all],
  );
  const [sending, send] = useSendWardReport();

  const setParam = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
  };

  const submit = async (draft: WardReportDraft) => {
    const result = await send({
      input: {
        planId: draft.planId,
        kind: draft.kind,
        title: draft.title,
        body: draft.body,
        foundWhere: draft.foundWhere || null,
        link: draft.link.trim() || null,
        reportedOn: draft.reportedOn,
        actionTaken: draft.actionTaken || null,
      },
    });
    if (result.data?.sendWardReport) {
      void navigate(`/activities/reports/${result.data.sendWardReport.id}`);
      return null;
    }
    return result.error;
  };

  if (newKind) {
    return (
      <Page
        testId="ward-reports-page"
        title={t('activities.reports.title')}
        breadcrumb={[
          { label: t('activities.reports.title'), to: '/activities/reports' },
          { label: t(`activities.reports.new.${newKind}`) },
        ]}
      >
        <WardReportForm
          key={`${newKind}-${plans.length}`}
          mode="send"
          initial={emptyDraft(newKind, plans.length === 1 ? plans[0].id : '', todayInVietnam())}
          plans={plans}
          busy={sending.fetching}
          onSubmit={submit}
          onCancel={() => setParam({ new: null })}
        />
      </Page>
    );
  }

  return (
    <Page
      testId="ward-reports-page"
      title={t('activities.reports.title')}
      lead={t(officer ? 'activities.reports.leadOfficer' : 'activities.reports.leadOffice')}
      actions={
        officer && (
          <div className="wr-new">
            <Button
              variant="primary"
              onClick={() => setParam({ new: 'FALSE_INFORMATION' })}
              data-testid="ward-report-new-fi"
            >
              + {t('activities.reports.new.FALSE_INFORMATION')}
            </Button>
            <Button variant="primary" onClick={() => setParam({ new: 'DIFFICULTY' })} data-testid="ward-report-new-df">
              + {t('activities.reports.new.DIFFICULTY')}
            </Button>
          </div>
        )
      }
    >
      <div className="wr-tabs" role="tablist" aria-label={t('activities.reports.kindLabel')}>
        {KINDS.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            aria-selected={k === kind}
            className={k === kind ? 'wr-tab wr-tab--active' : 'wr-tab'}
            onClick={() => setParam({ kind: k === 'FALSE_INFORMATION' ? null : k })}
            data-testid={`ward-report-tab-${k}`}
          >
            {t(`activities.reportKind.${k}`)}
          </button>
        ))}
      </div>
      <div className="wr-chips" role="group" aria-label={t('activities.reports.statusLabel')}>
        {(['', ...STATUSES] as const)
          .filter((s) => s !== (kind === 'FALSE_INFORMATION' ? 'ANSWERED' : 'RESOLVED'))
          .map((s) => (
            <button
              key={s || 'all'}
              type="button"
              aria-pressed={status === s}
              className={status === s ? 'wr-chip wr-chip--on' : 'wr-chip'}
              onClick={() => setStatus(s)}
              data-testid={`ward-report-status-${s || 'ALL'}`}
            >
              {s ? t(`activities.reportStatus.${s}`) : t('activities.reports.allStatuses')}
            </button>
          ))}
      </div>
      {!officer && (
        <div className="wr-filters">
          <SelectField
            label={t('activities.reports.fields.unit')}
            value={unitId}
            onChange={setUnitId}
            options={units}
            placeholder={t('activities.reports.allUnits')}
            data-testid="ward-report-filter-unit"
          />
          <SelectField
            label={t('activities.reports.fields.plan')}
            value={planId}
            onChange={setPlanId}
            options={planOptions}
            placeholder={t('activities.reports.allPlans')}
            data-testid="ward-report-filter-plan"
          />
        </div>
      )}
      {error && <ErrorState error={error} onRetry={refresh} />}
      {fetching && reports.length === 0 && <LoadingState />}
      {!fetching && !error && reports.length === 0 && (
        <EmptyState testId="ward-reports-empty">{t(`activities.reports.empty.${kind}`)}</EmptyState>
      )}
      <ul className="wr-list" data-testid="ward-reports-list">
        {reports.map((r) => (
          <li key={r.id}>
            <Link to={`/activities/reports/${r.id}`} className="wr-item" data-testid={`ward-report-${r.id}`}>
              <span className="wr-item__title">{r.title}</span>
              <span className="wr-item__meta">
                <span className={`wr-status wr-status--${r.status.toLowerCase()}`}>
                  {t(`activities.reportStatus.${r.status}`)}
                </span>
                <span>{formatDay(r.reportedOn)}</span>
                {!officer && <span>{r.unitName}</span>}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </Page>
  );
}

function uniqueBy<T>(rows: readonly T[], id: (row: T) => string, label: (row: T) => string) {
  const seen = new Map<string, string>();
  for (const row of rows) if (!seen.has(id(row))) seen.set(id(row), label(row));
  return [...seen]
    .map(([value, text]) => ({ value, label: text }))
    .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
}
