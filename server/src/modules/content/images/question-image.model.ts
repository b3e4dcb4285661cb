import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  MAX_QUESTION_IMAGE_BASE64_LENGTH,
  QUESTION_IMAGE_ALT_MAX,
  questionImageView,
  type QuestionImageRef,
} from '@thidua/shared';
import { IsString, Matches, MaxLength } from 'class-validator';

@InputType()
export class UploadQuestionImageInput {
  @Field({ description: 'The image in base64, ≤ 5 MiB: JPEG, PNG or WebP, told by its bytes (not by any name)' })
  @IsString()
  @MaxLength(MAX_QUESTION_IMAGE_BASE64_LENGTH, { message: 'image: the file is larger than 5 MiB' })
  contentBase64: string;
}

/** A question version's image: an uploaded image (its hash) and the alt text the author wrote for it. */
@InputType()
export class QuestionImageInput {
  @Field({ description: 'From uploadQuestionImage' })
  @Matches(/^[0-9a-f]{32}$/, { message: 'image.hash: not an uploaded image' })
  hash: string;

  @Field({ description: 'What the image shows, for players who cannot see it; required' })
  @IsString()
  @MaxLength(QUESTION_IMAGE_ALT_MAX * 2)
  alt: string;
}

@ObjectType('QuestionImage', { description: 'An image on a question, as stored WebP widths' })
export class QuestionImageModel {
  @Field()
  hash: string;

  @Field({ description: 'Empty for a fresh upload; the alt text of the version otherwise' })
  alt: string;

  @Field(() => Int, { description: 'Of the largest stored width' })
  width: number;

  @Field(() => Int)
  height: number;

  @Field(() => [Int])
  widths: number[];

  @Field({ description: 'The middle width' })
  src: string;

  @Field({ description: 'Every width, for <img srcset>' })
  srcSet: string;
}

export function toQuestionImageModel(ref: QuestionImageRef): QuestionImageModel {
  const view = questionImageView(ref)!;
  return { ...ref, widths: [...ref.widths].sort((a, b) => a - b), src: view.src, srcSet: view.srcSet };
}
