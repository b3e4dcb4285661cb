import { graphql } from '../../../generated';

export const CouncilSessionFieldsFragment = graphql(`
  fragment CouncilSessionFields on CouncilSession {
    id
    roundId
    heldAt
    location
    quorumNumerator
    quorumDenominator
    minutesNote
    closedAt
    quorumRequired
    presentCount
    hasQuorum
    members {
      id
      fullName
      position
      role
      present
      sortOrder
    }
    votes {
      id
      proposalId
      attempt
      ballot
      present
      approve
      against
      abstain
      thresholdPercent
      approvalPercent
      passed
      reason
      recordedAt
    }
  }
`);

/** The council tab: the session, the proposals to vote on and the forms' ballot rules. */
export const RoundCouncilDocument = graphql(`
  query RoundCouncil($id: ID!) {
    commendationRound(id: $id) {
      id
      status
      session {
        ...CouncilSessionFields
      }
      proposals {
        id
        recipientName
        recipientDetail
        status
        statusReason
        form {
          id
          code
          name
        }
      }
    }
    commendationForms(includeInactive: true) {
      id
      approvalPercent
      secretBallot
    }
  }
`);

export const OpenCouncilSessionDocument = graphql(`
  mutation OpenCouncilSession($input: OpenCouncilSessionInput!) {
    openCouncilSession(input: $input) {
      ...CouncilSessionFields
    }
  }
`);

export const UpdateCouncilSessionDocument = graphql(`
  mutation UpdateCouncilSession($input: UpdateCouncilSessionInput!) {
    updateCouncilSession(input: $input) {
      ...CouncilSessionFields
    }
  }
`);

export const SetCouncilAttendanceDocument = graphql(`
  mutation SetCouncilAttendance($input: SetCouncilAttendanceInput!) {
    setCouncilAttendance(input: $input) {
      ...CouncilSessionFields
    }
  }
`);

export const RecordCouncilVoteDocument = graphql(`
  mutation RecordCouncilVote($input: RecordCouncilVoteInput!) {
    recordCouncilVote(input: $input) {
      proposalStatus
      vote {
        id
        passed
        approvalPercent
      }
    }
  }
`);

/** The posting tab: the window, the places and the residents' comments. */
export const RoundPostingDocument = graphql(`
  query RoundPosting($id: ID!) {
    commendationRound(id: $id) {
      id
      status
      postingStartsAt
      postingEndsAt
      postingPlaces
      commentsSummary {
        total
        new
        accepted
        dismissed
        hidden
      }
      proposals {
        id
        status
      }
    }
    postingComments(roundId: $id) {
      id
      proposalId
      recipientName
      proposalStatus
      body
      authorName
      contact
      status
      handlingNote
      handledAt
      createdAt
    }
  }
`);

export const StartPostingDocument = graphql(`
  mutation StartPosting($input: StartPostingInput!) {
    startPosting(input: $input) {
      id
      status
      postingStartsAt
      postingEndsAt
      postingPlaces
    }
  }
`);

export const HandlePostingCommentDocument = graphql(`
  mutation HandlePostingComment($input: HandlePostingCommentInput!) {
    handlePostingComment(input: $input) {
      id
      status
      handlingNote
      handledAt
    }
  }
`);

/** The decision tab: whether it may be recorded, the decision and the final list. */
export const RoundDecisionDocument = graphql(`
  query RoundDecision($id: ID!) {
    commendationRound(id: $id) {
      id
      status
      postingEndsAt
      decisionNumber
      decisionDate
      signerAuthority
      signerCapacity
      signerTitle
      signerName
      decidedAt
      canDecide {
        allowed
        reason
      }
      commentsSummary {
        new
      }
      proposals {
        id
        recipientName
        recipientDetail
        status
        statusReason
        revokedAt
        form {
          id
          code
          name
          authority
        }
        unit {
          id
          name
        }
      }
    }
  }
`);

/** The usual signer, to prefill the decision form. */
export const DecisionSignerDocument = graphql(`
  query DecisionSigner {
    documentSettings {
      signerAuthority
      signerCapacity
      signerTitle
      signerName
    }
  }
`);

export const RecordCommendationDecisionDocument = graphql(`
  mutation RecordCommendationDecision($input: RecordCommendationDecisionInput!) {
    recordCommendationDecision(input: $input) {
      id
      status
    }
  }
`);

export const RevokeCommendationDocument = graphql(`
  mutation RevokeCommendation($input: RevokeCommendationInput!) {
    revokeCommendation(input: $input) {
      id
      status
      statusReason
    }
  }
`);

export const CommendationCertificatesDocument = graphql(`
  query CommendationCertificates($roundId: ID!) {
    commendationRound(id: $roundId) {
      id
      name
    }
    commendationCertificates(roundId: $roundId) {
      proposalId
      heading
      formName
      recipientName
      recipientDetail
      unitName
      achievements
      decisionNumber
      decisionDate
      signer {
        authority
        capacity
        title
        name
      }
    }
  }
`);

export const PublicPostingDocument = graphql(`
  query PublicPosting($roundId: ID!) {
    publicPosting(roundId: $roundId) {
      roundId
      wardName
      roundName
      status
      postingStartsAt
      postingEndsAt
      places
      commentsOpen
      decisionNumber
      decisionDate
      entries {
        proposalId
        formName
        recipientName
        unitName
        recipientDetail
        achievements
        status
        revocationReason
        revokedAt
      }
    }
  }
`);

export const SubmitPostingCommentDocument = graphql(`
  mutation SubmitPostingComment($input: SubmitPostingCommentInput!) {
    submitPostingComment(input: $input) {
      id
      createdAt
    }
  }
`);
