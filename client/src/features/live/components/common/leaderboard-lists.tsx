import type { LivePlayerRow, LiveUnitRow } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../lib/format';
import { useRankAnimation } from '../../hooks/use-rank-animation';
import { populationKindLabel } from './unit-formula';

/** Top players; rows slide from their previous places. */
export function PlayerRanking({
  rows,
  previous,
  animationKey,
  testId,
}: {
  rows: readonly LivePlayerRow[];
  /** playerId → index in the previous ranking. */
  previous: ReadonlyMap<string, number>;
  animationKey: string | number;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const ref = useRankAnimation<HTMLOListElement>(animationKey);
  return (
    <ol className="rank-list" ref={ref} data-testid={testId} aria-label={t('live.topPlayers')}>
      {rows.map((row) => (
        <li key={row.playerId} className="rank-row" data-prev={previous.get(row.playerId) ?? ''}>
          <span className="rank-row__rank">{row.rank}</span>
          <span className="rank-row__name">
            {row.name}
            {!row.verified && (
              <span className="guest-mark" data-testid="guest-mark">
                {t('live.guest')}
              </span>
            )}
            {row.unitName && <small className="rank-row__unit">{row.unitName}</small>}
          </span>
          <span className="rank-row__score">{formatNumber(row.score, i18n.language)}</span>
        </li>
      ))}
    </ol>
  );
}

/** Unit ranking with participation; rows slide from their previous rank. */
export function UnitRanking({
  rows,
  animationKey,
  testId,
}: {
  rows: readonly LiveUnitRow[];
  animationKey: string | number;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const ref = useRankAnimation<HTMLOListElement>(animationKey);
  return (
    <ol className="rank-list rank-list--units" ref={ref} data-testid={testId} aria-label={t('live.unitRanking')}>
      {rows.map((row) => (
        <li key={row.unitId} className="rank-row" data-prev={row.previousRank != null ? row.previousRank - 1 : ''}>
          <span className="rank-row__rank">
            {row.rank}
            {row.previousRank != null && row.previousRank !== row.rank && (
              <span
                className={`rank-row__move ${row.previousRank > row.rank ? 'is-up' : 'is-down'}`}
                aria-hidden="true"
              >
                {row.previousRank > row.rank ? '▲' : '▼'}
              </span>
            )}
          </span>
          <span className="rank-row__name">
            {row.unitName}
            <small className="rank-row__unit" data-testid="unit-counted">
              {t('live.unitCounted', {
                verified: formatNumber(row.verified, i18n.language),
                population: formatNumber(row.eligiblePopulation, i18n.language),
                kind: populationKindLabel(row.populationKind, i18n.language),
                rate: formatNumber(Math.round(row.participationRate * 1000) / 10, i18n.language),
              })}
              {row.populationSource === 'DECLARED' && ` · ${t('live.populationDeclared')}`}
              {row.guests > 0 && ` · ${t('live.unitGuests', { count: row.guests })}`}
            </small>
          </span>
          <span className="rank-row__score">{formatNumber(row.score, i18n.language)}</span>
        </li>
      ))}
    </ol>
  );
}
