import { graphql } from '../../gql';

export const InteractionFields = graphql(`
  fragment InteractionFields on Interaction {
    id
    weekId
    sessionId
    country
    platform
    channel
    occurredAt
    durationMinutes
    youngPeople
    ageBand
    topics
    initiatedBy
    tone
    outcome
    notes
    notesLanguage
    summaryEn
    editable
    referralUrgency
    version
    createdAt
  }
`);

export const MySessionsQuery = graphql(`
  query MySessions {
    mySessions {
      id
      weekId
      platform {
        code
        name
      }
      venue
      startsAt
      endsAt
      endedAt
      status
      countries
    }
    actionWeeks {
      id
      code
      timeZone
    }
  }
`);

export const SessionLogQuery = graphql(`
  query SessionLog($sessionId: ID!) {
    patrolSession(id: $sessionId) {
      ...PatrolSessionFields
    }
  }
`);

export const SessionWeekQuery = graphql(`
  query SessionWeek($weekId: ID!) {
    actionWeek(id: $weekId) {
      id
      code
      timeZone
      status
      countries {
        country
        languages
        shareNotes
      }
    }
  }
`);

export const SessionTotalsQuery = graphql(`
  query SessionTotals($sessionId: ID!) {
    sessionTotals(sessionId: $sessionId) {
      interactions
      youngPeople
      referrals
    }
  }
`);

export const InteractionsQuery = graphql(`
  query Interactions($filter: InteractionFilter!, $first: Int, $after: String) {
    interactions(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...InteractionFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const LogInteractionMutation = graphql(`
  mutation LogInteraction($input: LogInteractionInput!) {
    logInteraction(input: $input) {
      ...InteractionFields
    }
  }
`);

export const UpdateInteractionMutation = graphql(`
  mutation UpdateInteraction($input: UpdateInteractionInput!) {
    updateInteraction(input: $input) {
      ...InteractionFields
    }
  }
`);

export const DeleteInteractionMutation = graphql(`
  mutation DeleteInteraction($id: ID!, $version: Int!) {
    deleteInteraction(id: $id, version: $version)
  }
`);

/** A change to the week's plan, as it happens: the session page learns that its session ended, and by whom. */
export const SessionChangedSubscription = graphql(`
  subscription SessionChanged($weekId: ID!) {
    scheduleChanged(weekId: $weekId) {
      weekId
      sessionId
      change
      version
      byCountry
    }
  }
`);
