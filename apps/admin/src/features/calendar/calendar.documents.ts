import { graphql } from '../../gql';

export const CalendarFeedsQuery = graphql(`
  query CalendarFeeds {
    calendarFeeds {
      id
      weekId
      scope
      country
      createdAt
      revokedAt
    }
  }
`);

export const CreateCalendarFeedMutation = graphql(`
  mutation CreateCalendarFeed($weekId: ID!, $scope: CalendarFeedScope!, $country: String) {
    createCalendarFeed(weekId: $weekId, scope: $scope, country: $country) {
      id
      url
      weekId
      scope
      country
      createdAt
      revokedAt
    }
  }
`);

export const RevokeCalendarFeedMutation = graphql(`
  mutation RevokeCalendarFeed($id: ID!) {
    revokeCalendarFeed(id: $id) {
      id
      revokedAt
    }
  }
`);
