import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum PlanFileKindEnum {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(PlanFileKindEnum, { name: 'PlanFileKind' });

@ObjectType('PlanImportCells', { description: 'The cells of a row as the file has them (trimmed).' })
export class PlanImportCellsObject {
  @Field(() => String)
  date: string;

  @Field(() => String)
  start: string;

  @Field(() => String)
  end: string;

  @Field(() => String)
  platform: string;

  @Field(() => String)
  venue: string;

  @Field(() => String)
  countries: string;

  @Field(() => String)
  guideEmail: string;

  @Field(() => String)
  briefing: string;
}

@ObjectType('PlanImportSession', { description: 'The session a good row plans.' })
export class PlanImportSessionObject {
  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => String, { description: 'Platform code.' })
  platform: string;

  @Field(() => String)
  platformName: string;

  @Field(() => String)
  venue: string;

  @Field(() => [String])
  countries: string[];

  @Field(() => ID, { nullable: true })
  guideId: string | null;

  @Field(() => String, { nullable: true })
  guideName: string | null;
}

@ObjectType('PlanImportError', { description: 'What is wrong with one cell of a row.' })
export class PlanImportErrorObject {
  @Field(() => String, {
    description: 'The column: date, start, end, platform, venue, countries, guide_email, briefing.',
  })
  field: string;

  @Field(() => String, {
    description: 'A stable code (REQUIRED, INVALID_TIME, UNKNOWN_PLATFORM, PERSONAL_DATA, ...).',
  })
  code: string;

  @Field(() => String, { description: 'In the caller’s language.' })
  message: string;
}

@ObjectType('PlanImportConflict', {
  description: 'A row that would double-book a team or the guide: with a planned session or an earlier row.',
})
export class PlanImportConflictObject {
  @Field(() => String, { description: 'COUNTRY or GUIDE.' })
  kind: string;

  @Field(() => String, { description: 'The country or guide, by name.' })
  subject: string;

  @Field(() => String, { description: 'The other session, or the other row ("row 4").' })
  otherSession: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The earlier row of the file; null for a session already planned.',
  })
  otherRow: number | null;

  @Field(() => Date)
  overlapStartsAt: Date;

  @Field(() => Date)
  overlapEndsAt: Date;

  @Field(() => String, { description: 'In the caller’s language.' })
  message: string;
}

@ObjectType('PlanImportRow')
export class PlanImportRowObject {
  @Field(() => Int, { description: 'The row number as a spreadsheet shows it (the header is row 1).' })
  row: number;

  @Field(() => PlanImportCellsObject)
  cells: PlanImportCellsObject;

  @Field(() => PlanImportSessionObject, {
    nullable: true,
    description: 'Null while a cell of the row is wrong.',
  })
  session: PlanImportSessionObject | null;

  @Field(() => [PlanImportErrorObject])
  errors: PlanImportErrorObject[];

  @Field(() => [PlanImportConflictObject])
  conflicts: PlanImportConflictObject[];
}

@ObjectType('PlanImportPreview', { description: 'A plan file checked row by row; nothing was written.' })
export class PlanImportPreviewObject {
  @Field(() => ID)
  weekId: string;

  @Field(() => PlanFileKindEnum)
  kind: PlanFileKindEnum;

  @Field(() => [PlanImportRowObject])
  rows: PlanImportRowObject[];

  @Field(() => Int, {
    description: 'Rows with an error or a conflict: the file is imported only when there are none.',
  })
  refusedRows: number;
}

@ObjectType('PlanImportResult', {
  description: 'The sessions a plan file planned, in the order of its rows.',
})
export class PlanImportResultObject {
  @Field(() => ID)
  weekId: string;

  @Field(() => Int)
  imported: number;

  @Field(() => [ID])
  sessionIds: string[];
}
