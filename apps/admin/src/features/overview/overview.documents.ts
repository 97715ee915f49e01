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
