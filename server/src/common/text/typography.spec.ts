import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The server's own texts (seed and demo data, DOCX/XLSX/HTML headers, e-mails, error messages) use the
 * official tone-mark style (hóa, khóa, xóa, hủy, Ủy, tùy) and "tỷ lệ", as the client's vi texts do.
 */
const OLD_STYLE = /(?<!\p{L})\p{L}*?(?<![qQ])(?:o[áàảãạ]|o[éèẻẽẹ]|u[ýỳỷỹỵ])(?!\p{L})/giu;
const TI_LE = /(?<!\p{L})tỉ lệ(?!\p{L})/giu;
const SRC = join(fileURLToPath(import.meta.url), '../../..');

function oldStyleSpellings(text: string): string[] {
  return [...text.matchAll(OLD_STYLE), ...text.matchAll(TI_LE)].map((m) => m[0]);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'migrations' ? [] : sourceFiles(path);
    return /\.(ts|html|hbs|txt)$/.test(e.name) && !/spec\.ts$/.test(e.name) ? [path] : [];
  });
}

describe('Vietnamese typography of the server texts', () => {
  it('tells the old style from the official one', () => {
    expect(oldStyleSpellings('Uỷ ban, hoá, xoá, huỷ, tuỳ, Tỉ lệ')).toEqual(['Uỷ', 'hoá', 'xoá', 'huỷ', 'tuỳ', 'Tỉ lệ']);
    expect(oldStyleSpellings('Ủy ban, hóa, xóa, hủy, tùy, tỷ lệ, quý, khuyến, hoàn')).toEqual([]);
  });

  it('finds no old-style spelling in any source file', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) =>
      oldStyleSpellings(readFileSync(f, 'utf8')).map((word) => `${relative(SRC, f)}: ${word}`),
    );
    expect(found).toEqual([]);
  });
});
