import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, ROLES } from '@thidua/shared';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../common/auth/decorators.js';
import { IdArg } from '../../common/graphql/id-arg.js';
import { CreateUnitInput, ImportUnitsInput, UnitsFilterInput, UpdateUnitInput } from './dto/unit.input.js';
import { UnitImportResultModel } from './models/unit-import-result.model.js';
import { toUnitModel, UnitModel } from './models/unit.model.js';
import { UnitsService } from './units.service.js';

/**
 * The ward's organization tree. Every signed-in role can read it (a unit officer
 * only their own branch); only admins change it, since eligible populations are
 * the denominators of every participation rate.
 */
@Resolver(() => UnitModel)
export class UnitsResolver {
  constructor(private readonly unitsService: UnitsService) {}

  @Query(() => [UnitModel])
  @Roles(...ROLES)
  async units(
    @CurrentUser() viewer: AuthUser,
    @Args('filter', { nullable: true }) filter?: UnitsFilterInput,
  ): Promise<UnitModel[]> {
    return (await this.unitsService.list(viewer, filter ?? {})).map(toUnitModel);
  }

  @Query(() => UnitModel)
  @Roles(...ROLES)
  async unit(@CurrentUser() viewer: AuthUser, @IdArg() id: string): Promise<UnitModel> {
    return toUnitModel(await this.unitsService.get(viewer, id));
  }

  @Mutation(() => UnitModel)
  @Roles(Role.ADMIN)
  async createUnit(@CurrentUser() viewer: AuthUser, @Args('input') input: CreateUnitInput): Promise<UnitModel> {
    return toUnitModel(await this.unitsService.create(input, viewer.id));
  }

  @Mutation(() => UnitModel)
  @Roles(Role.ADMIN)
  async updateUnit(@CurrentUser() viewer: AuthUser, @Args('input') input: UpdateUnitInput): Promise<UnitModel> {
    return toUnitModel(await this.unitsService.update(input, viewer.id));
  }

  @Mutation(() => Boolean)
  @Roles(Role.ADMIN)
  async deleteUnit(@IdArg() id: string): Promise<boolean> {
    await this.unitsService.delete(id);
    return true;
  }

  @Mutation(() => UnitImportResultModel, {
    description: 'Imports a CSV/XLSX roster; with any bad row nothing is saved and every bad row is listed',
  })
  @Roles(Role.ADMIN)
  async importUnits(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: ImportUnitsInput,
  ): Promise<UnitImportResultModel> {
    const content = Buffer.from(input.contentBase64, 'base64');
    return this.unitsService.importRoster(input.fileName, content, input.dryRun ?? false, viewer.id);
  }
}
