import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { UnitPopulationFigure } from '@thidua/shared';
import DataLoader from 'dataloader';
import { UnitModel } from '../units/models/unit.model.js';
import { UnitPopulationModel } from './models/unit-population.model.js';
import { PopulationsService } from './populations.service.js';

interface Loaders {
  main: DataLoader<string, UnitPopulationFigure | undefined>;
  all: DataLoader<string, UnitPopulationFigure[]>;
}

/**
 * A unit's populations, resolved here because they count the people module's rosters.
 * A list of units is answered with one query per field, not one per unit: the units
 * asked for in one request are batched (DataLoader, one per request).
 */
@Resolver(() => UnitModel)
export class UnitPopulationsResolver {
  private readonly loaders = new WeakMap<object, Loaders>();

  constructor(private readonly service: PopulationsService) {}

  @ResolveField(() => Int, {
    description: 'The population of the unit’s main kind: its roster size, or the declared number without a roster',
  })
  async eligiblePopulation(@Parent() unit: UnitModel, @Context('req') req: object): Promise<number> {
    return (await this.loadersOf(req).main.load(unit.id))?.size ?? 0;
  }

  @ResolveField(() => [UnitPopulationModel], {
    description: 'One population per kind the unit has a roster or a number of',
  })
  populations(@Parent() unit: UnitModel, @Context('req') req: object): Promise<UnitPopulationModel[]> {
    return this.loadersOf(req).all.load(unit.id);
  }

  private loadersOf(req: object): Loaders {
    let loaders = this.loaders.get(req);
    if (!loaders) {
      loaders = {
        main: new DataLoader(async (ids) => {
          const figures = await this.service.figures(ids, null);
          return ids.map((id) => figures.get(id));
        }),
        all: new DataLoader(async (ids) => {
          const figures = await this.service.allFigures(ids);
          return ids.map((id) => figures.get(id) ?? []);
        }),
      };
      this.loaders.set(req, loaders);
    }
    return loaders;
  }
}
