import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Unit } from './entities/unit.entity.js';
import { UnitsResolver } from './units.resolver.js';
import { UnitsService } from './units.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Unit])],
  providers: [UnitsService, UnitsResolver],
  exports: [UnitsService],
})
export class UnitsModule {}
