import { graphql } from '../../gql';

/** The weeks a plan may be copied from: every week the coordinator reaches. */
export const PlanCopySourcesQuery = graphql(`
  query PlanCopySources {
    actionWeeks {
      id
      code
      title
      firstDay
      lastDay
      status
    }
  }
`);

export const PlanCopyFields = graphql(`
  fragment PlanCopyFields on PlanCopy {
    fromWeekId
    toWeekId
    copied
    copies {
      sourceSessionId
      droppedCountries
    }
    skipped {
      sourceSessionId
      platform
      venue
      startsAt
      message
    }
    refused {
      sourceSessionId
      platform
      venue
      startsAt
      reason
      message
    }
  }
`);

export const PlanCopyPreviewQuery = graphql(`
  query PlanCopyPreview($fromWeekId: ID!, $toWeekId: ID!) {
    planCopyPreview(fromWeekId: $fromWeekId, toWeekId: $toWeekId) {
      ...PlanCopyFields
    }
  }
`);

export const CopyWeekPlanMutation = graphql(`
  mutation CopyWeekPlan($fromWeekId: ID!, $toWeekId: ID!) {
    copyWeekPlan(fromWeekId: $fromWeekId, toWeekId: $toWeekId) {
      ...PlanCopyFields
    }
  }
`);
