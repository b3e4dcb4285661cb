import { PeopleModule } from '../people/people.module.js';
import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { LiveBroadcaster } from '../../realtime/live-broadcaster.js';
import { ContentModule } from '../content/content.module.js';
import { LIVE_COORDINATOR, type LiveCoordinator } from './coordination/live-coordinator.js';
import { LocalLiveCoordinator } from './coordination/local-live-coordinator.js';
import { LiveCampaignSource } from './live-campaign-source.js';
import { LiveGamesResolver } from './live-games.resolver.js';
import { LiveGamesService } from './live-games.service.js';
import { LiveResultsController } from './live-results.controller.js';
import { LiveRuntimeService } from './live-runtime.service.js';
import { LiveGateway } from './live.gateway.js';
import { LiveAnswerBatcher } from './game-store/live-answer-batcher.js';
import { LiveJoinBatcher } from './game-store/live-join-batcher.js';
import { LiveGameStore } from './game-store/live-game-store.js';
import { LiveClusterSync } from './runtime/live-cluster-sync.js';
import { LiveGameEmitter } from './runtime/live-game-emitter.js';
import { LiveGameEngine } from './runtime/live-game-engine.js';
import { LiveGameRegistry } from './runtime/live-game-registry.js';
import { LiveGameTimers } from './runtime/live-game-timers.js';

/**
 * One node (no REDIS_URL: no Redis connection is made) or many (REDIS_URL: the driver
 * of each game is elected with a Redis lock). See coordination/live-coordinator.ts.
 */
const coordinatorProvider = {
  provide: LIVE_COORDINATOR,
  inject: [APP_CONFIG],
  useFactory: async (config: AppConfig): Promise<LiveCoordinator> => {
    if (!config.redisUrl) return new LocalLiveCoordinator();
    const { RedisLiveCoordinator } = await import('./coordination/redis-live-coordinator.js');
    const coordinator = new RedisLiveCoordinator(config.redisUrl);
    await coordinator.connect();
    return coordinator;
  },
};

/** Live quiz games: GraphQL to start and report, the `/live` socket namespace to play. */
@Module({
  imports: [ContentModule, PeopleModule],
  controllers: [LiveResultsController],
  providers: [
    coordinatorProvider,
    LiveGamesService,
    LiveGamesResolver,
    LiveRuntimeService,
    LiveGameRegistry,
    LiveGameStore,
    LiveAnswerBatcher,
    LiveJoinBatcher,
    LiveGameTimers,
    LiveGameEmitter,
    LiveGameEngine,
    LiveClusterSync,
    LiveBroadcaster,
    LiveGateway,
    LiveCampaignSource,
  ],
  exports: [LiveGamesService],
})
export class LiveModule {}
