import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import {
  Alert,
  Button,
  DateField,
  EmptyState,
  ErrorState,
  LoadingState,
  Page,
  Section,
  SelectField,
  MonthField,
} from '../../../../components/ui';
import { downloadWithSession } from '../../../../lib/files';
import type { ActivityDashboardQuery, ActivityForm } from '../../../../generated/graphql';
import { ActivityDashboardDocument, ActivityDashboardPlansDocument } from '../../graphql/dashboard-documents';
import { formatDay } from '../../utils/report-form';
import { SortableTable, type SortableColumn } from './sortable-table';
import './dashboard.css';

// chart.js is loaded with the charts only, never with the rest of the app (nor the player).
const DashboardCharts = lazy(() => import('./dashboard-charts'));

type Dashboard = ActivityDashboardQuery['activityDashboard'];
type UnitRow = Dashboard['byUnit'][number];
type BlockRow = Dashboard['byBlock'][number];
type AttendanceRow = Dashboard['attendance'][number];
interface FigureRow {
  activityCount: number;
  quantity: number;
  attendeeCount: number;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** "2026-03" → "03/2026". */
export const formatMonth = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

/** `/activities/dashboard`: ward totals by form, unit, block and month; silent units; XLSX export. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const number = useMemo(() => new Intl.NumberFormat(i18n.language), [i18n.language]);
  const percent = useMemo(
    () => new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 }),
    [i18n.language],
  );
  const [plansResult] = useQuery({ query: ActivityDashboardPlansDocument });
  const plans = useMemo(() => plansResult.data?.activityPlans ?? [], [plansResult.data]);
  const [chosenPlan, setChosenPlan] = useState('');
  const planId = chosenPlan || (plans.find((p) => p.status === 'OPEN') ?? plans[0])?.id || '';
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [month, setMonth] = useState('');
  const [exportFailed, setExportFailed] = useState(false);
  // A half-typed date or month is not sent: the server's defaults (the plan's dates, this month) apply.
  const variables = useMemo(
    () => ({
      planId,
      from: DAY.test(from) ? from : null,
      to: DAY.test(to) ? to : null,
      month: MONTH.test(month) ? month : null,
    }),
    [planId, from, to, month],
  );
  const [result, reexecute] = useQuery({ query: ActivityDashboardDocument, variables, pause: !planId });
  const d = result.data?.activityDashboard ?? null;

  const formLabel = (form: ActivityForm) => t(`activities.forms.${form}`);
  const figureColumns = <T extends FigureRow>(): SortableColumn<T>[] => [
    {
      key: 'activityCount',
      header: t('activities.dashboard.columns.activityCount'),
      value: (r) => r.activityCount,
      render: (r) => number.format(r.activityCount),
      numeric: true,
    },
    {
      key: 'quantity',
      header: t('activities.dashboard.columns.quantity'),
      value: (r) => r.quantity,
      render: (r) => number.format(r.quantity),
      numeric: true,
    },
    {
      key: 'attendeeCount',
      header: t('activities.dashboard.columns.attendeeCount'),
      value: (r) => r.attendeeCount,
      render: (r) => number.format(r.attendeeCount),
      numeric: true,
    },
  ];
  const unitColumns: SortableColumn<UnitRow>[] = [
    { key: 'name', header: t('activities.dashboard.columns.unit'), value: (r) => r.name },
    { key: 'kind', header: t('activities.dashboard.columns.kind'), value: (r) => t(`unitKind.${r.kind}`) },
    { key: 'block', header: t('activities.dashboard.columns.block'), value: (r) => r.blockName ?? '' },
    ...figureColumns<UnitRow>(),
  ];
  const blockColumns: SortableColumn<BlockRow>[] = [
    { key: 'name', header: t('activities.dashboard.columns.block'), value: (r) => r.name },
    {
      key: 'unitCount',
      header: t('activities.dashboard.columns.unitCount'),
      value: (r) => r.unitCount,
      numeric: true,
    },
    ...figureColumns<BlockRow>(),
  ];
  const populationLabel = (r: AttendanceRow) =>
    i18n.language.startsWith('en') ? r.populationLabelEn : r.populationLabelVi;
  const attendanceColumns: SortableColumn<AttendanceRow>[] = [
    {
      key: 'unit',
      header: t('activities.dashboard.columns.unit'),
      value: (r) => r.unitName ?? t('activities.dashboard.ward'),
    },
    { key: 'population', header: t('activities.dashboard.columns.populationKind'), value: populationLabel },
    {
      key: 'attendees',
      header: t('activities.dashboard.columns.attendees'),
      value: (r) => r.attendees,
      render: (r) => `${number.format(r.attendees)} / ${number.format(r.population)}`,
      numeric: true,
    },
    {
      key: 'rate',
      header: t('activities.dashboard.columns.rate'),
      value: (r) => r.rate,
      render: (r) => percent.format(r.rate),
      numeric: true,
    },
  ];

  const exportXlsx = () => {
    if (!d) return;
    setExportFailed(false);
    const query = new URLSearchParams({ planId: d.planId, from: d.from, to: d.to, month: d.month });
    downloadWithSession(`/api/activities/dashboard.xlsx?${query}`, 'tong-hop-hoat-dong.xlsx').catch(() =>
      setExportFailed(true),
    );
  };

  const pickers = (
    <div className="adb-pickers" data-testid="activity-dashboard-pickers">
      <SelectField
        label={t('activities.dashboard.fields.plan')}
        value={planId}
        onChange={(id) => {
          setChosenPlan(id);
          setFrom('');
          setTo('');
        }}
        options={plans.map((p) => ({ value: p.id, label: p.title }))}
        data-testid="activity-dashboard-plan"
      />
      <DateField
        label={t('activities.dashboard.fields.from')}
        value={from || d?.from || ''}
        onChange={setFrom}
        data-testid="activity-dashboard-from"
      />
      <DateField
        label={t('activities.dashboard.fields.to')}
        value={to || d?.to || ''}
        onChange={setTo}
        data-testid="activity-dashboard-to"
      />
      <MonthField
        label={t('activities.dashboard.fields.month')}
        hint={t('activities.dashboard.fields.monthHint')}
        value={month || d?.month || ''}
        onChange={setMonth}
        data-testid="activity-dashboard-month"
      />
    </div>
  );

  return (
    <Page
      testId="activity-dashboard-page"
      className="adb"
      title={t('activities.dashboard.title')}
      lead={
        d
          ? t('activities.dashboard.lead', { plan: d.planTitle, from: formatDay(d.from), to: formatDay(d.to) })
          : undefined
      }
      actions={
        <Button variant="primary" onClick={exportXlsx} disabled={!d} data-testid="activity-dashboard-export">
          {t('activities.dashboard.export')}
        </Button>
      }
    >
      {exportFailed && (
        <Alert tone="error" testId="activity-dashboard-export-failed">
          {t('activities.dashboard.exportFailed')}
        </Alert>
      )}
      {plansResult.error && <ErrorState error={plansResult.error} />}
      {!plansResult.fetching && !plansResult.error && plans.length === 0 && (
        <EmptyState testId="activity-dashboard-no-plans">{t('activities.dashboard.noPlans')}</EmptyState>
      )}
      {plans.length > 0 && pickers}
      {result.error && <ErrorState error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {(plansResult.fetching || (result.fetching && !d)) && <LoadingState />}
      {d && (
        <>
          <dl className="adb-totals" data-testid="activity-dashboard-totals">
            {(['activityCount', 'quantity', 'attendeeCount'] as const).map((key) => (
              <div key={key} className="adb-total">
                <dt>{t(`activities.dashboard.columns.${key}`)}</dt>
                <dd>{number.format(d.total[key])}</dd>
              </div>
            ))}
          </dl>

          <Section title={t('activities.dashboard.sections.charts')}>
            <Suspense fallback={<LoadingState />}>
              <DashboardCharts
                byForm={d.byForm}
                byMonth={d.byMonth}
                formLabel={formLabel}
                monthLabel={formatMonth}
                barTitle={t('activities.dashboard.charts.byForm')}
                lineTitle={t('activities.dashboard.charts.byMonth')}
              />
            </Suspense>
          </Section>

          <Section title={t('activities.dashboard.sections.byForm')}>
            <SortableTable
              testId="activity-dashboard-forms"
              caption={t('activities.dashboard.sections.byForm')}
              initialSort="order"
              rowKey={(r) => r.form}
              rows={d.byForm.map((r, i) => ({ ...r, order: i }))}
              columns={[
                {
                  key: 'order',
                  header: t('activities.dashboard.columns.form'),
                  value: (r) => r.order,
                  render: (r) => formLabel(r.form),
                },
                ...figureColumns<FigureRow & { form: ActivityForm; order: number }>(),
              ]}
            />
          </Section>

          <Section title={t('activities.dashboard.sections.silent', { month: formatMonth(d.month) })}>
            {d.silentUnits.length === 0 ? (
              <EmptyState testId="activity-dashboard-silent-none">{t('activities.dashboard.silentNone')}</EmptyState>
            ) : (
              <ul className="adb-silent" data-testid="activity-dashboard-silent">
                {d.silentUnits.map((u) => (
                  <li key={u.unitId} data-testid="activity-dashboard-silent-unit">
                    <span className="adb-silent__name">{u.name}</span>
                    <span className="adb-silent__meta">
                      {t(`unitKind.${u.kind}`)}
                      {u.blockName ? ` · ${u.blockName}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Section>

          <Section title={t('activities.dashboard.sections.byBlock')}>
            {d.byBlock.length === 0 ? (
              <EmptyState>{t('activities.dashboard.noBlocks')}</EmptyState>
            ) : (
              <SortableTable
                testId="activity-dashboard-blocks"
                caption={t('activities.dashboard.sections.byBlock')}
                initialSort="name"
                rowKey={(r) => r.blockId}
                rows={d.byBlock}
                columns={blockColumns}
              />
            )}
          </Section>

          <Section title={t('activities.dashboard.sections.byUnit')}>
            {d.byUnit.length === 0 ? (
              <EmptyState>{t('activities.dashboard.noUnits')}</EmptyState>
            ) : (
              <SortableTable
                testId="activity-dashboard-units"
                caption={t('activities.dashboard.sections.byUnit')}
                initialSort="name"
                rowKey={(r) => r.unitId}
                rows={d.byUnit}
                columns={unitColumns}
              />
            )}
          </Section>

          <Section title={t('activities.dashboard.sections.attendance')}>
            {d.attendance.length === 0 ? (
              <EmptyState>{t('activities.dashboard.noRoster')}</EmptyState>
            ) : (
              <SortableTable
                testId="activity-dashboard-attendance"
                caption={t('activities.dashboard.sections.attendance')}
                initialSort="unit"
                rowKey={(r) => `${r.unitId ?? 'ward'}-${r.populationKind}`}
                rows={d.attendance}
                columns={attendanceColumns}
              />
            )}
          </Section>
        </>
      )}
    </Page>
  );
}
