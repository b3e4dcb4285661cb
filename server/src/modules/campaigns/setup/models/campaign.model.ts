import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { UnitRef } from '../../../units/models/unit.model.js';
import {
  CampaignStatus,
  Comparison,
  ComputedMetric,
  ComputedSourceKind,
  IndicatorKind,
  LateRuleKind,
  PeriodKind,
  QuotaBase,
  QuotaRounding,
  TieRuleKind,
} from '../../models/campaign-enums.js';

@ObjectType()
export class TieRuleModel {
  @Field(() => TieRuleKind)
  kind: TieRuleKind;

  @Field(() => [ID], { description: 'TIEBREAK_INDICATORS: compared in this order' })
  indicatorIds: string[];
}

@ObjectType()
export class ComputedSourceModel {
  @Field(() => ComputedSourceKind)
  kind: ComputedSourceKind;

  @Field(() => ID, { nullable: true, description: 'The live game or contest; null until bound (scores 0)' })
  id: string | null;

  @Field(() => ComputedMetric)
  metric: ComputedMetric;

  @Field(() => String, {
    nullable: true,
    description: 'PARTICIPATION_RATE: the population kind it divides by; null = each unit’s main kind',
  })
  populationKind?: string | null;

  @Field(() => String, { nullable: true, description: 'ACTIVITY: only this activity form' })
  form?: string | null;

  @Field(() => [String], { nullable: true, description: 'ACTIVITY: only these activity kinds' })
  kinds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "ACTIVITY: a unit's figure includes its sub-units" })
  includeSubUnits?: boolean | null;

  @Field(() => Float, { nullable: true, description: 'ACTIVITY count, quantity, attendees: the full-points figure' })
  target?: number | null;
}

@ObjectType('LateRule')
export class LateRuleModel {
  @Field(() => LateRuleKind)
  kind: LateRuleKind;

  @Field(() => Float, { nullable: true })
  pointsPerDay: number | null;

  @Field(() => Float, { nullable: true, description: 'null = no cap' })
  maxPoints: number | null;
}

@ObjectType('CampaignPeriod')
export class CampaignPeriodModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => PeriodKind)
  kind: PeriodKind;

  @Field(() => Int)
  position: number;

  @Field({ description: 'YYYY-MM-DD' })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD' })
  endsOn: string;

  @Field()
  submissionDeadline: Date;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => LateRuleModel, { description: 'What a late sheet costs (published with the period)' })
  lateRule: LateRuleModel;

  @Field(() => Int, { description: 'Days a unit has to answer a return, even past the deadline' })
  replyDays: number;
}

@ObjectType('CampaignBlock')
export class CampaignBlockModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => UnitRef, { nullable: true, description: 'Khối trưởng' })
  leaderUnit: UnitRef | null;

  @Field(() => [UnitRef])
  units: UnitRef[];

  @Field(() => ID, { description: 'The criteria set its units are scored by' })
  criteriaSetId: string;
}

@ObjectType('ThresholdStep')
export class ThresholdStepModel {
  @Field(() => Float)
  atLeast: number;

  @Field(() => Float)
  points: number;
}

@ObjectType('Indicator')
export class IndicatorModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Field({ description: 'The full code, unique in its criteria set (e.g. "II.1")' })
  code: string;

  @Field({ description: 'STT local to the parent, as the ward’s table writes it (e.g. "1", "4.1", "a")' })
  number: string;

  @Field(() => ID)
  criteriaSetId: string;

  @Field()
  title: string;

  @Field(() => IndicatorKind)
  kind: IndicatorKind;

  @Field(() => Float)
  maxPoints: number;

  @Field(() => Float, { nullable: true })
  step: number | null;

  @Field(() => Float, { nullable: true })
  target: number | null;

  @Field(() => Float, { nullable: true })
  perItemPoints: number | null;

  @Field()
  evidenceRequired: boolean;

  @Field(() => ComputedSourceModel, { nullable: true })
  computedSource: ComputedSourceModel | null;

  @Field(() => Int)
  position: number;

  @Field(() => Int, { description: '0 for the top level' })
  depth: number;

  @Field(() => [ThresholdStepModel], { nullable: true, description: 'THRESHOLD / RATE' })
  thresholds: ThresholdStepModel[] | null;

  @Field(() => Comparison, { nullable: true })
  comparison: Comparison | null;

  @Field(() => String, { nullable: true, description: 'RATE / WARD_RATE: the population kind divided by' })
  populationKind: string | null;

  @Field({ description: 'Cách tính' })
  method: string;

  @Field({ description: 'Minh chứng yêu cầu' })
  evidenceText: string;
}

@ObjectType('CampaignTitle')
export class CampaignTitleModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Float)
  minTotal: number;

  @Field(() => Float, { nullable: true, description: 'Each top-level group must reach this % of its maximum' })
  groupFloorPercent: number | null;

  @Field(() => Float, { nullable: true, description: "At most this % of a block's units" })
  quotaPercent: number | null;

  @Field(() => QuotaBase)
  quotaBase: QuotaBase;

  @Field(() => QuotaRounding)
  quotaRounding: QuotaRounding;

  @Field(() => Int, { description: 'At least this many units may earn it when they qualify' })
  quotaMinimum: number;

  @Field(() => ID, { nullable: true, description: 'The commendation form a unit earning it is proposed for' })
  commendationFormId: string | null;

  @Field(() => Int, { description: '1 = highest' })
  rankOrder: number;
}

@ObjectType()
export class IndicatorTreeIssue {
  @Field({ description: 'e.g. GROUP_EXCEEDED, TOTAL_MISMATCH' })
  reason: string;

  @Field(() => String, { nullable: true })
  code: string | null;

  @Field()
  message: string;
}

@ObjectType('CriteriaSet')
export class CriteriaSetModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Int)
  position: number;

  @Field(() => [IndicatorModel], { description: 'Depth-first tree order' })
  indicators: IndicatorModel[];

  @Field(() => [IndicatorTreeIssue], {
    description: 'Why this set cannot be launched yet (against the campaign total); empty when it adds up',
  })
  indicatorIssues: IndicatorTreeIssue[];

  @Field(() => [ID], { description: 'The blocks scored by this set' })
  blockIds: string[];
}

@ObjectType('Campaign')
export class CampaignModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => CampaignStatus)
  status: CampaignStatus;

  @Field(() => Float)
  totalPoints: number;

  @Field(() => TieRuleModel)
  tieRule: TieRuleModel;

  @Field({ description: 'The tie rule as published, in Vietnamese' })
  tieRuleText: string;

  @Field()
  boardEnabled: boolean;

  @Field()
  isDemo: boolean;

  @Field({
    description:
      'Created before rosters: its computed figures were counted as then (every participant), and are labelled so',
  })
  countedBeforeRosters: boolean;

  @Field(() => Date, { nullable: true })
  launchedAt: Date | null;

  @Field()
  createdAt: Date;

  @Field(() => [CampaignPeriodModel])
  periods: CampaignPeriodModel[];

  @Field(() => [CampaignBlockModel])
  blocks: CampaignBlockModel[];

  @Field(() => [CriteriaSetModel], { description: 'Each block is scored by one set' })
  criteriaSets: CriteriaSetModel[];

  @Field(() => [IndicatorModel], { description: 'Every set’s indicators, set by set, depth-first within each' })
  indicators: IndicatorModel[];

  @Field(() => [IndicatorTreeIssue], {
    description: 'Why the campaign cannot be launched yet: the issues of the sets its blocks use, each named',
  })
  indicatorIssues: IndicatorTreeIssue[];

  @Field(() => UnitRef, { nullable: true, description: 'The organiser, which compiles the results' })
  organizerUnit: UnitRef | null;

  @Field({ description: 'Whether the organiser’s own sheet is ranked in its block' })
  rankOrganizer: boolean;

  @Field(() => [CampaignTitleModel])
  titles: CampaignTitleModel[];
}
