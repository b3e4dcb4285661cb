import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Role } from '@thidua/shared';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Public, Roles } from '../../common/auth/decorators.js';
import { IdArg } from '../../common/graphql/id-arg.js';
import { StartLiveGameInput } from './dto/start-live-game.input.js';
import { LiveGamesService } from './live-games.service.js';
import { LiveGameJoinInfoModel, LiveGameModel, LiveGameResultsModel } from './models/live-game.model.js';

const HOST_ROLES = [Role.HOST, Role.ADMIN];

/** Live games outside play: start one, list them, read results. Play itself is on the `/live` socket namespace. */
@Resolver(() => LiveGameModel)
export class LiveGamesResolver {
  constructor(private readonly service: LiveGamesService) {}

  @Mutation(() => LiveGameModel, { description: 'A new game in the lobby, with its PIN; the quiz is snapshot now' })
  @Roles(...HOST_ROLES)
  startLiveGame(@CurrentUser() host: AuthUser, @Args('input') input: StartLiveGameInput): Promise<LiveGameModel> {
    return this.service.start(host, input);
  }

  @Query(() => [LiveGameModel], { description: 'A host sees their own games, an admin all; newest first' })
  @Roles(...HOST_ROLES)
  liveGames(@CurrentUser() viewer: AuthUser): Promise<LiveGameModel[]> {
    return this.service.list(viewer);
  }

  @Query(() => LiveGameModel)
  @Roles(...HOST_ROLES)
  liveGame(@CurrentUser() viewer: AuthUser, @IdArg() id: string): Promise<LiveGameModel> {
    return this.service.get(viewer, id);
  }

  @Query(() => LiveGameResultsModel)
  @Roles(...HOST_ROLES)
  liveGameResults(@CurrentUser() viewer: AuthUser, @IdArg() id: string): Promise<LiveGameResultsModel> {
    return this.service.results(viewer, id);
  }

  @Query(() => LiveGameJoinInfoModel, { description: 'For a phone with a PIN: title, phase and the units to choose' })
  @Public('players join without accounts; it tells only the title, the phase and the ward units')
  liveGameJoinInfo(@Args('pin') pin: string, @Context('req') req: Request): Promise<LiveGameJoinInfoModel> {
    return this.service.joinInfo(pin, req.ip ?? 'unknown');
  }
}
