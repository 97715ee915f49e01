import { graphql } from '../../gql';

export const GuidanceNoteFields = graphql(`
  fragment GuidanceNoteFields on GuidanceNote {
    id
    weekId
    category
    scope
    scopeCountry
    scopePlatform
    scopeSessionId
    sourceLanguage
    language
    title
    body
    bodyHtml
    translationStatus
    translations {
      language
      status
      sourceRevision
    }
    revision
    published
    pinned
    readByMe
    readCount
    updatedAt
    version
  }
`);

export const GuidanceWeekQuery = graphql(`
  query GuidanceWeek($weekId: ID!) {
    actionWeek(id: $weekId) {
      id
      code
      title
      timeZone
      countries {
        country
        languages
      }
    }
    platforms {
      code
      name
    }
    schedule(weekId: $weekId) {
      id
      platform {
        code
        name
      }
      venue
      startsAt
      endsAt
      status
    }
  }
`);

export const GuidanceNotesQuery = graphql(`
  query GuidanceNotes($filter: GuidanceFilter!) {
    guidanceNotes(filter: $filter) {
      ...GuidanceNoteFields
    }
  }
`);

export const GuidanceNoteQuery = graphql(`
  query GuidanceNote($id: ID!, $language: String) {
    guidanceNote(id: $id, language: $language) {
      ...GuidanceNoteFields
    }
  }
`);

export const GuidanceTranslationTextQuery = graphql(`
  query GuidanceTranslationText($id: ID!, $language: String!) {
    guidanceNote(id: $id) {
      id
      version
      translation(language: $language) {
        language
        title
        body
        status
        sourceRevision
      }
    }
  }
`);

export const GuidanceRevisionsQuery = graphql(`
  query GuidanceRevisions($id: ID!) {
    guidanceRevisions(id: $id) {
      revision
      title
      bodyHtml
      sourceLanguage
      writtenAt
      writtenBy
    }
  }
`);

export const GuidanceReadersQuery = graphql(`
  query GuidanceReaders($weekId: ID!) {
    guidanceReaders(weekId: $weekId) {
      accountId
      country
      displayName
      nextSessionId
      nextSessionStartsAt
      unreadNoteIds
    }
  }
`);

export const UnreadGuidanceQuery = graphql(`
  query UnreadGuidance($sessionId: ID!) {
    unreadGuidance(sessionId: $sessionId) {
      id
      weekId
      title
      category
      language
      pinned
    }
  }
`);

export const WriteGuidanceNoteMutation = graphql(`
  mutation WriteGuidanceNote($input: WriteGuidanceNoteInput!) {
    writeGuidanceNote(input: $input) {
      ...GuidanceNoteFields
    }
  }
`);

export const TranslateGuidanceNoteMutation = graphql(`
  mutation TranslateGuidanceNote($input: TranslateGuidanceNoteInput!) {
    translateGuidanceNote(input: $input) {
      ...GuidanceNoteFields
    }
  }
`);

export const PublishGuidanceNoteMutation = graphql(`
  mutation PublishGuidanceNote($id: ID!, $value: Boolean!) {
    publishGuidanceNote(id: $id, value: $value) {
      ...GuidanceNoteFields
    }
  }
`);

export const PinGuidanceNoteMutation = graphql(`
  mutation PinGuidanceNote($id: ID!, $value: Boolean!) {
    pinGuidanceNote(id: $id, value: $value) {
      ...GuidanceNoteFields
    }
  }
`);

export const ConfirmGuidanceReadMutation = graphql(`
  mutation ConfirmGuidanceRead($noteId: ID!, $language: String!) {
    confirmGuidanceRead(noteId: $noteId, language: $language) {
      ...GuidanceNoteFields
    }
  }
`);
