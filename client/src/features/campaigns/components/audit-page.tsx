import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { FormError } from '../../../components/form-error';
import { LoadingState } from '../../../components/ui';
import { ScoreSheetsDocument } from '../graphql/campaigns.documents';
import { campaignErrorText } from '../utils/campaign-model';
import { useCampaign } from '../hooks/use-campaign';
import { auditWording, type AuditNames } from './audit/audit-wording';
import { AuditTrail } from './audit-trail';
import { CampaignHeader } from './campaign-header';
import '../campaigns.css';

/** `/campaigns/:id/audit`: the whole campaign's trail, for admins and reviewers. */
export function AuditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { campaign, error } = useCampaign(id);
  const [sheets] = useQuery({ query: ScoreSheetsDocument, variables: { campaignId: id } });
  const unitBySheet = useMemo(() => {
    const periodName = new Map((campaign?.periods ?? []).map((p) => [p.id, p.name]));
    return new Map(
      (sheets.data?.scoreSheets ?? []).map((s) => [
        s.id,
        (campaign?.periods.length ?? 0) > 1 ? `${s.unit.name} (${periodName.get(s.periodId) ?? ''})` : s.unit.name,
      ]),
    );
  }, [sheets.data, campaign]);
  const names = useMemo<AuditNames>(
    () => ({
      units: new Map([
        ...(campaign?.blocks ?? []).flatMap((b) => b.units.map((u) => [u.id, u.name] as const)),
        ...(campaign?.organizerUnit ? [[campaign.organizerUnit.id, campaign.organizerUnit.name] as const] : []),
        ...(sheets.data?.scoreSheets ?? []).map((s) => [s.unit.id, s.unit.name] as const),
      ]),
      criteriaSets: new Map((campaign?.criteriaSets ?? []).map((c) => [c.id, c.name])),
      blocks: new Map((campaign?.blocks ?? []).map((b) => [b.id, b.name])),
      titles: new Map((campaign?.titles ?? []).map((x) => [x.id, x.name])),
    }),
    [campaign, sheets.data],
  );
  if (!campaign)
    return (
      <section className="page">
        {error ? <FormError message={campaignErrorText(t, error)} /> : <LoadingState />}
      </section>
    );
  return (
    <section className="page cmp-page">
      <CampaignHeader campaign={campaign} />
      <h2>{t('campaigns.audit.title')}</h2>
      <p className="muted">{t('campaigns.audit.lead')}</p>
      <AuditTrail campaignId={campaign.id} unitBySheet={unitBySheet} describe={(row) => auditWording(row, names, t)} />
    </section>
  );
}
