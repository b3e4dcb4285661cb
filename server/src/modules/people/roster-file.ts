import {
  PERSON_ROSTER_COLUMNS,
  resolveFileColumns,
  rosterBirthDateFromFile,
  rosterKindFromFile,
  type PersonRosterColumnKey,
  type RosterFileKind,
} from '@thidua/shared';
import type { ImportRowError } from '../../common/import/import-row-error.js';
import type { TabularFile } from '../../common/import/tabular-file.js';
import { cleanPersonFields, type CleanPersonFields, type PersonField } from './person-fields.js';

/** A valid roster row: the person it describes, in which unit, of which kind. */
export interface RosterFileRow {
  line: number;
  unitId: string;
  kind: string;
  fields: CleanPersonFields;
  /** Whether the file has the column at all (absent columns leave stored values alone). */
  hasSubUnit: boolean;
  hasPhone: boolean;
}

/** What a roster file is checked against. */
export interface RosterFileContext {
  kinds: readonly RosterFileKind[];
  /** The target unit and its sub-units, by code, with their main kind. */
  unitsByCode: ReadonlyMap<string, { id: string; populationKind: string }>;
  targetUnitId: string;
  targetMainKind: string;
  now?: Date;
}

const HEADER_OF = new Map(PERSON_ROSTER_COLUMNS.map((c) => [c.key, c.header]));
const FIELD_COLUMN: Record<PersonField, PersonRosterColumnKey> = {
  fullName: 'fullName',
  birthDate: 'birthDate',
  birthYear: 'birthYear',
  subUnit: 'subUnit',
  phone: 'phone',
};

/**
 * Checks every row of a roster file (never stopping at the first problem) and every
 * row against the others: two rows with the same kind, folded name and birth are the
 * same person. Returns the rows only when there is no error at all.
 */
export function validateRosterFile(
  file: TabularFile,
  context: RosterFileContext,
): { rows: RosterFileRow[]; errors: ImportRowError[] } {
  // "Họ và tên*" (the template marks required columns) is "Họ và tên".
  const written = new Map(file.headers.map((h) => [h.replace(/\s*\*+$/u, ''), h]));
  const columns = Object.fromEntries(
    Object.entries(resolveFileColumns(PERSON_ROSTER_COLUMNS, [...written.keys()])).map(([key, header]) => [
      key,
      written.get(header)!,
    ]),
  ) as Partial<Record<PersonRosterColumnKey, string>>;
  const errors: ImportRowError[] = [];
  const missing = (key: PersonRosterColumnKey, message: string) =>
    errors.push({ line: 1, column: HEADER_OF.get(key)!, reason: 'MISSING_COLUMN', message });
  if (!columns.fullName) missing('fullName', 'Missing column "Họ và tên"');
  if (!columns.birthDate && !columns.birthYear) missing('birthDate', 'Missing column "Ngày sinh" or "Năm sinh"');
  if (errors.length > 0) return { rows: [], errors };
  if (file.rows.length === 0) {
    return { rows: [], errors: [{ line: 1, column: null, reason: 'NO_ROWS', message: 'The file has no data rows' }] };
  }

  const rows: RosterFileRow[] = [];
  const firstLine = new Map<string, number>();
  for (const row of file.rows) {
    const cell = (key: PersonRosterColumnKey) => (columns[key] ? (row.cells[columns[key]] ?? '') : '');
    const fail = (key: PersonRosterColumnKey, reason: string, message: string) =>
      errors.push({ line: row.line, column: columns[key] ?? HEADER_OF.get(key)!, reason, message });
    const before = errors.length;

    const unitCode = cell('unitCode').toUpperCase();
    const unit = unitCode
      ? context.unitsByCode.get(unitCode)
      : { id: context.targetUnitId, populationKind: context.targetMainKind };
    if (!unit) fail('unitCode', 'UNIT_NOT_IN_SUBTREE', `${unitCode} is not this unit nor one of its sub-units`);

    const kindText = cell('kind');
    const kind = kindText ? rosterKindFromFile(kindText, context.kinds) : (unit?.populationKind ?? null);
    if (kindText && !kind) fail('kind', 'UNKNOWN_POPULATION_KIND', `Unknown population kind "${kindText}"`);

    const dateText = cell('birthDate');
    const birthDate = dateText ? rosterBirthDateFromFile(dateText) : null;
    if (dateText && !birthDate) fail('birthDate', 'INVALID_BIRTH_DATE', `"${dateText}" is not a date (dd/mm/yyyy)`);
    const yearText = cell('birthYear');
    const birthYear = yearText ? Number(yearText) : null;
    if (yearText && !/^\d{4}$/u.test(yearText)) {
      fail('birthYear', 'INVALID_BIRTH_YEAR', `"${yearText}" is not a year (4 digits)`);
    }

    const { fields, problems } = cleanPersonFields(
      {
        fullName: cell('fullName'),
        // An unreadable date or year is reported above; the other checks still run.
        birthDate,
        birthYear: yearText && /^\d{4}$/u.test(yearText) ? birthYear : null,
        subUnit: cell('subUnit'),
        phone: cell('phone'),
      },
      context.now,
    );
    for (const problem of problems) {
      if (problem.reason === 'MISSING_BIRTH' && (dateText || yearText)) continue;
      fail(FIELD_COLUMN[problem.field], problem.reason, problem.message);
    }
    if (errors.length > before || !fields || !unit || !kind) continue;

    const key = `${kind}|${fields.identityKey}`;
    const seen = firstLine.get(key);
    if (seen !== undefined) {
      fail('fullName', 'DUPLICATE_IN_FILE', `The same person (name and birth) is already on line ${seen}`);
      continue;
    }
    firstLine.set(key, row.line);
    rows.push({
      line: row.line,
      unitId: unit.id,
      kind,
      fields,
      hasSubUnit: Boolean(columns.subUnit),
      hasPhone: Boolean(columns.phone),
    });
  }
  errors.sort((a, b) => a.line - b.line);
  return errors.length > 0 ? { rows: [], errors } : { rows, errors };
}
