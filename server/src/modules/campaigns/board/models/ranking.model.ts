import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { UnitRef } from '../../../units/models/unit.model.js';
import { TieRuleModel } from '../../setup/models/campaign.model.js';
import { RankingView, SheetStatus } from '../../models/campaign-enums.js';

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

  @Field(() => Float)
  total: number;

  @Field(() => [GroupSubtotal])
  groups: GroupSubtotal[];

  @Field(() => TitleRef, { nullable: true })
  title: TitleRef | null;

  @Field(() => [MissedTitle], { description: 'Titles above the earned one and why each is missed' })
  missedTitles: MissedTitle[];

  @Field(() => OvertakeGapModel, { nullable: true, description: 'null for the first' })
  gapToAbove: OvertakeGapModel | null;
}

@ObjectType()
export class BlockRanking {
  @Field(() => ID)
  blockId: string;

  @Field()
  name: string;

  @Field(() => [RankingRow])
  rows: RankingRow[];
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

  @Field(() => [BlockRanking])
  blocks: BlockRanking[];
}
