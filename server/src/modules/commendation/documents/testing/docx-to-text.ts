import { execFile, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Whether LibreOffice is installed (CI installs it; a machine without it skips the conversion). */
export const hasSoffice = (): boolean => spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

/**
 * Converts .docx files to PDF with LibreOffice (a private profile, so parallel runs do not
 * clash) and returns each one's `pdftotext -layout` text (NFC). With DOCS_PAGES_DIR set,
 * also writes the PDFs and their pages as PNG there (pdftoppm -r 60) to look at.
 */
export async function docxToText(files: Record<string, Buffer>): Promise<Record<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'docx-'));
  const profile = join(tmpdir(), `lo-${randomUUID()}`);
  try {
    const paths = await Promise.all(
      Object.entries(files).map(async ([name, content]) => {
        const path = join(dir, `${name}.docx`);
        await writeFile(path, content);
        return path;
      }),
    );
    await run(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...paths],
      { timeout: 120_000 },
    );
    const texts: Record<string, string> = {};
    for (const name of Object.keys(files)) {
      const pdf = join(dir, `${name}.pdf`);
      await run('pdftotext', ['-layout', pdf, join(dir, `${name}.txt`)], { timeout: 30_000 });
      texts[name] = (await readFile(join(dir, `${name}.txt`), 'utf8')).normalize('NFC');
      const pages = process.env.DOCS_PAGES_DIR;
      if (pages) {
        await run('pdftoppm', ['-png', '-r', '60', pdf, join(pages, name)], { timeout: 30_000 });
        await copyFile(pdf, join(pages, `${name}.pdf`));
      }
    }
    return texts;
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  }
}
