import { Controller, Get, Param, ParseUUIDPipe, Res, StreamableFile, UseFilters } from '@nestjs/common';
import { contentDisposition, Role, safeDownloadName } from '@thidua/shared';
import type { Response } from 'express';
import { Roles } from '../../../common/auth/decorators.js';
import { AppErrorHttpFilter } from '../../../common/errors/app-error-http.filter.js';
import { InvalidInputError } from '../../../common/errors/app-error.js';
import { IndicatorTreeFileService } from './indicator-tree-file.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const uuid = (name: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputError('INVALID_INPUT', `${name} is not a valid id`) });

/** RFC 6266 with filename*; the name is made safe and keeps .xlsx whatever the criteria set is called. */
const attachment = (fileName: string) => contentDisposition('attachment', safeDownloadName(fileName, 'xlsx'));

/** The indicator tree file (bảng tiêu chí): a criteria set's export, and the empty template with an example. */
@Controller('api')
@UseFilters(AppErrorHttpFilter)
export class IndicatorTreeFilesController {
  constructor(private readonly files: IndicatorTreeFileService) {}

  @Get('campaigns/:id/criteria-sets/:setId/indicators.xlsx')
  @Roles(Role.ADMIN, Role.REVIEWER)
  async export(
    @Param('id', uuid('id')) id: string,
    @Param('setId', uuid('setId')) setId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { fileName, content } = await this.files.export(id, setId);
    response.setHeader('Content-Type', XLSX);
    response.setHeader('Content-Disposition', attachment(fileName));
    return new StreamableFile(content);
  }

  @Get('campaigns/indicator-tree-template.xlsx')
  @Roles(Role.ADMIN)
  async template(@Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    const { fileName, content } = await this.files.template();
    response.setHeader('Content-Type', XLSX);
    response.setHeader('Content-Disposition', attachment(fileName));
    return new StreamableFile(content);
  }
}
