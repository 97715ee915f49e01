import { COUNTRY_CODES } from '@empact/domain';
import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, Matches, MaxLength } from 'class-validator';
import { NotFreeText } from '../../common/personal-data/free-text.decorator';

@InputType()
export class ScheduleFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(COUNTRY_CODES)
  country?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NotFreeText('CHECKED_CODE')
  @MaxLength(40)
  platform?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD in the week’s time zone.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  day?: string;
}
