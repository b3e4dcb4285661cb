import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { Bar, Line } from 'react-chartjs-2';
import type { ActivityForm } from '../../../../generated/graphql';

// Only what the two charts draw, so the chunk stays small (chart.js is tree-shaken).
ChartJS.register(CategoryScale, LinearScale, BarElement, LineElement, PointElement, Tooltip, Legend);

/** The six forms' colours, readable on white and apart from each other. */
const FORM_COLOURS: Record<ActivityForm, string> = {
  MASS_MEDIA: '#1f5fa8',
  CYBERSPACE: '#0f8a8a',
  ORAL: '#c0392b',
  VISUAL: '#d68910',
  CULTURAL: '#7d3c98',
  EMULATION: '#2e7d32',
};

export interface DashboardChartsProps {
  byForm: readonly { form: ActivityForm; activityCount: number }[];
  byMonth: readonly { month: string; form: ActivityForm; activityCount: number }[];
  formLabel: (form: ActivityForm) => string;
  monthLabel: (month: string) => string;
  barTitle: string;
  lineTitle: string;
}

/**
 * The dashboard's charts (loaded on demand: chart.js lives in this chunk only): counted
 * activities by form (bars) and by month, one line per form. They fill their box's width
 * and redraw when it changes (a phone turned, a window resized).
 */
export default function DashboardCharts({
  byForm,
  byMonth,
  formLabel,
  monthLabel,
  barTitle,
  lineTitle,
}: DashboardChartsProps) {
  const months = [...new Set(byMonth.map((r) => r.month))];
  const forms = byForm.map((r) => r.form);
  const common = {
    responsive: true,
    maintainAspectRatio: false,
    scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
  } as const;
  return (
    <div className="adb-charts">
      <figure className="adb-chart" data-testid="activity-dashboard-bar">
        <figcaption>{barTitle}</figcaption>
        <div className="adb-chart__box">
          <Bar
            aria-label={barTitle}
            role="img"
            data={{
              labels: byForm.map((r) => formLabel(r.form)),
              datasets: [
                {
                  label: barTitle,
                  data: byForm.map((r) => r.activityCount),
                  backgroundColor: byForm.map((r) => FORM_COLOURS[r.form]),
                },
              ],
            }}
            options={{ ...common, plugins: { legend: { display: false } } }}
          />
        </div>
      </figure>
      <figure className="adb-chart" data-testid="activity-dashboard-line">
        <figcaption>{lineTitle}</figcaption>
        <div className="adb-chart__box">
          <Line
            aria-label={lineTitle}
            role="img"
            data={{
              labels: months.map(monthLabel),
              datasets: forms.map((form) => ({
                label: formLabel(form),
                data: months.map((m) => byMonth.find((r) => r.month === m && r.form === form)?.activityCount ?? 0),
                borderColor: FORM_COLOURS[form],
                backgroundColor: FORM_COLOURS[form],
                tension: 0.2,
              })),
            }}
            options={{ ...common, plugins: { legend: { position: 'bottom' } } }}
          />
        </div>
      </figure>
    </div>
  );
}
