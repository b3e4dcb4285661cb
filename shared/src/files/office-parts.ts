/**
 * The part list of an Office Open XML file (DOCX, XLSX), read from the ZIP's central
 * directory, not by searching the bytes for a name: a ZIP that merely mentions `xl/`
 * somewhere is not a workbook. Pure, so the server and the client use the same rules.
 */

export type OfficeKind = 'docx' | 'xlsx';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** More entries than any real evidence document has; a bigger directory is refused. */
export const MAX_ZIP_ENTRIES = 5000;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

/** The ZIP's central directory entries, or null when the bytes are not a well-formed ZIP. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  if (bytes.length < 22 || u32(bytes, 0) !== LOCAL) return null;
  // The end-of-central-directory record: 22 bytes plus a comment of at most 65535.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) {
    if (u32(bytes, at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = u16(bytes, eocd + 10);
  const offset = u32(bytes, eocd + 16);
  if (count > MAX_ZIP_ENTRIES || offset >= bytes.length) return null;
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) return null;
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    if (at + 46 + nameLength > bytes.length) return null;
    let name = '';
    for (let j = 0; j < nameLength; j += 1) name += String.fromCharCode(bytes[at + 46 + j]);
    entries.push({
      name,
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      uncompressedSize: u32(bytes, at + 24),
      localHeaderOffset: u32(bytes, at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The stored (possibly deflated) bytes of one entry, located through its local header. */
export function zipEntryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL) return null;
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  return end <= bytes.length ? bytes.subarray(start, end) : null;
}

const MAIN_PART: Record<OfficeKind, string> = { docx: 'word/document.xml', xlsx: 'xl/workbook.xml' };

/** Parts that carry macros or embedded programs (VBA projects, their signatures, ActiveX binaries). */
const PROGRAM_PART = /(^|\/)vbaProject\.bin$|(^|\/)vbaData\.xml$|(^|\/)vbaProjectSignature|\/activeX\/.*\.bin$/i;

/** Content types that mark a macro-enabled document (.docm, .xlsm, .xltm, .xlam…). */
export const MACRO_CONTENT_TYPE = /macroEnabled|vbaProject|activeX/i;

export type OfficeCheck = 'ok' | 'not-office' | 'macros';

/**
 * Whether `bytes` is a real DOCX or XLSX: a ZIP whose directory lists `[Content_Types].xml`
 * and the kind's main part, with no macro or ActiveX part. The content types file itself
 * is compressed; the server inflates it and checks it with MACRO_CONTENT_TYPE.
 */
export function checkOfficeParts(kind: OfficeKind, bytes: Uint8Array): OfficeCheck {
  const entries = zipEntries(bytes);
  if (!entries) return 'not-office';
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('[Content_Types].xml') || !names.has(MAIN_PART[kind])) return 'not-office';
  return entries.some((e) => PROGRAM_PART.test(e.name)) ? 'macros' : 'ok';
}
