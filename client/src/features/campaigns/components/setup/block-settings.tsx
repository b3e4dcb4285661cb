import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useSession } from '../../../../lib/session';
import { FormError } from '../../../../components/form-error';
import { Button } from '../../../../components/ui';
import { UpdateCampaignBlockDocument } from '../../graphql/setup.documents';
import { campaignErrorText, type CampaignData } from '../../utils/campaign-model';

type Block = CampaignData['blocks'][number];

/** A block's criteria set (while a draft) and its leader (khối trưởng, who does the first-round review). */
export function BlockSettings({
  campaign,
  block,
  onSaved,
}: {
  campaign: CampaignData;
  block: Block;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const isAdmin = useSession().user?.role === 'ADMIN';
  const [setId, setSetId] = useState(block.criteriaSetId);
  const [leader, setLeader] = useState(block.leaderUnit?.id ?? '');
  const [{ fetching, error }, update] = useMutation(UpdateCampaignBlockDocument);
  const draft = campaign.status === 'DRAFT';
  const locked = campaign.periods.some((p) => p.publishedAt);
  const dirty = setId !== block.criteriaSetId || leader !== (block.leaderUnit?.id ?? '');

  async function save() {
    const result = await update({
      input: {
        id: block.id,
        ...(setId !== block.criteriaSetId ? { criteriaSetId: setId } : {}),
        ...(leader !== (block.leaderUnit?.id ?? '') ? { leaderUnitId: leader || null } : {}),
      },
    });
    if (result.data) onSaved();
  }

  if (!isAdmin) return null;
  return (
    <div className="cmp-block-settings" data-testid={`block-settings-${block.id}`}>
      <label>
        <span>{t('campaigns.setup.blockSet')}</span>
        <select value={setId} disabled={!draft} onChange={(e) => setSetId(e.target.value)}>
          {campaign.criteriaSets.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('campaigns.setup.leader')}</span>
        <select value={leader} disabled={locked} onChange={(e) => setLeader(e.target.value)}>
          <option value="">{t('campaigns.setup.noLeader')}</option>
          {block.units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      {(draft || !locked) && (
        <Button size="small" variant="secondary" disabled={!dirty || fetching} onClick={() => void save()}>
          {t('campaigns.setup.saveBlock')}
        </Button>
      )}
      <FormError message={campaignErrorText(t, error)} />
    </div>
  );
}
