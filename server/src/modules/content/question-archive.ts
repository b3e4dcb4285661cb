import { TabularFileError } from '../../common/import/tabular-file.js';
import { readZipEntries, ZipLimitError } from '../../common/xlsx/zip-limits.js';

/** What a question import was given: the sheet, and the images of its ZIP (null: a bare sheet). */
export interface QuestionImportFile {
  sheetName: string;
  sheet: Buffer;
  images: QuestionArchiveImages | null;
}

export interface QuestionArchiveImages {
  /** The bytes of the entry a "Hình ảnh" cell names, or undefined. */
  get(name: string): Buffer | undefined;
}

const SHEET = /\.(xlsx|csv)$/i;

/** Names compared as a spreadsheet user types them: any case, either slash, with or without "./". */
const nameKey = (name: string) =>
  name
    .normalize('NFC')
    .trim()
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .toLowerCase();

/**
 * A .zip import holds exactly one .xlsx or .csv and the images its rows name, by their
 * path relative to the sheet's folder. Entries are inflated under the zip-limits caps
 * (a bomb is refused at 64 MB in all, whatever its headers say); what macOS and Windows
 * add (__MACOSX/, dot files) is ignored. Any other file is a bare sheet.
 */
export function openQuestionImport(fileName: string, content: Buffer): QuestionImportFile {
  if (!fileName.toLowerCase().endsWith('.zip')) return { sheetName: fileName, sheet: content, images: null };
  let entries;
  try {
    entries = readZipEntries(content);
  } catch (error) {
    if (error instanceof ZipLimitError) throw new TabularFileError(`The ZIP file is refused: ${error.message}`);
    throw error;
  }
  const files = entries.filter(
    (e) => !e.name.startsWith('__MACOSX/') && !(e.name.split('/').at(-1) ?? '').startsWith('.'),
  );
  const sheets = files.filter((e) => SHEET.test(e.name));
  if (sheets.length !== 1)
    throw new TabularFileError(`The ZIP must hold exactly one .xlsx or .csv file (it holds ${sheets.length})`);
  const [sheet] = sheets;
  const folder = sheet.name.includes('/') ? sheet.name.slice(0, sheet.name.lastIndexOf('/') + 1) : '';
  const byName = new Map(
    files
      .filter((e) => e !== sheet && e.name.startsWith(folder))
      .map((e) => [nameKey(e.name.slice(folder.length)), e.data]),
  );
  return {
    sheetName: sheet.name.split('/').at(-1)!,
    sheet: sheet.data,
    images: { get: (name) => byName.get(nameKey(name)) },
  };
}
