import { Controller, Get, Param, Res, StreamableFile, UseFilters } from '@nestjs/common';
import { QUESTION_IMAGE_HASH_PATTERN } from '@thidua/shared';
import type { Response } from 'express';
import { Public } from '../../../common/auth/decorators.js';
import { AppErrorHttpFilter } from '../../../common/errors/app-error-http.filter.js';
import { ContentError } from '../content.errors.js';
import { QuestionImagesService } from './question-images.service.js';

/**
 * A stored width of a question image. Public: players' phones and the hall screen load
 * it without an account, by a URL that is only a content hash (it names no question and
 * cannot be guessed). The bytes under a URL never change, so it is cached for a year.
 */
@Controller('api/question-images')
@UseFilters(AppErrorHttpFilter)
export class QuestionImagesController {
  constructor(private readonly images: QuestionImagesService) {}

  @Get(':hash/:file')
  @Public('players and screens load question images without an account; the URL is a content hash')
  async image(
    @Param('hash') hash: string,
    @Param('file') file: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const width = /^(\d{1,5})\.webp$/.exec(file)?.[1];
    const path = QUESTION_IMAGE_HASH_PATTERN.test(hash) && width ? await this.images.file(hash, Number(width)) : null;
    if (!path) throw new ContentError('QUESTION_IMAGE_NOT_FOUND', 'No such image');
    response.setHeader('Content-Type', 'image/webp');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    return new StreamableFile(this.images.open(path));
  }
}
