import { ACTIVITY_FORMS, MAX_EVIDENCE_BASE64_LENGTH, Role, type ActivityForm } from '@thidua/shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, type CombinedError } from 'urql';
import {
  Alert,
  Button,
  DateField,
  ErrorState,
  FormActions,
  LoadingState,
  NumberField,
  Page,
  Section,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../../components/ui';
import type { ActivityQuery } from '../../../../generated/graphql';
import { errorInfo } from '../../../../lib/graphql-errors';
import { readFileAsBase64 } from '../../../../lib/files';
import { usePopulationKinds } from '../../../../lib/population-kinds';
import { useSession } from '../../../../lib/session';
import { ActivityLogUnitsDocument, CreateActivityDocument } from '../../graphql/log-documents';
import { useActivity, useActivityPlans } from '../../hooks/log-hooks';
import {
  CORRECTION_REASON_MIN,
  SAVE_DELAY_MS,
  formatClock,
  formFields,
  kindsOf,
  type ActivityDraft,
  type ActivityDraftField,
} from '../../utils/log-form';
import { formatMoment, todayInVietnam } from '../../utils/report-form';
import { ActivityEvidence } from './activity-evidence';
import { RosterPicker } from './roster-picker';
import './activity-log.css';

type Activity = NonNullable<ActivityQuery['activity']>;

/** The text of a refusal: errors.<REASON> when the client has it, else the server's message. */
function useErrorText() {
  const { t } = useTranslation();
  return (error: CombinedError) => {
    const info = errorInfo(error);
    if (!info || info.network || !info.reason) return t('activities.editor.saveFailed');
    return t(`errors.${info.reason}`, { defaultValue: info.message });
  };
}

/** `/activities/new` and `/activities/:id`: one activity, phone-first, saved as the officer types. */
export function ActivityEditorPage() {
  const { id } = useParams();
  return id ? <ActivityEditor key={id} id={id} /> : <NewActivity />;
}

/** Picks the plan, the form and the kind, then creates the draft and opens it. */
function NewActivity() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSession();
  const { plans, fetching, error } = useActivityPlans();
  const openPlans = plans.filter((p) => p.status === 'OPEN');
  const needsUnit = !user?.unit;
  const [units] = useQuery({ query: ActivityLogUnitsDocument, pause: !needsUnit });
  const [creating, create] = useMutation(CreateActivityDocument);
  const [planId, setPlanId] = useState('');
  const [form, setForm] = useState<ActivityForm | ''>('');
  const [kind, setKind] = useState('');
  const [unitId, setUnitId] = useState('');
  const [tried, setTried] = useState(false);
  const errorText = useErrorText();
  const plan = planId || openPlans[0]?.id || '';
  const crumbs = [{ label: t('activities.log.title'), to: '/activities' }];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!plan || !form || !kind || (needsUnit && !unitId)) return;
    const result = await create({ input: { planId: plan, form, kind, unitId: needsUnit ? unitId : null } });
    const created = result.data?.createActivity;
    if (created) void navigate(`/activities/${created.id}`, { replace: true });
  };
  const required = (missing: boolean) => (tried && missing ? t('activities.editor.required') : undefined);

  return (
    <Page testId="activity-editor-page" title={t('activities.editor.newTitle')} breadcrumb={crumbs}>
      {fetching && plans.length === 0 ? (
        <LoadingState />
      ) : error ? (
        <ErrorState error={error} />
      ) : openPlans.length === 0 ? (
        <Alert tone="info">{t('activities.editor.noOpenPlan')}</Alert>
      ) : (
        <form className="al-form card" onSubmit={(e) => void submit(e)} noValidate data-testid="activity-new-form">
          <SelectField
            label={t('activities.fields.plan')}
            value={plan}
            onChange={setPlanId}
            options={openPlans.map((p) => ({
              value: p.id,
              label: p.documentNumber ? `${p.documentNumber} – ${p.title}` : p.title,
            }))}
            required
            data-testid="activity-new-plan"
          />
          {needsUnit && (
            <SelectField
              label={t('activities.fields.unit')}
              value={unitId}
              onChange={setUnitId}
              options={(units.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))}
              placeholder={t('activities.editor.pick')}
              required
              error={required(!unitId)}
              data-testid="activity-new-unit"
            />
          )}
          <SelectField<ActivityForm | ''>
            label={t('activities.fields.form')}
            value={form}
            onChange={(v) => {
              setForm(v);
              setKind('');
            }}
            options={ACTIVITY_FORMS.map((f) => ({ value: f, label: t(`activities.forms.${f}`) }))}
            placeholder={t('activities.editor.pick')}
            required
            error={required(!form)}
            data-testid="activity-new-form-select"
          />
          {form && (
            <SelectField
              label={t(`activities.editor.kindLabel.${form}`)}
              value={kind}
              onChange={setKind}
              options={kindsOf(form).map((k) => ({ value: k, label: t(`activities.kinds.${k}`) }))}
              placeholder={t('activities.editor.pick')}
              required
              error={required(!kind)}
              data-testid="activity-new-kind"
            />
          )}
          {creating.error && <Alert tone="error">{errorText(creating.error)}</Alert>}
          <FormActions>
            <Button type="submit" variant="primary" busy={creating.fetching} data-testid="activity-new-create">
              {t('activities.editor.create')}
            </Button>
            <Button onClick={() => void navigate('/activities')}>{t('activities.editor.cancel')}</Button>
          </FormActions>
        </form>
      )}
    </Page>
  );
}

function ActivityEditor({ id }: { id: string }) {
  const { t } = useTranslation();
  const { activity, error, refresh } = useActivity(id);
  const crumbs = [{ label: t('activities.log.title'), to: '/activities' }];
  if (!activity) {
    return (
      <Page testId="activity-editor-page" title={t('activities.editor.title')} breadcrumb={crumbs}>
        {error ? <ErrorState error={error} onRetry={refresh} /> : <LoadingState />}
      </Page>
    );
  }
  return <ActivityEditorForm activity={activity} />;
}

const draftOf = (a: Activity): ActivityDraft => ({
  kind: a.kind,
  title: a.title,
  occurredOn: a.occurredOn ?? '',
  location: a.location,
  speaker: a.speaker,
  link: a.link ?? '',
  quantity: a.quantity,
  attendeeCount: a.attendeeCount,
  audienceKind: a.audienceKind ?? '',
  notes: a.notes,
});

type FieldErrors = Partial<Record<ActivityDraftField | 'attendees' | 'evidence' | 'general', string>>;

function ActivityEditorForm({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSession();
  const ops = useActivity(activity.id);
  const errorText = useErrorText();
  const role = user?.role;
  const office = role === Role.ADMIN || role === Role.REVIEWER;
  const editable = role === Role.ADMIN || role === Role.UNIT_OFFICER;
  const form = activity.form;
  const fields = formFields(form);
  const populations = usePopulationKinds();
  const [draft, setDraft] = useState<ActivityDraft>(() => draftOf(activity));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [attendees, setAttendees] = useState<string[]>(() => activity.attendees.map((p) => p.personId));
  const [names, setNames] = useState<Record<string, string>>(() =>
    Object.fromEntries(activity.attendees.map((p) => [p.personId, p.fullName])),
  );
  const [evidenceBusy, setEvidenceBusy] = useState(false);
  const [reason, setReason] = useState('');
  const [correcting, setCorrecting] = useState(false);
  const [reasonTried, setReasonTried] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const pending = useRef<Partial<ActivityDraft>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(ops.save);
  saveRef.current = ops.save;

  /** The fields changed since the last save, sent together; a refusal lands on the field it names. */
  const flush = async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const changed = pending.current;
    pending.current = {};
    if (Object.keys(changed).length === 0) return true;
    const result = await saveRef.current({ input: { id: activity.id, ...changed } });
    if (result.error) {
      const field = errorInfo(result.error)?.details?.field;
      const key = typeof field === 'string' && field in changed ? (field as ActivityDraftField) : 'general';
      setErrors((e) => ({ ...e, [key]: errorText(result.error as CombinedError) }));
      return false;
    }
    setSavedAt(new Date());
    return true;
  };
  const flushRef = useRef(flush);
  flushRef.current = flush;
  useEffect(() => () => void flushRef.current(), []);

  const change = <K extends ActivityDraftField>(field: K, value: ActivityDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined, general: undefined }));
    pending.current = { ...pending.current, [field]: value };
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flushRef.current(), SAVE_DELAY_MS);
  };

  /** One setActivityAttendees at a time: quick ticks send the latest list once the one in flight is answered. */
  const attendeeSending = useRef(false);
  const attendeeNext = useRef<string[] | null>(null);
  const sendAttendees = async (personIds: string[]) => {
    attendeeSending.current = true;
    const result = await ops.setAttendees({ input: { id: activity.id, personIds } });
    const next = attendeeNext.current;
    attendeeNext.current = null;
    if (next) return sendAttendees(next);
    attendeeSending.current = false;
    if (result.error) setErrors((e) => ({ ...e, attendees: errorText(result.error as CombinedError) }));
    else {
      setSavedAt(new Date());
      ops.refresh();
    }
  };
  const pickAttendees = (personIds: string[], picked: Record<string, string>) => {
    setAttendees(personIds);
    setNames(picked);
    setErrors((e) => ({ ...e, attendees: undefined }));
    if (attendeeSending.current) attendeeNext.current = personIds;
    else void sendAttendees(personIds);
  };

  const evidenceStep = async (step: () => Promise<{ error?: CombinedError }>) => {
    setEvidenceBusy(true);
    setErrors((e) => ({ ...e, evidence: undefined }));
    const result = await step();
    setEvidenceBusy(false);
    if (result.error) setErrors((e) => ({ ...e, evidence: errorText(result.error as CombinedError) }));
    else ops.refresh();
  };
  const addFile = (file: File) =>
    void evidenceStep(async () => {
      const contentBase64 = await readFileAsBase64(file);
      if (contentBase64.length > MAX_EVIDENCE_BASE64_LENGTH) {
        setErrors((e) => ({ ...e, evidence: t('activities.editor.evidence.tooLarge') }));
        return {};
      }
      return ops.addFile({ input: { id: activity.id, fileName: file.name, contentBase64 } });
    });

  const submit = async () => {
    if (!(await flush())) return;
    const result = await ops.submit({ id: activity.id });
    if (result.error) {
      const field = errorInfo(result.error)?.details?.field;
      const key =
        typeof field === 'string' && (fields as string[]).includes(field) ? (field as ActivityDraftField) : 'general';
      setErrors((e) => ({ ...e, [key]: errorText(result.error as CombinedError) }));
    } else ops.refresh();
  };
  const sendBack = async () => {
    setReasonTried(true);
    if (reason.trim().length < CORRECTION_REASON_MIN) return;
    const result = await ops.requestCorrection({ input: { id: activity.id, reason: reason.trim() } });
    if (!result.error) {
      setCorrecting(false);
      setReason('');
      ops.refresh();
    }
  };
  const deleteDraft = async () => {
    if (timer.current) clearTimeout(timer.current);
    pending.current = {};
    const result = await ops.remove({ id: activity.id });
    if (!result.error) void navigate('/activities', { replace: true });
  };

  const fieldProps = (field: ActivityDraftField) => ({
    error: errors[field],
    disabled: !editable,
    'data-testid': `activity-field-${field}`,
  });
  const today = todayInVietnam();

  const renderField = (field: ActivityDraftField) => {
    switch (field) {
      case 'kind':
        return (
          <SelectField
            key={field}
            label={t(`activities.editor.kindLabel.${form}`)}
            value={draft.kind}
            onChange={(v) => change('kind', v)}
            options={kindsOf(form).map((k) => ({ value: k, label: t(`activities.kinds.${k}`) }))}
            required
            {...fieldProps(field)}
          />
        );
      case 'occurredOn':
        return (
          <DateField
            key={field}
            label={t(`activities.fields.occurredOn`)}
            value={draft.occurredOn}
            onChange={(v) => change('occurredOn', v)}
            max={today}
            required
            {...fieldProps(field)}
          />
        );
      case 'quantity':
      case 'attendeeCount':
        return (
          <NumberField
            key={field}
            label={t(`activities.fields.${field}`)}
            hint={field === 'quantity' ? t(`activities.editor.quantityHint.${form}`) : undefined}
            value={draft[field]}
            onChange={(v) => change(field, v)}
            decimal={false}
            allowNegative={false}
            {...fieldProps(field)}
          />
        );
      case 'audienceKind':
        return (
          <SelectField
            key={field}
            label={t('activities.fields.audienceKind')}
            hint={t('activities.editor.audienceHint')}
            value={draft.audienceKind}
            onChange={(v) => change('audienceKind', v)}
            placeholder={t('activities.editor.audienceNone')}
            options={populations.options}
            {...fieldProps(field)}
          />
        );
      case 'notes':
        return (
          <TextAreaField
            key={field}
            label={t('activities.fields.notes')}
            value={draft.notes}
            onChange={(v) => change('notes', v)}
            rows={3}
            maxLength={5000}
            {...fieldProps(field)}
          />
        );
      case 'title':
      case 'speaker':
      case 'location':
      case 'link':
        return (
          <TextField
            key={field}
            type={field === 'link' ? 'url' : 'text'}
            inputMode={field === 'link' ? 'url' : undefined}
            label={t(`activities.fields.${field}`)}
            value={draft[field]}
            onChange={(v) => change(field, v)}
            maxLength={field === 'link' ? 2000 : 300}
            {...fieldProps(field)}
          />
        );
    }
  };

  const status = activity.status;
  const title = draft.title.trim() || t(`activities.kinds.${draft.kind}`);
  return (
    <Page
      testId="activity-editor-page"
      title={title}
      breadcrumb={[{ label: t('activities.log.title'), to: '/activities' }, { label: t(`activities.forms.${form}`) }]}
      meta={
        <p className="al-meta">
          <span className={`al-status al-status--${status.toLowerCase()}`} data-testid="activity-status">
            {t(`activities.status.${status}`)}
          </span>
          <span>{t(`activities.forms.${form}`)}</span>
          <span>{activity.unitName}</span>
          <span className="muted" aria-live="polite" data-testid="activity-saved">
            {ops.saving.fetching
              ? t('activities.editor.saving')
              : savedAt
                ? t('activities.editor.savedAt', { time: formatClock(savedAt) })
                : ''}
          </span>
        </p>
      }
    >
      {status === 'CORRECTION_REQUESTED' && activity.correctionReason && (
        <Alert tone="error" testId="activity-correction-reason">
          <strong>{t('activities.editor.correctionTitle')}</strong> {activity.correctionReason}
        </Alert>
      )}
      <form className="al-form card" onSubmit={(e) => e.preventDefault()} noValidate data-testid="activity-form">
        {fields.map(renderField)}
        {errors.general && (
          <Alert tone="error" testId="activity-error">
            {errors.general}
          </Alert>
        )}
      </form>

      {fields.includes('attendeeCount') && (
        <Section title={t('activities.editor.attendeesTitle')} card testId="activity-attendees">
          {editable ? (
            <RosterPicker
              activityId={activity.id}
              selected={attendees}
              selectedNames={names}
              onChange={pickAttendees}
              rate={activity.attendance?.rate ?? null}
            />
          ) : (
            <p>{activity.attendees.map((p) => p.fullName).join(', ') || t('activities.editor.roster.none')}</p>
          )}
          {errors.attendees && <p className="field__error">{errors.attendees}</p>}
        </Section>
      )}

      <Section title={t('activities.editor.evidenceTitle')} card testId="activity-evidence-section">
        <ActivityEvidence
          evidence={activity.evidence}
          editable={editable}
          busy={evidenceBusy}
          error={errors.evidence}
          onFile={addFile}
          onLink={(url) => void evidenceStep(() => ops.addLink({ input: { id: activity.id, url } }))}
          onRemove={(evidenceId) => void evidenceStep(() => ops.removeEvidence({ id: evidenceId }))}
        />
      </Section>

      <FormActions align="start">
        {editable && status !== 'SUBMITTED' && (
          <Button
            variant="primary"
            busy={ops.submitting.fetching}
            onClick={() => void submit()}
            data-testid="activity-submit"
          >
            {t('activities.editor.submit')}
          </Button>
        )}
        {office && status === 'SUBMITTED' && !correcting && (
          <Button onClick={() => setCorrecting(true)} data-testid="activity-request-correction">
            {t('activities.editor.requestCorrection')}
          </Button>
        )}
        {editable && status === 'DRAFT' && !confirmDelete && (
          <Button
            variant="ghost"
            className="btn-danger-text"
            onClick={() => setConfirmDelete(true)}
            data-testid="activity-delete"
          >
            {t('activities.editor.delete')}
          </Button>
        )}
      </FormActions>
      {confirmDelete && (
        <Alert
          tone="error"
          testId="activity-delete-confirm"
          actions={
            <>
              <Button
                variant="danger"
                busy={ops.deleting.fetching}
                onClick={() => void deleteDraft()}
                data-testid="activity-delete-yes"
              >
                {t('activities.editor.deleteYes')}
              </Button>
              <Button onClick={() => setConfirmDelete(false)}>{t('activities.editor.cancel')}</Button>
            </>
          }
        >
          {t('activities.editor.deleteConfirm')}
        </Alert>
      )}
      {correcting && (
        <Section title={t('activities.editor.requestCorrection')} card testId="activity-correction-box">
          <TextAreaField
            label={t('activities.editor.correctionReason')}
            hint={t('activities.editor.correctionHint', { min: CORRECTION_REASON_MIN })}
            value={reason}
            onChange={setReason}
            rows={3}
            required
            error={
              reasonTried && reason.trim().length < CORRECTION_REASON_MIN
                ? t('activities.editor.correctionShort', { min: CORRECTION_REASON_MIN })
                : undefined
            }
            data-testid="activity-correction-text"
          />
          {ops.correcting.error && <Alert tone="error">{errorText(ops.correcting.error)}</Alert>}
          <FormActions align="start">
            <Button
              variant="primary"
              busy={ops.correcting.fetching}
              onClick={() => void sendBack()}
              data-testid="activity-correction-send"
            >
              {t('activities.editor.sendBack')}
            </Button>
            <Button onClick={() => setCorrecting(false)}>{t('activities.editor.cancel')}</Button>
          </FormActions>
        </Section>
      )}
      {ops.deleting.error && <Alert tone="error">{errorText(ops.deleting.error)}</Alert>}

      <Section title={t('activities.editor.history')} testId="activity-history">
        <ol className="al-history">
          {activity.history.map((h) => (
            <li key={h.id}>
              <span className="al-history__when">{formatMoment(h.at)}</span>{' '}
              <span>
                {t(`activities.editor.events.${h.action}`, { defaultValue: h.action })}
                {h.changedFields.length > 0 &&
                  ` (${h.changedFields.map((f) => t(`activities.fields.${f}`, { defaultValue: f })).join(', ')})`}
              </span>
              {h.reason && <span> — “{h.reason}”</span>}
              {h.actorName && <span className="muted"> — {h.actorName}</span>}
            </li>
          ))}
        </ol>
        {activity.submittedAt && (
          <p className="muted">{t('activities.editor.submittedOn', { when: formatMoment(activity.submittedAt) })}</p>
        )}
      </Section>
    </Page>
  );
}
