import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { CalendarFeedScope } from '../calendar-feed.entity';

export const CalendarFeedScopeEnum = { COUNTRY: 'COUNTRY', PERSON: 'PERSON' } as const;
registerEnumType(CalendarFeedScopeEnum, {
  name: 'CalendarFeedScope',
  description:
    'COUNTRY: every session a country takes part in; PERSON: the sessions one person is on or guides.',
});

@ObjectType('CalendarFeed', {
  description: 'A secret iCalendar address for one week, importable in Outlook or Google Calendar.',
})
export class CalendarFeedObject {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  weekId: string;

  @Field(() => CalendarFeedScopeEnum)
  scope: CalendarFeedScope;

  @Field(() => String, { nullable: true })
  country: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'The address with its secret: given once, when the feed is created.',
  })
  url: string | null;
}
