import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg } from '../../common/graphql/id-arg.js';
import { ROLES } from '@thidua/shared';
import { Roles } from '../../common/auth/decorators.js';
import { REVIEW_ROLES } from './content-roles.js';
import {
  CreateResolutionInput,
  CreateSectionInput,
  UpdateResolutionInput,
  UpdateSectionInput,
} from './dto/resolution.input.js';
import { ResolutionsService } from './resolutions.service.js';
import { ResolutionModel, ResolutionSectionModel } from './models/resolution.model.js';

/**
 * Resolutions and their sections: the text the questions come from, readable by every
 * signed-in role (it is the public resolution); changed by reviewers and admins.
 */
@Resolver(() => ResolutionModel)
export class ResolutionsResolver {
  constructor(private readonly service: ResolutionsService) {}

  @Query(() => [ResolutionModel])
  @Roles(...ROLES)
  resolutions(): Promise<ResolutionModel[]> {
    return this.service.listResolutions();
  }

  @Query(() => ResolutionModel)
  @Roles(...ROLES)
  resolution(@IdArg() id: string): Promise<ResolutionModel> {
    return this.service.getResolution(id);
  }

  @Mutation(() => ResolutionModel)
  @Roles(...REVIEW_ROLES)
  createResolution(@Args('input') input: CreateResolutionInput): Promise<ResolutionModel> {
    return this.service.createResolution(input);
  }

  @Mutation(() => ResolutionModel)
  @Roles(...REVIEW_ROLES)
  updateResolution(@Args('input') input: UpdateResolutionInput): Promise<ResolutionModel> {
    return this.service.updateResolution(input);
  }

  @Mutation(() => ResolutionSectionModel)
  @Roles(...REVIEW_ROLES)
  createSection(@Args('input') input: CreateSectionInput): Promise<ResolutionSectionModel> {
    return this.service.createSection(input);
  }

  @Mutation(() => ResolutionSectionModel)
  @Roles(...REVIEW_ROLES)
  updateSection(@Args('input') input: UpdateSectionInput): Promise<ResolutionSectionModel> {
    return this.service.updateSection(input);
  }
}
