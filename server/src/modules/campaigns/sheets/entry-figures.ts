import {
  scoreFromValue,
  type IndicatorDef,
  type ScoreContext,
  type ScoreResult,
  type UnitPopulationFigure,
} from '@thidua/shared';
import { In, type EntityManager } from 'typeorm';
import type { PopulationsService } from '../../people/populations.service.js';
import { IndicatorTarget } from '../entities/indicator.entity.js';

/**
 * The figures an entry's score depends on besides its own value, the same ones the
 * rest of the product uses: the unit's own target, its population of a RATE
 * indicator's kind (roster, else declared: PopulationsService), and for
 * RELATIVE_TO_BEST the best figure (reviewer's where corrected) among the other
 * unmarked sheets of the same block and period.
 */
export interface EntryFigures {
  /** By `${indicatorId}:${unitId}`. */
  targets: ReadonlyMap<string, number>;
  /** By `${unitId}:${populationKind ?? ''}`. */
  populations: ReadonlyMap<string, UnitPopulationFigure>;
  /** Block figures of RELATIVE_TO_BEST indicators. */
  blockFigures: readonly BlockFigure[];
}

export interface BlockFigure {
  sheetId: string;
  periodId: string;
  blockId: string;
  indicatorId: string;
  figure: number;
}

/** What the figures are loaded for: sheets with their block (null: in no block). */
export interface FigureSheet {
  id: string;
  unitId: string;
  periodId: string;
  blockId: string | null;
}

export const NO_FIGURES: EntryFigures = { targets: new Map(), populations: new Map(), blockFigures: [] };

const populationKey = (unitId: string, kind: string | null): string => `${unitId}:${kind ?? ''}`;

export async function loadEntryFigures(
  manager: EntityManager,
  populations: PopulationsService,
  sheets: readonly FigureSheet[],
  indicators: readonly Pick<IndicatorDef, 'id' | 'kind' | 'populationKind'>[],
): Promise<EntryFigures> {
  if (sheets.length === 0 || indicators.length === 0) return NO_FIGURES;
  const unitIds = [...new Set(sheets.map((s) => s.unitId))];
  const targetRows = await manager.findBy(IndicatorTarget, {
    indicatorId: In(indicators.map((i) => i.id)),
    unitId: In(unitIds),
  });
  const populationMap = new Map<string, UnitPopulationFigure>();
  const kinds = new Set(indicators.filter((i) => i.kind === 'RATE').map((i) => i.populationKind ?? null));
  for (const kind of kinds) {
    for (const [unitId, figure] of await populations.figures(unitIds, kind, manager))
      populationMap.set(populationKey(unitId, kind), figure);
  }
  const relative = indicators.filter((i) => i.kind === 'RELATIVE_TO_BEST').map((i) => i.id);
  const blockIds = [...new Set(sheets.flatMap((s) => (s.blockId ? [s.blockId] : [])))];
  const blockFigures =
    relative.length && blockIds.length
      ? await manager.query<
          { sheet_id: string; period_id: string; block_id: string; indicator_id: string; figure: number }[]
        >(
          `SELECT s.id AS sheet_id, s.period_id, bu.block_id, e.indicator_id,
                  coalesce(e.reviewed_value, e.value) AS figure
             FROM score_entry e
             JOIN score_sheet s ON s.id = e.sheet_id
             JOIN campaign_block_unit bu ON bu.campaign_id = s.campaign_id AND bu.unit_id = s.unit_id
            WHERE bu.block_id = ANY($1::uuid[]) AND s.period_id = ANY($2::uuid[])
              AND e.indicator_id = ANY($3::uuid[]) AND s.mark IS NULL
              AND coalesce(e.reviewed_value, e.value) IS NOT NULL`,
          [blockIds, [...new Set(sheets.map((s) => s.periodId))], relative],
        )
      : [];
  return {
    targets: new Map(targetRows.map((t) => [`${t.indicatorId}:${t.unitId}`, t.target])),
    populations: populationMap,
    blockFigures: blockFigures.map((r) => ({
      sheetId: r.sheet_id,
      periodId: r.period_id,
      blockId: r.block_id,
      indicatorId: r.indicator_id,
      figure: Number(r.figure),
    })),
  };
}

/** The unit's population of a RATE indicator's kind, when the indicator is a RATE. */
export function entryPopulation(
  figures: EntryFigures,
  indicator: Pick<IndicatorDef, 'kind' | 'populationKind'>,
  unitId: string,
): UnitPopulationFigure | null {
  if (indicator.kind !== 'RATE') return null;
  return figures.populations.get(populationKey(unitId, indicator.populationKind ?? null)) ?? null;
}

/** The best figure of the other sheets of the sheet's block and period (null: none, or no block). */
export function blockBestOf(figures: EntryFigures, sheet: FigureSheet, indicatorId: string): number | null {
  if (!sheet.blockId) return null;
  let best: number | null = null;
  for (const f of figures.blockFigures) {
    if (f.sheetId === sheet.id || f.blockId !== sheet.blockId || f.periodId !== sheet.periodId) continue;
    if (f.indicatorId !== indicatorId || !Number.isFinite(f.figure) || f.figure < 0) continue;
    if (best === null || f.figure > best) best = f.figure;
  }
  return best;
}

/** The context scoreFromValue needs for one entry of a sheet. */
export function scoreContextOf(figures: EntryFigures, sheet: FigureSheet, indicator: IndicatorDef): ScoreContext {
  return {
    unitTarget: figures.targets.get(`${indicator.id}:${sheet.unitId}`) ?? null,
    population: entryPopulation(figures, indicator, sheet.unitId)?.size ?? null,
    blockBest: indicator.kind === 'RELATIVE_TO_BEST' ? blockBestOf(figures, sheet, indicator.id) : null,
  };
}

/** The score of a figure with how it was computed (null figure: nothing to explain). */
export function scoreFigure(
  figures: EntryFigures,
  sheet: FigureSheet,
  indicator: IndicatorDef,
  figure: number | null,
): ScoreResult | null {
  if (figure === null || indicator.kind === 'GROUP') return null;
  return scoreFromValue(indicator, figure, scoreContextOf(figures, sheet, indicator));
}
