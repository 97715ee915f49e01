import { graphql } from '../../gql';

export const ProfileRowFields = graphql(`
  fragment ProfileRowFields on PoliceProfile {
    id
    country
    platform
    displayName
    status
    safetyNotes
    updatedAt
    version
    sessions {
      id
      weekId
      weekCode
      weekTitle
      startsAt
      endsAt
      platform
      status
      country
    }
  }
`);

export const ProfilesPageQuery = graphql(`
  query ProfilesPage($filter: PoliceProfileFilter) {
    policeProfiles(filter: $filter) {
      ...ProfileRowFields
    }
  }
`);

export const ProfilePlatformsQuery = graphql(`
  query ProfilePlatforms {
    platforms {
      code
      name
      builtin
    }
  }
`);

export const RegisterProfileMutation = graphql(`
  mutation RegisterProfile($input: RegisterPoliceProfileInput!) {
    registerPoliceProfile(input: $input) {
      id
      country
      platform
      displayName
      status
      safetyNotes
      updatedAt
      version
    }
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdatePoliceProfileInput!) {
    updatePoliceProfile(input: $input) {
      id
      displayName
      safetyNotes
      status
      updatedAt
      version
    }
  }
`);

export const SuspendProfileMutation = graphql(`
  mutation SuspendProfile($id: ID!, $version: Int!) {
    suspendPoliceProfile(id: $id, version: $version) {
      id
      status
      updatedAt
      version
    }
  }
`);

export const ReactivateProfileMutation = graphql(`
  mutation ReactivateProfile($id: ID!, $version: Int!) {
    reactivatePoliceProfile(id: $id, version: $version) {
      id
      status
      updatedAt
      version
    }
  }
`);

export const RetireProfileMutation = graphql(`
  mutation RetireProfile($id: ID!, $version: Int!) {
    retirePoliceProfile(id: $id, version: $version) {
      id
      status
      updatedAt
      version
    }
  }
`);

export const AddPlatformMutation = graphql(`
  mutation AddPlatform($name: String!) {
    addPlatform(name: $name) {
      code
      name
      builtin
    }
  }
`);
