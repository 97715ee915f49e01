import { COUNTRY_CODES, LOCALES } from '@empact/domain';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, Matches, MaxLength } from 'class-validator';

/** The query string of the outcome exports: the dashboard's filter, the reader's language, exact figures (coordinators). */
export class OutcomesExportQuery {
  @IsOptional()
  @IsIn(LOCALES)
  language?: string;

  @IsOptional()
  @IsIn(COUNTRY_CODES)
  country?: string;

  @IsOptional()
  @MaxLength(40)
  platform?: string;

  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  day?: string;

  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unsuppressed?: boolean;
}
