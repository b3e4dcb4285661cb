import {
  DEFAULT_POPULATION_KINDS,
  foldForSearch,
  isAllowedParent,
  normalizeText,
  POPULATION_KIND_FILE_VALUES,
  resolveFileColumns,
  rosterKindFromFile,
  type RosterFileKind,
  UNIT_KIND_FILE_VALUES,
  UNIT_ROSTER_COLUMNS,
  type PopulationKind,
  type UnitKind,
  type UnitRosterColumnKey,
} from '@thidua/shared';
import type { ImportRowError } from '../../common/import/import-row-error.js';
import type { TabularFile } from '../../common/import/tabular-file.js';

/** The roster file's columns and accepted values are shared with the client (@thidua/shared UNIT_ROSTER_COLUMNS). */

/** A validated roster row, ready to be created or to update the unit with the same code. */
export interface RosterUnit {
  line: number;
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
  eligiblePopulation: number;
  populationKind: string;
}

/** What the roster is checked against: units already in the database, by code. */
export interface ExistingUnit {
  code: string;
  kind: UnitKind;
  parentCode: string | null;
}

type Field = UnitRosterColumnKey;

const COLUMN_BY_KEY = new Map(UNIT_ROSTER_COLUMNS.map((c) => [c.key, c]));
const headerOf = (field: Field): string => COLUMN_BY_KEY.get(field)!.header;
const REQUIRED: Field[] = UNIT_ROSTER_COLUMNS.filter((c) => c.required).map((c) => c.key);
const DEFAULT_POPULATION: Record<UnitKind, PopulationKind> = {
  WARD: 'RESIDENTS',
  GROUP: 'MEMBERS',
  SCHOOL: 'STUDENTS',
  CLASS: 'STUDENTS',
  NEIGHBORHOOD_GROUP: 'RESIDENTS',
  DEPARTMENT: 'MEMBERS',
  ORGANIZATION: 'MEMBERS',
};
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

/**
 * Checks every row of a roster file against itself and the units already saved.
 * Returns every problem found (never stops at the first) or, when there is none,
 * the rows in an order where each parent comes before its children.
 */
export function validateRoster(
  file: TabularFile,
  existing: ReadonlyMap<string, ExistingUnit>,
  /** The population kinds a "Loại đối tượng" cell may name (code or label). */
  kinds: readonly RosterFileKind[] = DEFAULT_POPULATION_KINDS,
): { units: RosterUnit[]; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const columns = resolveFileColumns(UNIT_ROSTER_COLUMNS, file.headers);
  const missing = REQUIRED.filter((field) => !columns[field]);
  if (missing.length > 0) {
    for (const field of missing) {
      errors.push({
        line: 1,
        column: headerOf(field),
        reason: 'MISSING_COLUMN',
        message: `Missing column "${headerOf(field)}"`,
      });
    }
    return { units: [], errors };
  }
  if (file.rows.length === 0) {
    return { units: [], errors: [{ line: 1, column: null, reason: 'NO_ROWS', message: 'The file has no data rows' }] };
  }

  const units: RosterUnit[] = [];
  const firstLineOfCode = new Map<string, number>();
  for (const row of file.rows) {
    const cell = (field: Field) => (columns[field] ? (row.cells[columns[field]] ?? '') : '');
    const fail = (field: Field, reason: string, message: string) =>
      errors.push({ line: row.line, column: columns[field] ?? headerOf(field), reason, message });
    const before = errors.length;

    const code = cell('code').toUpperCase();
    if (!code) fail('code', 'MISSING_CODE', 'The unit code is empty');
    else if (!CODE.test(code))
      fail('code', 'INVALID_CODE', `"${code}" is not a valid code (1–40 letters, digits, . _ -)`);
    else if (firstLineOfCode.has(code)) {
      fail('code', 'DUPLICATE_CODE', `Code ${code} already appears on line ${firstLineOfCode.get(code)}`);
    } else firstLineOfCode.set(code, row.line);

    const name = normalizeText(cell('name'));
    if (!name) fail('name', 'MISSING_NAME', 'The unit name is empty');
    else if (name.length > 200) fail('name', 'TOO_LONG', 'The unit name is longer than 200 characters');

    const kindText = cell('kind');
    const kind = UNIT_KIND_FILE_VALUES[foldForSearch(kindText)] ?? UNIT_KIND_FILE_VALUES[kindText.toLowerCase()];
    if (!kind) fail('kind', 'UNKNOWN_KIND', `Unknown unit kind "${kindText}"`);

    const populationText = cell('population').replace(/[\s.,](?=\d{3}\b)/g, '');
    const eligiblePopulation = Number(populationText);
    if (
      populationText === '' ||
      !Number.isInteger(eligiblePopulation) ||
      eligiblePopulation < 0 ||
      eligiblePopulation > 10_000_000
    ) {
      fail('population', 'INVALID_POPULATION', `"${cell('population')}" is not a whole number of people`);
    }

    const populationKindText = cell('populationKind');
    let populationKind = kind ? DEFAULT_POPULATION[kind] : 'MEMBERS';
    if (populationKindText) {
      const parsed =
        POPULATION_KIND_FILE_VALUES[foldForSearch(populationKindText)] ?? rosterKindFromFile(populationKindText, kinds);
      if (!parsed) fail('populationKind', 'UNKNOWN_POPULATION_KIND', `Unknown population kind "${populationKindText}"`);
      else populationKind = parsed;
    }

    const parentCode = cell('parentCode').toUpperCase() || null;
    if (errors.length === before && kind) {
      units.push({ line: row.line, code, name, kind, parentCode, eligiblePopulation, populationKind });
    }
  }

  // Parents: in the file or already saved, of an allowed kind, and no cycles.
  const kindOf = new Map<string, UnitKind>();
  const parentOf = new Map<string, string | null>();
  for (const [code, unit] of existing) {
    kindOf.set(code, unit.kind);
    parentOf.set(code, unit.parentCode);
  }
  for (const unit of units) {
    kindOf.set(unit.code, unit.kind);
    parentOf.set(unit.code, unit.parentCode);
  }
  const parentColumn = columns.parentCode ?? headerOf('parentCode');
  for (const unit of units) {
    if (unit.parentCode === null) {
      if (unit.kind !== 'WARD') {
        errors.push({
          line: unit.line,
          column: parentColumn,
          reason: 'MISSING_PARENT',
          message: 'Only the ward has no parent unit',
        });
      }
      continue;
    }
    const parentKind = kindOf.get(unit.parentCode);
    if (!parentKind) {
      errors.push({
        line: unit.line,
        column: parentColumn,
        reason: 'UNKNOWN_PARENT',
        message: `No unit has the code ${unit.parentCode}`,
      });
    } else if (!isAllowedParent(unit.kind, parentKind)) {
      errors.push({
        line: unit.line,
        column: parentColumn,
        reason: 'INVALID_PARENT_KIND',
        message: `A ${unit.kind} cannot be placed under a ${parentKind}`,
      });
    } else if (hasCycle(unit.code, parentOf)) {
      errors.push({
        line: unit.line,
        column: parentColumn,
        reason: 'CYCLE',
        message: `${unit.code} would be its own ancestor`,
      });
    }
  }
  errors.sort((a, b) => a.line - b.line);
  return errors.length > 0 ? { units: [], errors } : { units: parentsFirst(units), errors };
}

function hasCycle(code: string, parentOf: ReadonlyMap<string, string | null>): boolean {
  const seen = new Set<string>([code]);
  let current = parentOf.get(code) ?? null;
  while (current !== null) {
    if (seen.has(current)) return true;
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
  return false;
}

function parentsFirst(units: RosterUnit[]): RosterUnit[] {
  const inFile = new Map(units.map((u) => [u.code, u]));
  const ordered: RosterUnit[] = [];
  const placed = new Set<string>();
  const place = (unit: RosterUnit) => {
    if (placed.has(unit.code)) return;
    placed.add(unit.code);
    const parent = unit.parentCode ? inFile.get(unit.parentCode) : undefined;
    if (parent) place(parent);
    ordered.push(unit);
  };
  units.forEach(place);
  return ordered;
}
