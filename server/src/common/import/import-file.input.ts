import { Field, InputType } from '@nestjs/graphql';
import { MAX_IMPORT_BASE64_LENGTH } from '@thidua/shared';
import { IsBoolean, IsOptional, IsString, Length, MaxLength } from 'class-validator';

/** The file of an all-or-nothing import (units, question bank, a roster); each import adds what it is about. */
@InputType({ isAbstract: true })
export abstract class ImportFileInput {
  @Field({ description: 'Original file name; .csv or .xlsx decides the format' })
  @Length(1, 255)
  fileName: string;

  @Field({ description: 'The file, base64-encoded' })
  @IsString()
  @MaxLength(MAX_IMPORT_BASE64_LENGTH, { message: 'the file is larger than 3 MiB' })
  contentBase64: string;

  @Field({ nullable: true, description: 'Validate only; save nothing' })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;
}
