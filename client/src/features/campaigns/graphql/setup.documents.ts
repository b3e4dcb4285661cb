import { graphql } from '../../../generated';

/** What the setup page reads beyond the campaign's common fields (spread into CampaignFields). */
export const CampaignSetupFieldsFragment = graphql(`
  fragment CampaignSetupFields on Campaign {
    rankOrganizer
    organizerUnit {
      id
      code
      name
    }
    criteriaSets {
      id
      name
      position
      blockIds
      indicatorIssues {
        code
        reason
        message
      }
      indicators {
        ...SetupIndicatorFields
      }
    }
    indicators {
      ...SetupIndicatorFields
    }
    blocks {
      id
      criteriaSetId
    }
    periods {
      id
      replyDays
      lateRule {
        kind
        pointsPerDay
        maxPoints
      }
    }
    titles {
      id
      quotaBase
      quotaRounding
      quotaMinimum
      commendationFormId
    }
  }
`);

/** The collective forms a title can propose its units for (the commendation catalogue). */
export const TitleCommendationFormsDocument = graphql(`
  query TitleCommendationForms {
    commendationForms {
      id
      code
      name
      recipientKind
    }
  }
`);

export const SetupIndicatorFieldsFragment = graphql(`
  fragment SetupIndicatorFields on Indicator {
    id
    parentId
    code
    number
    criteriaSetId
    title
    kind
    maxPoints
    step
    target
    perItemPoints
    evidenceRequired
    position
    depth
    thresholds {
      atLeast
      points
    }
    comparison
    populationKind
    method
    evidenceText
    computedSource {
      kind
      id
      metric
      populationKind
      form
      kinds
      includeSubUnits
      target
    }
  }
`);

export const CreateCriteriaSetDocument = graphql(`
  mutation CreateCriteriaSet($input: CreateCriteriaSetInput!) {
    createCriteriaSet(input: $input) {
      ...CampaignFields
    }
  }
`);

export const RenameCriteriaSetDocument = graphql(`
  mutation RenameCriteriaSet($input: RenameCriteriaSetInput!) {
    renameCriteriaSet(input: $input) {
      ...CampaignFields
    }
  }
`);

export const DeleteCriteriaSetDocument = graphql(`
  mutation DeleteCriteriaSet($id: ID!) {
    deleteCriteriaSet(id: $id) {
      ...CampaignFields
    }
  }
`);

export const UpdateCampaignBlockDocument = graphql(`
  mutation UpdateCampaignBlock($input: UpdateCampaignBlockInput!) {
    updateCampaignBlock(input: $input) {
      ...CampaignFields
    }
  }
`);

export const UpdateCampaignPeriodDocument = graphql(`
  mutation UpdateCampaignPeriod($input: UpdateCampaignPeriodInput!) {
    updateCampaignPeriod(input: $input) {
      ...CampaignFields
    }
  }
`);

export const ImportIndicatorTreeDocument = graphql(`
  mutation ImportIndicatorTree($input: ImportIndicatorTreeInput!) {
    importIndicatorTree(input: $input) {
      ok
      count
      errors {
        line
        column
        reason
        message
      }
      issues {
        line
        reason
        code
        message
      }
      indicators {
        ...SetupIndicatorFields
      }
    }
  }
`);

export const CampaignReviewerScopesDocument = graphql(`
  query CampaignReviewerScopes($campaignId: ID!) {
    campaignReviewerScopes(campaignId: $campaignId) {
      userId
      displayName
      username
      blockIds
    }
  }
`);

export const SetReviewerBlocksDocument = graphql(`
  mutation SetReviewerBlocks($input: SetReviewerBlocksInput!) {
    setReviewerBlocks(input: $input) {
      userId
      displayName
      username
      blockIds
    }
  }
`);
