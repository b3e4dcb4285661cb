import { graphql } from '../../../generated';

/** The activity plans an ACTIVITY-computed indicator can be bound to. */
export const ActivityPlansForBindingDocument = graphql(`
  query ActivityPlansForBinding {
    activityPlans {
      id
      title
      documentNumber
      status
    }
  }
`);

/** The log entries behind an ACTIVITY-computed entry's value. */
export const ComputedEntryActivitiesDocument = graphql(`
  query ComputedEntryActivities($entryId: ID!) {
    computedEntryActivities(entryId: $entryId) {
      id
      unitName
      form
      kind
      title
      occurredOn
      attendeeCount
      namedAttendeeCount
    }
  }
`);
