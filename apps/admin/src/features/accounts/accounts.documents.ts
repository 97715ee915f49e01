import { graphql } from '../../gql';

export const AccountRowFields = graphql(`
  fragment AccountRowFields on Account {
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

export const AccountsQuery = graphql(`
  query Accounts($filter: AccountFilter) {
    accounts(filter: $filter) {
      ...AccountRowFields
    }
  }
`);

export const CreateAccountMutation = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      ...AccountRowFields
    }
  }
`);

export const UpdateAccountMutation = graphql(`
  mutation UpdateAccount($input: UpdateAccountInput!) {
    updateAccount(input: $input) {
      ...AccountRowFields
    }
  }
`);

export const SetAccountDisabledMutation = graphql(`
  mutation SetAccountDisabled($id: ID!, $disabled: Boolean!) {
    setAccountDisabled(id: $id, disabled: $disabled) {
      ...AccountRowFields
    }
  }
`);

export const SetAccountPasswordMutation = graphql(`
  mutation SetAccountPassword($id: ID!, $password: String!) {
    setAccountPassword(id: $id, password: $password) {
      id
    }
  }
`);
