import { graphql } from '../../gql';

export const ActionWeeksQuery = graphql(`
  query ActionWeeks {
    actionWeeks {
      id
      code
      title
      hostCountry
      firstDay
      lastDay
      timeZone
      status
      requireTwoFactor
      countries {
        country
        languages
      }
    }
  }
`);

export const NowSessionFields = graphql(`
  fragment NowSessionFields on NowSession {
    id
    status
    phase
    startsAt
    endsAt
    platformCode
    platformName
    venue
    countries
    overrunning
    mayStart
    gaps {
      country
      positions
      profileMissing
    }
  }
`);

/** The home page's "now" for the people who run sessions (issue #18). */
export const WeekNowQuery = graphql(`
  query WeekNow($weekId: ID!) {
    weekNow(weekId: $weekId) {
      weekId
      at
      mySessions {
        ...NowSessionFields
      }
      live {
        ...NowSessionFields
      }
      toStart {
        ...NowSessionFields
      }
      toEnd {
        ...NowSessionFields
      }
      unstaffed {
        ...NowSessionFields
      }
      debriefsOwed {
        sessionId
        debriefId
        country
        sessionEndsAt
        platformName
        state
      }
      debriefsToReview {
        sessionId
        debriefId
        country
        sessionEndsAt
        platformName
        state
      }
      openReferrals {
        immediate
        priority
        routine
      }
      urgentReferrals {
        id
        sessionId
        country
        urgency
        status
        receivingUnit
        reasonCode
        createdAt
      }
    }
  }
`);

/** A liaison's headline figures: the totals of the released (suppressed) outcomes, never exact. */
export const HomeOutcomesQuery = graphql(`
  query HomeOutcomes($weekId: ID!) {
    outcomes(weekId: $weekId) {
      weekId
      minCount
      byCountryAndDay {
        grandTotal {
          value
          suppressed
          pending
        }
      }
      youngPeople {
        grandTotal {
          value
          suppressed
          pending
        }
      }
      referrals {
        grandTotal {
          value
          suppressed
          pending
        }
      }
      sessions {
        columns
        columnTotals {
          value
          suppressed
          pending
        }
      }
      patrolHours {
        country
        hours
      }
    }
  }
`);
