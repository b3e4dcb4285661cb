import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UnitRef } from '../../../units/models/unit.model.js';
import { PopulationSource } from '@thidua/shared';
import { UnitPopulationModel } from '../../../people/models/unit-population.model.js';
import { EvidenceKind, SheetMark, SheetStatus } from '../../models/campaign-enums.js';
import { ScoreExplanationModel } from './score-explanation.model.js';
import { SheetOfficerStatus } from '../sheet-rules.js';

registerEnumType(SheetOfficerStatus, {
  name: 'SheetOfficerStatus',
  description:
    'What the sheet means for its unit: DRAFT_OPEN, OVERDUE (quá hạn), IN_REVIEW (đang thẩm định), RETURNED_NEEDS_FIX (bị trả lại — cần sửa), FIRST_REVIEWED, APPROVED (đã duyệt), MARKED, PUBLISHED',
});

@ObjectType('Evidence')
export class EvidenceModel {
  @Field(() => ID)
  id: string;

  @Field(() => EvidenceKind)
  kind: EvidenceKind;

  @Field(() => String, { nullable: true, description: 'LINK: the URL' })
  url: string | null;

  @Field(() => String, { nullable: true })
  fileName: string | null;

  @Field(() => String, { nullable: true })
  mimeType: string | null;

  @Field(() => Int, { nullable: true })
  size: number | null;

  @Field(() => String, { nullable: true, description: 'FILE: GET with the bearer token' })
  downloadUrl: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType('ScoreCorrection')
export class ScoreCorrectionModel {
  @Field(() => ID)
  id: string;

  @Field(() => Float, { nullable: true })
  oldScore: number | null;

  @Field(() => Float)
  newScore: number;

  @Field()
  reason: string;

  @Field(() => ID, { nullable: true })
  correctedBy: string | null;

  @Field()
  correctedAt: Date;
}

@ObjectType('ComputedParticipation', {
  description:
    'How a participation rate was counted: verified persons of the kind ÷ that population (shared participation())',
})
export class ComputedParticipationModel {
  @Field(() => String, {
    nullable: true,
    description: 'ANSWERED (live games) or SUBMITTED (contests); null when unknown',
  })
  act: string | null;

  @Field({
    description:
      'VERIFIED: distinct verified roster persons; BEFORE_ROSTERS: every participant, as counted before rosters',
  })
  basis: string;

  @Field({ description: 'The population kind divided by, e.g. STUDENTS' })
  kind: string;

  @Field(() => Int, { description: 'Distinct verified persons of the kind (before rosters: every participant)' })
  verified: number;

  @Field(() => Int, { description: 'Guests and unverified participants: shown, never counted' })
  guests: number;

  @Field(() => Int, { description: 'Verified persons of another kind: shown, not counted' })
  otherKinds: number;

  @Field(() => Int)
  population: number;

  @Field(() => PopulationSource)
  populationSource: PopulationSource;
}

@ObjectType()
export class ComputedValueModel {
  @Field(() => Float, { description: 'The share 0..1 (participation rate or average score)' })
  value: number;

  @Field({ description: 'The source as JSON: kind, id, metric, and for a rate its participation record' })
  source: string;

  @Field(() => ComputedParticipationModel, { nullable: true, description: 'PARTICIPATION_RATE: how it was counted' })
  participation: ComputedParticipationModel | null;

  @Field()
  computedAt: string;
}

@ObjectType('ScoreEntry')
export class ScoreEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  indicatorId: string;

  @Field()
  indicatorCode: string;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field(() => Float, { nullable: true })
  selfScore: number | null;

  @Field(() => Float, { nullable: true })
  reviewedScore: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The figure as the reviewer corrected it (RELATIVE_TO_BEST, THRESHOLD, RATE, WARD_RATE); the score follows from it',
  })
  reviewedValue: number | null;

  @Field(() => UnitPopulationModel, {
    nullable: true,
    description: "RATE: the unit's population of the indicator's kind that the rate divides by (roster, else declared)",
  })
  population: UnitPopulationModel | null;

  @Field(() => Float, { nullable: true, description: "The unit's own target, when the admin set one" })
  unitTarget: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'RELATIVE_TO_BEST: the best figure of the other sheets of the block and period (reviewer’s where corrected)',
  })
  blockBest: number | null;

  @Field(() => ScoreExplanationModel, {
    nullable: true,
    description: "How the unit's value scores, with today's figures (for RELATIVE_TO_BEST the block's current best)",
  })
  explanation: ScoreExplanationModel | null;

  @Field(() => ScoreExplanationModel, {
    nullable: true,
    description: "How the reviewer's corrected figure scores, when there is one",
  })
  reviewedExplanation: ScoreExplanationModel | null;

  @Field(() => Float, { nullable: true, description: 'Set by a correction after publication' })
  correctedScore: number | null;

  @Field(() => Float, { description: 'correction ?? reviewed ?? self ?? 0' })
  finalScore: number;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true })
  reviewReason: string | null;

  @Field(() => ComputedValueModel, { nullable: true })
  computed: ComputedValueModel | null;

  @Field(() => [EvidenceModel])
  evidence: EvidenceModel[];

  @Field(() => [ScoreCorrectionModel])
  corrections: ScoreCorrectionModel[];
}

@ObjectType('ScoreSheet')
export class ScoreSheetModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  campaignId: string;

  @Field(() => ID)
  periodId: string;

  @Field(() => UnitRef)
  unit: UnitRef;

  @Field(() => SheetStatus)
  status: SheetStatus;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true })
  approvedAt: Date | null;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => String, { nullable: true })
  returnReason: string | null;

  @Field(() => String, { nullable: true })
  explanation: string | null;

  @Field(() => SheetOfficerStatus, {
    description: 'The status the unit reads: a mark first, then overdue, then the status',
  })
  officerStatus: SheetOfficerStatus;

  @Field(() => ID, { nullable: true, description: "The block of the sheet's unit" })
  blockId: string | null;

  @Field(() => ID, { nullable: true, description: 'The block leader (khối trưởng) unit, which does the first round' })
  leaderUnitId: string | null;

  @Field(() => Date, { nullable: true })
  firstReviewedAt: Date | null;

  @Field({ description: "The unit's deadline: its own extension, or the period's" })
  effectiveDeadline: Date;

  @Field(() => Date, { nullable: true, description: "This unit's extension, when a reviewer granted one" })
  deadlineOverride: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Set by a return: the unit answers until then, even past its deadline',
  })
  replyDueAt: Date | null;

  @Field({ description: 'The unit edits until then: its deadline, or for a returned sheet the later reply window' })
  editableUntil: Date;

  @Field({ description: 'A draft or returned sheet past editableUntil' })
  isOverdue: boolean;

  @Field(() => Int, { description: "Started days late (the period's late rule is applied to it)" })
  lateDays: number;

  @Field({ description: "A reviewer entered the sheet (or part of it) on the unit's behalf (nhập thay)" })
  enteredOnBehalf: boolean;

  @Field(() => SheetMark, { nullable: true, description: 'Out of the ranking: không nộp / không xét' })
  mark: SheetMark | null;

  @Field(() => String, { nullable: true })
  markReason: string | null;

  @Field(() => Date, { nullable: true })
  markedAt: Date | null;

  @Field(() => Float)
  selfTotal: number;

  @Field(() => Float)
  finalTotal: number;

  @Field(() => [ScoreEntryModel])
  entries: ScoreEntryModel[];
}

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true })
  sheetId: string | null;

  @Field(() => ID, { nullable: true })
  entryId: string | null;

  @Field(() => String, { nullable: true, description: 'The indicator of the entry, when there is one' })
  indicatorCode: string | null;

  @Field(() => ID, { nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: 'null: the system' })
  actorName: string | null;

  @Field()
  action: string;

  @Field(() => String, { nullable: true })
  field: string | null;

  @Field(() => String, { nullable: true, description: 'JSON' })
  oldValue: string | null;

  @Field(() => String, { nullable: true, description: 'JSON' })
  newValue: string | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field()
  at: Date;
}

@ObjectType()
export class RecomputeSkip {
  @Field()
  indicatorCode: string;

  @Field({ description: 'SOURCE_NOT_BOUND or SOURCE_NOT_AVAILABLE' })
  reason: string;
}

@ObjectType()
export class RecomputeResult {
  @Field(() => Int, { description: 'Entries whose value changed' })
  updated: number;

  @Field(() => [RecomputeSkip])
  skipped: RecomputeSkip[];
}
