/**
 * Download names that cannot turn a file into a program: the name a user gave is kept only
 * as a base (letters, digits, '-', '_'), and the extension comes from the type the server
 * sniffed, so `minh-chung.cmd;.png` saves as `minh-chung-cmd.png`. Headers follow RFC 6266
 * (an ASCII `filename` fallback and the UTF-8 `filename*`), and the client reads them with
 * the same rules (filename* first, quoted strings with `;` inside understood).
 */

const stripMarks = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

/**
 * A safe file name: the base of `name` (its last extension dropped) with every character
 * that is not a letter, digit, '-' or '_' turned into '-', then `.extension`.
 * Vietnamese letters stay (the UTF-8 name carries them); dots, ';', quotes, slashes,
 * control characters and spaces do not.
 */
export function safeDownloadName(name: string, extension: string, fallback = 'tep'): string {
  const dot = name.lastIndexOf('.');
  const base = (dot > 0 ? name.slice(0, dot) : name)
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
  const ext = extension.toLowerCase().replace(/[^a-z0-9]/g, '');
  return `${base || fallback}.${ext}`;
}

/** RFC 5987 value characters: encodeURIComponent leaves ' ( ) * which attr-char forbids. */
const encodeRfc5987 = (text: string) =>
  encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * A Content-Disposition header for `fileName` (already safe, e.g. from safeDownloadName):
 * the ASCII fallback holds only [A-Za-z0-9._-], so no browser can read a different name.
 */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = stripMarks(fileName).replace(/[^A-Za-z0-9._-]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

/**
 * The file name in a Content-Disposition header: `filename*` (RFC 5987) when present,
 * else `filename` (quoted, with `\"` escapes and `;` inside the quotes, or a token).
 * Only the last path segment is kept. Null when there is none.
 */
export function fileNameFromContentDisposition(header: string | null | undefined): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*[^';\s]*'[^']*'([^;\s]+)/i.exec(header);
  if (extended) {
    try {
      const value = decodeURIComponent(extended[1]);
      if (value) return lastSegment(value);
    } catch {
      // a malformed filename* falls back to filename
    }
  }
  const quoted = /(?:^|;)\s*filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header);
  if (quoted) return lastSegment(quoted[1].replace(/\\(.)/g, '$1'));
  const token = /(?:^|;)\s*filename\s*=\s*([^";\s]+)/i.exec(header);
  return token ? lastSegment(token[1]) : null;
}

const lastSegment = (name: string) => name.split(/[/\\]/).pop() || null;
