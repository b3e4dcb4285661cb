import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  ErrorState,
  FormActions,
  LoadingState,
  Page,
  Section,
  TextAreaField,
  TextField,
  type BreadcrumbItem,
} from '../../../../components/ui';
import type { PeriodicReportSection } from '../../../../generated/graphql';
import { errorText } from '../../../../lib/error-text';
import { downloadWithSession } from '../../../../lib/files';
import { usePeriodicReport } from '../../hooks/periodic-hooks';
import { formatDay } from '../../utils/report-form';

/** As the server keeps them. */
const SECTION_MAX = 10_000;
const NUMBER_MAX = 60;

const count = (n: number) => n.toLocaleString('vi-VN');
const percent = (rate: number) => `${(Math.round(rate * 1000) / 10).toLocaleString('vi-VN')}%`;

/**
 * One periodic report: the figures computed from the log (read-only), the number and the
 * narrative sections (each pre-filled with the suggestion from the figures while nothing is
 * written), an explicit save, and the DOCX.
 */
export function PeriodicReportEditor({ id, breadcrumb }: { id: string; breadcrumb: readonly BreadcrumbItem[] }) {
  const { t } = useTranslation();
  const { report, fetching, error, refresh, saving, save } = usePeriodicReport(id);
  const [number, setNumber] = useState('');
  const [texts, setTexts] = useState<Partial<Record<PeriodicReportSection, string>>>({});
  const [saved, setSaved] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [downloadFailed, setDownloadFailed] = useState(false);

  useEffect(() => {
    if (!report) return;
    setNumber(report.documentNumber);
    setTexts(Object.fromEntries(report.sections.map((s) => [s.key, s.text || s.suggestion])));
  }, [report]);

  const title = t('activities.periodic.title');
  if (!report) {
    return (
      <Page testId="periodic-report-page" title={title} breadcrumb={breadcrumb}>
        {error ? <ErrorState error={error} onRetry={refresh} /> : fetching && <LoadingState />}
      </Page>
    );
  }
  const f = report.figures;
  const tooLong = report.sections.find((s) => (texts[s.key] ?? '').trim().length > SECTION_MAX);
  const submit = async () => {
    setSaved(false);
    setSaveError(null);
    if (tooLong || number.trim().length > NUMBER_MAX) return;
    const result = await save({
      input: {
        id: report.id,
        documentNumber: number,
        sections: report.sections.map((s) => ({ key: s.key, text: texts[s.key] ?? '' })),
      },
    });
    if (result.data) setSaved(true);
    else setSaveError(errorText(t, result.error) ?? t('errors.generic'));
  };
  const download = () => {
    setDownloadFailed(false);
    downloadWithSession(`/api/periodic-reports/${report.id}.docx`, 'bao-cao.docx').catch(() => setDownloadFailed(true));
  };

  return (
    <Page
      testId="periodic-report-page"
      title={t(`activities.periodic.kinds.${report.kind}`)}
      breadcrumb={[...breadcrumb, { label: t(`activities.periodic.kinds.${report.kind}`) }]}
      lead={`${report.planTitle} · ${t('activities.periodic.range', { from: formatDay(report.fromDate), to: formatDay(report.toDate) })}`}
      actions={
        <Button onClick={download} data-testid="periodic-docx">
          {t('activities.periodic.download')}
        </Button>
      }
    >
      {downloadFailed && <Alert tone="error">{t('activities.periodic.downloadFailed')}</Alert>}
      <Section title={t('activities.periodic.figures.title')} card testId="periodic-figures">
        <div className="pr-table-wrap">
          <table className="pr-table">
            <thead>
              <tr>
                <th scope="col">{t('activities.periodic.figures.form')}</th>
                <th scope="col">{t('activities.periodic.figures.activities')}</th>
                <th scope="col">{t('activities.periodic.figures.attendees')}</th>
                <th scope="col">{t('activities.periodic.figures.quantity')}</th>
              </tr>
            </thead>
            <tbody>
              {f.forms.map((r) => (
                <tr key={r.form} data-testid={`periodic-form-${r.form}`}>
                  <th scope="row">{t(`activities.forms.${r.form}`)}</th>
                  <td>{count(r.activityCount)}</td>
                  <td>{count(r.attendeeCount)}</td>
                  <td>{count(r.quantity)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr data-testid="periodic-total">
                <th scope="row">{t('activities.periodic.figures.total')}</th>
                <td>{count(f.total.activityCount)}</td>
                <td>{count(f.total.attendeeCount)}</td>
                <td>{count(f.total.quantity)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
        <dl className="pr-facts">
          {f.attendance.map((a) => (
            <div key={a.kind}>
              <dt>{t('activities.periodic.figures.rate', { kind: a.kindName })}</dt>
              <dd>
                {percent(a.rate)} ({count(a.attendees)}/{count(a.population)})
              </dd>
            </div>
          ))}
          <div>
            <dt>{t('activities.periodic.figures.falseInformation')}</dt>
            <dd>
              {t('activities.periodic.figures.handled', {
                found: count(f.falseInformationFound),
                done: count(f.falseInformationHandled),
              })}
            </dd>
          </div>
          <div>
            <dt>{t('activities.periodic.figures.difficulties')}</dt>
            <dd>
              {t('activities.periodic.figures.answered', {
                found: count(f.difficultiesRaised),
                done: count(f.difficultiesAnswered),
              })}
            </dd>
          </div>
          <div>
            <dt>{t('activities.periodic.figures.campaigns')}</dt>
            <dd>
              {t('activities.periodic.figures.campaignsValue', {
                periods: count(f.campaignPeriodsPublished),
                sheets: count(f.campaignSheetsPublished),
              })}
            </dd>
          </div>
          <div>
            <dt>{t('activities.periodic.figures.contests')}</dt>
            <dd>
              {t('activities.periodic.figures.contestsValue', {
                contests: count(f.contestCount),
                entrants: count(f.contestEntrants),
                units: count(f.contestUnits),
              })}
            </dd>
          </div>
        </dl>
      </Section>
      <Section title={t('activities.periodic.sections.title')} card testId="periodic-sections">
        <TextField
          label={t('activities.periodic.number')}
          hint={t('activities.periodic.numberHint')}
          value={number}
          onChange={setNumber}
          maxLength={NUMBER_MAX}
          data-testid="periodic-number"
        />
        {report.sections.map((s) => {
          const value = texts[s.key] ?? '';
          const length = value.trim().length;
          return (
            <TextAreaField
              key={s.key}
              label={t(`activities.periodic.sections.${s.key}`)}
              hint={
                !s.text && value === s.suggestion
                  ? t('activities.periodic.suggested')
                  : t('activities.periodic.length', { count: length, max: SECTION_MAX })
              }
              error={length > SECTION_MAX ? t('activities.periodic.errors.tooLong', { max: SECTION_MAX }) : undefined}
              value={value}
              onChange={(text) => {
                setSaved(false);
                setTexts((current) => ({ ...current, [s.key]: text }));
              }}
              rows={5}
              data-testid={`periodic-section-${s.key}`}
            />
          );
        })}
        {saveError && <Alert tone="error">{saveError}</Alert>}
        {saved && <Alert tone="success">{t('activities.periodic.saved')}</Alert>}
        <FormActions>
          <Button variant="primary" onClick={() => void submit()} busy={saving.fetching} data-testid="periodic-save">
            {t('activities.periodic.save')}
          </Button>
        </FormActions>
      </Section>
    </Page>
  );
}
