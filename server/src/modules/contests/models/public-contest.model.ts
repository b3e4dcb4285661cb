import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  AnswerKeyReveal,
  ContestStatus,
  IdentityMode,
  CountingAttempt,
  PredictionKind,
  RankingCriterion,
  type AnswerKeyReveal as AnswerKeyRevealType,
  type ContestStatus as ContestStatusType,
  type IdentityMode as IdentityModeType,
  type CountingAttempt as CountingAttemptType,
  type PredictionKind as PredictionKindType,
  type RankingCriterion as RankingCriterionType,
} from '@thidua/shared';
import './contest-enums.js';

/** The question entrants answer at submission, by prediction kind (Vietnamese: it is shown as is). */
export const PREDICTION_QUESTION: Record<PredictionKindType, string | null> = {
  NONE: null,
  PARTICIPANTS: 'Theo bạn, có bao nhiêu người tham gia đợt thi này?',
  PERFECT_SCORES: 'Theo bạn, có bao nhiêu người trả lời đúng tất cả các câu hỏi trong đợt thi này?',
};

@ObjectType('PublicContestRound')
export class PublicContestRoundModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;
}

@ObjectType('ContestUnitOption', { description: 'A unit an entrant can choose' })
export class ContestUnitOptionModel {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field()
  kind: string;

  @Field(() => ID, { nullable: true })
  parentId: string | null;
}

@ObjectType('PublicContest', { description: 'What anyone sees before registering: rules, rounds, units' })
export class PublicContestModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'The short link /c/<slug>' })
  slug: string;

  @Field()
  rulesText: string;

  @Field(() => ContestStatus)
  status: ContestStatusType;

  @Field(() => Int)
  questionsPerAttempt: number;

  @Field(() => Int)
  timeLimitSeconds: number;

  @Field(() => Int, { description: 'Seconds after the deadline during which answers are still accepted' })
  graceSeconds: number;

  @Field(() => Int)
  attemptsPerRound: number;

  @Field(() => CountingAttempt)
  countingAttempt: CountingAttemptType;

  @Field(() => PredictionKind)
  predictionKind: PredictionKindType;

  @Field(() => String, { nullable: true })
  predictionQuestion: string | null;

  @Field(() => [RankingCriterion], { description: 'The published tie-break chain, in order' })
  rankingChain: RankingCriterionType[];

  @Field(() => IdentityMode, {
    description: 'ROSTER_ONLY: only the roster way; ROSTER_PREFERRED: roster way first, phone entrants unverified',
  })
  identityMode: IdentityModeType;

  @Field(() => AnswerKeyReveal, { description: 'When the correct answers are shown after an attempt' })
  answerKeyReveal: AnswerKeyRevealType;

  @Field(() => [PublicContestRoundModel])
  rounds: PublicContestRoundModel[];

  @Field(() => PublicContestRoundModel, { nullable: true })
  currentRound: PublicContestRoundModel | null;

  @Field(() => [ContestUnitOptionModel])
  units: ContestUnitOptionModel[];

  @Field()
  serverTime: Date;
}

@ObjectType('ContestEntrant')
export class EntrantInfoModel {
  @Field(() => ID)
  id: string;

  @Field()
  fullName: string;

  @Field(() => Int)
  birthYear: number;

  @Field(() => ID)
  unitId: string;

  @Field({ description: 'e.g. 09•••••123; empty for a roster entrant who gave no phone' })
  phoneMasked: string;

  @Field({ description: 'Identified from the unit’s roster (counts for the unit); false: known only by phone' })
  verified: boolean;

  @Field()
  unitName: string;
}

@ObjectType('EntrantSession')
export class EntrantSessionModel {
  @Field({ description: 'Keep on the device; starts attempts. Registering again issues a new one' })
  entrantToken: string;

  @Field(() => EntrantInfoModel)
  entrant: EntrantInfoModel;

  @Field(() => String, {
    nullable: true,
    description:
      'The entrant code (mã dự thi, XXXX-XXXX), given once at the first phone registration: keep it, a new device asks for it',
  })
  entrantCode: string | null;
}
