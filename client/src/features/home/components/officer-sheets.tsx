import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { HomeCampaignsQuery, HomeSheetsQuery } from '../../../generated/graphql';
import { HomeCampaignsDocument, HomeSheetsDocument } from '../graphql/home.documents';
import { countdown } from '../utils/countdown';
import '../home.css';
import { formatDateTime } from '../../../lib/format';

type CampaignItem = HomeCampaignsQuery['campaigns'][number];
type SheetItem = HomeSheetsQuery['scoreSheets'][number];

/** Campaigns whose sheets an officer still sees on home: running or with results. */
const SHOWN = new Set(['LAUNCHED', 'IN_REVIEW', 'PUBLISHED']);
/** Statuses that still wait for the unit: they get a countdown to the last moment it may edit. */
const OPEN = new Set(['DRAFT_OPEN', 'RETURNED_NEEDS_FIX']);

/** The clock, ticking every minute, for countdowns. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** A unit officer's sheets on home, each with its own status (returned, overdue, in review, approved, marked). */
export function OfficerSheets() {
  const { t } = useTranslation();
  const [campaigns] = useQuery({ query: HomeCampaignsDocument, requestPolicy: 'cache-and-network' });
  const shown = (campaigns.data?.campaigns ?? []).filter((c) => SHOWN.has(c.status));
  if (campaigns.error) return <p className="field__error">{t('homeSheets.loadFailed')}</p>;
  if (!campaigns.data) return null;
  return (
    <section className="home-sheets" aria-labelledby="home-sheets-title" data-testid="home-sheets">
      <h2 id="home-sheets-title">{t('homeSheets.title')}</h2>
      {shown.length === 0 ? (
        <p className="muted">{t('homeSheets.none')}</p>
      ) : (
        <ul className="home-sheets__list">
          {shown.map((c) => (
            <CampaignSheets key={c.id} campaign={c} />
          ))}
        </ul>
      )}
    </section>
  );
}

function CampaignSheets({ campaign }: { campaign: CampaignItem }) {
  const [sheets] = useQuery({
    query: HomeSheetsDocument,
    variables: { campaignId: campaign.id },
    requestPolicy: 'cache-and-network',
  });
  const periods = [...campaign.periods].sort((a, b) => a.position - b.position);
  const rows = [...(sheets.data?.scoreSheets ?? [])].sort(
    (a, b) => periods.findIndex((p) => p.id === a.periodId) - periods.findIndex((p) => p.id === b.periodId),
  );
  return (
    <>
      {rows.map((sheet) => (
        <SheetRow
          key={sheet.id}
          sheet={sheet}
          campaignTitle={campaign.title}
          periodName={periods.find((p) => p.id === sheet.periodId)?.name ?? ''}
        />
      ))}
    </>
  );
}

function SheetRow({
  sheet,
  campaignTitle,
  periodName,
}: {
  sheet: SheetItem;
  campaignTitle: string;
  periodName: string;
}) {
  const { t } = useTranslation();
  const now = useNow();
  const when = (iso: string) => formatDateTime(iso);
  const status = sheet.officerStatus;
  const left = countdown(sheet.editableUntil, now);
  const duration =
    left.days > 0
      ? t('homeSheets.durationDays', { days: left.days, hours: left.hours })
      : t('homeSheets.durationHours', { hours: left.hours, minutes: left.minutes });
  const statusText =
    status === 'MARKED' && sheet.mark ? t(`homeSheets.mark.${sheet.mark}`) : t(`homeSheets.status.${status}`);
  return (
    <li className={`home-sheet home-sheet--${status.toLowerCase()}`} data-testid={`home-sheet-${sheet.id}`}>
      <div className="home-sheet__head">
        <span className="home-sheet__title">
          {campaignTitle}
          {periodName && <span className="muted"> — {periodName}</span>}
        </span>
        <span className={`badge home-sheet__status`} data-testid="home-sheet-status">
          {statusText}
        </span>
      </div>
      {status === 'RETURNED_NEEDS_FIX' && sheet.returnReason && (
        <p className="home-sheet__reason">
          {t('homeSheets.reason')}: {sheet.returnReason}
        </p>
      )}
      {status === 'RETURNED_NEEDS_FIX' && sheet.replyDueAt && (
        <p className="home-sheet__reply">{t('homeSheets.replyBy', { when: when(sheet.replyDueAt) })}</p>
      )}
      {status === 'MARKED' && sheet.markReason && (
        <p className="home-sheet__reason">
          {t('homeSheets.reason')}: {sheet.markReason}
        </p>
      )}
      {OPEN.has(status) && !left.past && (
        <p
          className={left.urgent ? 'home-sheet__countdown is-urgent' : 'home-sheet__countdown'}
          data-testid="home-sheet-countdown"
        >
          {t('homeSheets.timeLeft', {
            left: duration,
            when: when(sheet.editableUntil),
          })}
        </p>
      )}
      {status === 'OVERDUE' && (
        <p className="home-sheet__countdown is-urgent" data-testid="home-sheet-countdown">
          {t('homeSheets.overdueBy', {
            left: duration,
            when: when(sheet.editableUntil),
          })}
        </p>
      )}
      <Link className="home-sheet__open" to={`/campaigns/${sheet.campaignId}/sheets/${sheet.id}`}>
        {OPEN.has(status) ? t('homeSheets.openToFix') : t('homeSheets.open')}
      </Link>
    </li>
  );
}
