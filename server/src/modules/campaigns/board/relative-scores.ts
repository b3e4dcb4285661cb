import { relativeToBestScores, type IndicatorDef, type RankingView } from '@thidua/shared';
import type { ScoreEntry } from '../entities/score-entry.entity.js';
import type { ScoreSheet } from '../entities/score-sheet.entity.js';
import { entryValue } from './score-views.js';

/** Per indicator id, the unit's own target where the admin set one (by unit id). */
export type UnitTargets = ReadonlyMap<string, ReadonlyMap<string, number>>;

/**
 * RELATIVE_TO_BEST indicators scored over one block at ranking time, from the
 * entries' figures in the view (self figure, or the reviewer's). The block's best is
 * taken among the competing sheets; a listed sheet that does not compete (the
 * organiser, a late sheet under NOT_RANKED) is scored as if it did, without moving
 * the others' scores. Returns, by sheet id, the scores by indicator id; a sheet with
 * no usable figure (none entered, no target) keeps its stored score.
 */
export function relativeScores(
  defs: readonly IndicatorDef[],
  scored: readonly { sheet: ScoreSheet }[],
  competing: ReadonlySet<string>,
  entriesBySheet: ReadonlyMap<string, readonly ScoreEntry[]>,
  view: RankingView,
  targets: UnitTargets = new Map(),
): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const def of defs.filter((i) => i.kind === 'RELATIVE_TO_BEST')) {
    const figure = (sheet: ScoreSheet) => {
      const e = entriesBySheet.get(sheet.id)?.find((x) => x.indicatorId === def.id);
      return e ? entryValue(e, view) : null;
    };
    const pool = new Map(
      scored.filter(({ sheet }) => competing.has(sheet.id)).map(({ sheet }) => [sheet.unitId, figure(sheet)]),
    );
    const unitTargets = targets.get(def.id);
    const record = (sheet: ScoreSheet, results: ReturnType<typeof relativeToBestScores>) => {
      const result = results.get(sheet.unitId);
      if (!result?.ok) return;
      out.set(sheet.id, (out.get(sheet.id) ?? new Map<string, number>()).set(def.id, result.score));
    };
    const blockResults = relativeToBestScores(def, pool, unitTargets);
    for (const { sheet } of scored) {
      if (competing.has(sheet.id)) record(sheet, blockResults);
      else record(sheet, relativeToBestScores(def, new Map([...pool, [sheet.unitId, figure(sheet)]]), unitTargets));
    }
  }
  return out;
}
