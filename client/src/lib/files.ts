/** Browser-side file helpers shared by the import wizards and the export/template downloads. */

import { fileNameFromContentDisposition } from '@thidua/shared';
import { accessTokenExpiresSoon, getAccessToken, hasRefreshToken } from './auth-tokens';
import { refreshSession } from './refresh-session';

export { MAX_IMPORT_FILE_BYTES } from '@thidua/shared';

/** Imports read these; the server decides the format from the extension. */
export const IMPORT_EXTENSIONS = ['.csv', '.xlsx'] as const;
export const IMPORT_ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The question import also takes a ZIP of its sheet and the images the sheet names. */
export const QUESTION_IMPORT_EXTENSIONS = [...IMPORT_EXTENSIONS, '.zip'] as const;
export const QUESTION_IMPORT_ACCEPT = `${IMPORT_ACCEPT},.zip,application/zip`;

export function hasImportExtension(fileName: string, extensions: readonly string[] = IMPORT_EXTENSIONS): boolean {
  const lower = fileName.toLowerCase();
  return extensions.some((ext) => lower.endsWith(ext));
}

/** Reads a picked file as base64 (without the data: URL prefix). */
export function readFileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const result = typeof reader.result === 'string' ? reader.result : '';
      const comma = result.indexOf(',');
      resolve(comma >= 0 ? result.slice(comma + 1) : result);
    };
    reader.readAsDataURL(file);
  });
}

/** Lets the browser save `blob` as `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file that travelled over GraphQL as base64 (exports), saved under its name. */
export function saveBase64File(contentBase64: string, fileName: string): void {
  const bytes = Uint8Array.from(atob(contentBase64), (c) => c.charCodeAt(0));
  const lower = fileName.toLowerCase();
  const type = lower.endsWith('.csv')
    ? 'text/csv;charset=utf-8'
    : lower.endsWith('.zip')
      ? 'application/zip'
      : XLSX_TYPE;
  saveBlob(new Blob([bytes], { type }), fileName);
}

/**
 * Downloads a file from a REST endpoint that needs the session's Bearer token (the
 * access token lives only in memory, so a plain <a href> cannot carry it). Refreshes
 * the token first when it is about to expire. Throws on a non-2xx answer.
 */
export async function downloadWithSession(url: string, fallbackName: string): Promise<void> {
  if (hasRefreshToken() && accessTokenExpiresSoon()) await refreshSession();
  const token = getAccessToken();
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new Error(`download failed: ${response.status}`);
  // The server's name (from the sniffed type, RFC 6266 filename* first), never one cut at ';'.
  const name = fileNameFromContentDisposition(response.headers.get('content-disposition')) ?? fallbackName;
  saveBlob(await response.blob(), name);
}
