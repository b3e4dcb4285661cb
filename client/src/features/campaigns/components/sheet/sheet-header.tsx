import { useTranslation } from 'react-i18next';
import type { CampaignData, SheetData } from '../../utils/campaign-model';
import { SheetStatusBadge } from '../campaign-header';

interface SheetHeaderProps {
  campaign: CampaignData;
  sheet: SheetData;
  period: CampaignData['periods'][number] | undefined;
  editable: boolean;
  /** The sheet could be edited but for the deadline. */
  deadlinePassed: boolean;
  justSubmitted: boolean;
}

/** Whose sheet, for which period, until when; and why it cannot be edited, or why it came back. */
export function SheetHeader({ campaign, sheet, period, editable, deadlinePassed, justSubmitted }: SheetHeaderProps) {
  const { t, i18n } = useTranslation();
  const deadline = period
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(period.submissionDeadline),
      )
    : '';
  return (
    <>
      <header className="sheet__head">
        <p className="sheet__campaign">{campaign.title}</p>
        <h1 className="sheet__unit">{sheet.unit.name}</h1>
        <p className="sheet__meta">
          <SheetStatusBadge status={sheet.status} /> {period?.name}
        </p>
        {editable && <p className="sheet__deadline">{t('campaigns.sheet.deadline', { date: deadline })}</p>}
      </header>

      {justSubmitted && (
        <div className="alert alert-success sheet-alert" role="status" data-testid="sheet-submitted">
          {t('campaigns.sheet.submitted')}
        </div>
      )}
      {!editable && !justSubmitted && (
        <div className="alert alert-info sheet-alert">
          {deadlinePassed ? t('campaigns.sheet.deadlinePassed') : t(`campaigns.sheet.readOnly.${sheet.status}`)}
        </div>
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
