import { Controller, Get, Header, Param, ParseUUIDPipe, Res, StreamableFile } from '@nestjs/common';
import { Role } from '@thidua/shared';
import type { Response } from 'express';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../common/auth/decorators.js';
import { LiveGamesService } from './live-games.service.js';
import { writeLiveResultsXlsx } from './live-results.xlsx.js';
import { InvalidInputError } from '../../common/errors/app-error.js';

@Controller('api/live-games')
export class LiveResultsController {
  constructor(private readonly liveGames: LiveGamesService) {}

  @Get(':id/results.xlsx')
  @Roles(Role.HOST, Role.ADMIN)
  @Header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async resultsXlsx(
    @CurrentUser() viewer: AuthUser,
    @Param(
      'id',
      new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputError('INVALID_INPUT', 'id is not a valid id') }),
    )
    id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const results = await this.liveGames.results(viewer, id);
    response.setHeader('Content-Disposition', `attachment; filename="ket-qua-${results.game.pin}.xlsx"`);
    return new StreamableFile(await writeLiveResultsXlsx(results));
  }
}
