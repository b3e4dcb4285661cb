import { formatPersonalCode, personalCodeFromBytes } from '@thidua/shared';
import type { RosterPerson } from '../hooks/use-roster';

/** A valid printed code (check character included) made from a number. */
export function codeFor(n: number): string {
  const bytes = Uint8Array.from({ length: 7 }, (_, i) => (n * 7 + i * 13 + Math.floor(n / 20)) % 256);
  return formatPersonalCode(personalCodeFromBytes(bytes));
}

let next = 1;

/** A person as the roster lists them; a pupil of class 5A of a primary school unless told otherwise. */
export function personFixture(overrides: Partial<RosterPerson> = {}): RosterPerson {
  const n = next++;
  return {
    id: `p${n}`,
    unitId: 'u-school',
    unit: { id: 'u-school', code: 'TH-HA', name: 'Trường Tiểu học Hải An' },
    kind: 'STUDENTS',
    fullName: `Học sinh ${n}`,
    birthDate: '2016-09-15',
    birthYear: 2016,
    subUnit: '5A',
    phoneMasked: null,
    personalCode: codeFor(n),
    erased: false,
    createdAt: '2026-09-01T08:00:00.000Z',
    updatedAt: '2026-09-01T08:00:00.000Z',
    ...overrides,
  };
}

export const populationKindsFixture = [
  { code: 'STUDENTS', labelVi: 'Học sinh', labelEn: 'Pupils', household: false, sortOrder: 10, active: true },
  {
    code: 'SCHOOL_STAFF',
    labelVi: 'Cán bộ - giáo viên - nhân viên',
    labelEn: 'School staff',
    household: false,
    sortOrder: 20,
    active: true,
  },
  { code: 'HOUSEHOLDS', labelVi: 'Hộ gia đình', labelEn: 'Households', household: true, sortOrder: 70, active: true },
];

export function rosterUnitFixture(populations: { kind: string; rosterSize: number; declared: number }[] = []) {
  return {
    id: 'u-school',
    code: 'TH-HA',
    name: 'Trường Tiểu học Hải An',
    kind: 'SCHOOL',
    parentId: 'u-ward',
    populationKind: 'STUDENTS',
    populations: populations.map((p) => ({
      ...p,
      size: p.rosterSize > 0 ? p.rosterSize : p.declared,
      source: p.rosterSize > 0 ? 'ROSTER' : 'DECLARED',
    })),
  };
}
