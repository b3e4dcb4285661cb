/** Evidence (minh chứng) files: limits and type detection by content, not by name. */
import { checkOfficeParts } from '../files/office-parts.js';

// Download naming and the Office part list live in files/; exported here with the evidence rules.
export * from '../files/download-name.js';
export * from '../files/office-parts.js';

/** Largest evidence file: a scanned page or a phone photo. */
export const MAX_EVIDENCE_FILE_BYTES = 5 * 1024 * 1024;

/** The same limit on the base64 text that carries the file over GraphQL. */
export const MAX_EVIDENCE_BASE64_LENGTH = Math.ceil(MAX_EVIDENCE_FILE_BYTES / 3) * 4;

export const EVIDENCE_TYPES = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type EvidenceExtension = keyof typeof EVIDENCE_TYPES;

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/**
 * The evidence type of a file from its magic bytes, checked against its extension:
 * null when the content is not an allowed type or does not match the name (a renamed
 * .exe called "anh.png" is refused). DOCX and XLSX are ZIP files; their name decides
 * which of the two, and the ZIP's directory must list `[Content_Types].xml` and the
 * matching main part, with no macro part (checkOfficeParts).
 */
export function detectEvidenceType(
  fileName: string,
  bytes: Uint8Array,
): { extension: EvidenceExtension; mimeType: string } | null {
  const dot = fileName.lastIndexOf('.');
  const named = dot >= 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  const extension = (named === 'jpeg' ? 'jpg' : named) as EvidenceExtension;
  if (!(extension in EVIDENCE_TYPES)) return null;
  const matches: Record<EvidenceExtension, () => boolean> = {
    pdf: () => startsWith(bytes, ascii('%PDF-')),
    jpg: () => startsWith(bytes, [0xff, 0xd8, 0xff]),
    png: () => startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    webp: () => startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8),
    docx: () => checkOfficeParts('docx', bytes) === 'ok',
    xlsx: () => checkOfficeParts('xlsx', bytes) === 'ok',
  };
  return matches[extension]() ? { extension, mimeType: EVIDENCE_TYPES[extension] } : null;
}

/** Links must be plain http(s) URLs (no javascript:, data:, file:). */
export function isAllowedEvidenceUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** The extension an evidence file is saved under, from its sniffed type (not from its name). */
export function evidenceExtensionOf(mimeType: string | null | undefined): EvidenceExtension | null {
  const found = Object.entries(EVIDENCE_TYPES).find(([, mime]) => mime === mimeType);
  return found ? (found[0] as EvidenceExtension) : null;
}
