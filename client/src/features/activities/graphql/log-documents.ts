import { graphql } from '../../../generated';

export const ActivitiesLogDocument = graphql(`
  query ActivitiesLog($filter: ActivitiesFilter) {
    activities(filter: $filter) {
      id
      unitName
      form
      kind
      title
      occurredOn
      attendeeCount
      namedAttendeeCount
      evidenceCount
      status
    }
  }
`);

export const ActivityLogUnitsDocument = graphql(`
  query ActivityLogUnits {
    units {
      id
      name
    }
  }
`);

export const ActivityPlansDocument = graphql(`
  query ActivityPlans {
    activityPlans {
      id
      title
      documentNumber
      issuedOn
      startsOn
      endsOn
      status
    }
  }
`);

export const SaveActivityPlanDocument = graphql(`
  mutation SaveActivityPlan($input: ActivityPlanInput!) {
    saveActivityPlan(input: $input) {
      id
      title
      documentNumber
      issuedOn
      startsOn
      endsOn
      status
    }
  }
`);

export const ActivityDocument = graphql(`
  query Activity($id: ID!) {
    activity(id: $id) {
      id
      planId
      unitId
      unitName
      form
      kind
      title
      occurredOn
      location
      speaker
      link
      quantity
      attendeeCount
      audienceKind
      notes
      status
      correctionReason
      submittedAt
      namedAttendeeCount
      evidenceCount
      updatedAt
      attendees {
        personId
        fullName
        kind
      }
      evidence {
        id
        kind
        url
        fileName
        mimeType
        size
        createdAt
      }
      attendance {
        present
        population
        rate
      }
      history {
        id
        action
        actorName
        changedFields
        reason
        at
      }
    }
  }
`);

export const ActivityRosterCandidatesDocument = graphql(`
  query ActivityRosterCandidates($activityId: ID!, $search: String!) {
    activityRosterCandidates(activityId: $activityId, search: $search) {
      personId
      fullName
      kind
      subUnit
    }
  }
`);

export const CreateActivityDocument = graphql(`
  mutation CreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      id
    }
  }
`);

export const SaveActivityDocument = graphql(`
  mutation SaveActivity($input: SaveActivityInput!) {
    saveActivity(input: $input) {
      id
      updatedAt
      status
    }
  }
`);

export const SetActivityAttendeesDocument = graphql(`
  mutation SetActivityAttendees($input: SetActivityAttendeesInput!) {
    setActivityAttendees(input: $input) {
      id
      namedAttendeeCount
      updatedAt
    }
  }
`);

export const SubmitActivityDocument = graphql(`
  mutation SubmitActivity($id: ID!) {
    submitActivity(id: $id) {
      id
      status
    }
  }
`);

export const RequestActivityCorrectionDocument = graphql(`
  mutation RequestActivityCorrection($input: RequestActivityCorrectionInput!) {
    requestActivityCorrection(input: $input) {
      id
      status
      correctionReason
    }
  }
`);

export const DeleteActivityDocument = graphql(`
  mutation DeleteActivity($id: ID!) {
    deleteActivity(id: $id)
  }
`);

export const AddActivityLinkDocument = graphql(`
  mutation AddActivityLink($input: AddActivityLinkInput!) {
    addActivityLink(input: $input) {
      id
      evidenceCount
    }
  }
`);

export const AddActivityFileDocument = graphql(`
  mutation AddActivityFile($input: AddActivityFileInput!) {
    addActivityFile(input: $input) {
      id
      evidenceCount
    }
  }
`);

export const RemoveActivityEvidenceDocument = graphql(`
  mutation RemoveActivityEvidence($id: ID!) {
    removeActivityEvidence(id: $id) {
      id
      evidenceCount
    }
  }
`);
