import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  Alert,
  Button,
  DateField,
  EmptyState,
  ErrorState,
  FormActions,
  LoadingState,
  Page,
  Section,
  SelectField,
} from '../../../../components/ui';
import type { PeriodicReportKind } from '../../../../generated/graphql';
import { errorText } from '../../../../lib/error-text';
import { usePeriodicReports } from '../../hooks/periodic-hooks';
import { formatDay } from '../../utils/report-form';
import { PeriodicReportEditor } from './periodic-report-editor';
import './periodic-reports.css';

const KINDS: readonly PeriodicReportKind[] = ['INTERIM', 'FINAL'];

/**
 * `/activities/periodic`: the báo cáo sơ kết / tổng kết of a plan (`?plan=`): the list, a
 * new one (kind and dates inside the plan), and one open for editing (`?report=`) with its
 * figures, its narrative sections and its DOCX.
 */
export function PeriodicReportsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const reportId = params.get('report');
  const { plans, plansFetching, plansError } = usePeriodicReports('');
  const planId = params.get('plan') ?? (plans.length ? plans[0].id : '');
  const title = t('activities.periodic.title');

  const setParam = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next);
  };

  if (reportId) {
    return (
      <PeriodicReportEditor
        id={reportId}
        breadcrumb={[{ label: title, to: `/activities/periodic${planId ? `?plan=${planId}` : ''}` }]}
      />
    );
  }
  return (
    <Page testId="periodic-reports-page" title={title} lead={t('activities.periodic.lead')}>
      {plansError && <ErrorState error={plansError} />}
      {plansFetching && plans.length === 0 && <LoadingState />}
      {!plansFetching && !plansError && plans.length === 0 && (
        <EmptyState testId="periodic-no-plans">{t('activities.periodic.noPlans')}</EmptyState>
      )}
      {plans.length > 0 && (
        <>
          <SelectField
            label={t('activities.periodic.plan')}
            value={planId}
            onChange={(value) => setParam({ plan: value })}
            options={plans.map((p) => ({ value: p.id, label: p.title }))}
            data-testid="periodic-plan"
          />
          {planId && (
            <PlanReports
              key={planId}
              planId={planId}
              plan={plans.find((p) => p.id === planId) ?? null}
              onOpen={(id) => setParam({ plan: planId, report: id })}
            />
          )}
        </>
      )}
    </Page>
  );
}

function PlanReports({
  planId,
  plan,
  onOpen,
}: {
  planId: string;
  plan: { startsOn: string; endsOn: string } | null;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { reports, fetching, error, refresh, creating, create } = usePeriodicReports(planId);
  const [adding, setAdding] = useState(false);
  const [kind, setKind] = useState<PeriodicReportKind>('INTERIM');
  const [fromDate, setFromDate] = useState(plan?.startsOn ?? '');
  const [toDate, setToDate] = useState(plan?.endsOn ?? '');
  const [problem, setProblem] = useState<{ field: string | null; text: string } | null>(null);

  const local = (): { field: string; text: string } | null => {
    if (!fromDate) return { field: 'fromDate', text: t('activities.periodic.errors.dateRequired') };
    if (!toDate) return { field: 'toDate', text: t('activities.periodic.errors.dateRequired') };
    if (plan && (fromDate < plan.startsOn || fromDate > plan.endsOn))
      return { field: 'fromDate', text: t('activities.periodic.errors.outsidePlan', range(plan)) };
    if (plan && (toDate < plan.startsOn || toDate > plan.endsOn))
      return { field: 'toDate', text: t('activities.periodic.errors.outsidePlan', range(plan)) };
    if (fromDate > toDate) return { field: 'toDate', text: t('activities.periodic.errors.reversed') };
    return null;
  };
  const submit = async () => {
    const found = local();
    setProblem(found);
    if (found) return;
    const result = await create({ input: { planId, kind, fromDate, toDate } });
    const id = result.data?.createPeriodicReport.id;
    if (id) {
      setAdding(false);
      refresh();
      onOpen(id);
      return;
    }
    const details = result.error?.graphQLErrors[0]?.extensions?.details as { field?: string } | undefined;
    setProblem({ field: details?.field ?? null, text: errorText(t, result.error) ?? t('errors.generic') });
  };
  const fieldError = (field: string) => (problem?.field === field ? problem.text : undefined);

  return (
    <Section
      title={t('activities.periodic.listTitle')}
      actions={
        !adding && (
          <Button variant="primary" onClick={() => setAdding(true)} data-testid="periodic-new">
            + {t('activities.periodic.new')}
          </Button>
        )
      }
    >
      {adding && (
        <div className="card pr-new" data-testid="periodic-new-form">
          <SelectField
            label={t('activities.periodic.kind')}
            value={kind}
            onChange={setKind}
            options={KINDS.map((k) => ({ value: k, label: t(`activities.periodic.kinds.${k}`) }))}
            data-testid="periodic-kind"
          />
          <DateField
            label={t('activities.periodic.from')}
            value={fromDate}
            onChange={setFromDate}
            min={plan?.startsOn}
            max={plan?.endsOn}
            error={fieldError('fromDate')}
            required
            data-testid="periodic-from"
          />
          <DateField
            label={t('activities.periodic.to')}
            value={toDate}
            onChange={setToDate}
            min={plan?.startsOn}
            max={plan?.endsOn}
            error={fieldError('toDate')}
            required
            data-testid="periodic-to"
          />
          {problem && !['fromDate', 'toDate'].includes(problem.field ?? '') && (
            <Alert tone="error">{problem.text}</Alert>
          )}
          <FormActions>
            <Button
              variant="primary"
              onClick={() => void submit()}
              busy={creating.fetching}
              data-testid="periodic-create"
            >
              {t('activities.periodic.create')}
            </Button>
            <Button onClick={() => setAdding(false)}>{t('activities.periodic.cancel')}</Button>
          </FormActions>
        </div>
      )}
      {error && <ErrorState error={error} onRetry={refresh} />}
      {fetching && reports.length === 0 && <LoadingState />}
      {!fetching && !error && reports.length === 0 && (
        <EmptyState testId="periodic-empty">{t('activities.periodic.empty')}</EmptyState>
      )}
      <ul className="pr-list" data-testid="periodic-list">
        {reports.map((r) => (
          <li key={r.id}>
            <Link
              to={`/activities/periodic?plan=${planId}&report=${r.id}`}
              className="pr-item"
              data-testid={`periodic-${r.id}`}
            >
              <span className="pr-item__title">{t(`activities.periodic.kinds.${r.kind}`)}</span>
              <span className="pr-item__meta">
                {t('activities.periodic.range', { from: formatDay(r.fromDate), to: formatDay(r.toDate) })}
                {r.documentNumber && ` · ${r.documentNumber}`}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </Section>
  );
}

const range = (plan: { startsOn: string; endsOn: string }) => ({
  from: formatDay(plan.startsOn),
  to: formatDay(plan.endsOn),
});
