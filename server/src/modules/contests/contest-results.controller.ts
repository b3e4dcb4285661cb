import { Controller, Get, Header, Param, ParseUUIDPipe, Query, Res, StreamableFile } from '@nestjs/common';
import { Role } from '@thidua/shared';
import type { Response } from 'express';
import { Roles } from '../../common/auth/decorators.js';
import { InvalidInputError } from '../../common/errors/app-error.js';
import { ContestResultsService } from './contest-results.service.js';
import { writeContestResultsXlsx } from './contest-results.xlsx.js';
import { ContestsService } from './contests.service.js';

const uuid = (name: string, optional = false) =>
  new ParseUUIDPipe({
    optional,
    exceptionFactory: () => new InvalidInputError('INVALID_INPUT', `${name} is not a valid id`, { field: name }),
  });

@Controller('api/contests')
export class ContestResultsController {
  constructor(
    private readonly results: ContestResultsService,
    private readonly contests: ContestsService,
  ) {}

  /** GET /api/contests/:id/results.xlsx[?roundId=…] — ADMIN and REVIEWER only (never a HOST). */
  @Get(':id/results.xlsx')
  @Roles(Role.ADMIN, Role.REVIEWER)
  @Header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async resultsXlsx(
    @Param('id', uuid('id')) id: string,
    @Query('roundId', uuid('roundId', true)) roundId: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const results = await this.results.results(id, roundId ?? null);
    const questions = await this.results.questionStats(id, roundId ?? null);
    response.setHeader('Content-Disposition', `attachment; filename="ket-qua-cuoc-thi-${id.slice(0, 8)}.xlsx"`);
    const labels = await this.contests.kindLabels();
    return new StreamableFile(await writeContestResultsXlsx(results, questions, labels));
  }
}
