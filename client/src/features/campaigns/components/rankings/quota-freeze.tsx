import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Dialog } from '../../../../components/dialog';
import { FormError } from '../../../../components/form-error';
import { Button, FormActions } from '../../../../components/ui';
import type { CampaignRankingQuery } from '../../../../generated/graphql';
import { FreezeQuotaBasesDocument } from '../../graphql/rankings.documents';
import { campaignErrorText } from '../../utils/campaign-model';
import { formatDateTime } from '../../../../lib/format';

type Ranking = CampaignRankingQuery['campaignRanking'];

/**
 * Chốt cơ sở tính hạn mức: the admin freezes the period's quota bases so they stop
 * moving as sheets get approved; once frozen, when and each block's bases. The button
 * is offered to admins only and stays disabled once frozen or published.
 */
export function QuotaFreeze({
  ranking,
  published,
  isAdmin,
}: {
  ranking: Ranking;
  published: boolean;
  isAdmin: boolean;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [{ fetching, error }, freeze] = useMutation(FreezeQuotaBasesDocument);
  const frozenAt = ranking.quotaFrozenAt;
  const withQuotas = ranking.blocks.filter((b) => b.quotas.length > 0);
  // Nothing to freeze (no title has a quota) or nothing to tell a reviewer yet.
  if (!frozenAt && (!isAdmin || withQuotas.length === 0)) return null;

  async function confirm() {
    const result = await freeze({ periodId: ranking.periodId });
    if (result.data) setConfirming(false);
  }

  return (
    <div className="cmp-rule" data-testid="quota-freeze">
      {frozenAt ? (
        <>
          <p data-testid="quota-frozen-at">
            <strong>
              {t('campaigns.rankings.freeze.frozenAt', {
                date: formatDateTime(frozenAt),
              })}
            </strong>
          </p>
          {withQuotas.length > 0 && (
            <ul className="cmp-plain-list" data-testid="quota-frozen-bases">
              {withQuotas.map((b) => (
                <li key={b.blockId}>
                  {b.name}:{' '}
                  {b.quotas
                    .map((q) =>
                      t('campaigns.rankings.freeze.base', { title: q.titleName, base: q.base, limit: q.limit }),
                    )
                    .join('; ')}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p className="muted">{t('campaigns.rankings.freeze.live')}</p>
      )}
      {isAdmin && (
        <Button
          data-testid="quota-freeze-button"
          disabled={Boolean(frozenAt) || published}
          title={published && !frozenAt ? t('campaigns.rankings.freeze.publishedHint') : undefined}
          onClick={() => setConfirming(true)}
        >
          {t('campaigns.rankings.freeze.button')}
        </Button>
      )}
      {confirming && (
        <Dialog
          open
          title={t('campaigns.rankings.freeze.button')}
          onClose={() => setConfirming(false)}
          testId="quota-freeze-dialog"
        >
          <p>{t('campaigns.rankings.freeze.explain')}</p>
          {/* The server freezes the reviewed ranking's bases: list them only when that is the view shown. */}
          {ranking.view === 'REVIEWED' && withQuotas.length > 0 && (
            <ul>
              {withQuotas.map((b) => (
                <li key={b.blockId}>
                  {b.name}:{' '}
                  {b.quotas
                    .map((q) =>
                      t('campaigns.rankings.freeze.base', { title: q.titleName, base: q.base, limit: q.limit }),
                    )
                    .join('; ')}
                </li>
              ))}
            </ul>
          )}
          <p className="muted">{t('campaigns.rankings.freeze.once')}</p>
          <FormError message={campaignErrorText(t, error)} />
          <FormActions>
            <Button variant="ghost" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              variant="primary"
              disabled={fetching}
              data-testid="quota-freeze-confirm"
              onClick={() => void confirm()}
            >
              {t('campaigns.rankings.freeze.confirm')}
            </Button>
          </FormActions>
        </Dialog>
      )}
    </div>
  );
}
