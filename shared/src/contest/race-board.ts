/** A unit's own figure on the race: the verified persons registered at the unit itself, and its own population. */
export interface RaceOwnFigure {
  unitId: string;
  parentId: string | null;
  /** The unit's kind (WARD, GROUP, SCHOOL, NEIGHBORHOOD_GROUP…): each kind is ranked on its own. */
  level: string;
  /** Counted entrants registered at this very unit (not its sub-units). */
  entrants: number;
  unverified: number;
  /** The unit's own population; used only when none of its sub-units has one (e.g. a school whose classes declare none). */
  population: number;
}

export interface RaceRolledRow {
  unitId: string;
  level: string;
  /** Own entrants plus every descendant's. */
  entrants: number;
  unverified: number;
  /** The sum of the children's populations when any child has one, else the unit's own. */
  eligiblePopulation: number;
  /** entrants ÷ eligible population, 0..1 (capped at 1). */
  participationRate: number;
  /** Rank within its level only. */
  rank: number;
}

/**
 * The race board's rows: a parent (ward, block) counts its own entrants and all of
 * its descendants', and divides by the sum of its children's populations (its own
 * only when no child has any) — so a ward's row is the sum of its children's. Each level (unit kind) is ranked on its own, by
 * rate then entrants; equal rates share a rank.
 */
export function raceRows(units: readonly RaceOwnFigure[]): RaceRolledRow[] {
  const byId = new Map(units.map((u) => [u.unitId, u]));
  const children = new Map<string, RaceOwnFigure[]>();
  for (const u of units) {
    if (u.parentId && byId.has(u.parentId)) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  }
  const rolled = new Map<string, RaceRolledRow>();
  const roll = (unit: RaceOwnFigure, seen: Set<string>): RaceRolledRow => {
    const done = rolled.get(unit.unitId);
    if (done) return done;
    seen.add(unit.unitId);
    const kids = (children.get(unit.unitId) ?? []).filter((c) => !seen.has(c.unitId)).map((c) => roll(c, seen));
    const entrants = unit.entrants + kids.reduce((a, k) => a + k.entrants, 0);
    const childrenPopulation = kids.reduce((a, k) => a + k.eligiblePopulation, 0);
    const eligiblePopulation = childrenPopulation > 0 ? childrenPopulation : unit.population;
    const row: RaceRolledRow = {
      unitId: unit.unitId,
      level: unit.level,
      entrants,
      unverified: unit.unverified + kids.reduce((a, k) => a + k.unverified, 0),
      eligiblePopulation,
      participationRate: eligiblePopulation > 0 ? Math.min(1, entrants / eligiblePopulation) : 0,
      rank: 0,
    };
    rolled.set(unit.unitId, row);
    return row;
  };
  const rows = units
    .map((u) => roll(u, new Set()))
    .filter((r) => r.eligiblePopulation > 0 || r.entrants > 0 || r.unverified > 0);
  const levels = new Map<string, RaceRolledRow[]>();
  for (const r of rows) levels.set(r.level, [...(levels.get(r.level) ?? []), r]);
  return [...levels.values()].flatMap((level) => {
    level.sort((a, b) => b.participationRate - a.participationRate || b.entrants - a.entrants);
    level.forEach((row, i) => {
      const previous = level[i - 1];
      row.rank = previous && previous.participationRate === row.participationRate ? previous.rank : i + 1;
    });
    return level;
  });
}

/** A race bar's width in percent: the participation rate itself on a 0–100 % scale (0.1 % draws 0.1 %). */
export const raceBarWidth = (participationRate: number): number => Math.max(0, Math.min(100, participationRate * 100));
