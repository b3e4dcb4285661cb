import { graphql } from '../../../generated';

export const UnreadNotificationCountDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MyNotificationsDocument = graphql(`
  query MyNotifications($unreadOnly: Boolean, $first: Int) {
    myNotifications(unreadOnly: $unreadOnly, first: $first) {
      id
      kind
      campaignId
      campaignTitle
      periodId
      periodName
      sheetId
      unitId
      unitName
      reason
      deadline
      createdAt
      readAt
    }
  }
`);

export const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      marked
      unread
    }
  }
`);
