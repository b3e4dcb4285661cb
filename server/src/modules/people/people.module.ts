import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UnitsModule } from '../units/units.module.js';
import { Person } from './entities/person.entity.js';
import { IdentityService } from './identity.service.js';
import { PhoneVault } from './phone-vault.js';
import { PopulationsService } from './populations.service.js';
import { UnitPopulationsResolver } from './unit-populations.resolver.js';

/** Rosters of the ward's units, who someone is (personal codes), populations and personal data. */
@Module({
  imports: [TypeOrmModule.forFeature([Person]), UnitsModule],
  providers: [PopulationsService, IdentityService, PhoneVault, UnitPopulationsResolver],
  exports: [PopulationsService, IdentityService, PhoneVault],
})
export class PeopleModule {}
