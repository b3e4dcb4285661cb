import { contentDisposition, fileNameFromContentDisposition, safeDownloadName } from './download-name.js';

describe('safeDownloadName', () => {
  it('keeps the base and takes the extension from the sniffed type', () => {
    expect(safeDownloadName('minh-chung.cmd;.png', 'png')).toBe('minh-chung-cmd.png');
    expect(safeDownloadName('tai-lieu.hta', 'pdf')).toBe('tai-lieu.pdf');
    expect(safeDownloadName('Ảnh buổi tuyên truyền.jpg', 'jpg')).toBe('Ảnh-buổi-tuyên-truyền.jpg');
    expect(safeDownloadName('../..\\"x".jar', 'xlsx')).toBe('x.xlsx');
    expect(safeDownloadName('', 'webp', 'minh-chung')).toBe('minh-chung.webp');
  });
});

describe('contentDisposition and fileNameFromContentDisposition', () => {
  it('writes an ASCII fallback of safe characters and the UTF-8 name, and reads filename* first', () => {
    const header = contentDisposition('attachment', 'Ảnh (1).png');
    expect(header).toBe(`attachment; filename="Anh__1_.png"; filename*=UTF-8''%E1%BA%A2nh%20%281%29.png`);
    expect(fileNameFromContentDisposition(header)).toBe('Ảnh (1).png');
  });

  it('does not stop at a ; inside quotes, and keeps only the last path segment', () => {
    expect(fileNameFromContentDisposition('attachment; filename="minh-chung.cmd;.png"')).toBe('minh-chung.cmd;.png');
    expect(fileNameFromContentDisposition('attachment; filename=bang.xlsx')).toBe('bang.xlsx');
    expect(fileNameFromContentDisposition('attachment; filename="..\\\\a/b.pdf"')).toBe('b.pdf');
    expect(fileNameFromContentDisposition('attachment')).toBeNull();
    expect(fileNameFromContentDisposition(null)).toBeNull();
  });
});
