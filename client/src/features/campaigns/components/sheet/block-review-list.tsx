import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ScoreSheetsDocument } from '../../graphql/campaigns.documents';
import type { SheetData } from '../../utils/campaign-model';
import { OFFICER_STATUS_ORDER } from '../../utils/sheet-workflow';
import { OfficerStatusBadge } from './officer-status-badge';

/**
 * For an officer of a block leader unit (khối trưởng): the other sheets of its block
 * in this period, what waits for its first-round review first.
 */
export function BlockReviewList({ sheet }: { sheet: SheetData }) {
  const { t } = useTranslation();
  const [result] = useQuery({
    query: ScoreSheetsDocument,
    variables: { campaignId: sheet.campaignId, periodId: sheet.periodId },
  });
  const others = (result.data?.scoreSheets ?? [])
    .filter((s) => s.id !== sheet.id && s.unit.id !== sheet.unit.id)
    .sort(
      (a, b) =>
        OFFICER_STATUS_ORDER.indexOf(a.officerStatus) - OFFICER_STATUS_ORDER.indexOf(b.officerStatus) ||
        a.unit.name.localeCompare(b.unit.name, 'vi'),
    );
  if (others.length === 0) return null;
  const waiting = others.filter((s) => s.status === 'SUBMITTED').length;
  return (
    <details className="card sheet-block-review" data-testid="block-review-list" open={waiting > 0}>
      <summary>{t('campaigns.review.blockToReview', { count: waiting })}</summary>
      <ul className="cmp-plain-list">
        {others.map((s) => (
          <li key={s.id} data-testid={`block-sheet-${s.unit.code}`}>
            <Link to={`/campaigns/${sheet.campaignId}/sheets/${s.id}`}>{s.unit.name}</Link>{' '}
            <OfficerStatusBadge status={s.officerStatus} mark={s.mark} />
          </li>
        ))}
      </ul>
    </details>
  );
}
