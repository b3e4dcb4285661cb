import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@thidua/shared';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../../common/auth/decorators.js';
import { CreateCommendationFormInput, UpdateCommendationFormInput } from '../dto/form.input.js';
import { FormsService } from './forms.service.js';
import { CommendationFormModel, toCommendationFormModel } from '../models/form.model.js';

@Resolver(() => CommendationFormModel)
export class FormsResolver {
  constructor(private readonly forms: FormsService) {}

  @Query(() => [CommendationFormModel], {
    description: 'The catalogue of commendation forms, by position then name; retired ones only when asked',
  })
  @Roles(Role.ADMIN, Role.REVIEWER)
  async commendationForms(
    @Args('includeInactive', { type: () => Boolean, nullable: true, defaultValue: false }) includeInactive: boolean,
  ): Promise<CommendationFormModel[]> {
    return (await this.forms.list(includeInactive)).map(toCommendationFormModel);
  }

  @Mutation(() => CommendationFormModel, { description: 'Adds a form to the catalogue' })
  @Roles(Role.ADMIN)
  async createCommendationForm(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: CreateCommendationFormInput,
  ): Promise<CommendationFormModel> {
    return toCommendationFormModel(await this.forms.create(viewer, input));
  }

  @Mutation(() => CommendationFormModel, {
    description: 'Edits a form (its code stays); active: false retires it, since forms are never deleted',
  })
  @Roles(Role.ADMIN)
  async updateCommendationForm(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: UpdateCommendationFormInput,
  ): Promise<CommendationFormModel> {
    return toCommendationFormModel(await this.forms.update(viewer, input));
  }
}
