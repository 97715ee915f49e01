import { graphql } from '../../gql';

export const FeedWeekQuery = graphql(`
  query FeedWeek($weekId: ID!) {
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

export const SetNotesSharingMutation = graphql(`
  mutation SetNotesSharing($weekId: ID!, $shared: Boolean!) {
    setNotesSharing(weekId: $weekId, shared: $shared) {
      id
      countries {
        country
        languages
        shareNotes
      }
    }
  }
`);
