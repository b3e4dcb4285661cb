import { Controller, Get, Param, ParseUUIDPipe, Res, StreamableFile, UseFilters } from '@nestjs/common';
import { contentDisposition, evidenceExtensionOf, Role, safeDownloadName } from '@thidua/shared';
import type { Response } from 'express';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../../common/auth/decorators.js';
import { AppErrorHttpFilter } from '../../../common/errors/app-error-http.filter.js';
import { InvalidInputError } from '../../../common/errors/app-error.js';
import { ActivityFileStore } from './activity-file.store.js';
import { ActivityLogService } from './activity-log.service.js';

const uuid = new ParseUUIDPipe({
  exceptionFactory: () => new InvalidInputError('INVALID_INPUT', 'id is not a valid id'),
});

/** An activity's evidence file; a unit officer gets only its own unit's (and sub-units'). */
@Controller('api')
@UseFilters(AppErrorHttpFilter)
export class ActivityFilesController {
  constructor(
    private readonly log: ActivityLogService,
    private readonly storage: ActivityFileStore,
  ) {}

  @Get('activity-evidence/:id')
  @Roles(Role.ADMIN, Role.REVIEWER, Role.UNIT_OFFICER)
  async evidence(
    @CurrentUser() viewer: AuthUser,
    @Param('id', uuid) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const evidence = await this.log.evidenceFile(viewer, id);
    // Named from the sniffed type, never from the uploader's name.
    const extension = evidenceExtensionOf(evidence.mimeType) ?? 'bin';
    const fileName = safeDownloadName(evidence.fileName ?? '', extension, 'minh-chung');
    // Photos inline so the page shows them as thumbnails; anything else as a download.
    const inline = ['image/jpeg', 'image/png', 'image/webp'].includes(evidence.mimeType ?? '');
    response.setHeader('Content-Type', evidence.mimeType ?? 'application/octet-stream');
    response.setHeader('Content-Disposition', contentDisposition(inline ? 'inline' : 'attachment', fileName));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(this.storage.open(evidence.storedPath), { length: evidence.size ?? undefined });
  }
}
