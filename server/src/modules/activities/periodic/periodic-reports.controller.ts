import { Controller, Get, Param, ParseUUIDPipe, Res, StreamableFile, UseFilters } from '@nestjs/common';
import { contentDisposition, Role, safeDownloadName } from '@thidua/shared';
import type { Response } from 'express';
import { Roles } from '../../../common/auth/decorators.js';
import { packDocument } from '../../../common/docx/administrative-document.js';
import { AppErrorHttpFilter } from '../../../common/errors/app-error-http.filter.js';
import { InvalidInputError } from '../../../common/errors/app-error.js';
import { DocumentSettingsService } from '../../commendation/documents/document-settings.service.js';
import { periodicReportDocument } from './periodic-report.document.js';
import { PeriodicReportsService } from './periodic-reports.service.js';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The báo cáo sơ kết / tổng kết as DOCX (Nghị định 30/2020), for the office. */
@Controller('api/periodic-reports')
@UseFilters(AppErrorHttpFilter)
export class PeriodicReportsController {
  constructor(
    private readonly reports: PeriodicReportsService,
    private readonly settings: DocumentSettingsService,
  ) {}

  @Get(':id.docx')
  @Roles(Role.ADMIN, Role.REVIEWER)
  async docx(
    @Param(
      'id',
      new ParseUUIDPipe({
        exceptionFactory: () => new InvalidInputError('INVALID_INPUT', 'id is not a valid id', { field: 'id' }),
      }),
    )
    id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { report, plan } = await this.reports.facts(id);
    const [settings, figures] = await Promise.all([this.settings.get(), this.reports.figures(report)]);
    const document = periodicReportDocument(settings, plan, report, figures);
    const content = await packDocument(document.blocks, document.title);
    response.setHeader('Content-Type', DOCX_TYPE);
    response.setHeader(
      'Content-Disposition',
      contentDisposition('attachment', safeDownloadName(`${document.title}.docx`, 'docx', 'bao-cao')),
    );
    response.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(content);
  }
}
