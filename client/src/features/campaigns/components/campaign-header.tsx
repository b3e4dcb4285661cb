import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { buttonClass } from '../../../components/ui';
import { useSession } from '../../../lib/session';
import type { CampaignData } from '../utils/campaign-model';

/** Title, status and the campaign's sections; each role sees the sections it may use. */
export function CampaignHeader({ campaign, actions }: { campaign: CampaignData; actions?: ReactNode }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const staff = user?.role === 'ADMIN' || user?.role === 'REVIEWER';
  const base = `/campaigns/${campaign.id}`;
  const tabs = [
    ...(staff ? [{ to: base, label: t('campaigns.tabs.setup'), end: true }] : []),
    ...(user?.role === 'UNIT_OFFICER' ? [{ to: base, label: t('campaigns.tabs.mySheet'), end: true }] : []),
    ...(staff ? [{ to: `${base}/review`, label: t('campaigns.tabs.review'), end: false }] : []),
    { to: `${base}/rankings`, label: t('campaigns.tabs.rankings'), end: false },
    ...(staff ? [{ to: `${base}/audit`, label: t('campaigns.tabs.audit'), end: false }] : []),
  ];
  return (
    <header className="cmp-header">
      <nav className="breadcrumb" aria-label={t('common.breadcrumb')}>
        <Link to="/campaigns">{t('campaigns.title')}</Link>
      </nav>
      <div className="cmp-header__row">
        <div>
          <h1 className="cmp-header__title">{campaign.title}</h1>
          <p className="cmp-header__meta">
            <StatusBadge status={campaign.status} />
            <span>{t('campaigns.totalPoints', { value: campaign.totalPoints })}</span>
            <span className="muted">{campaign.tieRuleText}</span>
            {campaign.countedBeforeRosters && campaign.indicators.some((i) => i.kind === 'COMPUTED') && (
              <span
                className="badge cmp-before-rosters"
                title={t('campaigns.formula.countedBeforeRostersHint')}
                data-testid="campaign-counted-before-rosters"
              >
                {t('campaigns.formula.countedBeforeRosters')}
              </span>
            )}
          </p>
        </div>
        <div className="page-header__actions">
          {actions}
          {campaign.boardEnabled && campaign.status !== 'DRAFT' && (
            <a
              className={buttonClass('secondary')}
              href={`/board/campaign/${campaign.id}`}
              target="_blank"
              rel="noreferrer"
            >
              {t('campaigns.openBoard')}
            </a>
          )}
        </div>
      </div>
      <nav className="cmp-tabs" aria-label={t('campaigns.tabs.label')}>
        {tabs.map((tab) => (
          <NavLink key={tab.to + tab.label} to={tab.to} end={tab.end} className="cmp-tabs__link">
            {tab.label}
          </NavLink>
        ))}
      </nav>
    </header>
  );
}

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge cmp-status cmp-status--${status.toLowerCase()}`} data-status={status}>
      {t(`campaigns.status.${status}`)}
    </span>
  );
}

export function SheetStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge cmp-status cmp-status--${status.toLowerCase()}`} data-status={status}>
      {t(`campaigns.sheetStatus.${status}`)}
    </span>
  );
}
