import { graphql } from '../../gql';

export const PatrolSessionFields = graphql(`
  fragment PatrolSessionFields on PatrolSession {
    id
    weekId
    platform {
      code
      name
    }
    venue
    startsAt
    endsAt
    countries
    guide {
      id
      displayName
      country
    }
    briefing
    status
    cancelReason
    startOverrideReason
    startedAt
    endedAt
    version
    busySlot
    rosters {
      country
      operatorOne {
        id
        displayName
      }
      operatorTwo {
        id
        displayName
      }
      teamLeader {
        id
        displayName
      }
      profile {
        id
        displayName
        platform
      }
    }
    missingPositions {
      country
      positions
    }
  }
`);

export const WeekBoardQuery = graphql(`
  query WeekBoard($weekId: ID!) {
    actionWeek(id: $weekId) {
      id
      code
      title
      hostCountry
      firstDay
      lastDay
      timeZone
      status
      countries {
        country
        languages
      }
    }
    platforms {
      code
      name
      builtin
    }
    schedule(weekId: $weekId) {
      ...PatrolSessionFields
    }
  }
`);

export const PatrolSessionQuery = graphql(`
  query PatrolSession($id: ID!) {
    patrolSession(id: $id) {
      ...PatrolSessionFields
    }
  }
`);

/** The people a coordinator can put on a plan: every country's team and the host's coordinators. */
export const PlanningPeopleQuery = graphql(`
  query PlanningPeople($filter: AccountFilter) {
    accounts(filter: $filter) {
      id
      displayName
      country
      roles
    }
  }
`);

export const PlanningProfilesQuery = graphql(`
  query PlanningProfiles($filter: PoliceProfileFilter) {
    policeProfiles(filter: $filter) {
      id
      displayName
      country
      platform
      status
    }
  }
`);

export const SchedulePatrolSessionMutation = graphql(`
  mutation SchedulePatrolSession($input: SchedulePatrolSessionInput!) {
    schedulePatrolSession(input: $input) {
      ...PatrolSessionFields
    }
  }
`);

export const ReschedulePatrolSessionMutation = graphql(`
  mutation ReschedulePatrolSession($input: ReschedulePatrolSessionInput!) {
    reschedulePatrolSession(input: $input) {
      ...PatrolSessionFields
    }
  }
`);

export const AssignRosterMutation = graphql(`
  mutation AssignRoster($input: AssignRosterInput!) {
    assignRoster(input: $input) {
      ...PatrolSessionFields
    }
  }
`);

export const CancelPatrolSessionMutation = graphql(`
  mutation CancelPatrolSession($id: ID!, $version: Int!, $reason: String!) {
    cancelPatrolSession(id: $id, version: $version, reason: $reason) {
      ...PatrolSessionFields
    }
  }
`);

export const StartPatrolSessionMutation = graphql(`
  mutation StartPatrolSession($id: ID!, $version: Int!, $overrideReason: String) {
    startPatrolSession(id: $id, version: $version, overrideReason: $overrideReason) {
      ...PatrolSessionFields
    }
  }
`);

export const EndPatrolSessionMutation = graphql(`
  mutation EndPatrolSession($id: ID!, $version: Int!) {
    endPatrolSession(id: $id, version: $version) {
      ...PatrolSessionFields
    }
  }
`);

export const ScheduleChangedSubscription = graphql(`
  subscription ScheduleChanged($weekId: ID!) {
    scheduleChanged(weekId: $weekId) {
      weekId
      sessionId
      change
      version
    }
  }
`);
