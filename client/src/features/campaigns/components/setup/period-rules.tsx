import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useSession } from '../../../../lib/session';
import { FormError } from '../../../../components/form-error';
import { Button } from '../../../../components/ui';
import { UpdateCampaignPeriodDocument } from '../../graphql/setup.documents';
import { campaignErrorText, type CampaignData } from '../../utils/campaign-model';
import { LateRuleFields, lateRuleDraft, lateRuleInput } from './late-rule-fields';

type Period = CampaignData['periods'][number];

/** A period's late rule (none, points off per day up to a cap, not ranked) and reply window; until it is published. */
export function PeriodRules({ period, onSaved }: { period: Period; onSaved: () => void }) {
  const { t } = useTranslation();
  const isAdmin = useSession().user?.role === 'ADMIN';
  const [draft, setDraft] = useState(() => lateRuleDraft(period.lateRule, period.replyDays));
  const [saved, setSaved] = useState(false);
  const [{ fetching, error }, update] = useMutation(UpdateCampaignPeriodDocument);
  const locked = Boolean(period.publishedAt);

  async function save() {
    setSaved(false);
    const result = await update({ input: { id: period.id, ...lateRuleInput(draft, period.replyDays) } });
    if (result.data) {
      setSaved(true);
      onSaved();
    }
  }

  if (!isAdmin) return null;
  return (
    <div className="cmp-block-settings" data-testid={`period-rules-${period.id}`}>
      <LateRuleFields value={draft} onChange={setDraft} disabled={locked} idPrefix={`period-${period.id}`} />
      {!locked && (
        <Button size="small" variant="secondary" disabled={fetching} onClick={() => void save()}>
          {t('campaigns.setup.savePeriod')}
        </Button>
      )}
      {saved && <span className="muted">{t('campaigns.setup.periodSaved')}</span>}
      <FormError message={campaignErrorText(t, error)} />
    </div>
  );
}
