import ExcelJS from 'exceljs';

/**
 * The one way the app writes Excel files: a workbook signed "thidua", table sheets
 * with a bold frozen header row and set column widths, and the bytes.
 *
 * Cell text is written as text: exceljs stores a string value as a shared string,
 * never as a formula (a formula needs `{ formula }`), so a name or prompt starting
 * with "=", "+", "-" or "@" stays inert in the XLSX. That is why no writer here
 * prefixes such cells; the files round-trip through the importers unchanged.
 */

/** One column of a table sheet: its header, the row key it reads, its width in characters. */
export interface XlsxColumn<K extends string = string> {
  header: string;
  key: K;
  width: number;
  /** An Excel number format for the column's cells, e.g. '0.0' or 'dd/mm/yyyy'. */
  numFmt?: string;
}

export function createWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'thidua';
  return workbook;
}

/** A sheet whose first row is the columns' headers, bold and frozen. */
export function addTableSheet<K extends string>(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly XlsxColumn<K>[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map(({ header, key, width, numFmt }) => ({
    header,
    key,
    width,
    ...(numFmt ? { style: { numFmt } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  return sheet;
}

/** Sets the widths of the first columns, in characters. */
export function setColumnWidths(sheet: ExcelJS.Worksheet, widths: readonly number[]): void {
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
}

/** A thin border around every cell of the sheet's used range. */
export function drawGrid(sheet: ExcelJS.Worksheet): void {
  sheet.eachRow((row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = {
        top: { style: 'thin' },
        left: { style: 'thin' },
        bottom: { style: 'thin' },
        right: { style: 'thin' },
      };
    }),
  );
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], unique within `used`. */
export function uniqueSheetName(name: string, used: Set<string>, fallback: string): string {
  const base =
    name
      .replace(/[:\\/?*[\]]/g, ' ')
      .slice(0, 28)
      .trim() || fallback;
  let candidate = base;
  for (let n = 2; used.has(candidate); n += 1) candidate = `${base} ${n}`;
  used.add(candidate);
  return candidate;
}

export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
