import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { UnitModel } from '../units/models/unit.model.js';
import { UnitPopulationModel } from './models/unit-population.model.js';
import { PopulationsService } from './populations.service.js';

/** A unit's populations, resolved here because they count the people module's rosters. */
@Resolver(() => UnitModel)
export class UnitPopulationsResolver {
  constructor(private readonly service: PopulationsService) {}

  @ResolveField(() => Int, {
    description: 'The population of the unit’s main kind: its roster size, or the declared number without a roster',
  })
  async eligiblePopulation(@Parent() unit: UnitModel): Promise<number> {
    return (await this.service.figures([unit.id], null)).get(unit.id)?.size ?? 0;
  }

  @ResolveField(() => [UnitPopulationModel], {
    description: 'One population per kind the unit has a roster or a number of',
  })
  async populations(@Parent() unit: UnitModel): Promise<UnitPopulationModel[]> {
    return (await this.service.allFigures([unit.id])).get(unit.id) ?? [];
  }
}
