import { graphql } from '../../gql';

export const AuditEntryFields = graphql(`
  fragment AuditEntryFields on AuditEntry {
    id
    at
    action
    targetType
    targetId
    outcome
    weekId
    weekCode
    details
    actor {
      id
      displayName
      email
      roles
      country
    }
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...AuditEntryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AuditActorsQuery = graphql(`
  query AuditActors {
    auditActors {
      id
      displayName
      email
      roles
      country
    }
  }
`);

export const WeekRetentionsQuery = graphql(`
  query WeekRetentions {
    weekRetentions {
      weekId
      code
      status
      closedAt
      retentionDays
      textsDeletionDue
      textsDeletedAt
      lastRun {
        at
        interactions
        referrals
      }
    }
  }
`);
