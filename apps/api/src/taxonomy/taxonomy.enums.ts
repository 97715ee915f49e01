import {
  AGE_BANDS,
  CHANNELS,
  INITIATORS,
  OUTCOMES,
  RECEIVING_UNITS,
  REFERRAL_STATUSES,
  TONES,
  TOPICS,
  URGENCIES,
} from '@empact/domain';
import { registerEnumType } from '@nestjs/graphql';

/** A GraphQL enum from a libs/domain code list: the schema and the rules share one vocabulary. */
function codeEnum<T extends string>(codes: readonly T[], name: string, description: string): { [K in T]: K } {
  const values = Object.fromEntries(codes.map((code) => [code, code])) as { [K in T]: K };
  registerEnumType(values, { name, description });
  return values;
}

export const TopicEnum = codeEnum(TOPICS, 'Topic', 'What a conversation was about.');
export const OutcomeEnum = codeEnum(OUTCOMES, 'Outcome', 'How a conversation ended.');
export const ChannelEnum = codeEnum(CHANNELS, 'Channel', 'Where on the platform it took place.');
export const InitiatorEnum = codeEnum(INITIATORS, 'Initiator', 'Who started it.');
export const AgeBandEnum = codeEnum(AGE_BANDS, 'AgeBand', 'An age band, never an age.');
export const ToneEnum = codeEnum(TONES, 'Tone', 'The tone of the conversation.');
export const ReceivingUnitEnum = codeEnum(RECEIVING_UNITS, 'ReceivingUnit', 'The unit a referral goes to.');
export const UrgencyEnum = codeEnum(URGENCIES, 'Urgency', 'How fast a referral must be acted on.');
export const ReferralStatusEnum = codeEnum(
  REFERRAL_STATUSES,
  'ReferralStatus',
  'OPEN → ACKNOWLEDGED → HANDED_OVER → CLOSED.',
);
