import { graphql } from '../../../generated';

export const CampaignFieldsFragment = graphql(`
  fragment CampaignFields on Campaign {
    id
    title
    description
    status
    totalPoints
    boardEnabled
    isDemo
    countedBeforeRosters
    launchedAt
    createdAt
    tieRule {
      kind
      indicatorIds
    }
    tieRuleText
    indicatorIssues {
      code
      reason
      message
    }
    periods {
      id
      name
      kind
      position
      startsOn
      endsOn
      submissionDeadline
      publishedAt
    }
    blocks {
      id
      name
      leaderUnit {
        id
        code
        name
      }
      units {
        id
        code
        name
      }
    }
    indicators {
      id
      parentId
      code
      title
      kind
      maxPoints
      step
      target
      perItemPoints
      evidenceRequired
      position
      depth
      computedSource {
        kind
        id
        metric
        populationKind
      }
    }
    titles {
      id
      name
      minTotal
      groupFloorPercent
      quotaPercent
      rankOrder
    }
    ...CampaignSetupFields
  }
`);

export const SheetFieldsFragment = graphql(`
  fragment SheetFields on ScoreSheet {
    id
    campaignId
    periodId
    status
    submittedAt
    approvedAt
    publishedAt
    returnReason
    explanation
    ...SheetWorkflowFields
    selfTotal
    finalTotal
    unit {
      id
      code
      name
    }
    entries {
      id
      indicatorId
      indicatorCode
      value
      selfScore
      reviewedScore
      correctedScore
      finalScore
      note
      reviewReason
      ...EntryFiguresFields
      computed {
        value
        source
        computedAt
        participation {
          act
          basis
          kind
          verified
          guests
          otherKinds
          population
          populationSource
        }
      }
      evidence {
        id
        kind
        url
        fileName
        mimeType
        size
        downloadUrl
        createdAt
      }
      corrections {
        id
        oldScore
        newScore
        reason
        correctedAt
      }
    }
  }
`);

export const CampaignsDocument = graphql(`
  query Campaigns {
    campaigns {
      ...CampaignFields
    }
  }
`);

export const CampaignDocument = graphql(`
  query Campaign($id: ID!) {
    campaign(id: $id) {
      ...CampaignFields
    }
  }
`);

export const CampaignUnitsDocument = graphql(`
  query CampaignUnits {
    units {
      id
      code
      name
      kind
      parentId
    }
  }
`);

export const ScoreSheetsDocument = graphql(`
  query ScoreSheets($campaignId: ID!, $periodId: ID, $status: SheetStatus) {
    scoreSheets(campaignId: $campaignId, periodId: $periodId, status: $status) {
      id
      periodId
      status
      submittedAt
      approvedAt
      ...SheetWorkflowFields
      selfTotal
      finalTotal
      unit {
        id
        code
        name
      }
    }
  }
`);

export const ScoreSheetDocument = graphql(`
  query ScoreSheet($id: ID!) {
    scoreSheet(id: $id) {
      ...SheetFields
    }
  }
`);

export const CampaignAuditTrailDocument = graphql(`
  query CampaignAuditTrail($campaignId: ID!, $sheetId: ID) {
    campaignAuditTrail(campaignId: $campaignId, sheetId: $sheetId) {
      id
      sheetId
      entryId
      indicatorCode
      actorId
      actorName
      action
      field
      oldValue
      newValue
      reason
      at
    }
  }
`);

export const CampaignRankingDocument = graphql(`
  query CampaignRanking($campaignId: ID!, $periodId: ID!, $view: RankingView!) {
    campaignRanking(campaignId: $campaignId, periodId: $periodId, view: $view) {
      campaignId
      periodId
      view
      tieRuleText
      lateRule {
        kind
        pointsPerDay
        maxPoints
      }
      quotaFrozenAt
      blocks {
        blockId
        name
        criteriaSetName
        tieRuleText
        groups {
          indicatorId
          code
          title
          maxPoints
        }
        quotas {
          titleId
          titleName
          percent
          baseKind
          base
          rounding
          minimum
          limit
          frozen
        }
        unranked {
          sheetId
          sheetStatus
          reason
          label
          mark
          markReason
          total
          pointsTotal
          lateDays
          lateDeduction
          unit {
            id
            code
            name
          }
          groups {
            indicatorId
            code
            title
            subtotal
            maxPoints
          }
        }
        rows {
          rank
          tied
          decidedByIndicatorCode
          sheetId
          sheetStatus
          total
          pointsTotal
          lateDays
          lateDeduction
          unit {
            id
            code
            name
          }
          groups {
            indicatorId
            code
            title
            subtotal
            maxPoints
          }
          title {
            id
            name
          }
          missedTitles {
            titleId
            titleName
            conditions {
              kind
              message
              required
              actual
              groupCode
              quota
              quotaBase
            }
          }
          gapToAbove {
            points
            reachable
            aboveUnit {
              id
              code
              name
            }
            headroom {
              indicatorId
              code
              current
              max
              headroom
              enoughAlone
            }
          }
        }
      }
    }
  }
`);

// ---- setup (ADMIN) ----

export const CreateCampaignDocument = graphql(`
  mutation CreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      ...CampaignFields
    }
  }
`);

export const UpdateCampaignDocument = graphql(`
  mutation UpdateCampaign($input: UpdateCampaignInput!) {
    updateCampaign(input: $input) {
      ...CampaignFields
    }
  }
`);

export const AddCampaignPeriodDocument = graphql(`
  mutation AddCampaignPeriod($input: AddCampaignPeriodInput!) {
    addCampaignPeriod(input: $input) {
      ...CampaignFields
    }
  }
`);

export const AddCampaignBlockDocument = graphql(`
  mutation AddCampaignBlock($input: AddCampaignBlockInput!) {
    addCampaignBlock(input: $input) {
      ...CampaignFields
    }
  }
`);

export const SaveIndicatorTreeDocument = graphql(`
  mutation SaveIndicatorTree($input: SaveIndicatorTreeInput!) {
    saveIndicatorTree(input: $input) {
      ...CampaignFields
    }
  }
`);

export const SetIndicatorTargetsDocument = graphql(`
  mutation SetIndicatorTargets($input: SetIndicatorTargetsInput!) {
    setIndicatorTargets(input: $input) {
      ...CampaignFields
    }
  }
`);

export const SaveCampaignTitlesDocument = graphql(`
  mutation SaveCampaignTitles($input: SaveTitlesInput!) {
    saveCampaignTitles(input: $input) {
      ...CampaignFields
    }
  }
`);

export const LaunchCampaignDocument = graphql(`
  mutation LaunchCampaign($id: ID!) {
    launchCampaign(id: $id) {
      ...CampaignFields
    }
  }
`);

export const ArchiveCampaignDocument = graphql(`
  mutation ArchiveCampaign($id: ID!) {
    archiveCampaign(id: $id) {
      ...CampaignFields
    }
  }
`);

// ---- the unit's sheet (UNIT_OFFICER) ----

export const SaveScoreEntryDocument = graphql(`
  mutation SaveScoreEntry($input: SaveScoreEntryInput!) {
    saveScoreEntry(input: $input) {
      ...SheetFields
    }
  }
`);

export const AddEvidenceFileDocument = graphql(`
  mutation AddEvidenceFile($input: AddEvidenceFileInput!) {
    addEvidenceFile(input: $input) {
      ...SheetFields
    }
  }
`);

export const AddEvidenceLinkDocument = graphql(`
  mutation AddEvidenceLink($input: AddEvidenceLinkInput!) {
    addEvidenceLink(input: $input) {
      ...SheetFields
    }
  }
`);

export const RemoveEvidenceDocument = graphql(`
  mutation RemoveEvidence($id: ID!) {
    removeEvidence(id: $id) {
      ...SheetFields
    }
  }
`);

export const SubmitScoreSheetDocument = graphql(`
  mutation SubmitScoreSheet($input: SubmitScoreSheetInput!) {
    submitScoreSheet(input: $input) {
      ...SheetFields
    }
  }
`);

// ---- review (REVIEWER, ADMIN) ----

export const ReviewScoreEntryDocument = graphql(`
  mutation ReviewScoreEntry($input: ReviewScoreEntryInput!) {
    reviewScoreEntry(input: $input) {
      ...SheetFields
    }
  }
`);

export const ReturnScoreSheetDocument = graphql(`
  mutation ReturnScoreSheet($input: ReturnScoreSheetInput!) {
    returnScoreSheet(input: $input) {
      ...SheetFields
    }
  }
`);

export const ApproveScoreSheetDocument = graphql(`
  mutation ApproveScoreSheet($id: ID!) {
    approveScoreSheet(id: $id) {
      ...SheetFields
    }
  }
`);

// ---- publication (ADMIN) ----

export const PublishCampaignPeriodDocument = graphql(`
  mutation PublishCampaignPeriod($periodId: ID!) {
    publishCampaignPeriod(periodId: $periodId) {
      id
      status
    }
  }
`);

export const CorrectScoreDocument = graphql(`
  mutation CorrectScore($input: CorrectScoreInput!) {
    correctScore(input: $input) {
      ...SheetFields
    }
  }
`);

export const RecomputeIndicatorsDocument = graphql(`
  mutation RecomputeIndicators($campaignId: ID!, $periodId: ID!) {
    recomputeIndicators(campaignId: $campaignId, periodId: $periodId) {
      updated
      skipped {
        indicatorCode
        reason
      }
    }
  }
`);
