import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module.js';
import { PeopleModule } from '../people/people.module.js';
import { CatalogueSeed } from './catalogue-seed.js';
import { FormsResolver } from './forms.resolver.js';
import { FormsService } from './forms.service.js';

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
  ],
  exports: [FormsService, CatalogueSeed],
})
export class CommendationModule {}
