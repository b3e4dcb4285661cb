import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Dialog } from '../../../../components/dialog';
import { FormError } from '../../../../components/form-error';
import { Button, FormActions } from '../../../../components/ui';
import { LaunchCampaignDocument } from '../../graphql/campaigns.documents';
import { campaignErrorText, type CampaignData } from '../../utils/campaign-model';

/** Launch, confirmed: what gets locked and how many sheets are created; refused while something is missing. */
export function LaunchDialog({
  campaign,
  onClose,
  onLaunched,
}: {
  campaign: CampaignData;
  onClose: () => void;
  onLaunched: () => void;
}) {
  const { t } = useTranslation();
  const [{ fetching, error }, launch] = useMutation(LaunchCampaignDocument);
  const units = campaign.blocks.reduce((s, b) => s + b.units.length, 0);
  const problems = [
    ...campaign.indicatorIssues.map((i) => i.message),
    ...(campaign.periods.length === 0 ? [t('campaigns.launch.noPeriod')] : []),
    ...(units === 0 ? [t('campaigns.launch.noUnits')] : []),
  ];

  async function submit() {
    const result = await launch({ id: campaign.id });
    if (result.data) onLaunched();
  }

  return (
    <Dialog open title={t('campaigns.launch.title')} onClose={onClose} testId="launch-dialog">
      {problems.length > 0 ? (
        <div className="alert alert-error" data-testid="launch-problems">
          <strong>{t('campaigns.launch.refused')}</strong>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : (
        <LaunchSummary campaign={campaign} units={units} />
      )}
      <FormError message={campaignErrorText(t, error)} />
      <FormActions>
        <Button variant="ghost" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          variant="primary"
          disabled={fetching || problems.length > 0}
          onClick={() => void submit()}
          data-testid="launch-confirm"
        >
          {t('campaigns.launch.confirm')}
        </Button>
      </FormActions>
    </Dialog>
  );
}

function LaunchSummary({ campaign, units }: { campaign: CampaignData; units: number }) {
  const { t } = useTranslation();
  const leaves = campaign.indicators.filter((i) => i.kind !== 'GROUP').length;
  const sheets = units * campaign.periods.length;
  return (
    <>
      <p>{t('campaigns.launch.lead')}</p>
      <ul>
        <li>
          {t('campaigns.launch.locksIndicators', { count: campaign.indicators.length, total: campaign.totalPoints })}
        </li>
        <li>{t('campaigns.launch.locksPeriods', { count: campaign.periods.length })}</li>
        <li>{t('campaigns.launch.locksBlocks', { blocks: campaign.blocks.length, units })}</li>
        <li>
          <strong data-testid="launch-sheet-count">
            {t('campaigns.launch.sheets', {
              count: sheets,
              units,
              periods: campaign.periods.length,
              entries: sheets * leaves,
            })}
          </strong>
        </li>
      </ul>
    </>
  );
}
