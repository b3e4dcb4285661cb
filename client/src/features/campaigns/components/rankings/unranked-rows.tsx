import { useTranslation } from 'react-i18next';
import type { CampaignRankingQuery } from '../../../../generated/graphql';
import { formatScore } from '../../utils/campaign-model';
import { SheetStatusBadge } from '../campaign-header';

type Ranking = CampaignRankingQuery['campaignRanking'];
type Unranked = Ranking['blocks'][number]['unranked'][number];

/**
 * The units of a block listed after its ranked rows, not ranked: marked (không nộp /
 * không xét, with the reviewer's reason), the organiser, a late sheet under the
 * "not ranked" rule. No rank and no title; a total only where points were counted.
 */
export function UnrankedRows({ rows, mineId }: { rows: readonly Unranked[]; mineId: string | null }) {
  const { t, i18n } = useTranslation();
  const fmt = (n: number | null | undefined) => formatScore(n, i18n.language);
  return rows.map((row) => (
    <li
      key={row.unit.id}
      className={`rank-row is-unranked${mineId === row.unit.id ? ' is-mine' : ''}`}
      data-testid={`ranking-row-${row.unit.code}`}
      data-reason={row.reason}
    >
      <div className="rank-row__main">
        <span className="rank-row__rank" aria-label={t('campaigns.rankings.notRanked')}>
          –
        </span>
        <span className="rank-row__unit">
          <strong>{row.unit.name}</strong> <SheetStatusBadge status={row.sheetStatus} />
        </span>
        <span className="rank-row__total">{row.total === null ? '' : fmt(row.total)}</span>
      </div>
      <div className="rank-row__title">
        <span className="badge cmp-unranked" data-testid={`ranking-mark-${row.unit.code}`}>
          {t(`campaigns.rankings.unranked.${row.reason}`)}
        </span>
        {row.markReason && (
          <p className="rank-row__reason" data-testid={`ranking-mark-reason-${row.unit.code}`}>
            {t('campaigns.rankings.markReason', { reason: row.markReason })}
          </p>
        )}
        {row.lateDays > 0 && (
          <p className="rank-row__late">
            {row.lateDeduction > 0
              ? t('campaigns.rankings.lateDeduction', {
                  days: row.lateDays,
                  points: fmt(row.lateDeduction),
                  before: fmt(row.pointsTotal),
                })
              : t('campaigns.rankings.lateDays', { days: row.lateDays })}
          </p>
        )}
      </div>
    </li>
  ));
}

/** The period's late rule, in a sentence beside the tie rule. */
export function LateRuleNote({ rule }: { rule: Ranking['lateRule'] }) {
  const { t, i18n } = useTranslation();
  if (rule.kind === 'NONE') return null;
  return (
    <>
      {' · '}
      <span data-testid="ranking-late-rule">
        {rule.kind === 'NOT_RANKED'
          ? t('campaigns.rankings.lateRule.NOT_RANKED')
          : rule.maxPoints === null || rule.maxPoints === undefined
            ? t('campaigns.rankings.lateRule.POINTS_PER_DAY', {
                points: formatScore(rule.pointsPerDay ?? 0, i18n.language),
              })
            : t('campaigns.rankings.lateRule.POINTS_PER_DAY_CAPPED', {
                points: formatScore(rule.pointsPerDay ?? 0, i18n.language),
                max: formatScore(rule.maxPoints, i18n.language),
              })}
      </span>
    </>
  );
}
