import { graphql } from '../../../generated';

export const PeriodicReportPlansDocument = graphql(`
  query PeriodicReportPlans {
    activityPlans {
      id
      title
      startsOn
      endsOn
    }
  }
`);

export const PeriodicReportsDocument = graphql(`
  query PeriodicReports($planId: ID!) {
    periodicReports(planId: $planId) {
      id
      kind
      fromDate
      toDate
      documentNumber
      updatedAt
    }
  }
`);

export const PeriodicReportDocument = graphql(`
  query PeriodicReport($id: ID!) {
    periodicReport(id: $id) {
      id
      planId
      planTitle
      kind
      fromDate
      toDate
      documentNumber
      updatedAt
      sections {
        key
        text
        suggestion
      }
      figures {
        forms {
          form
          activityCount
          attendeeCount
          quantity
        }
        total {
          activityCount
          attendeeCount
          quantity
        }
        attendance {
          kind
          kindName
          attendees
          population
          rate
        }
        falseInformationFound
        falseInformationHandled
        difficultiesRaised
        difficultiesAnswered
        campaignPeriodsPublished
        campaignSheetsPublished
        contestCount
        contestEntrants
        contestUnits
      }
    }
  }
`);

export const CreatePeriodicReportDocument = graphql(`
  mutation CreatePeriodicReport($input: CreatePeriodicReportInput!) {
    createPeriodicReport(input: $input) {
      id
    }
  }
`);

export const SavePeriodicReportDocument = graphql(`
  mutation SavePeriodicReport($input: SavePeriodicReportInput!) {
    savePeriodicReport(input: $input) {
      id
      documentNumber
      updatedAt
      sections {
        key
        text
        suggestion
      }
    }
  }
`);
