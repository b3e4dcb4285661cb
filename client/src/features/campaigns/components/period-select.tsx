import { useTranslation } from 'react-i18next';
import type { CampaignData } from '../utils/campaign-model';

export function PeriodSelect({
  campaign,
  value,
  onChange,
}: {
  campaign: CampaignData;
  value: string;
  onChange: (periodId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor="period-select">{t('campaigns.period')}</label>
      <select id="period-select" value={value} onChange={(e) => onChange(e.target.value)} data-testid="period-select">
        {[...campaign.periods]
          .sort((a, b) => a.position - b.position)
          .map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
              {p.publishedAt ? ` · ${t('campaigns.periods.published')}` : ''}
            </option>
          ))}
      </select>
    </div>
  );
}
