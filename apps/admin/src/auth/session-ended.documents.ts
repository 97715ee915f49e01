import { graphql } from '../gql';

export const SessionEndedSubscription = graphql(`
  subscription SessionEnded {
    sessionEnded {
      reason
      at
    }
  }
`);
