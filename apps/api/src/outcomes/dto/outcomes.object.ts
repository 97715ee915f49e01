import { COUNTRY_CODES } from '@empact/domain';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';

@ObjectType('Count', {
  description:
    'A count as released: perturbed by the cell key method for liaisons (the same records give the same figure everywhere), ' +
    'null where it is hidden (a count from 1 to k−1, or one perturbed below k) or where its day has not begun.',
})
export class CountObject {
  @Field(() => Int, { nullable: true })
  value: number | null;

  @Field(() => Boolean, {
    description:
      'Hidden by disclosure control: a count between 1 and k−1 (or perturbed below k), never zero.',
  })
  suppressed: boolean;

  @Field(() => Boolean, {
    description: 'A day of the week that has not begun in the week’s zone: no figure yet, not a zero.',
  })
  pending: boolean;
}

@ObjectType('CountTable', {
  description: 'Counts by row and column with their totals; each total is released as a figure of its own.',
})
export class CountTableObject {
  @Field(() => [String], { description: 'Row keys, e.g. country codes.' })
  rows: string[];

  @Field(() => [String], { description: 'Column keys, e.g. days, platform codes or topic codes.' })
  columns: string[];

  @Field(() => [[CountObject]])
  cells: CountObject[][];

  @Field(() => [CountObject])
  rowTotals: CountObject[];

  @Field(() => [CountObject])
  columnTotals: CountObject[];

  @Field(() => CountObject)
  grandTotal: CountObject;
}

@ObjectType('PatrolHours')
export class PatrolHoursObject {
  @Field(() => String)
  country: string;

  @Field(() => Float)
  hours: number;
}

@ObjectType('OutcomesProtection', {
  description: 'How the figures about young people were protected, for the reader’s note.',
})
export class OutcomesProtectionObject {
  @Field(() => String, {
    description:
      'CELL_KEY: perturbed by the cell key method, small counts hidden. EXACT: the true counts (coordinators, audited).',
  })
  method: 'CELL_KEY' | 'EXACT';

  @Field(() => Int, { description: 'k: counts from 1 to k−1 are never shown.' })
  minCount: number;

  @Field(() => Int, { description: 'The most a released figure can differ from the true count.' })
  maxPerturbation: number;

  @Field(() => Int, { description: '95 % of released figures are within this many of the true count.' })
  typicalPerturbation: number;
}

@ObjectType('Outcomes', {
  description: 'What the week achieved, anonymised: counts only, perturbed, small ones hidden.',
})
export class OutcomesObject {
  @Field(() => ID)
  weekId: string;

  @Field(() => Int, { description: 'k: counts from 1 to k−1 are suppressed.' })
  minCount: number;

  @Field(() => Boolean, {
    description: 'False only when a coordinator asked for the unsuppressed figures (audited).',
  })
  suppressed: boolean;

  @Field(() => OutcomesProtectionObject)
  protection: OutcomesProtectionObject;

  @Field(() => CountTableObject, {
    description: 'Interactions by country (rows) and day (columns); the column totals are the trend per day.',
  })
  byCountryAndDay: CountTableObject;

  @Field(() => CountTableObject) byPlatform: CountTableObject;
  @Field(() => CountTableObject, { description: 'An interaction counts once for each of its topics.' })
  byTopic: CountTableObject;
  @Field(() => CountTableObject) byAgeBand: CountTableObject;
  @Field(() => CountTableObject) byOutcome: CountTableObject;
  @Field(() => CountTableObject) byLanguage: CountTableObject;
  @Field(() => CountTableObject, { description: 'Young people reached, by country and day.' })
  youngPeople: CountTableObject;
  @Field(() => CountTableObject, {
    description:
      'Patrol sessions (police work, exact): PLANNED, HELD, CANCELLED. A row counts the sessions its country took part in; the ' +
      'column totals and the grand total count sessions, a joint session once, so they are not the sums of the rows.',
  })
  sessions: CountTableObject;
  @Field(() => CountTableObject, { description: 'Referrals by urgency (rows) and receiving unit (columns).' })
  referrals: CountTableObject;
  @Field(() => [PatrolHoursObject], { description: 'Hours patrolled per country (police work, exact).' })
  patrolHours: PatrolHoursObject[];
}

@InputType()
export class OutcomesFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(COUNTRY_CODES)
  country?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  platform?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD in the week’s zone.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  day?: string;
}

@ArgsType()
export class OutcomesArgs {
  @Field(() => ID)
  @IsUUID()
  weekId: string;

  @Field(() => OutcomesFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OutcomesFilter)
  filter?: OutcomesFilter;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Coordinators only: the figures without suppression; the request is audited.',
  })
  @IsOptional()
  @IsBoolean()
  unsuppressed?: boolean;
}
