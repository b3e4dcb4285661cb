import JSZip from 'jszip';
import { bodyLines, closing, documentDate, header, listTable, packDocument, title } from './administrative-document.js';

describe('documentDate', () => {
  it('writes days under 10 and months 1 and 2 with a leading zero (Nghị định 30/2020, Phụ lục I)', () => {
    expect(documentDate('2026-12-05')).toBe('ngày 05 tháng 12 năm 2026');
    expect(documentDate('2026-02-15')).toBe('ngày 15 tháng 02 năm 2026');
    expect(documentDate('2026-01-09')).toBe('ngày 09 tháng 01 năm 2026');
    expect(documentDate('2026-03-10')).toBe('ngày 10 tháng 3 năm 2026');
  });

  it('takes the day in Vietnam for a moment, and leaves dots to fill without a date', () => {
    expect(documentDate(new Date('2026-12-14T18:30:00Z'))).toBe('ngày 15 tháng 12 năm 2026');
    expect(documentDate(null)).toBe('ngày … tháng … năm …');
  });
});

describe('bodyLines', () => {
  it('breaks a long body name before the place, and leaves short ones whole', () => {
    expect(bodyLines('Ủy ban nhân dân phường Hải An')).toEqual(['ỦY BAN NHÂN DÂN', 'PHƯỜNG HẢI AN']);
    expect(bodyLines('Phòng Văn hóa - Xã hội')).toEqual(['PHÒNG VĂN HÓA - XÃ HỘI']);
    expect(bodyLines('HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG')).toEqual(['HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG']);
  });
});

describe('packDocument', () => {
  it('writes an A4 document in Times New Roman with the header, the title, a list and the closing', async () => {
    const buffer = await packDocument(
      [
        header({
          parentBody: '',
          issuingBody: 'Ủy ban nhân dân phường Hải An',
          number: 'Số: 12/QĐ-UBND',
          place: 'Hải An',
          date: '2026-12-05',
        }),
        ...title('QUYẾT ĐỊNH', 'Về việc khen thưởng'),
        listTable(
          [
            { title: 'STT', widthMm: 20 },
            { title: 'Tên', widthMm: 145 },
          ],
          [['1', 'Tổ dân phố số 3']],
        ),
        closing(['Như Điều 3'], { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Trần Văn B' }),
      ],
      'Quyết định',
    );
    const zip = await JSZip.loadAsync(buffer);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    // The issuing body breaks before the place, upper case.
    expect(text).toContain('ỦY BAN NHÂN DÂN|PHƯỜNG HẢI AN');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Hải An, ngày 05 tháng 12 năm 2026');
    expect(text).toContain('QUYẾT ĐỊNH|Về việc khen thưởng');
    expect(text).toContain('Nơi nhận:|- Như Điều 3;|- Lưu: VT.');
    expect(text).toContain('TM. ỦY BAN NHÂN DÂN|CHỦ TỊCH');
    expect(text).toContain('Trần Văn B');
    // A4 (11906 × 16838 twips), margins 20 / 15 / 20 / 30 mm.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/w:top="1134"[^>]*w:right="850"[^>]*w:bottom="1134"[^>]*w:left="1701"/);
    expect(styles).toContain('Times New Roman');
  });
});
