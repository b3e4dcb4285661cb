import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { FormError } from '../../../components/form-error';
import { Button, EmptyState, LoadingState, Page } from '../../../components/ui';
import { useSession } from '../../../lib/session';
import { CampaignsDocument } from '../graphql/campaigns.documents';
import { campaignErrorText } from '../utils/campaign-model';
import { StatusBadge } from './campaign-header';
import { CreateCampaignDialog } from './create-campaign-dialog';
import '../campaigns.css';
import { formatDate } from '../../../lib/format';

/** `/campaigns`: every campaign; an admin creates one here. */
export function CampaignsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [result] = useQuery({ query: CampaignsDocument });
  const [creating, setCreating] = useState(false);
  const campaigns = result.data?.campaigns ?? [];

  return (
    <Page
      titleId="campaigns-title"
      title={t('campaigns.title')}
      lead={t('campaigns.lead')}
      actions={
        user?.role === 'ADMIN' && (
          <Button variant="primary" data-testid="campaign-create" onClick={() => setCreating(true)}>
            + {t('campaigns.create')}
          </Button>
        )
      }
    >
      <FormError message={campaignErrorText(t, result.error)} />
      {!result.data && result.fetching && <LoadingState />}
      {result.data && campaigns.length === 0 && <EmptyState>{t('campaigns.empty')}</EmptyState>}
      <ul className="cmp-list">
        {campaigns.map((c, n) => {
          const units = c.blocks.reduce((s, b) => s + b.units.length, 0);
          return (
            <li key={c.id} className="card cmp-list__item" data-testid={`campaign-row-${n}`}>
              <Link to={`/campaigns/${c.id}`} className="cmp-list__title">
                {c.title}
              </Link>
              <p className="cmp-list__meta">
                <StatusBadge status={c.status} />
                {c.isDemo && <span className="badge badge-demo">{t('campaigns.demo')}</span>}
                <span>{t('campaigns.counts', { periods: c.periods.length, blocks: c.blocks.length, units })}</span>
                {c.launchedAt && (
                  <span className="muted">{t('campaigns.launchedOn', { date: formatDate(c.launchedAt) })}</span>
                )}
              </p>
              <p className="cmp-list__links">
                <Link to={`/campaigns/${c.id}`}>
                  {user?.role === 'UNIT_OFFICER' ? t('campaigns.tabs.mySheet') : t('campaigns.tabs.setup')}
                </Link>
                {(user?.role === 'ADMIN' || user?.role === 'REVIEWER') && c.status !== 'DRAFT' && (
                  <Link to={`/campaigns/${c.id}/review`}>{t('campaigns.tabs.review')}</Link>
                )}
                {c.status !== 'DRAFT' && <Link to={`/campaigns/${c.id}/rankings`}>{t('campaigns.tabs.rankings')}</Link>}
              </p>
            </li>
          );
        })}
      </ul>
      {creating && <CreateCampaignDialog onClose={() => setCreating(false)} />}
    </Page>
  );
}
