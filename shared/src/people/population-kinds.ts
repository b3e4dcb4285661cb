/**
 * The kinds of people a unit counts (đối tượng): each unit has one population per kind,
 * and every participation rate names the kind it divides by. The list is data the ward
 * can edit (table `population_kind`); these are the kinds it starts with.
 */
export interface PopulationKindDefinition {
  /** Stable code, e.g. "STUDENTS": in files, settings and formulas. */
  code: string;
  labelVi: string;
  labelEn: string;
  /** A roster entry of this kind is a household (hộ gia đình), named after its head. */
  household: boolean;
}

export const DEFAULT_POPULATION_KINDS: readonly PopulationKindDefinition[] = [
  { code: 'STUDENTS', labelVi: 'Học sinh', labelEn: 'Pupils', household: false },
  { code: 'SCHOOL_STAFF', labelVi: 'Cán bộ - giáo viên - nhân viên', labelEn: 'School staff', household: false },
  { code: 'CIVIL_SERVANTS', labelVi: 'Cán bộ - công chức', labelEn: 'Civil servants', household: false },
  { code: 'PARTY_MEMBERS', labelVi: 'Đảng viên', labelEn: 'Party members', household: false },
  { code: 'MEMBERS', labelVi: 'Hội viên, đoàn viên', labelEn: 'Association members', household: false },
  { code: 'RESIDENTS', labelVi: 'Người dân', labelEn: 'Residents', household: false },
  { code: 'HOUSEHOLDS', labelVi: 'Hộ gia đình', labelEn: 'Households', household: true },
];

/** A population kind code: capital letters, digits and underscores. */
export const POPULATION_KIND_CODE = /^[A-Z][A-Z0-9_]{1,29}$/;

/**
 * Where a unit's population of a kind comes from: its roster (people with names, the
 * verified figure) or, for a unit that has no roster of that kind, a number an admin
 * declared ("khai báo, chưa xác minh").
 */
export const PopulationSource = { ROSTER: 'ROSTER', DECLARED: 'DECLARED' } as const;
export type PopulationSource = (typeof PopulationSource)[keyof typeof PopulationSource];

export interface UnitPopulationFigure {
  kind: string;
  /** The denominator rates use: the roster size when there is a roster, else the declared number. */
  size: number;
  source: PopulationSource;
  /** People of this kind on the roster (the unit's subtree). */
  rosterSize: number;
  /** The declared number (0 when none). */
  declared: number;
}

/** The population of one kind: the roster when it has anyone, else the declared number. */
export function populationFigure(kind: string, rosterSize: number, declared: number): UnitPopulationFigure {
  return rosterSize > 0
    ? { kind, size: rosterSize, source: 'ROSTER', rosterSize, declared }
    : { kind, size: declared, source: 'DECLARED', rosterSize, declared };
}
