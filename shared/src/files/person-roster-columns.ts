import { foldForSearch } from '../text/vietnamese.js';
import type { FileColumn } from './file-columns.js';

/**
 * The roster file of a unit's people (danh sách học sinh, danh sách hộ gia đình…): read
 * by the server's importer, offered as a template and explained by the client. Headers
 * and values are Vietnamese whatever the UI language. A row needs a name and a birth
 * date or a birth year (one of the two columns must be there).
 */
export type PersonRosterColumnKey = 'fullName' | 'birthDate' | 'birthYear' | 'kind' | 'subUnit' | 'phone' | 'unitCode';

export const PERSON_ROSTER_COLUMNS: readonly FileColumn<PersonRosterColumnKey>[] = [
  {
    key: 'fullName',
    header: 'Họ và tên',
    aliases: ['Họ tên', 'Tên', 'Tên chủ hộ', 'full_name', 'name'],
    required: true,
    type: 'text',
  },
  {
    key: 'birthDate',
    header: 'Ngày sinh',
    aliases: ['Ngày tháng năm sinh', 'birth_date'],
    required: false,
    type: 'text',
  },
  { key: 'birthYear', header: 'Năm sinh', aliases: ['birth_year'], required: false, type: 'integer' },
  // Empty: the unit's main kind (a school's pupils, a TDP's residents).
  {
    key: 'kind',
    header: 'Loại đối tượng',
    aliases: ['Đối tượng', 'population_kind', 'kind'],
    required: false,
    type: 'choice',
  },
  {
    key: 'subUnit',
    header: 'Lớp / Tổ / Bộ phận',
    aliases: ['Lớp', 'Tổ', 'Bộ phận', 'Số nhà', 'sub_unit'],
    required: false,
    type: 'text',
  },
  { key: 'phone', header: 'Số điện thoại', aliases: ['Điện thoại', 'SĐT', 'phone'], required: false, type: 'text' },
  // Optional: a sub-unit of the unit the file is imported into (a class of the school).
  { key: 'unitCode', header: 'Mã đơn vị', aliases: ['unit_code'], required: false, type: 'code' },
];

/** Example rows of the template, in the columns' order. */
export const PERSON_ROSTER_TEMPLATE_ROWS: readonly (readonly string[])[] = [
  ['Nguyễn Văn An', '09/03/2014', '', 'Học sinh', '5A', '', ''],
  ['Trần Thị Bình', '', '2014', 'Học sinh', '5A', '', ''],
  ['Lê Văn Cường', '', '1968', 'Hộ gia đình', 'Nhà số 12', '0912345678', ''],
];

/** A population kind as the importer matches it: by code, Vietnamese or English label. */
export interface RosterFileKind {
  code: string;
  labelVi: string;
  labelEn: string;
}

/** Other words files use for the default kinds, folded. */
const KIND_ALIASES: Readonly<Record<string, string>> = {
  'hoc sinh': 'STUDENTS',
  hs: 'STUDENTS',
  'giao vien': 'SCHOOL_STAFF',
  'can bo giao vien': 'SCHOOL_STAFF',
  'nhan vien': 'SCHOOL_STAFF',
  'cong chuc': 'CIVIL_SERVANTS',
  'can bo cong chuc': 'CIVIL_SERVANTS',
  'dang vien': 'PARTY_MEMBERS',
  'hoi vien': 'MEMBERS',
  'doan vien': 'MEMBERS',
  'cu dan': 'RESIDENTS',
  'nhan khau': 'RESIDENTS',
  'nguoi dan': 'RESIDENTS',
  ho: 'HOUSEHOLDS',
  'ho gia dinh': 'HOUSEHOLDS',
};

const foldKind = (value: string) =>
  foldForSearch(value)
    .replace(/[,\-–/]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();

/** The code of the kind a "Loại đối tượng" cell names (code, label, or a usual word), or null. */
export function rosterKindFromFile(text: string, kinds: readonly RosterFileKind[]): string | null {
  const folded = foldKind(text);
  if (!folded) return null;
  const found = kinds.find(
    (k) => foldKind(k.code) === folded || foldKind(k.labelVi) === folded || foldKind(k.labelEn) === folded,
  );
  if (found) return found.code;
  const alias = KIND_ALIASES[folded];
  return alias && kinds.some((k) => k.code === alias) ? alias : null;
}

/**
 * A "Ngày sinh" cell as yyyy-mm-dd: dd/mm/yyyy (also with - or .), or yyyy-mm-dd (what
 * a spreadsheet date cell reads as). Null when it is not a real date.
 */
export function rosterBirthDateFromFile(text: string): string | null {
  const value = text.trim();
  let parts: [number, number, number] | null = null;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(value);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/u.exec(value);
  if (dmy) parts = [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])];
  else if (ymd) parts = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
  if (!parts) return null;
  const [year, month, day] = parts;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
