import { graphql } from '../../gql';

export const WeekSetupFields = graphql(`
  fragment WeekSetupFields on ActionWeek {
    id
    code
    title
    hostCountry
    firstDay
    lastDay
    timeZone
    status
    minCount
    retentionDays
    closedAt
    textsDeletedAt
    version
    countries {
      country
      languages
    }
  }
`);

export const SetupWeeksQuery = graphql(`
  query SetupWeeks {
    actionWeeks {
      ...WeekSetupFields
    }
  }
`);

export const SetupWeekQuery = graphql(`
  query SetupWeek($id: ID!) {
    actionWeek(id: $id) {
      ...WeekSetupFields
    }
    platforms {
      code
      name
    }
  }
`);

export const CreateWeekMutation = graphql(`
  mutation CreateWeek($input: CreateActionWeekInput!) {
    createActionWeek(input: $input) {
      ...WeekSetupFields
    }
  }
`);

export const UpdateWeekMutation = graphql(`
  mutation UpdateWeek($input: UpdateActionWeekInput!) {
    updateActionWeek(input: $input) {
      ...WeekSetupFields
    }
  }
`);

export const SetWeekStatusMutation = graphql(`
  mutation SetWeekStatus($id: ID!, $status: WeekStatus!) {
    setActionWeekStatus(id: $id, status: $status) {
      ...WeekSetupFields
    }
  }
`);

export const WeekReadinessQuery = graphql(`
  query WeekReadiness($weekId: ID!) {
    weekReadiness(weekId: $weekId) {
      weekId
      ready
      items {
        code
        country
        platform
        sessionId
        sessionStartsAt
        count
      }
    }
  }
`);

export const WeekRetentionQuery = graphql(`
  query WeekRetention($weekId: ID!) {
    weekRetention(weekId: $weekId) {
      weekId
      status
      closedAt
      retentionDays
      textsDeletionDue
      textsDeletedAt
      lastRun {
        at
        interactions
        referrals
        revisions
        referralNotes
        debriefs
        debriefComments
        weekReports
      }
    }
  }
`);
