import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { checkZipInflatedSize, ZipLimitError } from '../xlsx/zip-limits.js';

/** One data row of a CSV or XLSX file, keyed by the header as written. */
export interface TabularRow {
  /** Line in the file (the header is line 1), as a spreadsheet user sees it. */
  line: number;
  cells: Record<string, string>;
}

export interface TabularFile {
  headers: string[];
  rows: TabularRow[];
}

export class TabularFileError extends Error {}

/**
 * Reads the first sheet of an XLSX file or a CSV (UTF-8 with or without BOM,
 * comma or semicolon separated, as Excel writes them in Vietnamese locales).
 * Every cell comes back as trimmed NFC text; fully empty rows are skipped.
 */
export async function readTabularFile(fileName: string, content: Buffer): Promise<TabularFile> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return readXlsx(content);
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return readCsv(content);
  throw new TabularFileError('Only .csv and .xlsx files can be imported');
}

function readCsv(content: Buffer): TabularFile {
  const text = content.toString('utf8').replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    const parsed: unknown = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true });
    records = parsed as string[][];
  } catch (error) {
    throw new TabularFileError(`The CSV file cannot be read: ${(error as Error).message}`);
  }
  return toTable(records.map((cells, index) => ({ line: index + 1, values: cells })));
}

async function readXlsx(content: Buffer): Promise<TabularFile> {
  try {
    checkZipInflatedSize(content);
  } catch (error) {
    if (error instanceof ZipLimitError) throw new TabularFileError(`The XLSX file is refused: ${error.message}`);
    throw error;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs' types want its own Buffer flavour; a Node Buffer is what it reads at run time.
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new TabularFileError('The XLSX file cannot be read');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new TabularFileError('The XLSX file has no sheet');
  const lines: { line: number; values: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      values[column - 1] = cellText(cell.value);
    });
    lines.push({ line: rowNumber, values: Array.from(values, (v) => v ?? '') });
  });
  return toTable(lines);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value)
      return typeof value.result === 'string' || typeof value.result === 'number' ? String(value.result) : '';
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}

function toTable(lines: { line: number; values: string[] }[]): TabularFile {
  const clean = lines
    .map(({ line, values }) => ({ line, values: values.map((v) => (v ?? '').normalize('NFC').trim()) }))
    .filter(({ values }) => values.some((v) => v !== ''));
  const [header, ...body] = clean;
  if (!header) return { headers: [], rows: [] };
  const headers = header.values;
  return {
    headers,
    rows: body.map(({ line, values }) => ({
      line,
      cells: Object.fromEntries(headers.map((h, i) => [h, values[i] ?? ''])),
    })),
  };
}
