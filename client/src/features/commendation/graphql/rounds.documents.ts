import { graphql } from '../../../generated';

export const RoundHeaderFieldsFragment = graphql(`
  fragment RoundHeaderFields on CommendationRound {
    id
    name
    status
    year
    campaignId
    periodId
    campaignName
    periodName
    createdAt
  }
`);

export const ProposalFieldsFragment = graphql(`
  fragment ProposalFields on CommendationProposal {
    id
    roundId
    form {
      id
      code
      name
      recipientKind
      authority
    }
    recipientKind
    unit {
      id
      code
      name
    }
    person {
      id
      fullName
    }
    recipientName
    recipientDetail
    achievements
    source
    rank
    total
    conditions {
      conditionId
      kind
      label
      met
      actual
      required
      holders
      members
      evidence
      evidenceRequired
    }
    conditionsMet
    status
    statusReason
    position
  }
`);

export const CommendationRoundsDocument = graphql(`
  query CommendationRounds {
    commendationRounds {
      ...RoundHeaderFields
    }
  }
`);

export const CommendationRoundHeaderDocument = graphql(`
  query CommendationRoundHeader($id: ID!) {
    commendationRound(id: $id) {
      ...RoundHeaderFields
    }
  }
`);

export const RoundProposalsDocument = graphql(`
  query RoundProposals($id: ID!) {
    commendationRound(id: $id) {
      ...RoundHeaderFields
      quotas {
        formCode
        formName
        limit
        proposed
        base
      }
      proposals {
        ...ProposalFields
      }
    }
  }
`);

/** The campaigns and periods a round can be opened for. */
export const RoundCampaignsDocument = graphql(`
  query RoundCampaigns {
    campaigns {
      id
      title
      status
      periods {
        id
        name
        publishedAt
      }
    }
  }
`);

export const CreateCommendationRoundDocument = graphql(`
  mutation CreateCommendationRound($input: CreateCommendationRoundInput!) {
    createCommendationRound(input: $input) {
      ...RoundHeaderFields
    }
  }
`);

export const BuildProposalsFromRankingDocument = graphql(`
  mutation BuildProposalsFromRanking($roundId: ID!) {
    buildProposalsFromRanking(roundId: $roundId) {
      created
      refreshed
      skipped {
        unit {
          id
          name
        }
        titleName
        formName
        reason
      }
      proposals {
        ...ProposalFields
      }
    }
  }
`);

export const AddCommendationProposalDocument = graphql(`
  mutation AddCommendationProposal($input: AddCommendationProposalInput!) {
    addCommendationProposal(input: $input) {
      ...ProposalFields
    }
  }
`);

export const UpdateCommendationProposalDocument = graphql(`
  mutation UpdateCommendationProposal($input: UpdateCommendationProposalInput!) {
    updateCommendationProposal(input: $input) {
      ...ProposalFields
    }
  }
`);

export const ConfirmProposalConditionDocument = graphql(`
  mutation ConfirmProposalCondition($input: ConfirmProposalConditionInput!) {
    confirmProposalCondition(input: $input) {
      ...ProposalFields
    }
  }
`);

export const WithdrawCommendationProposalDocument = graphql(`
  mutation WithdrawCommendationProposal($id: ID!, $reason: String!) {
    withdrawCommendationProposal(id: $id, reason: $reason) {
      ...ProposalFields
    }
  }
`);

/** The active forms a proposal can be for. */
export const ProposalFormsDocument = graphql(`
  query ProposalForms {
    commendationForms {
      id
      code
      name
      recipientKind
      unitKinds
    }
  }
`);

export const ProposalUnitsDocument = graphql(`
  query ProposalUnits {
    units {
      id
      code
      name
      kind
      parentId
      sortOrder
    }
  }
`);

export const CommendationCandidatesDocument = graphql(`
  query CommendationCandidates($unitId: ID!, $search: String!) {
    commendationCandidates(unitId: $unitId, search: $search) {
      id
      fullName
      subUnit
      unitName
    }
  }
`);
