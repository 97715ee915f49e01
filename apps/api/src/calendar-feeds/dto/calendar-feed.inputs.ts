import { COUNTRY_CODES } from '@empact/domain';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import type { CalendarFeedScope } from '../calendar-feed.entity';
import { CalendarFeedScopeEnum } from './calendar-feed.object';

@ArgsType()
export class CreateCalendarFeedArgs {
  @Field(() => ID)
  @IsUUID()
  weekId: string;

  @Field(() => CalendarFeedScopeEnum)
  @IsIn(['COUNTRY', 'PERSON'])
  scope: CalendarFeedScope;

  @Field(() => String, {
    nullable: true,
    description:
      'For COUNTRY: defaults to the caller’s country; coordinators may pick any country of the week.',
  })
  @IsOptional()
  @IsIn(COUNTRY_CODES)
  country?: string;
}
