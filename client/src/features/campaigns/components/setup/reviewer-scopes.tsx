import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../../../../lib/session';
import { FormError } from '../../../../components/form-error';
import { CampaignReviewerScopesDocument, SetReviewerBlocksDocument } from '../../graphql/setup.documents';
import { campaignErrorText, type CampaignData } from '../../utils/campaign-model';

/** Which blocks each ward reviewer reviews in this campaign (none ticked: every block); saved on each tick. */
export function ReviewerScopes({ campaign }: { campaign: CampaignData }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [result, reload] = useQuery({
    query: CampaignReviewerScopesDocument,
    variables: { campaignId: campaign.id },
    pause: user?.role !== 'ADMIN',
  });
  const [{ error }, setBlocks] = useMutation(SetReviewerBlocksDocument);
  const scopes = result.data?.campaignReviewerScopes ?? [];
  if (campaign.blocks.length === 0 || user?.role !== 'ADMIN') return null;

  async function toggle(userId: string, current: readonly string[], blockId: string, on: boolean) {
    const blockIds = on ? [...current, blockId] : current.filter((id) => id !== blockId);
    const saved = await setBlocks({ input: { campaignId: campaign.id, userId, blockIds } });
    if (saved.data) reload({ requestPolicy: 'network-only' });
  }

  return (
    <div className="cmp-reviewers" data-testid="reviewer-scopes">
      <h3>{t('campaigns.setup.reviewers')}</h3>
      <p className="muted">{t('campaigns.setup.reviewersLead')}</p>
      {scopes.length === 0 && result.data && <p className="muted">{t('campaigns.setup.reviewersEmpty')}</p>}
      <ul className="cmp-plain-list">
        {scopes.map((s) => (
          <li key={s.userId}>
            <strong>{s.displayName}</strong>{' '}
            <span className="muted">
              ({s.blockIds.length === 0 ? t('campaigns.setup.reviewerAll') : s.blockIds.length})
            </span>
            <div>
              {campaign.blocks.map((b) => (
                <label key={b.id} className="cmp-check">
                  <input
                    type="checkbox"
                    checked={s.blockIds.includes(b.id)}
                    onChange={(e) => void toggle(s.userId, s.blockIds, b.id, e.target.checked)}
                  />
                  {b.name}
                </label>
              ))}
            </div>
          </li>
        ))}
      </ul>
      <FormError message={campaignErrorText(t, result.error ?? error)} />
    </div>
  );
}
