import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@thidua/shared';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../common/auth/decorators.js';
import { IdArg } from '../../common/graphql/id-arg.js';
import { CreatePersonInput, ImportRosterInput, PeopleFilterInput, UpdatePersonInput } from './dto/person.input.js';
import { PeoplePageModel, PersonModel, RosterImportResultModel, toPersonModel } from './models/person.model.js';
import { RosterImportService } from './roster-import.service.js';
import { RosterService } from './roster.service.js';

/** Units' rosters: an admin keeps every unit's, a unit officer their own unit's (with its sub-units). */
@Resolver(() => PersonModel)
export class RosterResolver {
  constructor(
    private readonly roster: RosterService,
    private readonly rosterImport: RosterImportService,
  ) {}

  @Query(() => PeoplePageModel, { description: 'The roster of a unit and its sub-units, in Vietnamese name order' })
  @Roles(Role.ADMIN, Role.UNIT_OFFICER)
  async people(@CurrentUser() viewer: AuthUser, @Args('filter') filter: PeopleFilterInput): Promise<PeoplePageModel> {
    const { items, total } = await this.roster.list(viewer, filter);
    return { items: items.map(toPersonModel), total };
  }

  @Mutation(() => PersonModel)
  @Roles(Role.ADMIN, Role.UNIT_OFFICER)
  async createPerson(@CurrentUser() viewer: AuthUser, @Args('input') input: CreatePersonInput): Promise<PersonModel> {
    return toPersonModel(await this.roster.create(viewer, input));
  }

  @Mutation(() => PersonModel)
  @Roles(Role.ADMIN, Role.UNIT_OFFICER)
  async updatePerson(@CurrentUser() viewer: AuthUser, @Args('input') input: UpdatePersonInput): Promise<PersonModel> {
    return toPersonModel(await this.roster.update(viewer, input));
  }

  @Mutation(() => Boolean, {
    description: 'Takes a person off the roster; someone who took part stays as a tombstone without personal data',
  })
  @Roles(Role.ADMIN, Role.UNIT_OFFICER)
  async deletePerson(
    @CurrentUser() viewer: AuthUser,
    @IdArg() id: string,
    @Args('reason') reason: string,
  ): Promise<boolean> {
    await this.roster.delete(viewer, id, reason);
    return true;
  }

  @Mutation(() => PersonModel, { description: 'A new personal code; the old one stops working' })
  @Roles(Role.ADMIN, Role.UNIT_OFFICER)
  async regeneratePersonalCode(@CurrentUser() viewer: AuthUser, @IdArg() id: string): Promise<PersonModel> {
    return toPersonModel(await this.roster.regeneratePersonalCode(viewer, id));
  }

  @Mutation(() => RosterImportResultModel, {
    description: 'Imports a CSV/XLSX roster into a unit; with any bad row nothing is saved and every error is listed',
  })
  @Roles(Role.ADMIN, Role.UNIT_OFFICER)
  async importRoster(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: ImportRosterInput,
  ): Promise<RosterImportResultModel> {
    const content = Buffer.from(input.contentBase64, 'base64');
    return this.rosterImport.import(viewer, input.unitId, input.fileName, content, input.dryRun ?? false);
  }
}
