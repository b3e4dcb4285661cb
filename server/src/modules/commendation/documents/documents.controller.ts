import { Controller, Get, Param, ParseUUIDPipe, Query, Res, StreamableFile, UseFilters } from '@nestjs/common';
import { Role } from '@thidua/shared';
import type { Response } from 'express';
import { Roles } from '../../../common/auth/decorators.js';
import { AppErrorHttpFilter } from '../../../common/errors/app-error-http.filter.js';
import { InvalidInputError } from '../../../common/errors/app-error.js';
import { RoundDocumentsService } from './round-documents.service.js';

const uuid = (name: string, optional = false) =>
  new ParseUUIDPipe({
    optional,
    exceptionFactory: () => new InvalidInputError('INVALID_INPUT', `${name} is not a valid id`),
  });

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** RFC 6266 / 5987: an ASCII fallback ("to-trinh-khen-thuong.docx") and the UTF-8 name. */
export function docxDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\.docx$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `attachment; filename="${ascii || 'van-ban'}.docx"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** The round's documents as DOCX (Nghị định 30/2020): tờ trình, biên bản, báo cáo thành tích, quyết định, báo cáo. */
@Controller('api/commendation')
@UseFilters(AppErrorHttpFilter)
export class DocumentsController {
  constructor(private readonly documents: RoundDocumentsService) {}

  @Get('rounds/:roundId/documents/:kind')
  @Roles(Role.ADMIN, Role.REVIEWER)
  async document(
    @Param('roundId', uuid('roundId')) roundId: string,
    @Param('kind') kind: string,
    @Query('unitId', uuid('unitId', true)) unitId: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { fileName, content } = await this.documents.build(roundId, kind, unitId);
    response.setHeader('Content-Type', DOCX_TYPE);
    response.setHeader('Content-Disposition', docxDisposition(fileName));
    response.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(content);
  }
}
