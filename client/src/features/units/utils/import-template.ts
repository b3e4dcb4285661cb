import { POPULATION_KIND_FILE_LABELS, UNIT_KIND_FILE_LABELS, UNIT_ROSTER_COLUMNS } from '@thidua/shared';

/**
 * The roster template. Column headers and values are Vietnamese whatever the UI
 * language: they are what the server's importer reads (both take them from shared).
 */
export const TEMPLATE_COLUMNS = UNIT_ROSTER_COLUMNS;

export const KIND_VALUES: readonly string[] = Object.values(UNIT_KIND_FILE_LABELS);
export const POPULATION_KIND_VALUES: readonly string[] = Object.values(POPULATION_KIND_FILE_LABELS);

export const DEFAULT_WARD_CODE = 'PHUONG-HAI-AN';

function exampleRows(wardCode: string): string[][] {
  return [
    ['KHOI-TRUONG', 'Khối Trường học', 'Khối', wardCode, '0', 'Học sinh'],
    ['THCS-HA', 'Trường THCS Hải An', 'Trường', 'KHOI-TRUONG', '1200', 'Học sinh'],
    ['THCS-HA-6A', 'Lớp 6A', 'Lớp', 'THCS-HA', '42', 'Học sinh'],
    ['THCS-HA-6B', 'Lớp 6B', 'Lớp', 'THCS-HA', '40', 'Học sinh'],
    ['KHOI-TDP', 'Khối Tổ dân phố', 'Khối', wardCode, '0', 'Cư dân'],
    ['TDP-CAT-BI-1', 'Tổ dân phố Cát Bi 1', 'Tổ dân phố', 'KHOI-TDP', '385', 'Cư dân'],
    ['VH-XH', 'Phòng Văn hóa - Xã hội', 'Phòng ban', wardCode, '12', 'Thành viên'],
  ];
}

function csvCell(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

/** Example CSV, UTF-8 with a BOM so that Excel shows the diacritics. */
export function buildTemplateCsv(wardCode: string): Blob {
  const lines = [TEMPLATE_COLUMNS.map((c) => c.header), ...exampleRows(wardCode)].map((row) =>
    row.map((cell) => csvCell(cell.normalize('NFC'))).join(','),
  );
  return new Blob(['\uFEFF', lines.join('\r\n'), '\r\n'], { type: 'text/csv;charset=utf-8' });
}
