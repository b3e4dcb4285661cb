import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SCORE_EXPLANATION_RULES, type ScoreExplanation, type ScoreExplanationRule } from '@thidua/shared';
import { Comparison } from '../../models/campaign-enums.js';
import { ThresholdStepModel } from '../../setup/models/campaign.model.js';

/** The rules as a GraphQL enum (SCORE_EXPLANATION_RULES, complete by the compiler). */
export const ScoreExplanationRuleEnum = Object.fromEntries(SCORE_EXPLANATION_RULES.map((r) => [r, r])) as {
  [K in ScoreExplanationRule]: K;
};

registerEnumType(ScoreExplanationRuleEnum, {
  name: 'ScoreExplanationRule',
  description: 'Which rule computed a score; the client words each one (campaigns.explain.<rule>)',
});

/**
 * How a score was computed (the shared ScoreExplanation): the rule and the figures it
 * used; the fields a rule does not use are null.
 */
@ObjectType('ScoreExplanation')
export class ScoreExplanationModel {
  @Field(() => ScoreExplanationRuleEnum)
  rule: ScoreExplanationRule;

  @Field(() => Float)
  score: number;

  @Field(() => Float)
  maxPoints: number;

  @Field(() => Float, { nullable: true, description: 'MANUAL, BONUS_POINTS, PENALTY_POINTS: the points entered' })
  points: number | null;

  @Field(() => Boolean, { nullable: true, description: 'YES_NO' })
  done: boolean | null;

  @Field(() => Float, { nullable: true, description: 'TARGET, THRESHOLD_*: the figure' })
  value: number | null;

  @Field(() => Float, { nullable: true, description: 'TARGET, RELATIVE_*: the target' })
  target: number | null;

  @Field(() => Boolean, { nullable: true, description: 'The raw score passed the maximum' })
  capped: boolean | null;

  @Field(() => Float, { nullable: true, description: 'COUNT, *_PER_ITEM: items; RATE_*: the counted part' })
  count: number | null;

  @Field(() => Float, { nullable: true })
  perItemPoints: number | null;

  @Field(() => Float, { nullable: true, description: 'COMPUTED: the share as a percent' })
  sharePercent: number | null;

  @Field(() => Comparison, { nullable: true })
  comparison: Comparison | null;

  @Field(() => ThresholdStepModel, { nullable: true, description: 'THRESHOLD_*, RATE_*: the step reached' })
  step: ThresholdStepModel | null;

  @Field(() => ThresholdStepModel, { nullable: true, description: 'The easiest step, when none is reached' })
  lowest: ThresholdStepModel | null;

  @Field(() => Float, { nullable: true, description: 'RATE_*: the population divided by' })
  population: number | null;

  @Field(() => String, { nullable: true, description: 'RATE_*: its kind, e.g. HOUSEHOLDS' })
  populationKind: string | null;

  @Field(() => Float, { nullable: true, description: 'RATE_*: count ÷ population, percent' })
  ratePercent: number | null;

  @Field(() => Float, { nullable: true, description: 'WARD_RATE_*' })
  unitRate: number | null;

  @Field(() => Float, { nullable: true, description: "WARD_RATE_*: the ward's own rate" })
  wardRate: number | null;

  @Field(() => Float, { nullable: true, description: 'RELATIVE_*: the unit’s figure' })
  actual: number | null;

  @Field(() => Float, { nullable: true, description: "RELATIVE_*: the block's best figure" })
  best: number | null;
}

const NONE: Omit<ScoreExplanationModel, 'rule' | 'score' | 'maxPoints'> = {
  points: null,
  done: null,
  value: null,
  target: null,
  capped: null,
  count: null,
  perItemPoints: null,
  sharePercent: null,
  comparison: null,
  step: null,
  lowest: null,
  population: null,
  populationKind: null,
  ratePercent: null,
  unitRate: null,
  wardRate: null,
  actual: null,
  best: null,
};

export const toScoreExplanationModel = (explanation: ScoreExplanation): ScoreExplanationModel => ({
  ...NONE,
  ...explanation,
});
