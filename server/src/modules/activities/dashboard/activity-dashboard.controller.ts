import { Controller, Get, ParseUUIDPipe, Query, Res, StreamableFile, UseFilters } from '@nestjs/common';
import { contentDisposition, Role, safeDownloadName } from '@thidua/shared';
import type { Response } from 'express';
import { Roles } from '../../../common/auth/decorators.js';
import { AppErrorHttpFilter } from '../../../common/errors/app-error-http.filter.js';
import { InvalidInputError } from '../../../common/errors/app-error.js';
import { ActivityDashboardXlsx } from './activity-dashboard.xlsx.js';

const uuid = (name: string) =>
  new ParseUUIDPipe({
    exceptionFactory: () => new InvalidInputError('INVALID_INPUT', `${name} is not a valid id`, { field: name }),
  });
/** An optional text parameter; a repeated one (an array) is refused, naming it. */
const text = (name: string, value: unknown): string | null => {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string')
    throw new InvalidInputError('INVALID_INPUT', `${name} is given twice`, { field: name });
  return value;
};

/** The dashboard's XLSX export (the office): GET /api/activities/dashboard.xlsx?planId&from&to&month. */
@Controller('api/activities')
@UseFilters(AppErrorHttpFilter)
export class ActivityDashboardController {
  constructor(private readonly xlsx: ActivityDashboardXlsx) {}

  @Get('dashboard.xlsx')
  @Roles(Role.ADMIN, Role.REVIEWER)
  async export(
    @Query('planId', uuid('planId')) planId: string,
    @Query('from') from: unknown,
    @Query('to') to: unknown,
    @Query('month') month: unknown,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { fileName, content } = await this.xlsx.build({
      planId,
      from: text('from', from),
      to: text('to', to),
      month: text('month', month),
    });
    response.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    response.setHeader('Content-Disposition', contentDisposition('attachment', safeDownloadName(fileName, 'xlsx')));
    response.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(content);
  }
}
