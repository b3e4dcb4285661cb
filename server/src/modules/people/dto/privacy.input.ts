import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

@InputType()
export class PrivacySettingsInput {
  @Field(() => Int, { description: 'Months personal data is kept after its last use (1–120)' })
  @IsInt()
  @Min(1)
  @Max(120)
  retentionMonths: number;
}

@InputType()
export class DataAuditFilterInput {
  @Field(() => ID, { nullable: true, description: 'Events of this unit (a unit officer: their own unit by default)' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => ID, { nullable: true, description: 'Events about this person, unit, account…' })
  @IsOptional()
  @IsUUID()
  subjectId?: string;

  @Field(() => Int, { nullable: true, description: '1–500, default 100; newest first' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}
