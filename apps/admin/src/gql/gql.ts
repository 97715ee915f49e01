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
    "\n  subscription SessionEnded {\n    sessionEnded {\n      reason\n      at\n    }\n  }\n": typeof types.SessionEndedDocument,
    "\n  fragment AccountRowFields on Account {\n    id\n    email\n    displayName\n    country\n    roles\n    language\n    disabled\n    createdAt\n    lastLoginAt\n  }\n": typeof types.AccountRowFieldsFragmentDoc,
    "\n  query Accounts($filter: AccountFilter) {\n    accounts(filter: $filter) {\n      ...AccountRowFields\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AccountRowFields\n    }\n  }\n": typeof types.CreateAccountDocument,
    "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      ...AccountRowFields\n    }\n  }\n": typeof types.UpdateAccountDocument,
    "\n  mutation SetAccountDisabled($id: ID!, $disabled: Boolean!) {\n    setAccountDisabled(id: $id, disabled: $disabled) {\n      ...AccountRowFields\n    }\n  }\n": typeof types.SetAccountDisabledDocument,
    "\n  mutation SetAccountPassword($id: ID!, $password: String!) {\n    setAccountPassword(id: $id, password: $password) {\n      id\n    }\n  }\n": typeof types.SetAccountPasswordDocument,
    "\n  query ActionWeeks {\n    actionWeeks {\n      id\n      code\n      title\n      hostCountry\n      firstDay\n      lastDay\n      timeZone\n      status\n      countries {\n        country\n        languages\n      }\n    }\n  }\n": typeof types.ActionWeeksDocument,
    "\n  fragment PatrolSessionFields on PatrolSession {\n    id\n    weekId\n    platform {\n      code\n      name\n    }\n    venue\n    startsAt\n    endsAt\n    countries\n    guide {\n      id\n      displayName\n      country\n    }\n    briefing\n    status\n    cancelReason\n    startOverrideReason\n    startedAt\n    endedAt\n    version\n    rosters {\n      country\n      operatorOne {\n        id\n        displayName\n      }\n      operatorTwo {\n        id\n        displayName\n      }\n      teamLeader {\n        id\n        displayName\n      }\n      profile {\n        id\n        displayName\n        platform\n      }\n    }\n    missingPositions {\n      country\n      positions\n    }\n  }\n": typeof types.PatrolSessionFieldsFragmentDoc,
    "\n  query WeekBoard($weekId: ID!) {\n    actionWeek(id: $weekId) {\n      id\n      code\n      title\n      hostCountry\n      firstDay\n      lastDay\n      timeZone\n      status\n      countries {\n        country\n        languages\n      }\n    }\n    platforms {\n      code\n      name\n      builtin\n    }\n    schedule(weekId: $weekId) {\n      ...PatrolSessionFields\n    }\n  }\n": typeof types.WeekBoardDocument,
    "\n  query PatrolSession($id: ID!) {\n    patrolSession(id: $id) {\n      ...PatrolSessionFields\n    }\n  }\n": typeof types.PatrolSessionDocument,
    "\n  query PlanningPeople($filter: AccountFilter) {\n    accounts(filter: $filter) {\n      id\n      displayName\n      country\n      roles\n    }\n  }\n": typeof types.PlanningPeopleDocument,
    "\n  query PlanningProfiles($filter: PoliceProfileFilter) {\n    policeProfiles(filter: $filter) {\n      id\n      displayName\n      country\n      platform\n      status\n    }\n  }\n": typeof types.PlanningProfilesDocument,
    "\n  mutation SchedulePatrolSession($input: SchedulePatrolSessionInput!) {\n    schedulePatrolSession(input: $input) {\n      ...PatrolSessionFields\n    }\n  }\n": typeof types.SchedulePatrolSessionDocument,
    "\n  mutation ReschedulePatrolSession($input: ReschedulePatrolSessionInput!) {\n    reschedulePatrolSession(input: $input) {\n      ...PatrolSessionFields\n    }\n  }\n": typeof types.ReschedulePatrolSessionDocument,
    "\n  mutation AssignRoster($input: AssignRosterInput!) {\n    assignRoster(input: $input) {\n      ...PatrolSessionFields\n    }\n  }\n": typeof types.AssignRosterDocument,
    "\n  mutation CancelPatrolSession($id: ID!, $version: Int!, $reason: String!) {\n    cancelPatrolSession(id: $id, version: $version, reason: $reason) {\n      ...PatrolSessionFields\n    }\n  }\n": typeof types.CancelPatrolSessionDocument,
    "\n  mutation StartPatrolSession($id: ID!, $version: Int!, $overrideReason: String) {\n    startPatrolSession(id: $id, version: $version, overrideReason: $overrideReason) {\n      ...PatrolSessionFields\n    }\n  }\n": typeof types.StartPatrolSessionDocument,
    "\n  mutation EndPatrolSession($id: ID!, $version: Int!) {\n    endPatrolSession(id: $id, version: $version) {\n      ...PatrolSessionFields\n    }\n  }\n": typeof types.EndPatrolSessionDocument,
    "\n  subscription ScheduleChanged($weekId: ID!) {\n    scheduleChanged(weekId: $weekId) {\n      weekId\n      sessionId\n      change\n      version\n    }\n  }\n": typeof types.ScheduleChangedDocument,
};
const documents: Documents = {
    "\n  fragment SessionAccountFields on Account {\n    id\n    email\n    displayName\n    country\n    roles\n    language\n    disabled\n    createdAt\n    lastLoginAt\n  }\n": types.SessionAccountFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      account {\n        ...SessionAccountFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      account {\n        ...SessionAccountFields\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  mutation SetMyLanguage($language: String!) {\n    setMyLanguage(language: $language) {\n      ...SessionAccountFields\n    }\n  }\n": types.SetMyLanguageDocument,
    "\n  subscription SessionEnded {\n    sessionEnded {\n      reason\n      at\n    }\n  }\n": types.SessionEndedDocument,
    "\n  fragment AccountRowFields on Account {\n    id\n    email\n    displayName\n    country\n    roles\n    language\n    disabled\n    createdAt\n    lastLoginAt\n  }\n": types.AccountRowFieldsFragmentDoc,
    "\n  query Accounts($filter: AccountFilter) {\n    accounts(filter: $filter) {\n      ...AccountRowFields\n    }\n  }\n": types.AccountsDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AccountRowFields\n    }\n  }\n": types.CreateAccountDocument,
    "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      ...AccountRowFields\n    }\n  }\n": types.UpdateAccountDocument,
    "\n  mutation SetAccountDisabled($id: ID!, $disabled: Boolean!) {\n    setAccountDisabled(id: $id, disabled: $disabled) {\n      ...AccountRowFields\n    }\n  }\n": types.SetAccountDisabledDocument,
    "\n  mutation SetAccountPassword($id: ID!, $password: String!) {\n    setAccountPassword(id: $id, password: $password) {\n      id\n    }\n  }\n": types.SetAccountPasswordDocument,
    "\n  query ActionWeeks {\n    actionWeeks {\n      id\n      code\n      title\n      hostCountry\n      firstDay\n      lastDay\n      timeZone\n      status\n      countries {\n        country\n        languages\n      }\n    }\n  }\n": types.ActionWeeksDocument,
    "\n  fragment PatrolSessionFields on PatrolSession {\n    id\n    weekId\n    platform {\n      code\n      name\n    }\n    venue\n    startsAt\n    endsAt\n    countries\n    guide {\n      id\n      displayName\n      country\n    }\n    briefing\n    status\n    cancelReason\n    startOverrideReason\n    startedAt\n    endedAt\n    version\n    rosters {\n      country\n      operatorOne {\n        id\n        displayName\n      }\n      operatorTwo {\n        id\n        displayName\n      }\n      teamLeader {\n        id\n        displayName\n      }\n      profile {\n        id\n        displayName\n        platform\n      }\n    }\n    missingPositions {\n      country\n      positions\n    }\n  }\n": types.PatrolSessionFieldsFragmentDoc,
    "\n  query WeekBoard($weekId: ID!) {\n    actionWeek(id: $weekId) {\n      id\n      code\n      title\n      hostCountry\n      firstDay\n      lastDay\n      timeZone\n      status\n      countries {\n        country\n        languages\n      }\n    }\n    platforms {\n      code\n      name\n      builtin\n    }\n    schedule(weekId: $weekId) {\n      ...PatrolSessionFields\n    }\n  }\n": types.WeekBoardDocument,
    "\n  query PatrolSession($id: ID!) {\n    patrolSession(id: $id) {\n      ...PatrolSessionFields\n    }\n  }\n": types.PatrolSessionDocument,
    "\n  query PlanningPeople($filter: AccountFilter) {\n    accounts(filter: $filter) {\n      id\n      displayName\n      country\n      roles\n    }\n  }\n": types.PlanningPeopleDocument,
    "\n  query PlanningProfiles($filter: PoliceProfileFilter) {\n    policeProfiles(filter: $filter) {\n      id\n      displayName\n      country\n      platform\n      status\n    }\n  }\n": types.PlanningProfilesDocument,
    "\n  mutation SchedulePatrolSession($input: SchedulePatrolSessionInput!) {\n    schedulePatrolSession(input: $input) {\n      ...PatrolSessionFields\n    }\n  }\n": types.SchedulePatrolSessionDocument,
    "\n  mutation ReschedulePatrolSession($input: ReschedulePatrolSessionInput!) {\n    reschedulePatrolSession(input: $input) {\n      ...PatrolSessionFields\n    }\n  }\n": types.ReschedulePatrolSessionDocument,
    "\n  mutation AssignRoster($input: AssignRosterInput!) {\n    assignRoster(input: $input) {\n      ...PatrolSessionFields\n    }\n  }\n": types.AssignRosterDocument,
    "\n  mutation CancelPatrolSession($id: ID!, $version: Int!, $reason: String!) {\n    cancelPatrolSession(id: $id, version: $version, reason: $reason) {\n      ...PatrolSessionFields\n    }\n  }\n": types.CancelPatrolSessionDocument,
    "\n  mutation StartPatrolSession($id: ID!, $version: Int!, $overrideReason: String) {\n    startPatrolSession(id: $id, version: $version, overrideReason: $overrideReason) {\n      ...PatrolSessionFields\n    }\n  }\n": types.StartPatrolSessionDocument,
    "\n  mutation EndPatrolSession($id: ID!, $version: Int!) {\n    endPatrolSession(id: $id, version: $version) {\n      ...PatrolSessionFields\n    }\n  }\n": types.EndPatrolSessionDocument,
    "\n  subscription ScheduleChanged($weekId: ID!) {\n    scheduleChanged(weekId: $weekId) {\n      weekId\n      sessionId\n      change\n      version\n    }\n  }\n": types.ScheduleChangedDocument,
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
export function graphql(source: "\n  subscription SessionEnded {\n    sessionEnded {\n      reason\n      at\n    }\n  }\n"): (typeof documents)["\n  subscription SessionEnded {\n    sessionEnded {\n      reason\n      at\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PatrolSessionFields on PatrolSession {\n    id\n    weekId\n    platform {\n      code\n      name\n    }\n    venue\n    startsAt\n    endsAt\n    countries\n    guide {\n      id\n      displayName\n      country\n    }\n    briefing\n    status\n    cancelReason\n    startOverrideReason\n    startedAt\n    endedAt\n    version\n    rosters {\n      country\n      operatorOne {\n        id\n        displayName\n      }\n      operatorTwo {\n        id\n        displayName\n      }\n      teamLeader {\n        id\n        displayName\n      }\n      profile {\n        id\n        displayName\n        platform\n      }\n    }\n    missingPositions {\n      country\n      positions\n    }\n  }\n"): (typeof documents)["\n  fragment PatrolSessionFields on PatrolSession {\n    id\n    weekId\n    platform {\n      code\n      name\n    }\n    venue\n    startsAt\n    endsAt\n    countries\n    guide {\n      id\n      displayName\n      country\n    }\n    briefing\n    status\n    cancelReason\n    startOverrideReason\n    startedAt\n    endedAt\n    version\n    rosters {\n      country\n      operatorOne {\n        id\n        displayName\n      }\n      operatorTwo {\n        id\n        displayName\n      }\n      teamLeader {\n        id\n        displayName\n      }\n      profile {\n        id\n        displayName\n        platform\n      }\n    }\n    missingPositions {\n      country\n      positions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WeekBoard($weekId: ID!) {\n    actionWeek(id: $weekId) {\n      id\n      code\n      title\n      hostCountry\n      firstDay\n      lastDay\n      timeZone\n      status\n      countries {\n        country\n        languages\n      }\n    }\n    platforms {\n      code\n      name\n      builtin\n    }\n    schedule(weekId: $weekId) {\n      ...PatrolSessionFields\n    }\n  }\n"): (typeof documents)["\n  query WeekBoard($weekId: ID!) {\n    actionWeek(id: $weekId) {\n      id\n      code\n      title\n      hostCountry\n      firstDay\n      lastDay\n      timeZone\n      status\n      countries {\n        country\n        languages\n      }\n    }\n    platforms {\n      code\n      name\n      builtin\n    }\n    schedule(weekId: $weekId) {\n      ...PatrolSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatrolSession($id: ID!) {\n    patrolSession(id: $id) {\n      ...PatrolSessionFields\n    }\n  }\n"): (typeof documents)["\n  query PatrolSession($id: ID!) {\n    patrolSession(id: $id) {\n      ...PatrolSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanningPeople($filter: AccountFilter) {\n    accounts(filter: $filter) {\n      id\n      displayName\n      country\n      roles\n    }\n  }\n"): (typeof documents)["\n  query PlanningPeople($filter: AccountFilter) {\n    accounts(filter: $filter) {\n      id\n      displayName\n      country\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanningProfiles($filter: PoliceProfileFilter) {\n    policeProfiles(filter: $filter) {\n      id\n      displayName\n      country\n      platform\n      status\n    }\n  }\n"): (typeof documents)["\n  query PlanningProfiles($filter: PoliceProfileFilter) {\n    policeProfiles(filter: $filter) {\n      id\n      displayName\n      country\n      platform\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedulePatrolSession($input: SchedulePatrolSessionInput!) {\n    schedulePatrolSession(input: $input) {\n      ...PatrolSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SchedulePatrolSession($input: SchedulePatrolSessionInput!) {\n    schedulePatrolSession(input: $input) {\n      ...PatrolSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReschedulePatrolSession($input: ReschedulePatrolSessionInput!) {\n    reschedulePatrolSession(input: $input) {\n      ...PatrolSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReschedulePatrolSession($input: ReschedulePatrolSessionInput!) {\n    reschedulePatrolSession(input: $input) {\n      ...PatrolSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignRoster($input: AssignRosterInput!) {\n    assignRoster(input: $input) {\n      ...PatrolSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignRoster($input: AssignRosterInput!) {\n    assignRoster(input: $input) {\n      ...PatrolSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelPatrolSession($id: ID!, $version: Int!, $reason: String!) {\n    cancelPatrolSession(id: $id, version: $version, reason: $reason) {\n      ...PatrolSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelPatrolSession($id: ID!, $version: Int!, $reason: String!) {\n    cancelPatrolSession(id: $id, version: $version, reason: $reason) {\n      ...PatrolSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPatrolSession($id: ID!, $version: Int!, $overrideReason: String) {\n    startPatrolSession(id: $id, version: $version, overrideReason: $overrideReason) {\n      ...PatrolSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartPatrolSession($id: ID!, $version: Int!, $overrideReason: String) {\n    startPatrolSession(id: $id, version: $version, overrideReason: $overrideReason) {\n      ...PatrolSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndPatrolSession($id: ID!, $version: Int!) {\n    endPatrolSession(id: $id, version: $version) {\n      ...PatrolSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation EndPatrolSession($id: ID!, $version: Int!) {\n    endPatrolSession(id: $id, version: $version) {\n      ...PatrolSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ScheduleChanged($weekId: ID!) {\n    scheduleChanged(weekId: $weekId) {\n      weekId\n      sessionId\n      change\n      version\n    }\n  }\n"): (typeof documents)["\n  subscription ScheduleChanged($weekId: ID!) {\n    scheduleChanged(weekId: $weekId) {\n      weekId\n      sessionId\n      change\n      version\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;