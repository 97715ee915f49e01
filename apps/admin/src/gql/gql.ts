/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionAccountFields on Account {\n    id\n    email\n    displayName\n    country\n    roles\n    language\n    disabled\n    createdAt\n    lastLoginAt\n  }\n": typeof types.SessionAccountFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      account {\n        ...SessionAccountFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      account {\n        ...SessionAccountFields\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  mutation SetMyLanguage($language: String!) {\n    setMyLanguage(language: $language) {\n      ...SessionAccountFields\n    }\n  }\n": typeof types.SetMyLanguageDocument,
    "\n  fragment AccountRowFields on Account {\n    id\n    email\n    displayName\n    country\n    roles\n    language\n    disabled\n    createdAt\n    lastLoginAt\n  }\n": typeof types.AccountRowFieldsFragmentDoc,
    "\n  query Accounts($filter: AccountFilter) {\n    accounts(filter: $filter) {\n      ...AccountRowFields\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AccountRowFields\n    }\n  }\n": typeof types.CreateAccountDocument,
    "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      ...AccountRowFields\n    }\n  }\n": typeof types.UpdateAccountDocument,
    "\n  mutation SetAccountDisabled($id: ID!, $disabled: Boolean!) {\n    setAccountDisabled(id: $id, disabled: $disabled) {\n      ...AccountRowFields\n    }\n  }\n": typeof types.SetAccountDisabledDocument,
    "\n  mutation SetAccountPassword($id: ID!, $password: String!) {\n    setAccountPassword(id: $id, password: $password) {\n      id\n    }\n  }\n": typeof types.SetAccountPasswordDocument,
    "\n  query ActionWeeks {\n    actionWeeks {\n      id\n      code\n      title\n      hostCountry\n      firstDay\n      lastDay\n      timeZone\n      status\n      countries {\n        country\n        languages\n      }\n    }\n  }\n": typeof types.ActionWeeksDocument,
};
const documents: Documents = {
    "\n  fragment SessionAccountFields on Account {\n    id\n    email\n    displayName\n    country\n    roles\n    language\n    disabled\n    createdAt\n    lastLoginAt\n  }\n": types.SessionAccountFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      account {\n        ...SessionAccountFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      account {\n        ...SessionAccountFields\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  mutation SetMyLanguage($language: String!) {\n    setMyLanguage(language: $language) {\n      ...SessionAccountFields\n    }\n  }\n": types.SetMyLanguageDocument,
    "\n  fragment AccountRowFields on Account {\n    id\n    email\n    displayName\n    country\n    roles\n    language\n    disabled\n    createdAt\n    lastLoginAt\n  }\n": types.AccountRowFieldsFragmentDoc,
    "\n  query Accounts($filter: AccountFilter) {\n    accounts(filter: $filter) {\n      ...AccountRowFields\n    }\n  }\n": types.AccountsDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AccountRowFields\n    }\n  }\n": types.CreateAccountDocument,
    "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      ...AccountRowFields\n    }\n  }\n": types.UpdateAccountDocument,
    "\n  mutation SetAccountDisabled($id: ID!, $disabled: Boolean!) {\n    setAccountDisabled(id: $id, disabled: $disabled) {\n      ...AccountRowFields\n    }\n  }\n": types.SetAccountDisabledDocument,
    "\n  mutation SetAccountPassword($id: ID!, $password: String!) {\n    setAccountPassword(id: $id, password: $password) {\n      id\n    }\n  }\n": types.SetAccountPasswordDocument,
    "\n  query ActionWeeks {\n    actionWeeks {\n      id\n      code\n      title\n      hostCountry\n      firstDay\n      lastDay\n      timeZone\n      status\n      countries {\n        country\n        languages\n      }\n    }\n  }\n": types.ActionWeeksDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionAccountFields on Account {\n    id\n    email\n    displayName\n    country\n    roles\n    language\n    disabled\n    createdAt\n    lastLoginAt\n  }\n"): (typeof documents)["\n  fragment SessionAccountFields on Account {\n    id\n    email\n    displayName\n    country\n    roles\n    language\n    disabled\n    createdAt\n    lastLoginAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      account {\n        ...SessionAccountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      account {\n        ...SessionAccountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      account {\n        ...SessionAccountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      account {\n        ...SessionAccountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyLanguage($language: String!) {\n    setMyLanguage(language: $language) {\n      ...SessionAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyLanguage($language: String!) {\n    setMyLanguage(language: $language) {\n      ...SessionAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountRowFields on Account {\n    id\n    email\n    displayName\n    country\n    roles\n    language\n    disabled\n    createdAt\n    lastLoginAt\n  }\n"): (typeof documents)["\n  fragment AccountRowFields on Account {\n    id\n    email\n    displayName\n    country\n    roles\n    language\n    disabled\n    createdAt\n    lastLoginAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts($filter: AccountFilter) {\n    accounts(filter: $filter) {\n      ...AccountRowFields\n    }\n  }\n"): (typeof documents)["\n  query Accounts($filter: AccountFilter) {\n    accounts(filter: $filter) {\n      ...AccountRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AccountRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AccountRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      ...AccountRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      ...AccountRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountDisabled($id: ID!, $disabled: Boolean!) {\n    setAccountDisabled(id: $id, disabled: $disabled) {\n      ...AccountRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetAccountDisabled($id: ID!, $disabled: Boolean!) {\n    setAccountDisabled(id: $id, disabled: $disabled) {\n      ...AccountRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountPassword($id: ID!, $password: String!) {\n    setAccountPassword(id: $id, password: $password) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetAccountPassword($id: ID!, $password: String!) {\n    setAccountPassword(id: $id, password: $password) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionWeeks {\n    actionWeeks {\n      id\n      code\n      title\n      hostCountry\n      firstDay\n      lastDay\n      timeZone\n      status\n      countries {\n        country\n        languages\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionWeeks {\n    actionWeeks {\n      id\n      code\n      title\n      hostCountry\n      firstDay\n      lastDay\n      timeZone\n      status\n      countries {\n        country\n        languages\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;