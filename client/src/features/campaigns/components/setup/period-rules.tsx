import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useSession } from '../../../../lib/session';
import { FormError } from '../../../../components/form-error';
import { Button } from '../../../../components/ui';
import type { LateRuleKind } from '../../../../generated/graphql';
import { UpdateCampaignPeriodDocument } from '../../graphql/setup.documents';
import { campaignErrorText, type CampaignData, parseNumber } from '../../utils/campaign-model';

type Period = CampaignData['periods'][number];
const text = (n: number | null) => (n === null ? '' : String(n));

/** A period's late rule (none, points off per day up to a cap, not ranked) and reply window; until it is published. */
export function PeriodRules({ period, onSaved }: { period: Period; onSaved: () => void }) {
  const { t } = useTranslation();
  const isAdmin = useSession().user?.role === 'ADMIN';
  const [kind, setKind] = useState<LateRuleKind>(period.lateRule.kind);
  const [perDay, setPerDay] = useState(text(period.lateRule.pointsPerDay));
  const [max, setMax] = useState(text(period.lateRule.maxPoints));
  const [replyDays, setReplyDays] = useState(String(period.replyDays));
  const [saved, setSaved] = useState(false);
  const [{ fetching, error }, update] = useMutation(UpdateCampaignPeriodDocument);
  const locked = Boolean(period.publishedAt);

  async function save() {
    setSaved(false);
    const result = await update({
      input: {
        id: period.id,
        lateRule: {
          kind,
          pointsPerDay: kind === 'POINTS_PER_DAY' ? parseNumber(perDay) : null,
          maxPoints: kind === 'POINTS_PER_DAY' ? parseNumber(max) : null,
        },
        replyDays: Math.round(parseNumber(replyDays) ?? period.replyDays),
      },
    });
    if (result.data) {
      setSaved(true);
      onSaved();
    }
  }

  if (!isAdmin) return null;
  return (
    <div className="cmp-block-settings" data-testid={`period-rules-${period.id}`}>
      <label>
        <span>{t('campaigns.setup.lateRule')}</span>
        <select value={kind} disabled={locked} onChange={(e) => setKind(e.target.value as LateRuleKind)}>
          {(['NONE', 'POINTS_PER_DAY', 'NOT_RANKED'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`campaigns.setup.lateRuleOf.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {kind === 'POINTS_PER_DAY' && (
        <>
          <label className="cmp-tree__num">
            <span>{t('campaigns.setup.pointsPerDay')}</span>
            <input inputMode="decimal" disabled={locked} value={perDay} onChange={(e) => setPerDay(e.target.value)} />
          </label>
          <label className="cmp-tree__num">
            <span>{t('campaigns.setup.lateMax')}</span>
            <input inputMode="decimal" disabled={locked} value={max} onChange={(e) => setMax(e.target.value)} />
          </label>
        </>
      )}
      <label className="cmp-tree__num">
        <span>{t('campaigns.setup.replyDays')}</span>
        <input inputMode="numeric" disabled={locked} value={replyDays} onChange={(e) => setReplyDays(e.target.value)} />
      </label>
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
