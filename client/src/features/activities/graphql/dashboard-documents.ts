import { graphql } from '../../../generated';

export const ActivityDashboardDocument = graphql(`
  query ActivityDashboard($planId: ID!, $from: String, $to: String, $month: String) {
    activityDashboard(planId: $planId, from: $from, to: $to, month: $month) {
      planId
      planTitle
      from
      to
      month
      total {
        activityCount
        quantity
        attendeeCount
      }
      byForm {
        form
        activityCount
        quantity
        attendeeCount
      }
      byUnit {
        unitId
        code
        name
        kind
        blockId
        blockName
        activityCount
        quantity
        attendeeCount
      }
      byBlock {
        blockId
        code
        name
        unitCount
        activityCount
        quantity
        attendeeCount
      }
      byMonth {
        month
        form
        activityCount
        quantity
        attendeeCount
      }
      attendance {
        unitId
        unitName
        populationKind
        populationLabelVi
        populationLabelEn
        attendees
        population
        rate
      }
      silentUnits {
        unitId
        code
        name
        kind
        blockName
      }
    }
  }
`);

export const ActivityDashboardPlansDocument = graphql(`
  query ActivityDashboardPlans {
    activityPlans {
      id
      title
      startsOn
      endsOn
      status
    }
  }
`);
