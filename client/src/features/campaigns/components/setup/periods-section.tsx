import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../../components/form-error';
import {
  Button,
  DateField,
  DateTimeField,
  EmptyState,
  FormActions,
  SelectField,
  TextField,
} from '../../../../components/ui';
import type { PeriodKind } from '../../../../generated/graphql';
import { AddCampaignPeriodDocument } from '../../graphql/campaigns.documents';
import { campaignErrorText } from '../../utils/campaign-model';
import { LateRuleFields, lateRuleDraft, lateRuleInput } from './late-rule-fields';
import { PeriodRules } from './period-rules';
import type { SetupSectionProps } from './setup-section-props';
import { formatDate, formatDateTime } from '../../../../lib/format';

/** The campaign's periods (interim, final), each with its submission deadline; added while a draft. */
export function PeriodsSection({ campaign, onSaved }: SetupSectionProps) {
  const { t } = useTranslation();
  return (
    <section className="card cmp-section" aria-labelledby="periods-title">
      <h2 id="periods-title">{t('campaigns.periods.title')}</h2>
      {campaign.periods.length === 0 ? (
        <EmptyState>{t('campaigns.periods.empty')}</EmptyState>
      ) : (
        <ul className="cmp-plain-list">
          {campaign.periods.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong> · {t(`campaigns.periodKind.${p.kind}`)} · {formatDate(p.startsOn)} →{' '}
              {formatDate(p.endsOn)} · {t('campaigns.periods.deadline', { date: formatDateTime(p.submissionDeadline) })}
              {p.publishedAt && (
                <span className="badge cmp-status cmp-status--published">{t('campaigns.periods.published')}</span>
              )}
              <PeriodRules
                key={`${p.lateRule.kind}-${p.lateRule.pointsPerDay}-${p.lateRule.maxPoints}-${p.replyDays}`}
                period={p}
                onSaved={onSaved}
              />
            </li>
          ))}
        </ul>
      )}
      {campaign.status === 'DRAFT' && <AddPeriodForm campaignId={campaign.id} onSaved={onSaved} />}
    </section>
  );
}

/** A new period's rules until changed: the server's defaults (no late rule, a 3-day reply window). */
const NO_LATE_RULE = { kind: 'NONE', pointsPerDay: null, maxPoints: null } as const;
const DEFAULT_REPLY_DAYS = 3;

function AddPeriodForm({ campaignId, onSaved }: { campaignId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const [{ fetching, error }, add] = useMutation(AddCampaignPeriodDocument);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<PeriodKind>('INTERIM');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [deadline, setDeadline] = useState('');
  const [rules, setRules] = useState(() => lateRuleDraft(NO_LATE_RULE, DEFAULT_REPLY_DAYS));
  const [missing, setMissing] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim() || !startsOn || !endsOn || !deadline) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const result = await add({
      input: {
        campaignId,
        name: name.trim(),
        kind,
        startsOn,
        endsOn,
        submissionDeadline: deadline,
        ...lateRuleInput(rules, DEFAULT_REPLY_DAYS),
      },
    });
    if (result.data) {
      setName('');
      setRules(lateRuleDraft(NO_LATE_RULE, DEFAULT_REPLY_DAYS));
      onSaved();
    }
  }

  return (
    <form className="form cmp-inline-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="form-grid">
        <TextField
          id="period-name"
          label={t('campaigns.periods.name')}
          placeholder={t('campaigns.periods.namePlaceholder')}
          value={name}
          onChange={setName}
        />
        <SelectField
          id="period-kind"
          label={t('campaigns.periods.kind')}
          value={kind}
          onChange={setKind}
          options={(['INTERIM', 'FINAL'] as const).map((v) => ({ value: v, label: t(`campaigns.periodKind.${v}`) }))}
        />
        <DateField id="period-start" label={t('campaigns.periods.startsOn')} value={startsOn} onChange={setStartsOn} />
        <DateField id="period-end" label={t('campaigns.periods.endsOn')} value={endsOn} onChange={setEndsOn} />
        <DateTimeField
          id="period-deadline"
          label={t('campaigns.periods.deadlineLabel')}
          value={deadline}
          onChange={setDeadline}
        />
      </div>
      <div className="cmp-block-settings" data-testid="period-add-rules">
        <LateRuleFields value={rules} onChange={setRules} idPrefix="period-add" />
      </div>
      <FormError message={missing ? t('campaigns.form.missing') : campaignErrorText(t, error)} />
      <FormActions align="start">
        <Button type="submit" disabled={fetching}>
          + {t('campaigns.periods.add')}
        </Button>
      </FormActions>
    </form>
  );
}
