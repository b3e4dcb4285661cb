import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { FormError } from '../../../components/form-error';
import { Button, EmptyState, LoadingState } from '../../../components/ui';
import { useSession } from '../../../lib/session';
import { ScoreSheetsDocument } from '../graphql/campaigns.documents';
import { campaignErrorText, type CampaignData, currentPeriod } from '../utils/campaign-model';
import { useCampaign } from '../hooks/use-campaign';
import { CampaignHeader, SheetStatusBadge } from './campaign-header';
import { IndicatorTreeEditor } from './setup/indicator-tree-editor';
import { BlocksSection } from './setup/blocks-section';
import { LaunchDialog } from './setup/launch-dialog';
import { PeriodsSection } from './setup/periods-section';
import { RulesSection } from './setup/rules-section';
import { TitlesSection } from './setup/titles-section';
import '../campaigns.css';

/**
 * `/campaigns/:id`: the setup for admins (read-only for reviewers); a unit officer
 * lands on their own sheet of the current period.
 */
export function CampaignPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { user } = useSession();
  const { campaign, error, reload } = useCampaign(id);
  const [launching, setLaunching] = useState(false);

  if (!campaign) return error ? <FormError message={campaignErrorText(t, error)} /> : <LoadingState />;
  if (user?.role === 'UNIT_OFFICER') return <OfficerLanding campaign={campaign} />;
  const isAdmin = user?.role === 'ADMIN';
  const draft = campaign.status === 'DRAFT';

  return (
    <section className="page cmp-page">
      <CampaignHeader
        campaign={campaign}
        actions={
          isAdmin &&
          draft && (
            <Button variant="primary" onClick={() => setLaunching(true)} data-testid="campaign-launch">
              {t('campaigns.launch.button')}
            </Button>
          )
        }
      />
      {campaign.description && <p className="cmp-description">{campaign.description}</p>}
      {!draft && <div className="alert alert-info">{t('campaigns.setupLocked')}</div>}
      {isAdmin ? (
        <>
          <PeriodsSection campaign={campaign} onSaved={reload} />
          <BlocksSection campaign={campaign} onSaved={reload} />
          <IndicatorTreeEditor campaign={campaign} onSaved={reload} />
          <TitlesSection
            key={`titles-${campaign.titles.map((x) => x.id).join()}`}
            campaign={campaign}
            onSaved={reload}
          />
          <RulesSection
            key={`rules-${campaign.tieRule.kind}-${campaign.boardEnabled}`}
            campaign={campaign}
            onSaved={reload}
          />
        </>
      ) : (
        <ReadOnlySetup campaign={campaign} />
      )}
      {launching && (
        <LaunchDialog
          campaign={campaign}
          onClose={() => setLaunching(false)}
          onLaunched={() => {
            setLaunching(false);
            reload();
          }}
        />
      )}
    </section>
  );
}

function ReadOnlySetup({ campaign }: { campaign: CampaignData }) {
  const noop = () => undefined;
  return (
    <>
      <PeriodsSection
        campaign={{ ...campaign, status: campaign.status === 'DRAFT' ? 'LAUNCHED' : campaign.status }}
        onSaved={noop}
      />
      <BlocksSection
        campaign={{ ...campaign, status: campaign.status === 'DRAFT' ? 'LAUNCHED' : campaign.status }}
        onSaved={noop}
      />
      <IndicatorTreeEditor
        campaign={{ ...campaign, status: campaign.status === 'DRAFT' ? 'LAUNCHED' : campaign.status }}
        onSaved={noop}
      />
    </>
  );
}

/** The officer's own sheets; they go straight to the current period's. */
function OfficerLanding({ campaign }: { campaign: CampaignData }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [result] = useQuery({ query: ScoreSheetsDocument, variables: { campaignId: campaign.id } });
  if (!result.data) return result.error ? <FormError message={campaignErrorText(t, result.error)} /> : <LoadingState />;
  const sheets = result.data.scoreSheets;
  const period = currentPeriod(campaign);
  // A block leader's officer also lists its block's sheets (first round): go to the unit's own.
  const own = sheets.filter((s) => !user?.unit || s.unit.id === user.unit.id);
  const current = own.find((s) => s.periodId === period?.id) ?? own[0];
  if (current) return <Navigate replace to={`/campaigns/${campaign.id}/sheets/${current.id}`} />;
  return (
    <section className="page cmp-page">
      <CampaignHeader campaign={campaign} />
      <EmptyState>{t('campaigns.sheet.noSheet')}</EmptyState>
      <ul className="cmp-plain-list">
        {own.map((s) => (
          <li key={s.id}>
            <Link to={`/campaigns/${campaign.id}/sheets/${s.id}`}>
              {campaign.periods.find((p) => p.id === s.periodId)?.name}
            </Link>{' '}
            <SheetStatusBadge status={s.status} />
          </li>
        ))}
      </ul>
    </section>
  );
}
