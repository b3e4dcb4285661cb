import { foldForSearch } from '../text/vietnamese.js';

/** What a column of an import/export file holds, as its importer reads it. */
export type FileColumnType = 'code' | 'text' | 'integer' | 'number' | 'choice' | 'list' | 'yes-no';

/**
 * One column of an import/export file (units roster, question bank): the header the
 * template and the export write (Vietnamese, whatever the UI language), the other
 * headers the importer accepts, whether the importer refuses a file without it.
 */
export interface FileColumn<K extends string = string> {
  key: K;
  header: string;
  /** Other accepted headers, compared folded (case, diacritics and spacing aside). */
  aliases: readonly string[];
  required: boolean;
  type: FileColumnType;
}

/** Every header a column is recognised by, the written one first. */
export function columnHeaders(column: FileColumn): readonly string[] {
  return [column.header, ...column.aliases];
}

/** Which header of a file (as written there) each column is found under; absent columns are left out. */
export function resolveFileColumns<K extends string>(
  columns: readonly FileColumn<K>[],
  headers: readonly string[],
): Partial<Record<K, string>> {
  const byFolded = new Map(headers.map((h) => [foldForSearch(h), h]));
  const result: Partial<Record<K, string>> = {};
  for (const column of columns) {
    const header = columnHeaders(column)
      .map((h) => byFolded.get(foldForSearch(h)))
      .find(Boolean);
    if (header) result[column.key] = header;
  }
  return result;
}
