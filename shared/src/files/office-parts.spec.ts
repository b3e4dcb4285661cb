import JSZip from 'jszip';
import { checkOfficeParts, zipEntries } from './office-parts.js';

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('checkOfficeParts', () => {
  it('reads the part list from the central directory', async () => {
    const bytes = await zipOf({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
    expect(zipEntries(bytes)?.map((e) => e.name)).toEqual(['[Content_Types].xml', 'xl/', 'xl/workbook.xml']);
    expect(checkOfficeParts('xlsx', bytes)).toBe('ok');
    expect(checkOfficeParts('docx', bytes)).toBe('not-office');
  });

  it('refuses a zip that only mentions xl/, one without content types, and one with a VBA project', async () => {
    expect(checkOfficeParts('xlsx', await zipOf({ '[Content_Types].xml': '', 'xl/readme.txt': '' }))).toBe(
      'not-office',
    );
    expect(checkOfficeParts('docx', await zipOf({ 'word/document.xml': '' }))).toBe('not-office');
    const vba = await zipOf({ '[Content_Types].xml': '', 'word/document.xml': '', 'word/vbaProject.bin': 'x' });
    expect(checkOfficeParts('docx', vba)).toBe('macros');
    expect(checkOfficeParts('xlsx', new TextEncoder().encode('PK\x03\x04 xl/workbook.xml'))).toBe('not-office');
  });
});
