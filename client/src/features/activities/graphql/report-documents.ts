import { graphql } from '../../../generated';

export const WardReportsDocument = graphql(`
  query WardReports($filter: WardReportsFilter) {
    wardReports(filter: $filter) {
      id
      planId
      planTitle
      unitId
      unitName
      kind
      title
      reportedOn
      status
      repliedAt
    }
  }
`);

export const WardReportPlansDocument = graphql(`
  query WardReportPlans {
    wardReportPlans {
      id
      title
      startsOn
      endsOn
    }
  }
`);

export const WardReportDocument = graphql(`
  query WardReport($id: ID!) {
    wardReport(id: $id) {
      id
      planId
      planTitle
      unitId
      unitName
      kind
      title
      body
      foundWhere
      link
      reportedOn
      actionTaken
      status
      reply
      repliedByName
      repliedAt
      createdByName
      createdAt
      history {
        id
        action
        actorName
        changedFields
        at
      }
    }
  }
`);

export const SendWardReportDocument = graphql(`
  mutation SendWardReport($input: SendWardReportInput!) {
    sendWardReport(input: $input) {
      id
      status
    }
  }
`);

export const UpdateWardReportDocument = graphql(`
  mutation UpdateWardReport($input: UpdateWardReportInput!) {
    updateWardReport(input: $input) {
      id
      title
      body
      foundWhere
      link
      reportedOn
      actionTaken
      status
    }
  }
`);

export const TakeUpWardReportDocument = graphql(`
  mutation TakeUpWardReport($id: ID!) {
    takeUpWardReport(id: $id) {
      id
      status
    }
  }
`);

export const ReplyToWardReportDocument = graphql(`
  mutation ReplyToWardReport($input: ReplyToWardReportInput!) {
    replyToWardReport(input: $input) {
      id
      status
      reply
      repliedAt
      repliedByName
    }
  }
`);
