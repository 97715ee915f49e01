import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsUUID, MaxLength, Min } from 'class-validator';
import { LOCALES, WEEK_REPORT_LESSONS_MAX, WEEK_REPORT_SUMMARY_EN_MAX } from '@empact/domain';
import { DebriefObject } from '../../debriefs/dto/debrief.object';
import { FreeText } from '../../common/personal-data/free-text.decorator';

@ObjectType('WeekReport', { description: 'The week’s lessons learned, linking the session debriefs.' })
export class WeekReportObject {
  @Field(() => ID)
  weekId: string;

  @Field(() => String, { description: 'Markdown, in `language`.' })
  lessonsLearned: string;

  @Field(() => String, {
    description:
      'The lessons learned as safe HTML, rendered by the same markdown-it (safe mode) as guidance.',
  })
  lessonsLearnedHtml: string;

  @Field(() => String)
  language: string;

  @Field(() => String, { nullable: true })
  summaryEn: string | null;

  @Field(() => [DebriefObject])
  debriefs: DebriefObject[];

  @Field(() => Int, { description: '0 while nothing has been written.' })
  version: number;

  @Field(() => Date, { nullable: true })
  updatedAt: Date | null;
}

@InputType()
export class SaveWeekReportInput {
  @Field(() => ID)
  @IsUUID()
  weekId: string;

  @Field(() => Int, { description: 'The version the change was made on (0 for the first save).' })
  @IsInt()
  @Min(0)
  version: number;

  @Field(() => String)
  @FreeText()
  @MaxLength(WEEK_REPORT_LESSONS_MAX)
  lessonsLearned: string;

  @Field(() => String)
  @IsIn(LOCALES)
  language: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @FreeText()
  @MaxLength(WEEK_REPORT_SUMMARY_EN_MAX)
  summaryEn?: string | null;

  @Field(() => [ID], { description: 'Submitted debriefs of the week to link.' })
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  debriefIds: string[];
}
