import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Dialog } from '../../../../components/dialog';
import { FormError } from '../../../../components/form-error';
import { Button, EmptyState, FormActions } from '../../../../components/ui';
import { SetIndicatorTargetsDocument } from '../../graphql/campaigns.documents';
import { campaignErrorText, type CampaignData, parseNumber } from '../../utils/campaign-model';

/**
 * Per-unit targets of a TARGET indicator (a 40-household TDP and a 400-household one
 * do not get the same target). Saving replaces the indicator's unit targets; an empty
 * box means the indicator's default target.
 */
export function TargetsDialog({
  campaign,
  indicatorId,
  onClose,
  onSaved,
}: {
  campaign: CampaignData;
  indicatorId: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const indicator = campaign.indicators.find((i) => i.id === indicatorId);
  const units = campaign.blocks.flatMap((b) => b.units);
  const [values, setValues] = useState<Record<string, string>>({});
  const [{ fetching, error }, save] = useMutation(SetIndicatorTargetsDocument);
  const [bad, setBad] = useState(false);

  async function submit() {
    const targets = Object.entries(values)
      .map(([unitId, text]) => ({ unitId, target: parseNumber(text) }))
      .filter((x) => x.target !== null);
    if (targets.some((x) => !(x.target! > 0))) {
      setBad(true);
      return;
    }
    const result = await save({
      input: { indicatorId, targets: targets.map((x) => ({ unitId: x.unitId, target: x.target! })) },
    });
    if (result.data) onSaved();
  }

  return (
    <Dialog open title={t('campaigns.targets.title', { code: indicator?.code ?? '' })} onClose={onClose}>
      <p className="muted">{t('campaigns.targets.lead', { target: indicator?.target ?? '—' })}</p>
      <FormError message={bad ? t('campaigns.targets.bad') : campaignErrorText(t, error)} />
      {units.length === 0 && <EmptyState>{t('campaigns.targets.noUnits')}</EmptyState>}
      <div className="cmp-targets">
        {units.map((u) => (
          <label key={u.id} className="cmp-targets__row">
            <span>
              {u.name} <code>{u.code}</code>
            </span>
            <input
              inputMode="decimal"
              placeholder={String(indicator?.target ?? '')}
              value={values[u.id] ?? ''}
              onChange={(e) => setValues((v) => ({ ...v, [u.id]: e.target.value }))}
            />
          </label>
        ))}
      </div>
      <FormActions>
        <Button variant="ghost" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button variant="primary" disabled={fetching} onClick={() => void submit()}>
          {fetching ? t('common.saving') : t('campaigns.targets.save')}
        </Button>
      </FormActions>
    </Dialog>
  );
}
