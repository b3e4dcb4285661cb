import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UnitRef } from '../../../units/models/unit.model.js';
import { TieRuleModel } from '../../setup/models/campaign.model.js';
import {
  LateRuleKind,
  QuotaBase,
  QuotaRounding,
  RankingView,
  SheetMark,
  SheetStatus,
} from '../../models/campaign-enums.js';
import { UnrankedReason } from '../sheet-labels.js';

registerEnumType(UnrankedReason, {
  name: 'UnrankedReason',
  description:
    'Why a unit with a sheet is listed but not ranked: a mark (không nộp / không xét), the organiser, or late under NOT_RANKED',
});

@ObjectType()
export class GroupSubtotal {
  @Field(() => ID)
  indicatorId: string;

  @Field()
  code: string;

  @Field()
  title: string;

  @Field(() => Float)
  subtotal: number;

  @Field(() => Float)
  maxPoints: number;
}

@ObjectType()
export class MissedCondition {
  @Field({ description: 'MIN_TOTAL, GROUP_FLOOR or QUOTA' })
  kind: string;

  @Field(() => Float, { nullable: true })
  required: number | null;

  @Field(() => Float, { nullable: true })
  actual: number | null;

  @Field(() => String, { nullable: true, description: 'GROUP_FLOOR: the group' })
  groupCode: string | null;

  @Field(() => Int, { nullable: true, description: 'QUOTA: how many units the quota admits' })
  quota: number | null;

  @Field(() => Int, { nullable: true, description: 'QUOTA: the number of units the percentage is taken of' })
  quotaBase: number | null;

  @Field({ description: 'Vietnamese explanation' })
  message: string;
}

@ObjectType()
export class MissedTitle {
  @Field(() => ID)
  titleId: string;

  @Field()
  titleName: string;

  @Field(() => [MissedCondition])
  conditions: MissedCondition[];
}

@ObjectType()
export class TitleRef {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType()
export class HeadroomModel {
  @Field(() => ID)
  indicatorId: string;

  @Field()
  code: string;

  @Field(() => Float)
  current: number;

  @Field(() => Float)
  max: number;

  @Field(() => Float)
  headroom: number;

  @Field({ description: 'This indicator alone would be enough to pass the unit above' })
  enoughAlone: boolean;
}

@ObjectType()
export class OvertakeGapModel {
  @Field(() => UnitRef)
  aboveUnit: UnitRef;

  @Field(() => Float, { description: 'Points behind; strictly more are needed to pass' })
  points: number;

  @Field()
  reachable: boolean;

  @Field(() => [HeadroomModel])
  headroom: HeadroomModel[];
}

@ObjectType()
export class RankingRow {
  @Field(() => Int)
  rank: number;

  @Field()
  tied: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The tie-break indicator that placed this unit below the previous one',
  })
  decidedByIndicatorCode: string | null;

  @Field(() => UnitRef)
  unit: UnitRef;

  @Field(() => ID)
  sheetId: string;

  @Field(() => SheetStatus)
  sheetStatus: SheetStatus;

  @Field(() => Float, { description: 'The total the unit is ranked by: points less the late deduction' })
  total: number;

  @Field(() => Float, { description: 'The points of the criteria, before the late deduction' })
  pointsTotal: number;

  @Field(() => Int, { description: 'Started days late, as the workflow recorded them (0: on time)' })
  lateDays: number;

  @Field(() => Float, { description: 'Trừ nộp muộn: points taken off by the period’s late rule (≥ 0)' })
  lateDeduction: number;

  @Field(() => [GroupSubtotal])
  groups: GroupSubtotal[];

  @Field(() => TitleRef, { nullable: true })
  title: TitleRef | null;

  @Field(() => [MissedTitle], { description: 'Titles above the earned one and why each is missed' })
  missedTitles: MissedTitle[];

  @Field(() => OvertakeGapModel, { nullable: true, description: 'null for the first' })
  gapToAbove: OvertakeGapModel | null;

  /** Not in the API: the score of every indicator as ranked (RELATIVE_TO_BEST over the block), for the reports. */
  scores: Record<string, number>;
}

/** A unit with a sheet that is listed after the ranked rows of its block, with why it is not ranked. */
@ObjectType()
export class UnrankedRow {
  @Field(() => UnitRef)
  unit: UnitRef;

  @Field(() => ID)
  sheetId: string;

  @Field(() => SheetStatus)
  sheetStatus: SheetStatus;

  @Field(() => UnrankedReason)
  reason: UnrankedReason;

  @Field({ description: 'e.g. "Không nộp", "Đơn vị tổ chức – không xếp hạng"' })
  label: string;

  @Field(() => SheetMark, { nullable: true })
  mark: SheetMark | null;

  @Field(() => String, { nullable: true, description: 'The reviewer’s reason for the mark' })
  markReason: string | null;

  @Field(() => Float, { nullable: true, description: 'null for a marked sheet (its points are not counted)' })
  total: number | null;

  @Field(() => Float, { nullable: true })
  pointsTotal: number | null;

  @Field(() => Int)
  lateDays: number;

  @Field(() => Float)
  lateDeduction: number;

  @Field(() => [GroupSubtotal])
  groups: GroupSubtotal[];

  /** Not in the API: the scores as counted (empty for a marked sheet), for the reports. */
  scores: Record<string, number>;
}

/** A title's quota in one block: what it is a share of, how it rounds, how many it admits. */
@ObjectType()
export class QuotaModel {
  @Field(() => ID)
  titleId: string;

  @Field()
  titleName: string;

  @Field(() => Float)
  percent: number;

  @Field(() => QuotaBase)
  baseKind: QuotaBase;

  @Field(() => Int, { description: 'The number of units the percentage is taken of' })
  base: number;

  @Field(() => QuotaRounding)
  rounding: QuotaRounding;

  @Field(() => Int)
  minimum: number;

  @Field(() => Int, { description: 'How many units may earn the title in this block' })
  limit: number;

  @Field({ description: 'The base was frozen (chốt) for the period, not counted live' })
  frozen: boolean;
}

@ObjectType()
export class BlockRanking {
  @Field(() => ID)
  blockId: string;

  @Field()
  name: string;

  @Field(() => ID, { description: 'The criteria set this block is scored by' })
  criteriaSetId: string;

  @Field()
  criteriaSetName: string;

  @Field(() => [GroupSubtotal], { description: 'The top-level groups of the block’s set, with subtotal 0' })
  groups: GroupSubtotal[];

  @Field({ description: 'The tie rule as it reads for this block’s criteria' })
  tieRuleText: string;

  @Field(() => [RankingRow])
  rows: RankingRow[];

  @Field(() => [UnrankedRow], { description: 'Listed after the ranked rows: marked, the organiser, late (NOT_RANKED)' })
  unranked: UnrankedRow[];

  @Field(() => [QuotaModel])
  quotas: QuotaModel[];
}

/** The period's late rule as the ranking applied it. */
@ObjectType()
export class RankingLateRule {
  @Field(() => LateRuleKind)
  kind: LateRuleKind;

  @Field(() => Float, { nullable: true })
  pointsPerDay: number | null;

  @Field(() => Float, { nullable: true, description: 'null: no cap' })
  maxPoints: number | null;
}

@ObjectType()
export class CampaignRanking {
  @Field(() => ID)
  campaignId: string;

  @Field(() => ID)
  periodId: string;

  @Field(() => RankingView)
  view: RankingView;

  @Field(() => TieRuleModel)
  tieRule: TieRuleModel;

  @Field()
  tieRuleText: string;

  @Field(() => RankingLateRule)
  lateRule: RankingLateRule;

  @Field(() => Date, { nullable: true, description: 'When the quota bases were frozen (chốt); null: counted live' })
  quotaFrozenAt: Date | null;

  @Field(() => [BlockRanking])
  blocks: BlockRanking[];
}
