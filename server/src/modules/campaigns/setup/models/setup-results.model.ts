import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ImportRowErrorModel } from '../../../units/models/unit-import-result.model.js';
import { IndicatorModel } from './campaign.model.js';

/** A reviewer's block scope in a campaign: the blocks they review (empty = every block). */
@ObjectType('ReviewerBlockScope')
export class ReviewerBlockScopeModel {
  @Field(() => ID)
  userId: string;

  @Field()
  displayName: string;

  @Field()
  username: string;

  @Field(() => [ID], { description: 'Empty: every block' })
  blockIds: string[];
}

/** A problem that does not stop the import (the tree is saved): it stops the launch until fixed. */
@ObjectType('IndicatorImportIssue')
export class IndicatorImportIssueModel {
  @Field(() => Int, { nullable: true, description: 'Line in the file; null for the whole tree' })
  line: number | null;

  @Field()
  reason: string;

  @Field(() => String, { nullable: true })
  code: string | null;

  @Field()
  message: string;
}

@ObjectType('IndicatorTreeImportResult')
export class IndicatorTreeImportResultModel {
  @Field({ description: 'True when every row is valid (and, unless dryRun, the set’s tree was replaced)' })
  ok: boolean;

  @Field(() => Int, { description: 'Criteria read from the file' })
  count: number;

  @Field(() => [IndicatorModel], { description: 'The tree the file gives (preview ids), depth-first' })
  indicators: IndicatorModel[];

  @Field(() => [ImportRowErrorModel], { description: 'Every bad row and column; any of them refuses the file' })
  errors: ImportRowErrorModel[];

  @Field(() => [IndicatorImportIssueModel])
  issues: IndicatorImportIssueModel[];
}
