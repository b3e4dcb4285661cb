import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ImportRowErrorModel } from '../../units/models/unit-import-result.model.js';

@ObjectType('QuestionImportResult')
export class QuestionImportResultModel {
  @Field({ description: 'True when every row is valid (and, unless dryRun, was saved)' })
  ok: boolean;

  @Field(() => Int, { description: 'New questions' })
  created: number;

  @Field(() => Int, {
    description: 'Rows whose "Mã câu hỏi" matched a question that changed (a new version when published)',
  })
  updated: number;

  @Field(() => Int, { description: 'Rows identical to the question with the same key' })
  unchanged: number;

  @Field(() => [ImportRowErrorModel])
  errors: ImportRowErrorModel[];

  @Field(() => [ID], {
    description:
      'The questions this import created or changed (empty for a dry run): "all of this import" for a bulk review',
  })
  questionIds: string[];
}

@ObjectType('ExportedFile')
export class ExportedFileModel {
  @Field()
  fileName: string;

  @Field()
  contentBase64: string;
}

@ObjectType('QuestionRefusal')
export class QuestionRefusalModel {
  @Field(() => ID)
  questionId: string;

  @Field({ description: 'Its "Mã câu hỏi"; empty for an id that is no question' })
  key: string;

  @Field({ description: 'QUESTION_NOT_FOUND, QUESTION_WRONG_STATUS, QUESTION_NOT_YOURS or QUESTION_INVALID' })
  reason: string;

  @Field()
  message: string;
}

@ObjectType('BulkQuestionReviewResult')
export class BulkQuestionReviewResultModel {
  @Field(() => [ID], { description: 'The questions sent to review (or published)' })
  done: string[];

  @Field(() => [QuestionRefusalModel], { description: 'The others, each with why; they did not change' })
  refusals: QuestionRefusalModel[];
}
