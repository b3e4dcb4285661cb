import { Role, type ActivityPlanStatus } from '@thidua/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  DateField,
  EmptyState,
  ErrorState,
  FormActions,
  LoadingState,
  Page,
  SelectField,
  TextField,
} from '../../../../components/ui';
import { errorInfo } from '../../../../lib/graphql-errors';
import { useSession } from '../../../../lib/session';
import { useActivityPlans } from '../../hooks/log-hooks';
import { formatDay } from '../../utils/report-form';
import '../log/activity-log.css';

interface PlanDraft {
  id: string | null;
  title: string;
  documentNumber: string;
  issuedOn: string;
  startsOn: string;
  endsOn: string;
  status: ActivityPlanStatus;
}

type PlanField = 'title' | 'documentNumber' | 'issuedOn' | 'startsOn' | 'endsOn';

const EMPTY: PlanDraft = {
  id: null,
  title: '',
  documentNumber: '',
  issuedOn: '',
  startsOn: '',
  endsOn: '',
  status: 'OPEN',
};

/** `/activities/plans`: the ward's propagation plans (ADMIN creates and edits, others read). */
export function PlansPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const admin = user?.role === Role.ADMIN;
  const { plans, fetching, error, refresh, saving, save } = useActivityPlans();
  const [draft, setDraft] = useState<PlanDraft | null>(null);
  const [tried, setTried] = useState(false);
  const [serverField, setServerField] = useState<{ field: string; text: string } | null>(null);

  const problems: Partial<Record<PlanField, string>> = {};
  if (draft) {
    if (!draft.title.trim()) problems.title = t('activities.plans.required');
    if (!draft.startsOn) problems.startsOn = t('activities.plans.required');
    if (!draft.endsOn) problems.endsOn = t('activities.plans.required');
    else if (draft.startsOn && draft.endsOn < draft.startsOn) problems.endsOn = t('activities.plans.endBeforeStart');
  }
  const errorOf = (field: PlanField) =>
    serverField?.field === field ? serverField.text : tried ? problems[field] : undefined;
  const set = (field: keyof PlanDraft) => (value: string) => {
    setServerField(null);
    setDraft((d) => (d ? { ...d, [field]: value } : d));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    setTried(true);
    if (Object.keys(problems).length > 0) return;
    const result = await save({
      input: {
        id: draft.id,
        title: draft.title.trim(),
        documentNumber: draft.documentNumber.trim(),
        issuedOn: draft.issuedOn || null,
        startsOn: draft.startsOn,
        endsOn: draft.endsOn,
        status: draft.status,
      },
    });
    if (result.error) {
      const info = errorInfo(result.error);
      const field = typeof info?.details?.field === 'string' ? info.details.field : 'general';
      setServerField({ field, text: t(`errors.${info?.reason ?? 'PLAN_INVALID'}`, { defaultValue: info?.message }) });
      return;
    }
    setDraft(null);
    setTried(false);
    refresh();
  };

  const editor = draft && (
    <form className="al-form card" onSubmit={(e) => void submit(e)} noValidate data-testid="plan-form">
      <h2>{t(draft.id ? 'activities.plans.editTitle' : 'activities.plans.newTitle')}</h2>
      <TextField
        label={t('activities.plans.fields.title')}
        value={draft.title}
        onChange={set('title')}
        required
        maxLength={300}
        error={errorOf('title')}
        data-testid="plan-title"
      />
      <TextField
        label={t('activities.plans.fields.documentNumber')}
        hint={t('activities.plans.hints.documentNumber')}
        value={draft.documentNumber}
        onChange={set('documentNumber')}
        maxLength={60}
        error={errorOf('documentNumber')}
        data-testid="plan-document"
      />
      <DateField
        label={t('activities.plans.fields.issuedOn')}
        value={draft.issuedOn}
        onChange={set('issuedOn')}
        error={errorOf('issuedOn')}
        data-testid="plan-issued"
      />
      <DateField
        label={t('activities.plans.fields.startsOn')}
        value={draft.startsOn}
        onChange={set('startsOn')}
        required
        error={errorOf('startsOn')}
        data-testid="plan-starts"
      />
      <DateField
        label={t('activities.plans.fields.endsOn')}
        value={draft.endsOn}
        onChange={set('endsOn')}
        required
        min={draft.startsOn || undefined}
        error={errorOf('endsOn')}
        data-testid="plan-ends"
      />
      <SelectField<ActivityPlanStatus>
        label={t('activities.plans.fields.status')}
        value={draft.status}
        onChange={(v) => setDraft((d) => (d ? { ...d, status: v } : d))}
        options={(['OPEN', 'CLOSED'] as const).map((s) => ({ value: s, label: t(`activities.plans.status.${s}`) }))}
        data-testid="plan-status"
      />
      {serverField?.field === 'general' && <Alert tone="error">{serverField.text}</Alert>}
      <FormActions>
        <Button type="submit" variant="primary" busy={saving.fetching} data-testid="plan-save">
          {t('activities.plans.save')}
        </Button>
        <Button
          onClick={() => {
            setDraft(null);
            setTried(false);
          }}
        >
          {t('activities.plans.cancel')}
        </Button>
      </FormActions>
    </form>
  );

  return (
    <Page
      testId="activity-plans-page"
      title={t('activities.plans.title')}
      lead={t('activities.plans.lead')}
      actions={
        admin &&
        !draft && (
          <Button variant="primary" onClick={() => setDraft(EMPTY)} data-testid="plan-new">
            {t('activities.plans.new')}
          </Button>
        )
      }
    >
      {draft && !draft.id && editor}
      {fetching && plans.length === 0 ? (
        <LoadingState />
      ) : error ? (
        <ErrorState error={error} onRetry={refresh} />
      ) : plans.length === 0 ? (
        <EmptyState testId="plans-empty">{t('activities.plans.empty')}</EmptyState>
      ) : (
        <ul className="al-cards" data-testid="plans-list">
          {plans.map((p) =>
            draft?.id === p.id ? (
              <li key={p.id}>{editor}</li>
            ) : (
              <li key={p.id} className="al-plan card" data-testid={`plan-${p.id}`}>
                <span className="al-card__top">
                  <strong>{p.documentNumber || t('activities.plans.noNumber')}</strong>
                  <span className={`al-status al-status--${p.status === 'OPEN' ? 'submitted' : 'draft'}`}>
                    {t(`activities.plans.status.${p.status}`)}
                  </span>
                </span>
                <span>{p.title}</span>
                <span className="al-card__meta">
                  {t('activities.plans.period', { from: formatDay(p.startsOn), to: formatDay(p.endsOn) })}
                  {p.issuedOn && ` · ${t('activities.plans.issued', { day: formatDay(p.issuedOn) })}`}
                </span>
                {admin && !draft && (
                  <FormActions align="start">
                    <Button
                      size="small"
                      onClick={() =>
                        setDraft({
                          id: p.id,
                          title: p.title,
                          documentNumber: p.documentNumber,
                          issuedOn: p.issuedOn ?? '',
                          startsOn: p.startsOn,
                          endsOn: p.endsOn,
                          status: p.status,
                        })
                      }
                      data-testid={`plan-edit-${p.id}`}
                    >
                      {t('activities.plans.edit')}
                    </Button>
                  </FormActions>
                )}
              </li>
            ),
          )}
        </ul>
      )}
    </Page>
  );
}
