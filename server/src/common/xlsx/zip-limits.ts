import { inflateRawSync } from 'node:zlib';

/** Inflated bytes an imported XLSX may hold in all: a 3 MiB file of real rows inflates to a few tens of MB. */
export const MAX_INFLATED_BYTES = 64 * 1024 * 1024;
/** Entries an imported XLSX may hold. */
export const MAX_ZIP_ENTRIES = 1000;

export class ZipLimitError extends Error {}

/**
 * Inflates every entry of a ZIP (an XLSX) with zlib's own output cap, so a zip bomb
 * stops at MAX_INFLATED_BYTES in all instead of at the sizes its headers declare
 * (which can lie): it costs at most that much inflating, then the file is refused.
 * Run before handing the file to exceljs, which would inflate everything into memory.
 */
export function checkZipInflatedSize(zip: Buffer, maxBytes = MAX_INFLATED_BYTES): void {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > zip.length) throw new ZipLimitError('not a ZIP file');
  const entries = zip.readUInt16LE(eocd + 10);
  if (entries > MAX_ZIP_ENTRIES) throw new ZipLimitError(`more than ${MAX_ZIP_ENTRIES} entries`);
  let at = zip.readUInt32LE(eocd + 16);
  let remaining = maxBytes;
  for (let i = 0; i < entries; i += 1) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw new ZipLimitError('broken ZIP directory');
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const local = zip.readUInt32LE(at + 42);
    if (compressedSize === 0xffffffff || local === 0xffffffff) throw new ZipLimitError('ZIP64 is not accepted');
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) throw new ZipLimitError('broken ZIP entry');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + compressedSize);
    let size: number;
    if (method === 0) size = data.length;
    else if (method === 8) {
      try {
        size = inflateRawSync(data, { maxOutputLength: remaining + 1 }).length;
      } catch (error) {
        // zlib stopped at the cap (checked by code: jest's sandbox has its own RangeError)
        if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') size = remaining + 1;
        else throw new ZipLimitError('a ZIP entry cannot be inflated');
      }
    } else throw new ZipLimitError(`ZIP compression method ${method} is not accepted`);
    remaining -= size;
    if (remaining < 0) throw new ZipLimitError(`inflates to more than ${maxBytes} bytes`);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
}
