import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module.js';
import { PeopleModule } from '../people/people.module.js';
import { CatalogueSeed } from './catalogue-seed.js';
import { CouncilResolver } from './council.resolver.js';
import { CouncilService } from './council.service.js';
import { DecisionResolver } from './decision.resolver.js';
import { DecisionService } from './decision.service.js';
import { DocumentSettingsService } from './documents/document-settings.service.js';
import { DocumentsController } from './documents/documents.controller.js';
import { DocumentsResolver } from './documents/documents.resolver.js';
import { RoundDocumentsLoader } from './documents/round-documents.loader.js';
import { RoundDocumentsService } from './documents/round-documents.service.js';
import { FormsResolver } from './forms.resolver.js';
import { FormsService } from './forms.service.js';
import { PostingResolver } from './posting.resolver.js';
import { PostingService } from './posting.service.js';
import { ProposalBuildService } from './proposal-build.service.js';
import { ProposalsResolver } from './proposals.resolver.js';
import { ProposalsService } from './proposals.service.js';
import { RankingFacts } from './ranking-facts.js';
import { RoundsResolver } from './rounds.resolver.js';
import { RoundsService } from './rounds.service.js';

/**
 * Commendation by the law (Luật Thi đua, khen thưởng 2022): the catalogue of forms a ward
 * confers or proposes upward, rounds of proposals from rankings and individuals' records,
 * the council's session and votes, the public posting with residents' comments, the
 * chairman's decision, certificates, revocation, and the round's documents (DOCX,
 * Nghị định 30/2020).
 */
@Module({
  imports: [CampaignsModule, PeopleModule],
  providers: [
    // The catalogue of forms (seeded on bootstrap when empty).
    FormsService,
    FormsResolver,
    CatalogueSeed,
    // Rounds and their proposals (from rankings and individuals' records).
    RoundsService,
    RoundsResolver,
    ProposalsService,
    ProposalBuildService,
    ProposalsResolver,
    RankingFacts,
    // The council's session and votes, the public posting with comments, the decision.
    CouncilService,
    CouncilResolver,
    PostingService,
    PostingResolver,
    DecisionService,
    DecisionResolver,
    // Document settings and the round's documents (DOCX, Nghị định 30/2020).
    DocumentSettingsService,
    RoundDocumentsLoader,
    RoundDocumentsService,
    DocumentsResolver,
  ],
  controllers: [DocumentsController],
  exports: [FormsService, CatalogueSeed],
})
export class CommendationModule {}
