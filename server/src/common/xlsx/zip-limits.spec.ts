import ExcelJS from 'exceljs';
import { crc32, deflateRawSync } from 'node:zlib';
import { readTabularFile, TabularFileError } from '../import/tabular-file.js';
import { checkZipInflatedSize, MAX_INFLATED_BYTES, readZipEntries, writeZip, ZipLimitError } from './zip-limits.js';

/** A one-entry ZIP whose entry is `content` deflated; `declaredSize` is what its headers claim. */
function zipOf(name: string, content: Buffer, declaredSize = content.length): Buffer {
  const data = deflateRawSync(content, { level: 9 });
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc32(content), 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc32(content), 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(fileName.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = local.length + fileName.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}

/** CPU milliseconds `work` takes (all threads of the process). */
function cpuMs(work: () => void): number {
  const started = process.cpuUsage();
  work();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

describe('XLSX zip bomb (issue 16, lower items)', () => {
  it('refuses an entry that inflates past the cap, whatever its header says, at a bounded CPU cost', async () => {
    // 80 MB of rows deflate to ~80 KB; the headers claim 1 KB.
    const bomb = zipOf('xl/worksheets/sheet1.xml', Buffer.alloc(80 * 1024 * 1024, '<row r="1"/>'), 1024);
    expect(bomb.length).toBeLessThan(200_000);
    // CPU time, not wall time, compared with the floor measured in the same run: inflating the
    // capped amount once. Before the cap, exceljs inflated and parsed everything: 15–24 s a file.
    const floor = cpuMs(() => {
      expect(() => checkZipInflatedSize(bomb)).toThrow(String(MAX_INFLATED_BYTES));
    });
    const started = process.cpuUsage();
    await expect(readTabularFile('bomb.xlsx', bomb)).rejects.toThrow(/inflates to more than/);
    const cpu = process.cpuUsage(started);
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(3 * floor + 500);
    await expect(readTabularFile('bomb.xlsx', bomb)).rejects.toThrow(TabularFileError);
  });

  it('reads a real workbook as before', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('A').addRows([
      ['Mã', 'Tên'],
      ['P1', 'Phường một'],
    ]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(() => checkZipInflatedSize(file)).not.toThrow();
    const table = await readTabularFile('units.xlsx', file);
    expect(table.rows.map((r) => r.cells)).toEqual([{ Mã: 'P1', Tên: 'Phường một' }]);
  });

  it('reads back what writeZip wrote, UTF-8 names included, and reads a bomb no further than the cap', () => {
    const files = [
      { name: 'câu hỏi.csv', data: Buffer.from('Mục,Loại\r\n') },
      { name: 'ảnh/hội nghị.png', data: Buffer.alloc(100_000, 7) },
    ];
    expect(readZipEntries(writeZip(files))).toEqual(files);
    const bomb = zipOf('a.png', Buffer.alloc(4 * 1024 * 1024), 10);
    expect(() => readZipEntries(bomb, 1024 * 1024)).toThrow(ZipLimitError);
    expect(readZipEntries(bomb, 5 * 1024 * 1024)[0].data.length).toBe(4 * 1024 * 1024);
  });
});
