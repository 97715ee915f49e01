import { graphql } from '../../gql';

export const MyTwoFactorQuery = graphql(`
  query MyTwoFactor {
    myTwoFactor {
      enabled
      required
      enabledAt
      recoveryCodesLeft
    }
  }
`);

export const BeginTwoFactorEnrolmentMutation = graphql(`
  mutation BeginTwoFactorEnrolment($code: String, $recoveryCode: String) {
    beginTwoFactorEnrolment(code: $code, recoveryCode: $recoveryCode) {
      secret
      otpauthUri
      qrCode
    }
  }
`);

export const ConfirmTwoFactorEnrolmentMutation = graphql(`
  mutation ConfirmTwoFactorEnrolment($code: String!) {
    confirmTwoFactorEnrolment(code: $code) {
      codes
      status {
        enabled
        required
        enabledAt
        recoveryCodesLeft
      }
    }
  }
`);

export const RegenerateTwoFactorRecoveryCodesMutation = graphql(`
  mutation RegenerateTwoFactorRecoveryCodes($code: String, $recoveryCode: String) {
    regenerateTwoFactorRecoveryCodes(code: $code, recoveryCode: $recoveryCode) {
      codes
      status {
        enabled
        required
        enabledAt
        recoveryCodesLeft
      }
    }
  }
`);

export const SetActionWeekTwoFactorMutation = graphql(`
  mutation SetActionWeekTwoFactor($id: ID!, $required: Boolean!) {
    setActionWeekTwoFactor(id: $id, required: $required) {
      id
      requireTwoFactor
    }
  }
`);

export const DisableTwoFactorMutation = graphql(`
  mutation DisableTwoFactor($code: String, $recoveryCode: String) {
    disableTwoFactor(code: $code, recoveryCode: $recoveryCode) {
      enabled
      required
      enabledAt
      recoveryCodesLeft
    }
  }
`);
