import { graphql } from '../../../generated';

/** What a sheet's deadlines, marks and review rounds say (on the sheet and in the lists). */
export const SheetWorkflowFieldsFragment = graphql(`
  fragment SheetWorkflowFields on ScoreSheet {
    officerStatus
    blockId
    leaderUnitId
    firstReviewedAt
    effectiveDeadline
    deadlineOverride
    replyDueAt
    editableUntil
    isOverdue
    lateDays
    enteredOnBehalf
    mark
    markReason
    markedAt
  }
`);

// ---- the two review rounds ----

export const FirstReviewScoreSheetDocument = graphql(`
  mutation FirstReviewScoreSheet($input: FirstReviewSheetInput!) {
    firstReviewScoreSheet(input: $input) {
      ...SheetFields
    }
  }
`);

// ---- deadlines and marks (ward reviewers) ----

export const ExtendUnitDeadlineDocument = graphql(`
  mutation ExtendUnitDeadline($input: ExtendUnitDeadlineInput!) {
    extendUnitDeadline(input: $input) {
      ...SheetFields
    }
  }
`);

export const ExtendPeriodDeadlineDocument = graphql(`
  mutation ExtendPeriodDeadline($input: ExtendPeriodDeadlineInput!) {
    extendPeriodDeadline(input: $input) {
      id
      ...SheetWorkflowFields
    }
  }
`);

export const MarkScoreSheetDocument = graphql(`
  mutation MarkScoreSheet($input: MarkScoreSheetInput!) {
    markScoreSheet(input: $input) {
      ...SheetFields
    }
  }
`);

export const UnmarkScoreSheetDocument = graphql(`
  mutation UnmarkScoreSheet($input: UnmarkScoreSheetInput!) {
    unmarkScoreSheet(input: $input) {
      ...SheetFields
    }
  }
`);
