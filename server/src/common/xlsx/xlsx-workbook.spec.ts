import ExcelJS from 'exceljs';
import { addTableSheet, createWorkbook, setColumnWidths, uniqueSheetName, workbookBuffer } from './xlsx-workbook.js';

async function reread(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await workbookBuffer(workbook)) as unknown as ArrayBuffer);
  return back;
}

describe('xlsx workbook', () => {
  it('writes a table sheet with a bold frozen header, its widths and its rows', async () => {
    const workbook = createWorkbook();
    const sheet = addTableSheet(workbook, 'Người chơi', [
      { header: 'Hạng', key: 'rank', width: 8 },
      { header: 'Tên', key: 'name', width: 28 },
    ]);
    sheet.addRow({ rank: 1, name: 'Lan' });
    const back = (await reread(workbook)).getWorksheet('Người chơi')!;
    expect(back.getRow(1).values).toEqual([undefined, 'Hạng', 'Tên']);
    expect(back.getRow(1).font?.bold).toBe(true);
    expect(back.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect([back.getColumn(1).width, back.getColumn(2).width]).toEqual([8, 28]);
    expect(back.getRow(2).values).toEqual([undefined, 1, 'Lan']);
  });

  it('keeps text that looks like a formula as text', async () => {
    const workbook = createWorkbook();
    addTableSheet(workbook, 'S', [{ header: 'Tên', key: 'name', width: 10 }]).addRow({ name: '=1+1' });
    const cell = (await reread(workbook)).getWorksheet('S')!.getCell('A2');
    expect(cell.value).toBe('=1+1');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
  });

  it('sets leading column widths', async () => {
    const workbook = createWorkbook();
    setColumnWidths(workbook.addWorksheet('S'), [8, 60]);
    const back = (await reread(workbook)).getWorksheet('S')!;
    expect([back.getColumn(1).width, back.getColumn(2).width]).toEqual([8, 60]);
  });

  it('makes sheet names Excel accepts, unique within the workbook', () => {
    const used = new Set<string>();
    expect(uniqueSheetName('Khối A/B', used, 'Khối')).toBe('Khối A B');
    expect(uniqueSheetName('Khối A/B', used, 'Khối')).toBe('Khối A B 2');
    expect(uniqueSheetName('***', used, 'Khối')).toBe('Khối');
    expect(uniqueSheetName('x'.repeat(40), used, 'Khối')).toHaveLength(28);
  });
});
