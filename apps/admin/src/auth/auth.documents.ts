import { graphql } from '../gql';

export const SessionAccountFields = graphql(`
  fragment SessionAccountFields on Account {
    id
    email
    displayName
    country
    roles
    language
    disabled
    createdAt
    lastLoginAt
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!, $code: String, $recoveryCode: String) {
    login(email: $email, password: $password, code: $code, recoveryCode: $recoveryCode) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      account {
        ...SessionAccountFields
      }
    }
  }
`);

export const RefreshSessionMutation = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      account {
        ...SessionAccountFields
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

export const SetMyLanguageMutation = graphql(`
  mutation SetMyLanguage($language: String!) {
    setMyLanguage(language: $language) {
      ...SessionAccountFields
    }
  }
`);

/** Operations that must never trigger a token refresh themselves. */
export const AUTH_OPERATION_NAMES: ReadonlySet<string> = new Set(['Login', 'RefreshSession', 'Logout']);
