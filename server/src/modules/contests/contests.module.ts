import { PeopleModule } from '../people/people.module.js';
import { Logger, Module, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ComputedSourceKind } from '@thidua/shared';
import { ComputedSourceRegistry } from '../campaigns/computed-source.registry.js';
import { AnswerSaveBatcher } from './answer-save-batcher.js';
import { AttemptsService } from './attempts.service.js';
import { ContestEntryResolver } from './contest-entry.resolver.js';
import { ContestQuestionBank } from './contest-question-bank.js';
import { ContestRaceBroadcaster } from './contest-race.broadcaster.js';
import { ContestRaceGateway } from './contest-race.gateway.js';
import { ContestRaceService } from './contest-race.service.js';
import { ContestResultsController } from './contest-results.controller.js';
import { ContestResultsService } from './contest-results.service.js';
import { ContestSecrets } from './contest-secrets.js';
import { ContestUnitResultsService } from './contest-unit-results.service.js';
import { ContestsResolver } from './contests.resolver.js';
import { ContestsService } from './contests.service.js';
import { EntrantRegistrationService } from './entrant-registration.service.js';

/**
 * Online contests (thi trắc nghiệm trực tuyến): set-up, registration, attempts with a
 * server clock, results with the published tie-break chain, the `/contest-race`
 * screen feed, and the CONTEST source of computed campaign indicators.
 */
@Module({
  imports: [PeopleModule],
  controllers: [ContestResultsController],
  providers: [
    ContestsService,
    EntrantRegistrationService,
    AttemptsService,
    AnswerSaveBatcher,
    ContestResultsService,
    ContestUnitResultsService,
    ContestQuestionBank,
    ContestSecrets,
    ContestRaceService,
    ContestRaceBroadcaster,
    ContestRaceGateway,
    ContestEntryResolver,
    ContestsResolver,
  ],
  exports: [ContestsService, ContestResultsService],
})
export class ContestsModule implements OnModuleInit {
  private readonly logger = new Logger(ContestsModule.name);

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly units: ContestUnitResultsService,
  ) {}

  /**
   * Registers the CONTEST source with the campaigns' registry when the campaigns
   * module is loaded (looked up globally, so neither module imports the other).
   */
  onModuleInit(): void {
    let registry: ComputedSourceRegistry | undefined;
    try {
      registry = this.moduleRef.get(ComputedSourceRegistry, { strict: false });
    } catch {
      this.logger.debug?.('No campaigns module: the CONTEST computed source is not registered');
      return;
    }
    if (!registry) return;
    registry.register({
      kind: ComputedSourceKind.CONTEST,
      fetch: (contestId, unitIds, metric) => this.units.unitMetrics(contestId, unitIds, metric),
      participants: (contestId, unitIds) => this.units.participants(contestId, unitIds),
      exists: (contestId) => this.units.exists(contestId),
    });
  }
}
