import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, ROLES } from '@thidua/shared';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../common/auth/decorators.js';
import { PopulationKindInput } from './dto/person.input.js';
import { PopulationKindModel, toPopulationKindModel } from './models/person.model.js';
import { PopulationKindsService } from './population-kinds.service.js';

@Resolver(() => PopulationKindModel)
export class PopulationKindsResolver {
  constructor(private readonly service: PopulationKindsService) {}

  @Query(() => [PopulationKindModel], { description: 'Every population kind, retired ones included (active: false)' })
  @Roles(...ROLES)
  async populationKinds(): Promise<PopulationKindModel[]> {
    return (await this.service.list()).map(toPopulationKindModel);
  }

  @Mutation(() => PopulationKindModel, { description: 'Creates a population kind, or updates the one with this code' })
  @Roles(Role.ADMIN)
  async savePopulationKind(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: PopulationKindInput,
  ): Promise<PopulationKindModel> {
    return toPopulationKindModel(await this.service.save(viewer, input));
  }
}
