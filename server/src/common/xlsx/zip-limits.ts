import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/** Inflated bytes an imported XLSX may hold in all: a 3 MiB file of real rows inflates to a few tens of MB. */
export const MAX_INFLATED_BYTES = 64 * 1024 * 1024;
/** Entries an imported XLSX may hold. */
export const MAX_ZIP_ENTRIES = 1000;

export class ZipLimitError extends Error {}

export interface ZipEntry {
  /** As stored in the archive (forward slashes). */
  name: string;
  data: Buffer;
}

/**
 * Inflates every entry of a ZIP (an XLSX) with zlib's own output cap, so a zip bomb
 * stops at MAX_INFLATED_BYTES in all instead of at the sizes its headers declare
 * (which can lie): it costs at most that much inflating, then the file is refused.
 * Run before handing the file to exceljs, which would inflate everything into memory.
 */
export function checkZipInflatedSize(zip: Buffer, maxBytes = MAX_INFLATED_BYTES): void {
  forEachZipEntry(zip, maxBytes, () => undefined);
}

/** Every entry of a ZIP, inflated under the same caps as checkZipInflatedSize (directories left out). */
export function readZipEntries(zip: Buffer, maxBytes = MAX_INFLATED_BYTES): ZipEntry[] {
  const entries: ZipEntry[] = [];
  forEachZipEntry(zip, maxBytes, (name, data) => {
    if (!name.endsWith('/')) entries.push({ name, data });
  });
  return entries;
}

function forEachZipEntry(zip: Buffer, maxBytes: number, visit: (name: string, data: Buffer) => void): void {
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
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    if (compressedSize === 0xffffffff || local === 0xffffffff) throw new ZipLimitError('ZIP64 is not accepted');
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) throw new ZipLimitError('broken ZIP entry');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + compressedSize);
    let inflated: Buffer;
    if (method === 0) inflated = data;
    else if (method === 8) {
      try {
        inflated = inflateRawSync(data, { maxOutputLength: remaining + 1 });
      } catch (error) {
        // zlib stopped at the cap (checked by code: jest's sandbox has its own RangeError)
        if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE')
          throw new ZipLimitError(`inflates to more than ${maxBytes} bytes`);
        throw new ZipLimitError('a ZIP entry cannot be inflated');
      }
    } else throw new ZipLimitError(`ZIP compression method ${method} is not accepted`);
    remaining -= inflated.length;
    if (remaining < 0) throw new ZipLimitError(`inflates to more than ${maxBytes} bytes`);
    // Names are UTF-8 when bit 11 is set (what every current archiver writes); older ones are read the same way.
    visit(zip.toString('utf8', at + 46, at + 46 + nameLength).replace(/\\/g, '/'), inflated);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
}

/** A ZIP of the given files (deflated, UTF-8 names), for exports. */
export function writeZip(files: ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const data = deflateRawSync(file.data);
    const crc = crc32(file.data);
    const header = (signature: number, size: number) => {
      const h = Buffer.alloc(size);
      h.writeUInt32LE(signature, 0);
      return h;
    };
    const local = header(0x04034b50, 30);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(file.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = header(0x02014b50, 46);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(file.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, data);
    directory.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const size = directory.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...directory, end]);
}
