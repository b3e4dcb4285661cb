/**
 * Images on questions. An upload is checked by its bytes (never its name), resized to
 * a few widths in WebP and stored under the hash of its content, so a URL names one
 * file forever and is cached as immutable. The URL says nothing but that hash: never
 * the question, its options or its answer.
 */

/** Largest image an author uploads (a phone photo or a scanned page). */
export const MAX_QUESTION_IMAGE_BYTES = 5 * 1024 * 1024;

/** The same limit on the base64 text that carries the image over GraphQL. */
export const MAX_QUESTION_IMAGE_BASE64_LENGTH = Math.ceil(MAX_QUESTION_IMAGE_BYTES / 3) * 4;

/** Largest decoded image (pixels): a 40-megapixel photo; beyond it a small file is a decompression bomb. */
export const MAX_QUESTION_IMAGE_PIXELS = 40_000_000;

/** Widths stored (never wider than the original): a phone, a phone at 2×, a hall screen. */
export const QUESTION_IMAGE_WIDTHS = [480, 960, 1600] as const;

export const QUESTION_IMAGE_ALT_MAX = 300;

/** Where the stored widths are served: `<path>/<hash>/<width>.webp`. */
export const QUESTION_IMAGE_PATH = '/api/question-images';

/** A question version's image as stored with the version (frozen with it once published). */
export interface QuestionImageRef {
  /** Content hash of the upload (hex). */
  hash: string;
  alt: string;
  /** Of the largest stored width. */
  width: number;
  height: number;
  /** Stored widths, ascending. */
  widths: number[];
}

/** What players, screens and the editor render: an `<img>` with srcset. */
export interface QuestionImageView {
  src: string;
  srcSet: string;
  alt: string;
  width: number;
  height: number;
}

export const QUESTION_IMAGE_HASH_PATTERN = /^[0-9a-f]{32}$/;

export function questionImageUrl(hash: string, width: number): string {
  return `${QUESTION_IMAGE_PATH}/${hash}/${width}.webp`;
}

export function questionImageView(image: QuestionImageRef | null | undefined): QuestionImageView | null {
  if (!image || image.widths.length === 0) return null;
  const widths = [...image.widths].sort((a, b) => a - b);
  return {
    // The middle width: sharp on a phone at 2×, light enough at 400 kbit/s.
    src: questionImageUrl(image.hash, widths[Math.min(1, widths.length - 1)]),
    srcSet: widths.map((w) => `${questionImageUrl(image.hash, w)} ${w}w`).join(', '),
    alt: image.alt,
    width: image.width,
    height: image.height,
  };
}

export type QuestionImageType = 'image/jpeg' | 'image/png' | 'image/webp';

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The image type from the magic bytes alone (JPEG, PNG, WebP); null for anything else. */
export function sniffImageType(bytes: Uint8Array): QuestionImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  return null;
}
