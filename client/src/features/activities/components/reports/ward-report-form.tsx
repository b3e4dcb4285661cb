import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import {
  Button,
  DateField,
  ErrorState,
  FormActions,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../../components/ui';
import { errorInfo } from '../../../../lib/graphql-errors';
import {
  FALSE_INFORMATION_ACTIONS,
  REPORT_LIMITS,
  draftProblems,
  todayInVietnam,
  type WardReportDraft,
  type WardReportField,
} from '../../utils/report-form';

export interface ReportPlanOption {
  id: string;
  title: string;
  startsOn: string;
  endsOn: string;
}

export interface WardReportFormProps {
  initial: WardReportDraft;
  plans: readonly ReportPlanOption[];
  /** An edit keeps the report's plan. */
  mode: 'send' | 'edit';
  busy?: boolean;
  /** Sends the draft; answers the server's error (or null when it was saved). */
  onSubmit: (draft: WardReportDraft) => Promise<CombinedError | null | undefined>;
  onCancel: () => void;
  /** For tests: the date the form takes as today. */
  today?: string;
}

/**
 * A unit's report to the ward, phone-first: false information found (where, the link,
 * what it said, what the unit did) or a difficulty and its proposal. Checked as the
 * server checks it before anything is sent; a refusal from the server lands on its field.
 */
export function WardReportForm({ initial, plans, mode, busy, onSubmit, onCancel, today }: WardReportFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<WardReportDraft>(initial);
  const [tried, setTried] = useState(false);
  const [serverError, setServerError] = useState<CombinedError | null>(null);
  const day = today ?? todayInVietnam();
  const plan = plans.find((p) => p.id === draft.planId) ?? null;
  const falseInformation = draft.kind === 'FALSE_INFORMATION';
  const problems = useMemo(() => draftProblems(draft, plan, day), [draft, plan, day]);
  const serverField = serverError ? (errorInfo(serverError)?.details?.field as WardReportField | undefined) : undefined;

  const errorOf = (field: WardReportField) => {
    if (serverField === field) return t('activities.reports.fieldErrors.invalid');
    if (!tried) return undefined;
    const problem = problems.find((p) => p.field === field);
    return problem ? t(`activities.reports.fieldErrors.${problem.key}`, problem.values ?? {}) : undefined;
  };
  const set = (field: keyof WardReportDraft) => (value: string) => {
    setServerError(null);
    setDraft((d) => ({ ...d, [field]: value }));
  };
  const addAction = (key: (typeof FALSE_INFORMATION_ACTIONS)[number]) => {
    const phrase = t(`activities.reports.actions.${key}`);
    setDraft((d) => {
      if (d.actionTaken.includes(phrase)) return d;
      const text = d.actionTaken.trim();
      return { ...d, actionTaken: text ? `${text.replace(/[.;]?$/u, ';')} ${phrase}` : phrase };
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (problems.length > 0) return;
    const error = await onSubmit(draft);
    setServerError(error ?? null);
  };

  const prefix = `ward-report-${falseInformation ? 'fi' : 'df'}`;
  return (
    <form className="wr-form card" onSubmit={(e) => void submit(e)} noValidate data-testid="ward-report-form">
      <h2 className="wr-form__title">
        {t(mode === 'send' ? `activities.reports.new.${draft.kind}` : 'activities.reports.edit')}
      </h2>
      {mode === 'send' && plans.length !== 1 ? (
        <SelectField
          label={t('activities.reports.fields.plan')}
          value={draft.planId}
          onChange={set('planId')}
          options={plans.map((p) => ({ value: p.id, label: p.title }))}
          placeholder={t('activities.reports.fields.planPlaceholder')}
          required
          error={errorOf('planId')}
          data-testid="ward-report-plan"
        />
      ) : (
        <p className="muted wr-form__plan">
          {t('activities.reports.fields.plan')}: {plan?.title ?? '—'}
        </p>
      )}
      <TextField
        label={t('activities.reports.fields.title')}
        hint={t(`activities.reports.hints.title.${draft.kind}`)}
        value={draft.title}
        onChange={set('title')}
        required
        maxLength={REPORT_LIMITS.title}
        error={errorOf('title')}
        data-testid="ward-report-title"
      />
      {falseInformation && (
        <TextField
          label={t('activities.reports.fields.foundWhere')}
          hint={t('activities.reports.hints.foundWhere')}
          value={draft.foundWhere}
          onChange={set('foundWhere')}
          required
          maxLength={REPORT_LIMITS.foundWhere}
          error={errorOf('foundWhere')}
          data-testid="ward-report-found-where"
        />
      )}
      <TextAreaField
        label={t(`activities.reports.fields.body.${draft.kind}`)}
        value={draft.body}
        onChange={set('body')}
        required
        rows={5}
        maxLength={REPORT_LIMITS.body}
        error={errorOf('body')}
        data-testid="ward-report-body"
      />
      <TextField
        type="url"
        inputMode="url"
        label={t(`activities.reports.fields.link.${draft.kind}`)}
        hint={t('activities.reports.hints.link')}
        value={draft.link}
        onChange={set('link')}
        error={errorOf('link')}
        data-testid="ward-report-link"
      />
      <DateField
        label={t(`activities.reports.fields.reportedOn.${draft.kind}`)}
        value={draft.reportedOn}
        onChange={set('reportedOn')}
        required
        max={day}
        min={plan?.startsOn}
        error={errorOf('reportedOn')}
        data-testid="ward-report-date"
      />
      {falseInformation && (
        <>
          <TextAreaField
            label={t('activities.reports.fields.actionTaken')}
            hint={t('activities.reports.hints.actionTaken')}
            value={draft.actionTaken}
            onChange={set('actionTaken')}
            required
            rows={3}
            maxLength={REPORT_LIMITS.actionTaken}
            error={errorOf('actionTaken')}
            data-testid="ward-report-action"
          />
          <div className="wr-form__quick" role="group" aria-label={t('activities.reports.actions.label')}>
            {FALSE_INFORMATION_ACTIONS.map((key) => (
              <Button key={key} size="small" onClick={() => addAction(key)} data-testid={`ward-report-action-${key}`}>
                + {t(`activities.reports.actions.${key}`)}
              </Button>
            ))}
          </div>
        </>
      )}
      {serverError && !serverField && <ErrorState error={serverError} />}
      <FormActions>
        <Button type="submit" variant="primary" busy={busy} data-testid={`${prefix}-submit`}>
          {t(mode === 'send' ? 'activities.reports.send' : 'activities.reports.save')}
        </Button>
        <Button onClick={onCancel} data-testid={`${prefix}-cancel`}>
          {t('activities.reports.cancel')}
        </Button>
      </FormActions>
    </form>
  );
}
