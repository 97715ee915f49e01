import { graphql } from '../../gql';

export const DebriefFields = graphql(`
  fragment DebriefFields on Debrief {
    id
    sessionId
    weekId
    country
    author
    language
    whatWorked
    challenges
    signals
    platformObservations
    wellbeingScore
    wellbeingText
    guidanceSuggestions
    summaryEn
    status
    submittedAt
    updatedAt
    version
    comments {
      author
      body
      requestsRevision
      createdAt
    }
  }
`);

export const DebriefSessionQuery = graphql(`
  query DebriefSession($sessionId: ID!) {
    patrolSession(id: $sessionId) {
      id
      weekId
      platform {
        code
        name
      }
      venue
      startsAt
      endsAt
      status
      countries
    }
  }
`);

export const DebriefWeekQuery = graphql(`
  query DebriefWeek($weekId: ID!) {
    actionWeek(id: $weekId) {
      id
      code
      timeZone
      countries {
        country
        languages
      }
    }
  }
`);

export const DebriefsQuery = graphql(`
  query Debriefs($filter: DebriefFilter!) {
    debriefs(filter: $filter) {
      ...DebriefFields
    }
  }
`);

export const OwedDebriefsQuery = graphql(`
  query OwedDebriefs($weekId: ID!) {
    owedDebriefs(weekId: $weekId) {
      sessionId
      country
      sessionEndsAt
      state
    }
    schedule(weekId: $weekId) {
      id
      platform {
        code
        name
      }
      venue
      startsAt
      endsAt
    }
  }
`);

export const SaveDebriefMutation = graphql(`
  mutation SaveDebrief($input: SaveDebriefInput!) {
    saveDebrief(input: $input) {
      ...DebriefFields
    }
  }
`);

export const SubmitDebriefMutation = graphql(`
  mutation SubmitDebrief($id: ID!, $version: Int!) {
    submitDebrief(id: $id, version: $version) {
      ...DebriefFields
    }
  }
`);

export const CommentDebriefMutation = graphql(`
  mutation CommentDebrief($id: ID!, $body: String!, $requestRevision: Boolean) {
    commentDebrief(id: $id, body: $body, requestRevision: $requestRevision) {
      ...DebriefFields
    }
  }
`);
