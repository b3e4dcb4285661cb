import { Field, Int, ObjectType } from '@nestjs/graphql';

/** One problem in one row of an imported file. */
@ObjectType('ImportRowError')
export class ImportRowErrorModel {
  @Field(() => Int, { description: 'Line in the file; the header is line 1' })
  line: number;

  @Field(() => String, { nullable: true, description: 'Column header as written in the file' })
  column: string | null;

  @Field({ description: 'Stable code, translated by the client' })
  reason: string;

  @Field()
  message: string;
}

@ObjectType('UnitImportResult')
export class UnitImportResultModel {
  @Field({ description: 'True when every row is valid (and, unless dryRun, was saved)' })
  ok: boolean;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => [ImportRowErrorModel])
  errors: ImportRowErrorModel[];
}
