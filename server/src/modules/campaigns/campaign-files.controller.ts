import { Controller, Get, Param, ParseUUIDPipe, Res, StreamableFile, UseFilters } from '@nestjs/common';
import { contentDisposition, evidenceExtensionOf, Role, safeDownloadName } from '@thidua/shared';
import type { Response } from 'express';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../common/auth/decorators.js';
import { AppErrorHttpFilter } from '../../common/errors/app-error-http.filter.js';
import { InvalidInputError } from '../../common/errors/app-error.js';
import { PeriodSummaryReport } from './reports/period-summary.report.js';
import { ScoreTableReport } from './reports/score-table.report.js';
import { EvidenceFileStore } from './sheets/evidence-file.store.js';
import { SheetQueriesService } from './sheets/sheet-queries.service.js';

const uuid = (name: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputError('INVALID_INPUT', `${name} is not a valid id`) });

/** Files of the campaigns module: evidence downloads, the score table and the printable period summary. */
@Controller('api')
@UseFilters(AppErrorHttpFilter)
export class CampaignFilesController {
  constructor(
    private readonly sheets: SheetQueriesService,
    private readonly storage: EvidenceFileStore,
    private readonly report: ScoreTableReport,
    private readonly summary: PeriodSummaryReport,
  ) {}

  /** An evidence file; a unit officer gets only their own unit's evidence. */
  @Get('evidence/:id')
  @Roles(Role.ADMIN, Role.REVIEWER, Role.UNIT_OFFICER)
  async evidence(
    @CurrentUser() viewer: AuthUser,
    @Param('id', uuid('id')) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const evidence = await this.sheets.evidenceFile(viewer, id);
    // Named from the sniffed type, never from the uploader's name: `x.cmd;.png` saves as `x-cmd.png`.
    const extension = evidenceExtensionOf(evidence.mimeType) ?? 'bin';
    const fileName = safeDownloadName(evidence.fileName ?? '', extension, 'minh-chung');
    response.setHeader('Content-Type', evidence.mimeType ?? 'application/octet-stream');
    response.setHeader('Content-Disposition', contentDisposition('attachment', fileName));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(this.storage.open(evidence.storedPath), { length: evidence.size ?? undefined });
  }

  @Get('campaigns/:id/periods/:periodId/score-table.xlsx')
  @Roles(Role.ADMIN, Role.REVIEWER)
  async scoreTable(
    @Param('id', uuid('id')) id: string,
    @Param('periodId', uuid('periodId')) periodId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { fileName, content } = await this.report.build(id, periodId);
    response.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    response.setHeader('Content-Disposition', contentDisposition('attachment', safeDownloadName(fileName, 'xlsx')));
    return new StreamableFile(content);
  }

  /** The printable summary of a period (sơ kết / tổng kết): one self-contained HTML page, no script. */
  @Get('campaigns/:id/periods/:periodId/summary.html')
  @Roles(Role.ADMIN, Role.REVIEWER)
  async periodSummary(
    @Param('id', uuid('id')) id: string,
    @Param('periodId', uuid('periodId')) periodId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const { fileName, html } = await this.summary.build(id, periodId);
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Content-Disposition', contentDisposition('inline', safeDownloadName(fileName, 'html')));
    response.setHeader('Cache-Control', 'private, no-store');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    // Inline CSS only: nothing in the page may run or load anything.
    response.setHeader(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    return html;
  }
}
