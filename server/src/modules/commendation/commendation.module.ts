import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module.js';
import { PeopleModule } from '../people/people.module.js';
import { CatalogueSeed } from './catalogue/catalogue-seed.js';
import { CouncilResolver } from './council/council.resolver.js';
import { CouncilService } from './council/council.service.js';
import { DecisionResolver } from './posting/decision.resolver.js';
import { DecisionService } from './posting/decision.service.js';
import { DocumentSettingsService } from './documents/document-settings.service.js';
import { DocumentsController } from './documents/documents.controller.js';
import { DocumentsResolver } from './documents/documents.resolver.js';
import { RoundDocumentsLoader } from './documents/round-documents.loader.js';
import { RoundDocumentsService } from './documents/round-documents.service.js';
import { FormsResolver } from './catalogue/forms.resolver.js';
import { FormsService } from './catalogue/forms.service.js';
import { PostingResolver } from './posting/posting.resolver.js';
import { PostingService } from './posting/posting.service.js';
import { ProposalBuildService } from './proposals/proposal-build.service.js';
import { ProposalsResolver } from './proposals/proposals.resolver.js';
import { ProposalsService } from './proposals/proposals.service.js';
import { RankingFacts } from './proposals/ranking-facts.js';
import { RoundsResolver } from './proposals/rounds.resolver.js';
import { RoundsService } from './proposals/rounds.service.js';

/**
 * Commendation by the law (Luật Thi đua, khen thưởng 2022): the catalogue of forms a ward
 * confers or proposes upward, rounds of proposals from rankings and individuals' records,
 * the council's session and votes, the public posting with residents' comments, the
 * chairman's decision, certificates, revocation, and the round's documents (DOCX,
 * Nghị định 30/2020). One folder per step of a round:
 * - catalogue/: the forms, their conditions and quotas (data the admin edits);
 * - proposals/: rounds, proposals built from a published ranking or a roster, their conditions checked;
 * - council/: the session, attendance and quorum, votes; round-stage.ts says which step fits which status;
 * - posting/: the public posting and residents' comments, the decision, revocation, certificates;
 * - documents/: the document settings and the five DOCX documents (builder in common/docx/).
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
  exports: [FormsService, CatalogueSeed, DocumentSettingsService],
})
export class CommendationModule {}
