import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg } from '../../common/graphql/id-arg.js';
import { ROLES } from '@thidua/shared';
import { Roles } from '../../common/auth/decorators.js';
import { ContentService, REVIEW_ROLES } from './content.service.js';
import {
  CreateResolutionInput,
  CreateSectionInput,
  UpdateResolutionInput,
  UpdateSectionInput,
} from './dto/resolution.input.js';
import { ResolutionModel, ResolutionSectionModel } from './models/resolution.model.js';

/**
 * Resolutions and their sections: the text the questions come from, readable by every
 * signed-in role (it is the public resolution); changed by reviewers and admins.
 */
@Resolver(() => ResolutionModel)
export class ResolutionsResolver {
  constructor(private readonly content: ContentService) {}

  @Query(() => [ResolutionModel])
  @Roles(...ROLES)
  resolutions(): Promise<ResolutionModel[]> {
    return this.content.listResolutions();
  }

  @Query(() => ResolutionModel)
  @Roles(...ROLES)
  resolution(@IdArg() id: string): Promise<ResolutionModel> {
    return this.content.getResolution(id);
  }

  @Mutation(() => ResolutionModel)
  @Roles(...REVIEW_ROLES)
  createResolution(@Args('input') input: CreateResolutionInput): Promise<ResolutionModel> {
    return this.content.createResolution(input);
  }

  @Mutation(() => ResolutionModel)
  @Roles(...REVIEW_ROLES)
  updateResolution(@Args('input') input: UpdateResolutionInput): Promise<ResolutionModel> {
    return this.content.updateResolution(input);
  }

  @Mutation(() => ResolutionSectionModel)
  @Roles(...REVIEW_ROLES)
  createSection(@Args('input') input: CreateSectionInput): Promise<ResolutionSectionModel> {
    return this.content.createSection(input);
  }

  @Mutation(() => ResolutionSectionModel)
  @Roles(...REVIEW_ROLES)
  updateSection(@Args('input') input: UpdateSectionInput): Promise<ResolutionSectionModel> {
    return this.content.updateSection(input);
  }
}
