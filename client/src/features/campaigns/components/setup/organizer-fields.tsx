import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../../components/form-error';
import { Button } from '../../../../components/ui';
import { UpdateCampaignDocument } from '../../graphql/campaigns.documents';
import { campaignErrorText, type CampaignData } from '../../utils/campaign-model';

/**
 * The organiser (e.g. Phòng Văn hóa - Xã hội, which compiles the results), one of the
 * member units, and whether it is ranked in its own block (by default shown, not ranked).
 */
export function OrganizerFields({ campaign, onSaved }: { campaign: CampaignData; onSaved: () => void }) {
  const { t } = useTranslation();
  const [unitId, setUnitId] = useState(campaign.organizerUnit?.id ?? '');
  const [ranked, setRanked] = useState(campaign.rankOrganizer);
  const [saved, setSaved] = useState(false);
  const [{ fetching, error }, update] = useMutation(UpdateCampaignDocument);
  const units = campaign.blocks.flatMap((b) => b.units);
  const locked = campaign.periods.some((p) => p.publishedAt);

  async function save() {
    setSaved(false);
    const result = await update({ input: { id: campaign.id, organizerUnitId: unitId || null, rankOrganizer: ranked } });
    if (result.data) {
      setSaved(true);
      onSaved();
    }
  }

  return (
    <div className="cmp-block-settings" data-testid="organizer-fields">
      <label>
        <span>{t('campaigns.setup.organizer')}</span>
        <select value={unitId} disabled={locked} onChange={(e) => setUnitId(e.target.value)}>
          <option value="">{t('campaigns.setup.organizerNone')}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <label className="cmp-check">
        <input type="checkbox" checked={ranked} disabled={locked} onChange={(e) => setRanked(e.target.checked)} />
        {t('campaigns.setup.rankOrganizer')}
      </label>
      {!locked && (
        <Button size="small" variant="secondary" disabled={fetching} onClick={() => void save()}>
          {t('campaigns.setup.saveOrganizer')}
        </Button>
      )}
      {saved && <span className="muted">{t('campaigns.setup.organizerSaved')}</span>}
      <FormError message={campaignErrorText(t, error)} />
    </div>
  );
}
