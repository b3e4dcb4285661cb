import { Field, Int, ObjectType } from '@nestjs/graphql';
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
}

@ObjectType('ExportedFile')
export class ExportedFileModel {
  @Field()
  fileName: string;

  @Field()
  contentBase64: string;
}
