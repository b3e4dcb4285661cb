import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ActivityForm } from '@thidua/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsString, MaxLength, ValidateNested } from 'class-validator';
import { PERIODIC_REPORT_SECTIONS, PeriodicReportSection, SECTION_MAX_LENGTH } from './periodic-report-sections.js';

export const PeriodicReportKindEnum = { INTERIM: 'INTERIM', FINAL: 'FINAL' } as const;
registerEnumType(PeriodicReportKindEnum, {
  name: 'PeriodicReportKind',
  description: 'INTERIM: báo cáo sơ kết; FINAL: báo cáo tổng kết',
});
registerEnumType(PeriodicReportSection, {
  name: 'PeriodicReportSection',
  description: 'The narrative sections of the report, in the document’s order',
});

@ObjectType('PeriodicReportFormFigure', { description: 'The counted activities of one form over the report’s dates' })
export class PeriodicReportFormFigureModel {
  @Field(() => ActivityForm)
  form: ActivityForm;

  @Field(() => Int)
  activityCount: number;

  @Field(() => Int, { description: 'Everyone present (sum of attendeeCount)' })
  attendeeCount: number;

  @Field(() => Int, { description: 'Sum of quantity (posts, banners, registrations)' })
  quantity: number;
}

@ObjectType('PeriodicReportTotal')
export class PeriodicReportTotalModel {
  @Field(() => Int)
  activityCount: number;

  @Field(() => Int)
  attendeeCount: number;

  @Field(() => Int)
  quantity: number;
}

@ObjectType('PeriodicReportAttendance', {
  description: 'Distinct named attendees of a population kind ÷ its population',
})
export class PeriodicReportAttendanceModel {
  @Field()
  kind: string;

  @Field()
  kindName: string;

  @Field(() => Int)
  attendees: number;

  @Field(() => Int)
  population: number;

  @Field(() => Float, { description: '0..1' })
  rate: number;
}

@ObjectType('PeriodicReportFigures', {
  description: 'Computed from the log, the reports and the results; never stored',
})
export class PeriodicReportFigures {
  @Field(() => [PeriodicReportFormFigureModel], { description: 'The six forms in the plan’s order' })
  forms: PeriodicReportFormFigureModel[];

  @Field(() => PeriodicReportTotalModel)
  total: PeriodicReportTotalModel;

  @Field(() => [PeriodicReportAttendanceModel])
  attendance: PeriodicReportAttendanceModel[];

  @Field(() => Int, { description: 'False information reported over the dates' })
  falseInformationFound: number;

  @Field(() => Int, { description: 'Of which RESOLVED' })
  falseInformationHandled: number;

  @Field(() => Int, { description: 'Difficulties reported over the dates' })
  difficultiesRaised: number;

  @Field(() => Int, { description: 'Of which ANSWERED' })
  difficultiesAnswered: number;

  @Field(() => Int, { description: 'Campaign periods inside the dates whose results are published' })
  campaignPeriodsPublished: number;

  @Field(() => Int, { description: 'Published score sheets of those periods (units ranked)' })
  campaignSheetsPublished: number;

  @Field(() => Int, { description: 'Contests (not demo) with a round inside the dates' })
  contestCount: number;

  @Field(() => Int, { description: 'Entrants who submitted an attempt inside the dates' })
  contestEntrants: number;

  @Field(() => Int, { description: 'Units those entrants belong to' })
  contestUnits: number;
}

@ObjectType('PeriodicReportSectionText')
export class PeriodicReportSectionModel {
  @Field(() => PeriodicReportSection)
  key: PeriodicReportSection;

  @Field({ description: 'What a person wrote (empty: not yet)' })
  text: string;

  @Field({ description: 'Generated from the figures, used in the document while the text is empty' })
  suggestion: string;
}

@ObjectType('PeriodicReport', { description: 'A báo cáo sơ kết / tổng kết of a plan over a date range' })
export class PeriodicReportModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  planId: string;

  @Field()
  planTitle: string;

  @Field(() => PeriodicReportKindEnum)
  kind: 'INTERIM' | 'FINAL';

  @Field({ description: 'YYYY-MM-DD' })
  fromDate: string;

  @Field({ description: 'YYYY-MM-DD' })
  toDate: string;

  @Field({ description: 'Số/ký hiệu, e.g. 12/BC-UBND (empty: not issued)' })
  documentNumber: string;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@InputType()
export class CreatePeriodicReportInput {
  @Field(() => ID)
  @IsString()
  planId: string;

  @Field(() => PeriodicReportKindEnum)
  @IsIn(Object.values(PeriodicReportKindEnum))
  kind: 'INTERIM' | 'FINAL';

  @Field({ description: 'YYYY-MM-DD inside the plan' })
  @IsString()
  fromDate: string;

  @Field({ description: 'YYYY-MM-DD inside the plan, not before fromDate' })
  @IsString()
  toDate: string;
}

@InputType()
export class PeriodicReportSectionInput {
  @Field(() => PeriodicReportSection)
  @IsIn(PERIODIC_REPORT_SECTIONS)
  key: PeriodicReportSection;

  @Field({ description: `≤ ${SECTION_MAX_LENGTH} characters; empty clears it` })
  @IsString()
  text: string;
}

@InputType()
export class SavePeriodicReportInput {
  @Field(() => ID)
  @IsString()
  id: string;

  @Field({ description: 'Số/ký hiệu, ≤ 60 characters' })
  @IsString()
  @MaxLength(200)
  documentNumber: string;

  @Field(() => [PeriodicReportSectionInput], { description: 'The sections given replace the stored ones' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PeriodicReportSectionInput)
  sections: PeriodicReportSectionInput[];
}
