import { graphql } from '../../gql';

export const PreviewPlanImportQuery = graphql(`
  query PreviewPlanImport($weekId: ID!, $fileName: String!, $contentBase64: String!) {
    previewPlanImport(weekId: $weekId, fileName: $fileName, contentBase64: $contentBase64) {
      weekId
      kind
      refusedRows
      rows {
        row
        cells {
          date
          start
          end
          platform
          venue
          countries
        }
        session {
          startsAt
          endsAt
          platform
          platformName
          venue
          countries
          guideName
        }
        errors {
          field
          code
          message
        }
        conflicts {
          kind
          otherRow
          message
        }
      }
    }
  }
`);

export const ImportPlanMutation = graphql(`
  mutation ImportPlan($weekId: ID!, $fileName: String!, $contentBase64: String!) {
    importPlan(weekId: $weekId, fileName: $fileName, contentBase64: $contentBase64) {
      weekId
      imported
      sessionIds
    }
  }
`);
