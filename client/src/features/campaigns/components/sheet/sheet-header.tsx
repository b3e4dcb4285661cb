import { useTranslation } from 'react-i18next';
import type { CampaignData, SheetData } from '../../utils/campaign-model';
import { OfficerStatusBadge } from './officer-status-badge';
import { SheetDeadlineInfo } from './sheet-deadline-info';

interface SheetHeaderProps {
  campaign: CampaignData;
  sheet: SheetData;
  period: CampaignData['periods'][number] | undefined;
  editable: boolean;
  /** A reviewer fills the sheet in for its unit (nhập thay). */
  onBehalf: boolean;
  justSubmitted: boolean;
}

/** Whose sheet, for which period, its own status, until when; why it cannot be edited, or why it came back. */
export function SheetHeader({ campaign, sheet, period, editable, onBehalf, justSubmitted }: SheetHeaderProps) {
  const { t } = useTranslation();
  const open = sheet.status === 'DRAFT' || sheet.status === 'RETURNED';
  return (
    <>
      <header className="sheet__head">
        <p className="sheet__campaign">{campaign.title}</p>
        <h1 className="sheet__unit">{sheet.unit.name}</h1>
        <p className="sheet__meta">
          <OfficerStatusBadge status={sheet.officerStatus} mark={sheet.mark} /> {period?.name}
        </p>
      </header>

      {onBehalf && (
        <div className="alert alert-info sheet-alert" data-testid="sheet-on-behalf-mode">
          {t('campaigns.sheet.onBehalfMode', { unit: sheet.unit.name })}
        </div>
      )}
      <SheetDeadlineInfo sheet={sheet} />

      {justSubmitted && (
        <div className="alert alert-success sheet-alert" role="status" data-testid="sheet-submitted">
          {t('campaigns.sheet.submitted')}
        </div>
      )}
      {!editable && !justSubmitted && !open && (
        <div className="alert alert-info sheet-alert">{t(`campaigns.sheet.readOnly.${sheet.status}`)}</div>
      )}
      {sheet.status === 'RETURNED' && (
        <div className="alert alert-error sheet-alert" data-testid="sheet-returned">
          <strong>{t('campaigns.sheet.returnedTitle')}</strong>
          <p className="sheet-alert__reason">{sheet.returnReason}</p>
          <p>{t('campaigns.sheet.returnedHelp')}</p>
        </div>
      )}
    </>
  );
}
