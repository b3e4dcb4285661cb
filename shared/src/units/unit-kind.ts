/** Kinds of node in the ward's organization tree. */
export const UnitKind = {
  WARD: 'WARD',
  /** A grouping of comparable units: schools, neighborhood groups, departments, organizations. */
  GROUP: 'GROUP',
  SCHOOL: 'SCHOOL',
  /** A class (lớp): sub-unit of a school. */
  CLASS: 'CLASS',
  /** Tổ dân phố. */
  NEIGHBORHOOD_GROUP: 'NEIGHBORHOOD_GROUP',
  /** Phòng, ban, trung tâm of the ward. */
  DEPARTMENT: 'DEPARTMENT',
  /** Mặt trận, đoàn thể, chi bộ and other organizations. */
  ORGANIZATION: 'ORGANIZATION',
} as const;
export type UnitKind = (typeof UnitKind)[keyof typeof UnitKind];
export const UNIT_KINDS: readonly UnitKind[] = Object.values(UnitKind);

/** What a unit's eligible population counts: the denominator of participation rates. */
export const PopulationKind = {
  STUDENTS: 'STUDENTS',
  RESIDENTS: 'RESIDENTS',
  MEMBERS: 'MEMBERS',
} as const;
export type PopulationKind = (typeof PopulationKind)[keyof typeof PopulationKind];
export const POPULATION_KINDS: readonly PopulationKind[] = Object.values(PopulationKind);

/** Which kinds may sit under which: keeps the tree meaningful. */
export const ALLOWED_PARENT_KINDS: Record<UnitKind, readonly UnitKind[]> = {
  WARD: [],
  GROUP: ['WARD'],
  SCHOOL: ['WARD', 'GROUP'],
  CLASS: ['SCHOOL'],
  NEIGHBORHOOD_GROUP: ['WARD', 'GROUP'],
  DEPARTMENT: ['WARD', 'GROUP'],
  ORGANIZATION: ['WARD', 'GROUP'],
};

export function isAllowedParent(kind: UnitKind, parentKind: UnitKind | null): boolean {
  if (parentKind === null) return kind === 'WARD';
  return ALLOWED_PARENT_KINDS[kind].includes(parentKind);
}
