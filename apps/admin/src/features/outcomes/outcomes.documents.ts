import { graphql } from '../../gql';

export const CountTableFields = graphql(`
  fragment CountTableFields on CountTable {
    rows
    columns
    cells {
      value
      suppressed
      pending
    }
    rowTotals {
      value
      suppressed
      pending
    }
    columnTotals {
      value
      suppressed
      pending
    }
    grandTotal {
      value
      suppressed
      pending
    }
  }
`);

export const OutcomesQuery = graphql(`
  query Outcomes($weekId: ID!, $filter: OutcomesFilter, $unsuppressed: Boolean) {
    outcomes(weekId: $weekId, filter: $filter, unsuppressed: $unsuppressed) {
      weekId
      minCount
      suppressed
      protection {
        method
        minCount
        maxPerturbation
        typicalPerturbation
      }
      byCountryAndDay {
        ...CountTableFields
      }
      byTopic {
        ...CountTableFields
      }
      byPlatform {
        ...CountTableFields
      }
      byAgeBand {
        ...CountTableFields
      }
      byOutcome {
        ...CountTableFields
      }
      byLanguage {
        ...CountTableFields
      }
      youngPeople {
        ...CountTableFields
      }
      sessions {
        ...CountTableFields
      }
      referrals {
        ...CountTableFields
      }
      patrolHours {
        country
        hours
      }
    }
  }
`);

/** What the filters and labels need: the week's countries and days, and the platform names. */
export const OutcomesWeekQuery = graphql(`
  query OutcomesWeek($weekId: ID!) {
    actionWeek(id: $weekId) {
      id
      code
      title
      status
      firstDay
      lastDay
      timeZone
      countries {
        country
      }
    }
    platforms {
      code
      name
    }
  }
`);

export const DebriefDigestQuery = graphql(`
  query DebriefDigest($weekId: ID!, $country: String) {
    debriefDigest(weekId: $weekId, country: $country) {
      country
      summaries {
        platform
        startsAt
        summaryEn
        submittedAt
      }
    }
  }
`);
