import { graphql } from '../../../generated';

/** The campaigns an officer takes part in, with their periods' names. */
export const HomeCampaignsDocument = graphql(`
  query HomeCampaigns {
    campaigns {
      id
      title
      status
      periods {
        id
        name
        position
      }
    }
  }
`);

/** The officer's own sheets of one campaign (the server returns their unit's only), with the status they read. */
export const HomeSheetsDocument = graphql(`
  query HomeSheets($campaignId: ID!) {
    scoreSheets(campaignId: $campaignId) {
      id
      campaignId
      periodId
      status
      officerStatus
      returnReason
      replyDueAt
      editableUntil
      effectiveDeadline
      mark
      markReason
      unit {
        id
        name
      }
    }
  }
`);
