import { raceBarWidth, type RaceUnitRow } from '@thidua/shared';
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../lib/format';
import { useRacePages } from '../../hooks/use-race-pages';
import { formatRate } from '../../utils/contest-format';

/**
 * One level's race bars, sorted by participation rate, each on a 0–100 % scale; each row slides
 * to its new place on a new snapshot. More rows than the screen holds are paged through, the
 * page and the ranks on it said below the list, never cut off.
 */
export function RaceBars({
  rows,
  codes,
  at,
}: {
  rows: readonly RaceUnitRow[];
  codes: ReadonlyMap<string, string>;
  at: number;
}) {
  const { t, i18n } = useTranslation();
  const list = useRef<HTMLOListElement>(null);
  const positions = useRef(new Map<string, number>());
  const paging = useRacePages(list, rows.length);
  const shown = rows.slice(paging.start, paging.end);

  // FLIP: each row slides from where it stood on the previous snapshot.
  useLayoutEffect(() => {
    const el = list.current;
    if (!el) return;
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const items = Array.from(el.children) as HTMLElement[];
    const next = new Map<string, number>();
    for (const item of items) {
      const key = item.dataset.unit ?? '';
      const top = item.getBoundingClientRect().top;
      next.set(key, top);
      const before = positions.current.get(key);
      if (reduce || before === undefined || before === top) continue;
      item.style.transition = 'none';
      item.style.transform = `translateY(${before - top}px)`;
      void item.offsetHeight;
      item.style.transition = 'transform 900ms cubic-bezier(.2,.8,.2,1)';
      item.style.transform = '';
    }
    positions.current = next;
  }, [at, paging.page]);

  return (
    <>
      <ol
        className={`race__list${paging.columns === 2 ? ' race__list--two' : ''}`}
        ref={list}
        style={{ ['--rows' as string]: paging.perColumn }}
        data-testid="race-list"
      >
        {shown.map((row) => {
          const code = codes.get(row.unitId) ?? row.unitId;
          const width = raceBarWidth(row.participationRate);
          return (
            <li key={row.unitId} className="race-row" data-unit={row.unitId} data-testid={`race-row-${code}`}>
              <span className="race-row__rank">{row.rank}</span>
              <span className="race-row__name" title={row.unitName}>
                {row.unitName}
              </span>
              <span className="race-row__track" aria-hidden="true">
                <span className="race-row__bar" data-testid={`race-bar-${code}`} style={{ width: `${width}%` }} />
              </span>
              <span className="race-row__rate" data-testid={`race-rate-${code}`}>
                {formatRate(row.participationRate, i18n.language)}
              </span>
              <span className="race-row__count">
                {t('contests.race.count', {
                  entrants: formatNumber(row.entrants, i18n.language),
                  eligible: formatNumber(row.eligiblePopulation, i18n.language),
                })}
                {row.populationSource === 'DECLARED' && ` (${t('contests.race.declared')})`}
                {row.unverified > 0 && (
                  <span className="race-row__unverified">
                    {' '}
                    {t('contests.race.rowUnverified', { count: row.unverified })}
                  </span>
                )}
              </span>
            </li>
          );
        })}
      </ol>
      {/* Always there, so the list keeps its height whether or not it pages. */}
      <p className="race__page" data-testid="race-page" aria-live="off">
        {paging.pages > 1 &&
          t('contests.race.page', {
            page: paging.page + 1,
            pages: paging.pages,
            from: shown[0]?.rank ?? paging.start + 1,
            to: shown.at(-1)?.rank ?? paging.end,
            total: formatNumber(rows.length, i18n.language),
          })}
      </p>
    </>
  );
}
