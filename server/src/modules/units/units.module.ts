import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PopulationKindEntry } from './entities/population-kind.entity.js';
import { UnitPopulation } from './entities/unit-population.entity.js';
import { Unit } from './entities/unit.entity.js';
import { UnitsResolver } from './units.resolver.js';
import { UnitsService } from './units.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Unit, PopulationKindEntry, UnitPopulation])],
  providers: [UnitsService, UnitsResolver],
  exports: [UnitsService],
})
export class UnitsModule {}
