/** The propagation activity pages in one lazy chunk. */
export { ActivityEditorPage } from './components/log/activity-editor-page';
export { ActivityLogPage } from './components/log/activity-log-page';
export { DashboardPage } from './components/dashboard/dashboard-page';
export { PeriodicReportsPage } from './components/periodic/periodic-reports-page';
export { PlansPage } from './components/plans/plans-page';
export { WardReportPage } from './components/reports/ward-report-page';
export { WardReportsPage } from './components/reports/ward-reports-page';
