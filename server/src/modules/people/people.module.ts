import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UnitsModule } from '../units/units.module.js';
import { Person } from './entities/person.entity.js';
import { IdentityService } from './identity.service.js';
import { PeopleAccess } from './people-access.js';
import { PeopleFilesController } from './people-files.controller.js';
import { PersonRecordResolver } from './person-record.resolver.js';
import { PersonRecordService } from './person-record.service.js';
import { PhoneVault } from './phone-vault.js';
import { PopulationKindsResolver } from './population-kinds.resolver.js';
import { PopulationKindsService } from './population-kinds.service.js';
import { PopulationsService } from './populations.service.js';
import { PrivacyResolver } from './privacy.resolver.js';
import { PrivacyService } from './privacy.service.js';
import { RosterImportService } from './roster-import.service.js';
import { RosterCandidatesResolver } from './roster-candidates.resolver.js';
import { RosterResolver } from './roster.resolver.js';
import { RosterService } from './roster.service.js';
import { UnitPopulationsResolver } from './unit-populations.resolver.js';

/** Rosters of the ward's units, who someone is (personal codes), populations and personal data. */
@Module({
  imports: [TypeOrmModule.forFeature([Person]), UnitsModule],
  controllers: [PeopleFilesController],
  providers: [
    PopulationsService,
    IdentityService,
    PhoneVault,
    PeopleAccess,
    UnitPopulationsResolver,
    PopulationKindsService,
    PopulationKindsResolver,
    RosterService,
    RosterImportService,
    RosterResolver,
    RosterCandidatesResolver,
    PrivacyService,
    PrivacyResolver,
    PersonRecordService,
    PersonRecordResolver,
  ],
  exports: [PopulationsService, IdentityService, PhoneVault],
})
export class PeopleModule {}
