import JSZip from 'jszip';
import {
  detectEvidenceType,
  isAllowedEvidenceUrl,
  MAX_EVIDENCE_BASE64_LENGTH,
  MAX_EVIDENCE_FILE_BYTES,
} from './evidence.js';

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('detectEvidenceType', () => {
  it('recognizes allowed files by their content and name', () => {
    expect(detectEvidenceType('bien-ban.pdf', bytes('%PDF-1.7\n'))).toEqual({
      extension: 'pdf',
      mimeType: 'application/pdf',
    });
    expect(detectEvidenceType('anh.JPEG', bytes([0xff, 0xd8, 0xff, 0xe0]))?.extension).toBe('jpg');
    expect(detectEvidenceType('anh.png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))?.extension).toBe(
      'png',
    );
    expect(detectEvidenceType('anh.webp', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))?.extension).toBe('webp');
  });

  it('recognizes DOCX and XLSX by the part list of a real ZIP, not by names found in the bytes', async () => {
    const office = async (part: string) => {
      const zip = new JSZip();
      zip.file('[Content_Types].xml', '<Types/>');
      zip.file(part, '<x/>');
      return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    };
    expect(detectEvidenceType('bao-cao.docx', await office('word/document.xml'))?.extension).toBe('docx');
    expect(detectEvidenceType('bang.xlsx', await office('xl/workbook.xml'))?.extension).toBe('xlsx');
    expect(
      detectEvidenceType('bang.xlsx', bytes([0x50, 0x4b, 3, 4], 'xxxx[Content_Types].xmlxl/workbook.xml')),
    ).toBeNull();
  });

  it('refuses a renamed file, an unknown type and a zip that is not the named Office file', () => {
    expect(detectEvidenceType('anh.png', bytes('MZ\x90\x00'))).toBeNull();
    expect(detectEvidenceType('virus.exe', bytes('MZ'))).toBeNull();
    expect(detectEvidenceType('tai-lieu', bytes('%PDF-'))).toBeNull();
    expect(detectEvidenceType('bang.xlsx', bytes([0x50, 0x4b, 3, 4], 'word/document.xml'))).toBeNull();
  });

  it('limits files to 5 MiB and the base64 text accordingly', () => {
    expect(MAX_EVIDENCE_FILE_BYTES).toBe(5 * 1024 * 1024);
    expect(MAX_EVIDENCE_BASE64_LENGTH).toBe(Buffer.alloc(MAX_EVIDENCE_FILE_BYTES).toString('base64').length);
  });
});

describe('isAllowedEvidenceUrl', () => {
  it('accepts http(s) links only', () => {
    expect(isAllowedEvidenceUrl('https://haian.gov.vn/tin-tuc/nghi-quyet')).toBe(true);
    expect(isAllowedEvidenceUrl('http://facebook.com/tdp3')).toBe(true);
    expect(isAllowedEvidenceUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedEvidenceUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedEvidenceUrl('not a url')).toBe(false);
  });
});
