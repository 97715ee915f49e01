import { graphql } from '../../gql';

export const WeekReportFields = graphql(`
  fragment WeekReportFields on WeekReport {
    weekId
    lessonsLearned
    lessonsLearnedHtml
    language
    summaryEn
    version
    updatedAt
    debriefs {
      id
      sessionId
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
      submittedAt
    }
  }
`);

export const WeekReportQuery = graphql(`
  query WeekReport($weekId: ID!) {
    weekReport(weekId: $weekId) {
      ...WeekReportFields
    }
    actionWeek(id: $weekId) {
      id
      code
      title
    }
  }
`);

export const WeekReportDebriefsQuery = graphql(`
  query WeekReportDebriefs($weekId: ID!) {
    debriefs(filter: { weekId: $weekId }) {
      id
      sessionId
      country
      author
      language
      summaryEn
      status
      submittedAt
    }
  }
`);

export const SaveWeekReportMutation = graphql(`
  mutation SaveWeekReport($input: SaveWeekReportInput!) {
    saveWeekReport(input: $input) {
      ...WeekReportFields
    }
  }
`);
