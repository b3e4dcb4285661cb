import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { FormError } from '../../../components/form-error';
import { Button, EmptyState, LoadingState } from '../../../components/ui';
import type { CampaignRankingQuery, RankingView } from '../../../generated/graphql';
import { useSession } from '../../../lib/session';
import { CampaignRankingDocument } from '../graphql/campaigns.documents';
import { type CampaignData, campaignErrorText, currentPeriod, formatScore } from '../utils/campaign-model';
import { useCampaign } from '../hooks/use-campaign';
import { useScoreTableDownload } from '../hooks/use-score-table-download';
import { CampaignHeader, SheetStatusBadge } from './campaign-header';
import { PeriodSelect } from './period-select';
import { QuotaFreeze } from './rankings/quota-freeze';
import { LateRuleNote, UnrankedRows } from './rankings/unranked-rows';
import '../campaigns.css';

type Block = CampaignRankingQuery['campaignRanking']['blocks'][number];
type Row = Block['rows'][number];
const VIEWS: readonly RankingView[] = ['PROVISIONAL', 'REVIEWED', 'PUBLISHED'];

/** `/campaigns/:id/rankings`: per block, three views; titles, what is missed, what it takes to overtake. */
export function RankingsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { user } = useSession();
  const { campaign, error } = useCampaign(id);
  const officer = user?.role === 'UNIT_OFFICER';
  const [periodId, setPeriodId] = useState('');
  const [view, setView] = useState<RankingView>(officer ? 'PUBLISHED' : 'REVIEWED');
  const period = campaign ? (campaign.periods.find((p) => p.id === periodId) ?? currentPeriod(campaign)) : null;
  const [result] = useQuery({
    query: CampaignRankingDocument,
    variables: { campaignId: id, periodId: period?.id ?? '', view: officer ? 'PUBLISHED' : view },
    pause: !period,
  });
  const scoreTable = useScoreTableDownload(id, period?.id);

  if (!campaign)
    return (
      <section className="page">
        {error ? <FormError message={campaignErrorText(t, error)} /> : <LoadingState />}
      </section>
    );
  const ranking = result.data?.campaignRanking;

  return (
    <section className="page cmp-page">
      <CampaignHeader campaign={campaign} />
      <div className="toolbar">
        {period && (
          <PeriodSelect
            campaign={campaign}
            value={period.id}
            onChange={(p) => {
              setPeriodId(p);
            }}
          />
        )}
        {!officer && (
          <div className="cmp-filter" role="radiogroup" aria-label={t('campaigns.rankings.view')}>
            {VIEWS.map((v) => (
              <button
                key={v}
                type="button"
                role="radio"
                aria-checked={view === v}
                className={`chip-btn${view === v ? ' is-on' : ''}`}
                data-testid={`ranking-view-${v}`}
                onClick={() => setView(v)}
              >
                {t(`campaigns.rankings.views.${v}`)}
              </button>
            ))}
          </div>
        )}
        {!officer && period && (
          <Button data-testid="ranking-download" onClick={scoreTable.download}>
            ⬇ {t('campaigns.rankings.download')}
          </Button>
        )}
      </div>
      <p className="cmp-rule">
        <strong>{t('campaigns.rankings.tieRule')}:</strong> {ranking?.tieRuleText ?? campaign.tieRuleText} ·{' '}
        {t(`campaigns.rankings.viewHelp.${officer ? 'PUBLISHED' : view}`)}
        {ranking && <LateRuleNote rule={ranking.lateRule} />}
      </p>
      {!officer && ranking && period && (
        <QuotaFreeze ranking={ranking} published={Boolean(period.publishedAt)} isAdmin={user?.role === 'ADMIN'} />
      )}
      {scoreTable.failed && <FormError message={t('campaigns.rankings.downloadFailed')} />}
      <FormError message={campaignErrorText(t, result.error)} />
      {!ranking && result.fetching && <LoadingState />}
      {ranking?.blocks.map((block, n) => (
        <section key={block.blockId} className="card cmp-section" data-testid={`ranking-block-${n}`}>
          <h2>{block.name}</h2>
          <p className="muted rank-block__set" data-testid={`ranking-set-${n}`}>
            {t('campaigns.rankings.criteriaSet', { name: block.criteriaSetName })} ·{' '}
            {block.groups.map((g) => `${g.code} (${formatScore(g.maxPoints, 'vi')})`).join(', ')}
          </p>
          {block.rows.length === 0 && block.unranked.length === 0 ? (
            <EmptyState>{t(`campaigns.rankings.emptyBlock.${officer ? 'PUBLISHED' : view}`)}</EmptyState>
          ) : (
            <ol className="rank-list">
              {block.rows.map((row) => (
                <RankRow
                  key={row.unit.id}
                  row={row}
                  block={block}
                  campaign={campaign}
                  mine={user?.unit?.id === row.unit.id}
                />
              ))}
              <UnrankedRows rows={block.unranked} mineId={user?.unit?.id ?? null} />
            </ol>
          )}
        </section>
      ))}
    </section>
  );
}

function RankRow({ row, block, campaign, mine }: { row: Row; block: Block; campaign: CampaignData; mine: boolean }) {
  const { t, i18n } = useTranslation();
  const fmt = (n: number | null | undefined) => formatScore(n, i18n.language);
  const titleRule = (titleId: string) => campaign.titles.find((x) => x.id === titleId);
  /** A LOWER_TITLE quota counts the units of the next title down: its name. */
  const lowerTitleName = (titleId: string): string | null => {
    const quota = block.quotas.find((q) => q.titleId === titleId);
    const rule = titleRule(titleId);
    if (quota?.baseKind !== 'LOWER_TITLE' || !rule) return null;
    const lower = [...campaign.titles]
      .sort((a, b) => a.rankOrder - b.rankOrder)
      .find((x) => x.rankOrder > rule.rankOrder);
    return lower?.name ?? null;
  };

  function condition(titleId: string, c: Row['missedTitles'][number]['conditions'][number]): string {
    switch (c.kind) {
      case 'MIN_TOTAL':
        return t('campaigns.rankings.missMinTotal', { actual: fmt(c.actual), required: fmt(c.required) });
      case 'GROUP_FLOOR': {
        const group = row.groups.find((g) => g.code === c.groupCode);
        return t('campaigns.rankings.missFloor', {
          code: c.groupCode ?? '',
          actual: fmt(c.actual),
          max: fmt(group?.maxPoints),
          percent: fmt(titleRule(titleId)?.groupFloorPercent ?? null),
        });
      }
      case 'QUOTA': {
        const quota = block.quotas.find((q) => q.titleId === titleId);
        if (!quota)
          return t('campaigns.rankings.missQuota', {
            quota: c.quota ?? 0,
            percent: fmt(titleRule(titleId)?.quotaPercent ?? null),
          });
        return t('campaigns.rankings.missQuotaRule', {
          quota: c.quota ?? quota.limit,
          percent: fmt(quota.percent),
          base: c.quotaBase ?? quota.base,
          of: lowerTitleName(titleId)
            ? t('campaigns.rankings.quotaBaseLowerNamed', { title: lowerTitleName(titleId) })
            : t(`campaigns.rankings.quotaBase.${quota.baseKind}`),
          rounding: t(`campaigns.rankings.quotaRounding.${quota.rounding}`),
          minimum: quota.minimum,
        });
      }
      default:
        return c.message;
    }
  }

  const gap = row.gapToAbove;
  return (
    <li className={`rank-row${mine ? ' is-mine' : ''}`} data-testid={`ranking-row-${row.unit.code}`}>
      <div className="rank-row__main">
        <span className="rank-row__rank" aria-label={t('campaigns.rankings.rank', { rank: row.rank })}>
          {row.rank}
          {row.tied && <span className="rank-row__tied">{t('campaigns.rankings.tied')}</span>}
        </span>
        <span className="rank-row__unit">
          <strong>{row.unit.name}</strong> <SheetStatusBadge status={row.sheetStatus} />
          {row.decidedByIndicatorCode && (
            <span className="muted"> · {t('campaigns.rankings.decidedBy', { code: row.decidedByIndicatorCode })}</span>
          )}
        </span>
        <span className="rank-row__total">{fmt(row.total)}</span>
      </div>
      {row.lateDays > 0 && (
        <p className="rank-row__late" data-testid={`ranking-late-${row.unit.code}`}>
          {row.lateDeduction > 0
            ? t('campaigns.rankings.lateDeduction', {
                days: row.lateDays,
                points: fmt(row.lateDeduction),
                before: fmt(row.pointsTotal),
              })
            : t('campaigns.rankings.lateDays', { days: row.lateDays })}
        </p>
      )}
      <div className="rank-row__groups">
        {row.groups.map((g) => (
          <span key={g.indicatorId} className="rank-group" title={g.title}>
            <span className="rank-group__label">{t('campaigns.rankings.group', { code: g.code })}</span>
            <span className="rank-group__bar">
              <span style={{ width: `${Math.max(0, Math.min(100, (g.subtotal / g.maxPoints) * 100))}%` }} />
            </span>
            <span className="rank-group__num">
              {fmt(g.subtotal)}/{fmt(g.maxPoints)}
            </span>
          </span>
        ))}
      </div>
      <div className="rank-row__title" data-testid={`ranking-title-${row.unit.code}`}>
        {row.title ? (
          <span className="badge cmp-title-earned">★ {row.title.name}</span>
        ) : (
          <span className="muted">{t('campaigns.rankings.noTitle')}</span>
        )}
        {row.missedTitles.map((m) => (
          <p key={m.titleId} className="rank-row__missed">
            {t('campaigns.rankings.missed', { title: m.titleName })}{' '}
            {m.conditions.map((c) => condition(m.titleId, c)).join('; ')}
          </p>
        ))}
      </div>
      {gap && (
        <p className="rank-row__gap" data-testid={`ranking-gap-${row.unit.code}`}>
          {gap.points > 0
            ? t('campaigns.rankings.gap', { unit: gap.aboveUnit.name, points: fmt(gap.points) })
            : t('campaigns.rankings.gapTie', { unit: gap.aboveUnit.name })}
          {gap.headroom.length > 0 && (
            <>
              {' '}
              {t('campaigns.rankings.headroom')}{' '}
              {gap.headroom
                .slice(0, 4)
                .map((h) => `${h.code} (+${fmt(h.headroom)}${h.enoughAlone ? ' ✓' : ''})`)
                .join(', ')}
            </>
          )}
          {!gap.reachable && <> · {t('campaigns.rankings.unreachable')}</>}
        </p>
      )}
    </li>
  );
}
