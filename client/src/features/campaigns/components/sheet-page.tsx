import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { FormError } from '../../../components/form-error';
import { LoadingState } from '../../../components/ui';
import { useSession } from '../../../lib/session';
import { ScoreSheetDocument } from '../graphql/campaigns.documents';
import { campaignErrorText } from '../utils/campaign-model';
import { useCampaign } from '../hooks/use-campaign';
import { OfficerSheet } from './officer-sheet';
import { ReviewSheet } from './review-sheet';
import '../campaigns.css';

/** `/campaigns/:id/sheets/:sheetId`: the unit fills it in; reviewers and admins review it. */
export function SheetPage() {
  const { id = '', sheetId = '' } = useParams();
  const { t } = useTranslation();
  const { user } = useSession();
  const { campaign, error: campaignError } = useCampaign(id);
  // Read once: the page then keeps the sheet each mutation returns (no refetch under the officer's typing).
  const [result] = useQuery({ query: ScoreSheetDocument, variables: { id: sheetId }, requestPolicy: 'network-only' });
  const sheet = result.data?.scoreSheet;
  const error = campaignError ?? result.error;
  if (!campaign || !sheet)
    return (
      <section className="page">
        {error ? <FormError message={campaignErrorText(t, error)} /> : <LoadingState />}
      </section>
    );
  return (
    <section className="page cmp-page">
      {user?.role === 'UNIT_OFFICER' ? (
        <OfficerSheet key={sheet.id} campaign={campaign} initial={sheet} />
      ) : (
        <ReviewSheet key={sheet.id} campaign={campaign} initial={sheet} />
      )}
    </section>
  );
}
