import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { FormError } from '../../../components/form-error';
import { LoadingState } from '../../../components/ui';
import { useSheetWatch } from '../../../lib/notifications-socket';
import { useSession } from '../../../lib/session';
import { ScoreSheetDocument } from '../graphql/campaigns.documents';
import { campaignErrorText } from '../utils/campaign-model';
import { reviewRole } from '../utils/sheet-workflow';
import { useCampaign } from '../hooks/use-campaign';
import { OfficerSheet } from './officer-sheet';
import { ReviewSheet } from './review-sheet';
import '../campaigns.css';

/**
 * `/campaigns/:id/sheets/:sheetId`: the unit fills it in; the block leader's officers
 * (first round), reviewers and admins review it. `?onBehalf=1` opens the unit's form for
 * a ward reviewer entering the sheet on the unit's behalf (nhập thay).
 */
export function SheetPage() {
  const { id = '', sheetId = '' } = useParams();
  const [search] = useSearchParams();
  const { t } = useTranslation();
  const { user } = useSession();
  const { campaign, error: campaignError } = useCampaign(id);
  // Read once: the page then keeps the sheet each mutation returns (no refetch under the officer's typing).
  const [result, reexecute] = useQuery({
    query: ScoreSheetDocument,
    variables: { id: sheetId },
    requestPolicy: 'network-only',
  });
  const behalfParam = search.get('onBehalf') === '1';
  // Switching between the review and the on-behalf form reads the sheet again (the other view changed it).
  const shownParam = useRef(behalfParam);
  const [rereading, setRereading] = useState(false);
  useEffect(() => {
    if (shownParam.current === behalfParam) return;
    shownParam.current = behalfParam;
    setRereading(true);
    reexecute({ requestPolicy: 'network-only' });
  }, [behalfParam, reexecute]);
  useEffect(() => setRereading(false), [result.data]);
  // Returned, approved, reviewed, marked or extended by someone else: read it again (live, over /notifications).
  // The open sheet takes the new state in place (see useLatestSheet), keeping what this page just did.
  useSheetWatch(sheetId, () => reexecute({ requestPolicy: 'network-only' }));
  const sheet = result.data?.scoreSheet;
  const error = campaignError ?? result.error;
  if (!campaign || !sheet || rereading)
    return (
      <section className="page">
        {error ? <FormError message={campaignErrorText(t, error)} /> : <LoadingState />}
      </section>
    );
  const role = reviewRole(sheet, user);
  const ownUnit = user?.role === 'UNIT_OFFICER' && role !== 'LEADER';
  const onBehalf = role === 'WARD' && behalfParam;
  return (
    <section className="page cmp-page">
      {onBehalf && (
        <nav className="breadcrumb" aria-label={t('common.breadcrumb')}>
          <Link to={`/campaigns/${campaign.id}/sheets/${sheet.id}`}>← {t('campaigns.review.backToReview')}</Link>
        </nav>
      )}
      {ownUnit || onBehalf ? (
        <OfficerSheet
          key={`${sheet.id}-${String(onBehalf)}`}
          campaign={campaign}
          initial={sheet}
          latest={sheet}
          onBehalf={onBehalf}
        />
      ) : (
        <ReviewSheet key={sheet.id} campaign={campaign} initial={sheet} latest={sheet} />
      )}
    </section>
  );
}
