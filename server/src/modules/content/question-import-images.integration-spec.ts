import ExcelJS from 'exceljs';
import { Role } from '@thidua/shared';
import sharp from 'sharp';
import { createTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../test-support/test-app.js';
import { readZipEntries, writeZip, type ZipEntry } from '../../common/xlsx/zip-limits.js';
import { FILE_HEADERS } from './question-file.js';

const IMPORT = `mutation($input: ImportQuestionsInput!) { importQuestions(input: $input) {
  ok created updated unchanged errors { line column reason message } } }`;
const EXPORT = `mutation($filter: QuestionsFilterInput, $withImages: Boolean) {
  exportQuestions(filter: $filter, withImages: $withImages) { fileName contentBase64 } }`;
const QUESTIONS = `query($filter: QuestionsFilterInput) { questions(filter: $filter) {
  items { key currentVersion { prompt image { hash alt widths } } } } }`;

type Report = {
  ok: boolean;
  created: number;
  updated: number;
  unchanged: number;
  errors: { line: number; column: string | null; reason: string; message: string }[];
};

/** A small real picture (a gradient), as PNG or JPEG. */
async function picture(width: number, format: 'png' | 'jpeg', shade: number): Promise<Buffer> {
  const height = Math.round(width / 2);
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0; i < raw.length; i += 3) raw.set([(i / 3) % width, shade, 120], i);
  const image = sharp(raw, { raw: { width, height, channels: 3 } });
  return format === 'png' ? image.png().toBuffer() : image.jpeg().toBuffer();
}

/** One SINGLE_CHOICE row in FILE_HEADERS order, with its image cells. */
function row(prompt: string, image: string, alt: string): string[] {
  const byHeader: Record<string, string> = {
    Mục: 'II.1',
    Loại: 'Một lựa chọn',
    'Câu hỏi': prompt,
    'Phương án A': 'Đúng',
    'Phương án B': 'Sai',
    'Đáp án': 'A',
    'Giải thích': 'Mục II.1.',
    'Hình ảnh': image,
    'Mô tả hình ảnh': alt,
  };
  return FILE_HEADERS.map((h) => byHeader[h] ?? '');
}

function csv(rows: string[][]): Buffer {
  const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
  return Buffer.from([FILE_HEADERS, ...rows].map((r) => r.map(quote).join(',')).join('\r\n'), 'utf8');
}

describe('question import and export with images (issue 15)', () => {
  let app: TestApp;
  let admin: string;
  let host: string;
  let resolutionId: string;
  let png: Buffer;
  let jpeg: Buffer;

  const importZip = (entries: ZipEntry[], dryRun = false) =>
    app.gql<{ importQuestions: Report }>(
      IMPORT,
      {
        input: {
          fileName: 'bo-cau-hoi.zip',
          contentBase64: writeZip(entries).toString('base64'),
          resolutionId,
          dryRun,
        },
      },
      host,
    );
  const count = async (table: string) =>
    Number((await app.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const bank = async () => {
    const r = await app.gql<{
      questions: {
        items: {
          key: string;
          currentVersion: { prompt: string; image: { hash: string; alt: string; widths: number[] } | null };
        }[];
      };
    }>(QUESTIONS, { filter: { resolutionId } }, admin);
    return r.data!.questions.items.map((q) => q.currentVersion).sort((a, b) => a.prompt.localeCompare(b.prompt));
  };

  beforeAll(async () => {
    app = await createTestApp();
    admin = await app.signIn('admin', TEST_ADMIN_PASSWORD);
    host = await app.tokenFor(Role.HOST);
    const resolution = await app.gql<{ createResolution: { id: string } }>(
      'mutation($input: CreateResolutionInput!) { createResolution(input: $input) { id } }',
      { input: { code: 'nq-anh-nhap', title: 'Nghị quyết có ảnh', issuedOn: '2026-04-21' } },
      admin,
    );
    resolutionId = resolution.data!.createResolution.id;
    await app.gql(
      'mutation($input: CreateSectionInput!) { createSection(input: $input) { id } }',
      { input: { resolutionId, key: 'II.1', kind: 'CONTENT_GROUP', title: 'Mục II.1', body: '' } },
      admin,
    );
    png = await picture(640, 'png', 30);
    jpeg = await picture(1200, 'jpeg', 200);
  });
  afterAll(() => app.close());

  it('refuses the whole ZIP with a row and column for each image problem, saving nothing', async () => {
    const result = await importZip([
      {
        name: 'bo/cau-hoi.csv',
        data: csv([
          row('Ảnh hội nghị thứ nhất?', 'anh/hoi-nghi.png', 'Hội trường'),
          row('Ảnh hội nghị thứ hai?', 'anh/le-ky-niem.jpg', 'Lễ kỷ niệm'),
          row('Ảnh không có trong tệp?', 'thieu.png', 'Không có'),
          row('Ảnh không có mô tả?', 'anh/hoi-nghi.png', ''),
          row('Ảnh lấy từ mạng?', 'http://169.254.169.254/latest/meta-data', 'Địa chỉ nội bộ'),
          row('Tệp không phải ảnh?', 'anh/ghi-chu.png', 'Ghi chú'),
        ]),
      },
      { name: 'bo/anh/hoi-nghi.png', data: png },
      { name: 'bo/anh/le-ky-niem.jpg', data: jpeg },
      { name: 'bo/anh/ghi-chu.png', data: Buffer.from('MZ\x90 not a picture at all') },
      { name: '__MACOSX/bo/._cau-hoi.csv', data: Buffer.from('resource fork') },
    ]);
    const report = result.data!.importQuestions;
    expect(report).toMatchObject({ ok: false, created: 0, updated: 0 });
    expect(report.errors.map(({ line, column, reason }) => ({ line, column, reason }))).toEqual(
      expect.arrayContaining([
        { line: 5, column: 'Mô tả hình ảnh', reason: 'MISSING_IMAGE_ALT' },
        { line: 6, column: 'Hình ảnh', reason: 'IMAGE_URL_REFUSED' },
      ]),
    );
    expect(report.errors).toHaveLength(2);

    // With the sheet's own problems fixed, the files it names are checked.
    const second = await importZip(
      [
        {
          name: 'cau-hoi.csv',
          data: csv([
            row('Ảnh hội nghị thứ nhất?', 'hoi-nghi.png', 'Hội trường'),
            row('Ảnh hội nghị thứ hai?', 'le-ky-niem.jpg', 'Lễ kỷ niệm'),
            row('Ảnh không có trong tệp?', 'thieu.png', 'Không có'),
            row('Tệp không phải ảnh?', 'ghi-chu.png', 'Ghi chú'),
            row('Ảnh bị cắt cụt?', 'hong.png', 'Ảnh hỏng'),
          ]),
        },
        { name: 'hoi-nghi.png', data: png },
        { name: 'le-ky-niem.jpg', data: jpeg },
        { name: 'ghi-chu.png', data: Buffer.from('MZ\x90 not a picture at all') },
        // A PNG's signature with its header cut: caught by a dry run too, before anything is decoded.
        { name: 'hong.png', data: png.subarray(0, 20) },
      ],
      true,
    );
    expect(second.data!.importQuestions).toMatchObject({ ok: false, created: 0 });
    expect(second.data!.importQuestions.errors).toEqual([
      expect.objectContaining({ line: 4, column: 'Hình ảnh', reason: 'IMAGE_NOT_FOUND' }),
      expect.objectContaining({ line: 5, column: 'Hình ảnh', reason: 'IMAGE_INVALID' }),
      expect.objectContaining({ line: 6, column: 'Hình ảnh', reason: 'IMAGE_INVALID' }),
    ]);
    expect(second.data!.importQuestions.errors[0].message).toContain('thieu.png');
    expect(await count('question')).toBe(0);
    expect(await count('question_image')).toBe(0);

    // A bare sheet naming a file cannot carry it.
    const bare = await app.gql<{ importQuestions: Report }>(
      IMPORT,
      {
        input: {
          fileName: 'cau-hoi.csv',
          contentBase64: csv([row('Ảnh hội nghị thứ nhất?', 'hoi-nghi.png', 'Hội trường')]).toString('base64'),
          resolutionId,
        },
      },
      host,
    );
    expect(bare.data!.importQuestions.errors).toEqual([
      expect.objectContaining({ line: 2, column: 'Hình ảnh', reason: 'IMAGE_NOT_FOUND' }),
    ]);
  });

  it('imports two questions with their images from a ZIP and exports them back, a round trip that changes nothing', async () => {
    // Names as typed on Windows: another case, a backslash; paths are relative to the sheet's folder.
    const entries = [
      {
        name: 'bo/cau-hoi.csv',
        data: csv([
          row('Ảnh hội nghị thứ nhất?', 'anh/hoi-nghi.png', 'Hội trường'),
          row('Ảnh hội nghị thứ hai?', 'Anh\\Le-Ky-Niem.JPG', 'Lễ kỷ niệm'),
        ]),
      },
      { name: 'bo/anh/hoi-nghi.png', data: png },
      { name: 'bo/anh/le-ky-niem.jpg', data: jpeg },
      { name: '__MACOSX/bo/._cau-hoi.csv', data: Buffer.from('resource fork') },
    ];
    const check = await importZip(entries, true);
    expect(check.data!.importQuestions).toEqual({ ok: true, created: 2, updated: 0, unchanged: 0, errors: [] });
    expect(await count('question_image')).toBe(0);

    const done = await importZip(entries);
    expect(done.data!.importQuestions).toEqual({ ok: true, created: 2, updated: 0, unchanged: 0, errors: [] });
    const imported = await bank();
    expect(imported.map((v) => [v.prompt, v.image?.alt, v.image?.widths])).toEqual([
      ['Ảnh hội nghị thứ hai?', 'Lễ kỷ niệm', [480, 960, 1200]],
      ['Ảnh hội nghị thứ nhất?', 'Hội trường', [480, 640]],
    ]);

    const exported = await app.gql<{ exportQuestions: { fileName: string; contentBase64: string } }>(
      EXPORT,
      { filter: { resolutionId }, withImages: true },
      admin,
    );
    const file = exported.data!.exportQuestions;
    expect(file.fileName).toMatch(/^cau-hoi-\d{8}\.zip$/);
    const zip = readZipEntries(Buffer.from(file.contentBase64, 'base64'));
    const names = imported.map((v) => `${v.image!.hash}.webp`);
    expect(zip.map((e) => e.name).sort()).toEqual([file.fileName.replace('.zip', '.xlsx'), ...names].sort());
    for (const name of names)
      expect((await sharp(zip.find((e) => e.name === name)!.data).metadata()).format).toBe('webp');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(zip.find((e) => e.name.endsWith('.xlsx'))!.data as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const imageColumn = header.indexOf('Hình ảnh');
    const altColumn = header.indexOf('Mô tả hình ảnh');
    const cells = [2, 3].map((r) => [
      sheet.getRow(r).getCell(imageColumn).text,
      sheet.getRow(r).getCell(altColumn).text,
    ]);
    expect(cells.sort()).toEqual(imported.map((v) => [`${v.image!.hash}.webp`, v.image!.alt]).sort());

    // The ZIP back, and the bare XLSX back (its names are the stored images): nothing changes.
    const again = await app.gql<{ importQuestions: Report }>(
      IMPORT,
      { input: { fileName: file.fileName, contentBase64: file.contentBase64, resolutionId } },
      admin,
    );
    expect(again.data!.importQuestions).toEqual({ ok: true, created: 0, updated: 0, unchanged: 2, errors: [] });
    const bare = await app.gql<{ exportQuestions: { fileName: string; contentBase64: string } }>(
      EXPORT,
      { filter: { resolutionId } },
      admin,
    );
    expect(bare.data!.exportQuestions.fileName).toMatch(/\.xlsx$/);
    const bareAgain = await app.gql<{ importQuestions: Report }>(
      IMPORT,
      { input: { ...bare.data!.exportQuestions, resolutionId } },
      admin,
    );
    expect(bareAgain.data!.importQuestions).toMatchObject({ ok: true, unchanged: 2 });
    expect(await bank()).toEqual(imported);
    expect(await count('question_image')).toBe(2);

    // Into an empty bank, the exported ZIP recreates both questions with the same pictures.
    await app.asOwner('TRUNCATE quiz_item, quiz_draw_rule, question, question_version, question_image CASCADE');
    const fresh = await app.gql<{ importQuestions: Report }>(
      IMPORT,
      { input: { fileName: file.fileName, contentBase64: file.contentBase64, resolutionId } },
      admin,
    );
    expect(fresh.data!.importQuestions).toMatchObject({ ok: true, created: 2, errors: [] });
    expect((await bank()).map((v) => [v.prompt, v.image?.alt, v.image?.widths])).toEqual([
      ['Ảnh hội nghị thứ hai?', 'Lễ kỷ niệm', [480, 960, 1200]],
      ['Ảnh hội nghị thứ nhất?', 'Hội trường', [480, 640]],
    ]);
  });
});
