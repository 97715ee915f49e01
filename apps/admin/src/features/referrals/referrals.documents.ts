import { graphql } from '../../gql';

export const ReferralListFields = graphql(`
  fragment ReferralListFields on Referral {
    id
    weekId
    sessionId
    interactionId
    country
    receivingUnit
    urgency
    reasonCode
    status
    raisedBy
    createdAt
    version
  }
`);

export const ReferralsQuery = graphql(`
  query Referrals($filter: ReferralFilter!) {
    referrals(filter: $filter) {
      ...ReferralListFields
    }
  }
`);

/** Every call is audited by the API: only run it when the user asks to read the details. */
export const ReferralDetailsQuery = graphql(`
  query ReferralDetails($id: ID!) {
    referral(id: $id) {
      ...ReferralListFields
      details
      history {
        status
        by
        at
        note
      }
    }
  }
`);

export const RaiseReferralMutation = graphql(`
  mutation RaiseReferral($input: RaiseReferralInput!) {
    raiseReferral(input: $input) {
      ...ReferralListFields
    }
  }
`);

export const SetReferralStatusMutation = graphql(`
  mutation SetReferralStatus($id: ID!, $version: Int!, $status: ReferralStatus!, $note: String) {
    setReferralStatus(id: $id, version: $version, status: $status, note: $note) {
      ...ReferralListFields
      history {
        status
        by
        at
        note
      }
    }
  }
`);

export const ReferralRaisedSubscription = graphql(`
  subscription ReferralRaised {
    referralRaised {
      id
      weekId
      sessionId
      country
      urgency
      receivingUnit
      reasonCode
      createdAt
    }
  }
`);
