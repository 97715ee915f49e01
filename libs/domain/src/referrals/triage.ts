import {
  type Outcome,
  REFERRAL_STATUSES,
  type ReferralStatus,
  type Topic,
  type Urgency,
} from '../interactions/vocabulary';

/** What the order of a referral queue reads of a referral. */
export interface Triaged {
  status: ReferralStatus;
  urgency: Urgency;
  /** When it was raised: an ISO string or a Date. */
  createdAt: string | Date;
}

/** The most urgent first: an IMMEDIATE referral is acted on before a PRIORITY one, a ROUTINE one last. */
const URGENCY_RANK: Record<Urgency, number> = { IMMEDIATE: 0, PRIORITY: 1, ROUTINE: 2 };

/**
 * The order of a referral queue (for `Array.prototype.sort`): what still needs action before what has moved on
 * (OPEN, then ACKNOWLEDGED, then HANDED_OVER, then CLOSED), within that IMMEDIATE before PRIORITY before ROUTINE,
 * and within that the oldest first: the referral that has waited longest is the next one to take.
 */
export function byTriage(a: Triaged, b: Triaged): number {
  return (
    REFERRAL_STATUSES.indexOf(a.status) - REFERRAL_STATUSES.indexOf(b.status) ||
    URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] ||
    new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime()
  );
}

/** The statuses that still wait for someone to act: raised but not yet handed over to the receiving unit. */
export const REFERRAL_STATUSES_NEEDING_ACTION: readonly ReferralStatus[] = ['OPEN', 'ACKNOWLEDGED'];

export function needsAction(status: ReferralStatus): boolean {
  return REFERRAL_STATUSES_NEEDING_ACTION.includes(status);
}

/** Topics that are about a young person's safety: never shown as if they were small talk. */
export const SAFEGUARDING_TOPICS: readonly Topic[] = [
  'SELF_HARM_SUICIDE',
  'GROOMING_SEXUAL_EXPLOITATION',
  'SEXTORTION',
  'THREATS_VIOLENCE',
];

/**
 * How urgent a logged interaction looks in the live feed: IMMEDIATE when it was escalated as an emergency,
 * PRIORITY when it was referred or touches a young person's safety, null for the rest.
 */
export function interactionUrgency(interaction: {
  outcome: Outcome;
  topics: readonly Topic[];
}): Exclude<Urgency, 'ROUTINE'> | null {
  if (interaction.outcome === 'EMERGENCY_ESCALATION') return 'IMMEDIATE';
  if (interaction.outcome === 'REFERRED') return 'PRIORITY';
  if (interaction.topics.some((topic) => SAFEGUARDING_TOPICS.includes(topic))) return 'PRIORITY';
  return null;
}
