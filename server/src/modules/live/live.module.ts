import { Module } from '@nestjs/common';
import { LiveBroadcaster } from '../../realtime/live-broadcaster.js';
import { ContentModule } from '../content/content.module.js';
import { AnswerBatcher } from './answer-batcher.js';
import { LiveGamesResolver } from './live-games.resolver.js';
import { LiveGamesService } from './live-games.service.js';
import { LiveResultsController } from './live-results.controller.js';
import { LiveRuntimeService } from './live-runtime.service.js';
import { LiveGateway } from './live.gateway.js';

/** Live quiz games: GraphQL to start and report, the `/live` socket namespace to play. */
@Module({
  imports: [ContentModule],
  controllers: [LiveResultsController],
  providers: [LiveGamesService, LiveGamesResolver, LiveRuntimeService, AnswerBatcher, LiveBroadcaster, LiveGateway],
  exports: [LiveGamesService],
})
export class LiveModule {}
