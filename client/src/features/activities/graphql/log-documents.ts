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
      evidenceCount
      status
    }
  }
`);
