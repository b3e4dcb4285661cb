import type { CampaignData } from '../../utils/campaign-model';

/** What every setup section gets: the campaign, and a reload for after it saves. */
export interface SetupSectionProps {
  campaign: CampaignData;
  onSaved: () => void;
}
