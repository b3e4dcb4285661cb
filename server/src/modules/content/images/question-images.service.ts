import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  MAX_QUESTION_IMAGE_BYTES,
  MAX_QUESTION_IMAGE_PIXELS,
  QUESTION_IMAGE_HASH_PATTERN,
  QUESTION_IMAGE_WIDTHS,
  sniffImageType,
  type QuestionImageRef,
} from '@thidua/shared';
import { createHash } from 'node:crypto';
import sharp, { type Sharp } from 'sharp';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { ContentError } from '../content.errors.js';
import { QuestionImage } from './question-image.entity.js';
import { QuestionImageStore } from './question-image.store.js';

const refuse = (message: string, details: Record<string, unknown> = {}) =>
  new ContentError('QUESTION_IMAGE_INVALID', message, { field: 'image', ...details });

/**
 * Uploads of question images: the bytes must be a JPEG, PNG or WebP (by their magic
 * bytes and by decoding), at most 5 MiB and 40 megapixels; each is resized to
 * QUESTION_IMAGE_WIDTHS (never enlarged) in WebP without its metadata (no GPS of the
 * phone that took it) and stored under the hash of the upload. The same bytes
 * uploaded twice give the same image.
 */
@Injectable()
export class QuestionImagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly files: QuestionImageStore,
  ) {}

  async upload(user: AuthUser, contentBase64: string): Promise<QuestionImageRef> {
    const content = Buffer.from(contentBase64, 'base64');
    checkImageBytes(content);
    return this.store(this.dataSource.manager, user.id, content);
  }

  /**
   * Stores checked bytes (see checkImageBytes) as an image, or finds the same bytes stored
   * already; the row is written with `manager` (an import's transaction). Throws the
   * QUESTION_IMAGE_INVALID refusal when sharp cannot decode them. `uploadedBy` is null for
   * the demo data, which no user uploaded.
   */
  async store(manager: EntityManager, uploadedBy: string | null, content: Buffer): Promise<QuestionImageRef> {
    const hash = imageHash(content);
    const known = await manager.findOneBy(QuestionImage, { hash });
    if (known) return refOf(known);

    const resized = await resizedWidths(content);
    const saved: string[] = [];
    try {
      for (const r of resized) saved.push(await this.files.saveWidth(hash, r.width, r.data));
      // The same bytes uploaded at the same moment (or imported in another transaction) make one row.
      await manager
        .createQueryBuilder()
        .insert()
        .into(QuestionImage)
        .values({
          hash,
          width: resized.at(-1)!.width,
          height: resized.at(-1)!.height,
          widths: resized.map((r) => r.width),
          storedBytes: resized.reduce((sum, r) => sum + r.data.length, 0),
          uploadedBy,
        })
        .orIgnore()
        .execute();
      return refOf(await manager.findOneByOrFail(QuestionImage, { hash }));
    } catch (error) {
      const raced = await manager.findOneBy(QuestionImage, { hash });
      if (raced) return refOf(raced);
      for (const path of saved) await this.files.remove(path);
      throw error;
    }
  }

  /**
   * The stored image whose largest width is exactly `content` (an exported image coming
   * back in a ZIP under its hash name), so a round trip keeps the same image.
   */
  async storedAs(manager: EntityManager, hash: string, content: Buffer): Promise<QuestionImageRef | null> {
    if (!QUESTION_IMAGE_HASH_PATTERN.test(hash)) return null;
    const row = await manager.findOneBy(QuestionImage, { hash });
    if (!row || row.widths.length === 0) return null;
    return (await this.largest(row)).equals(content) ? refOf(row) : null;
  }

  /** The stored image a version points at, with the author's alt text; null when no such upload. */
  async refFor(manager: EntityManager, hash: string, alt: string): Promise<QuestionImageRef | null> {
    const row = await manager.findOneBy(QuestionImage, { hash });
    return row ? { ...refOf(row), alt } : null;
  }

  /** The bytes of an image's largest stored width (what an export puts in its ZIP). */
  largest(image: Pick<QuestionImageRef, 'hash' | 'widths'>): Promise<Buffer> {
    return this.files.read(QuestionImageStore.relative(image.hash, Math.max(...image.widths)));
  }

  /** The stored file of one width, or null when there is none. */
  async file(hash: string, width: number): Promise<string | null> {
    const row = await this.dataSource.manager.findOneBy(QuestionImage, { hash });
    return row?.widths.includes(width) ? QuestionImageStore.relative(hash, width) : null;
  }

  open(relative: string) {
    return this.files.open(relative);
  }
}

/**
 * Refuses bytes whose header sharp cannot read or whose size is over 40 megapixels, without
 * decoding the pixels: what a dry run of an import checks (storing decodes them all).
 */
export async function checkImageHeader(content: Buffer): Promise<void> {
  let pixels: number;
  try {
    const meta = await sharp(content).metadata();
    pixels = (meta.width ?? 0) * (meta.height ?? 0);
  } catch {
    pixels = 0;
  }
  if (pixels === 0)
    throw refuse('image: the file is not a readable JPEG, PNG or WebP image', { reason: 'NOT_AN_IMAGE' });
  if (pixels > MAX_QUESTION_IMAGE_PIXELS) {
    throw refuse(`image: larger than ${MAX_QUESTION_IMAGE_PIXELS / 1_000_000} megapixels`, {
      reason: 'TOO_MANY_PIXELS',
    });
  }
}

/** The name an image is stored under: the first 32 hex digits of the SHA-256 of its bytes. */
export function imageHash(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 32);
}

/** Refuses bytes that are empty, over 5 MiB or not a JPEG, PNG or WebP by their magic bytes. */
export function checkImageBytes(content: Buffer): void {
  if (content.length === 0) throw refuse('image: the file is empty', { reason: 'EMPTY' });
  if (content.length > MAX_QUESTION_IMAGE_BYTES) {
    throw refuse(`image: the file is larger than ${MAX_QUESTION_IMAGE_BYTES / 1024 / 1024} MiB`, {
      reason: 'TOO_LARGE',
      maxBytes: MAX_QUESTION_IMAGE_BYTES,
    });
  }
  if (!sniffImageType(content))
    throw refuse('image: the file is not a JPEG, PNG or WebP image', { reason: 'NOT_AN_IMAGE' });
}

function refOf(row: QuestionImage): QuestionImageRef {
  return { hash: row.hash, alt: '', width: row.width, height: row.height, widths: [...row.widths] };
}

async function resizedWidths(content: Buffer): Promise<{ width: number; height: number; data: Buffer }[]> {
  let source: Sharp;
  let width: number;
  try {
    // Rotated as the camera meant (EXIF orientation), then the metadata is dropped.
    source = sharp(content, { limitInputPixels: MAX_QUESTION_IMAGE_PIXELS, failOn: 'error' }).rotate();
    const meta = await source.metadata();
    const turned = (meta.orientation ?? 1) >= 5;
    width = (turned ? meta.height : meta.width) ?? 0;
    if (!width) throw new Error('no width');
  } catch (error) {
    const tooMany = error instanceof Error && /pixel limit/i.test(error.message);
    throw tooMany
      ? refuse(`image: larger than ${MAX_QUESTION_IMAGE_PIXELS / 1_000_000} megapixels`, { reason: 'TOO_MANY_PIXELS' })
      : refuse('image: the file is not a readable JPEG, PNG or WebP image', { reason: 'NOT_AN_IMAGE' });
  }
  const targets = [
    ...new Set([...QUESTION_IMAGE_WIDTHS.filter((w) => w < width), Math.min(width, QUESTION_IMAGE_WIDTHS.at(-1)!)]),
  ];
  try {
    return await Promise.all(
      targets.map(async (w) => {
        const { data, info } = await source
          .clone()
          .resize({ width: w, withoutEnlargement: true })
          .webp({ quality: 78 })
          .toBuffer({ resolveWithObject: true });
        return { width: info.width, height: info.height, data };
      }),
    );
  } catch {
    throw refuse('image: the file is not a readable JPEG, PNG or WebP image', { reason: 'NOT_AN_IMAGE' });
  }
}
