import type { RaceUnitRow } from '@thidua/shared';

/** Which level the board shows first: the units residents belong to, then the ones above them. */
const ORDER = ['NEIGHBORHOOD_GROUP', 'SCHOOL', 'CLASS', 'DEPARTMENT', 'ORGANIZATION', 'GROUP', 'WARD'];

export interface RaceLevel {
  level: string;
  rows: RaceUnitRow[];
}

/** The race's rows split into one ranking per level (already ranked within it by the server), in ORDER. */
export function raceLevels(rows: readonly RaceUnitRow[]): RaceLevel[] {
  const byLevel = new Map<string, RaceUnitRow[]>();
  for (const row of rows) byLevel.set(row.level, [...(byLevel.get(row.level) ?? []), row]);
  const rank = (level: string) => (ORDER.includes(level) ? ORDER.indexOf(level) : ORDER.length);
  return [...byLevel.entries()]
    .map(([level, list]) => ({ level, rows: list.sort((a, b) => a.rank - b.rank) }))
    .sort((a, b) => rank(a.level) - rank(b.level));
}
