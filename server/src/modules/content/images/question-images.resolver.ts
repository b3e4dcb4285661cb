import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../../common/auth/decorators.js';
import { AUTHOR_ROLES } from '../content-roles.js';
import { QuestionImageModel, toQuestionImageModel, UploadQuestionImageInput } from './question-image.model.js';
import { QuestionImagesService } from './question-images.service.js';

@Resolver(() => QuestionImageModel)
export class QuestionImagesResolver {
  constructor(private readonly images: QuestionImagesService) {}

  @Mutation(() => QuestionImageModel, {
    description: `An image for a question (sent to the upload path): checked by its bytes, stored as WebP widths; put its hash with an alt text in the question's image`,
  })
  @Roles(...AUTHOR_ROLES)
  async uploadQuestionImage(
    @CurrentUser() user: AuthUser,
    @Args('input') input: UploadQuestionImageInput,
  ): Promise<QuestionImageModel> {
    return toQuestionImageModel(await this.images.upload(user, input.contentBase64));
  }
}
