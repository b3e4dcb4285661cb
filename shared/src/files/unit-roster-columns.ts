import type { PopulationKind, UnitKind } from '../units/unit-kind.js';
import type { FileColumn } from './file-columns.js';

/**
 * The units roster file (danh sách đơn vị): read by the server's importer, offered as a
 * template and explained by the client. Headers and values are Vietnamese whatever the
 * UI language.
 */
export type UnitRosterColumnKey = 'code' | 'name' | 'kind' | 'parentCode' | 'population' | 'populationKind';

export const UNIT_ROSTER_COLUMNS: readonly FileColumn<UnitRosterColumnKey>[] = [
  { key: 'code', header: 'Mã đơn vị', aliases: ['code'], required: true, type: 'code' },
  { key: 'name', header: 'Tên đơn vị', aliases: ['name'], required: true, type: 'text' },
  { key: 'kind', header: 'Loại', aliases: ['Loại đơn vị', 'kind'], required: true, type: 'choice' },
  {
    key: 'parentCode',
    header: 'Mã đơn vị cấp trên',
    aliases: ['parent_code', 'parent'],
    required: false,
    type: 'code',
  },
  {
    key: 'population',
    header: 'Số người thuộc diện',
    aliases: ['eligible_population', 'population'],
    required: true,
    type: 'integer',
  },
  // Optional: an empty cell takes the kind's usual population (students for a school...).
  { key: 'populationKind', header: 'Loại đối tượng', aliases: ['population_kind'], required: false, type: 'choice' },
];

/** The value the template writes in "Loại" for each kind. */
export const UNIT_KIND_FILE_LABELS: Record<UnitKind, string> = {
  WARD: 'Phường',
  GROUP: 'Khối',
  SCHOOL: 'Trường',
  CLASS: 'Lớp',
  NEIGHBORHOOD_GROUP: 'Tổ dân phố',
  DEPARTMENT: 'Phòng ban',
  ORGANIZATION: 'Tổ chức',
};

/** Values accepted in "Loại", folded (so "Tổ dân phố", "to dan pho", "TDP" all work). */
export const UNIT_KIND_FILE_VALUES: Readonly<Record<string, UnitKind>> = {
  phuong: 'WARD',
  ward: 'WARD',
  khoi: 'GROUP',
  group: 'GROUP',
  truong: 'SCHOOL',
  school: 'SCHOOL',
  lop: 'CLASS',
  class: 'CLASS',
  'to dan pho': 'NEIGHBORHOOD_GROUP',
  tdp: 'NEIGHBORHOOD_GROUP',
  neighborhood_group: 'NEIGHBORHOOD_GROUP',
  'phong ban': 'DEPARTMENT',
  'phong, ban': 'DEPARTMENT',
  phong: 'DEPARTMENT',
  'trung tam': 'DEPARTMENT',
  department: 'DEPARTMENT',
  'to chuc': 'ORGANIZATION',
  'doan the': 'ORGANIZATION',
  organization: 'ORGANIZATION',
};

/** The value the template writes in "Loại đối tượng" for each population kind. */
export const POPULATION_KIND_FILE_LABELS: Record<PopulationKind, string> = {
  STUDENTS: 'Học sinh',
  RESIDENTS: 'Cư dân',
  MEMBERS: 'Thành viên',
};

/** Values accepted in "Loại đối tượng", folded. */
export const POPULATION_KIND_FILE_VALUES: Readonly<Record<string, PopulationKind>> = {
  'hoc sinh': 'STUDENTS',
  students: 'STUDENTS',
  'cu dan': 'RESIDENTS',
  'nhan khau': 'RESIDENTS',
  residents: 'RESIDENTS',
  'thanh vien': 'MEMBERS',
  'hoi vien': 'MEMBERS',
  'doan vien': 'MEMBERS',
  'can bo': 'MEMBERS',
  members: 'MEMBERS',
};
