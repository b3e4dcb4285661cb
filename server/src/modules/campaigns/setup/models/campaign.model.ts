import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { UnitRef } from '../../../units/models/unit.model.js';
import {
  BoardSource,
  CampaignStatus,
  ComputedMetric,
  ComputedSourceKind,
  IndicatorKind,
  PeriodKind,
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
}

@ObjectType('Indicator')
export class IndicatorModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Field()
  code: string;

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

  @Field(() => BoardSource)
  boardSource: BoardSource;

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

  @Field(() => [IndicatorModel], { description: 'Depth-first tree order' })
  indicators: IndicatorModel[];

  @Field(() => [IndicatorTreeIssue], { description: 'Why the tree cannot be launched yet; empty when it adds up' })
  indicatorIssues: IndicatorTreeIssue[];

  @Field(() => [CampaignTitleModel])
  titles: CampaignTitleModel[];
}
