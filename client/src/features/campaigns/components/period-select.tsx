import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/ui';
import type { CampaignData } from '../utils/campaign-model';

/** Which period of the campaign a page shows; published ones say so. */
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
    <SelectField
      id="period-select"
      data-testid="period-select"
      label={t('campaigns.period')}
      value={value}
      onChange={onChange}
      options={[...campaign.periods]
        .sort((a, b) => a.position - b.position)
        .map((p) => ({
          value: p.id,
          label: `${p.name}${p.publishedAt ? ` · ${t('campaigns.periods.published')}` : ''}`,
        }))}
    />
  );
}
