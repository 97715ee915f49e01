import {
  AGE_BANDS,
  CHANNELS,
  INITIATORS,
  isLocale,
  Locale,
  LOCALES,
  OUTCOMES,
  RECEIVING_UNITS,
  REFERRAL_STATUSES,
  TONES,
  TOPICS,
  URGENCIES,
} from '@empact/domain';
import { Args, ArgsType, Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsIn, IsOptional } from 'class-validator';
import { I18nService } from '../common/i18n/i18n.service';
import { requestLocale } from '../common/request-context';

@ObjectType('Term', {
  description: 'A code of the shared vocabulary and its label in the requested language.',
})
export class TermObject {
  @Field(() => String)
  code: string;

  @Field(() => String)
  label: string;
}

@ObjectType('Taxonomy', {
  description: 'The fixed vocabularies: codes everyone shares, labels in each reader’s language.',
})
export class TaxonomyObject {
  @Field(() => String)
  language: string;

  @Field(() => [TermObject]) topics: TermObject[];
  @Field(() => [TermObject]) outcomes: TermObject[];
  @Field(() => [TermObject]) channels: TermObject[];
  @Field(() => [TermObject]) initiatedBy: TermObject[];
  @Field(() => [TermObject]) ageBands: TermObject[];
  @Field(() => [TermObject]) tones: TermObject[];
  @Field(() => [TermObject]) receivingUnits: TermObject[];
  @Field(() => [TermObject]) urgencies: TermObject[];
  @Field(() => [TermObject]) referralStatuses: TermObject[];
}

@ArgsType()
class TaxonomyArgs {
  @Field(() => String, {
    nullable: true,
    description: 'en, nb, nn, nl, fr, de, is, fi or sv; the caller’s language by default.',
  })
  @IsOptional()
  @IsIn(LOCALES)
  language?: string;
}

@Resolver(() => TaxonomyObject)
export class TaxonomyResolver {
  constructor(private readonly i18n: I18nService) {}

  @Query(() => TaxonomyObject)
  taxonomy(@Args() { language }: TaxonomyArgs): TaxonomyObject {
    const locale: Locale = isLocale(language) ? language : requestLocale();
    const terms = (group: string, codes: readonly string[]) =>
      codes.map((code) => ({ code, label: this.i18n.t(locale, `${group}.${code}`, {}, 'taxonomy') }));
    return {
      language: locale,
      topics: terms('topic', TOPICS),
      outcomes: terms('outcome', OUTCOMES),
      channels: terms('channel', CHANNELS),
      initiatedBy: terms('initiatedBy', INITIATORS),
      ageBands: terms('ageBand', AGE_BANDS),
      tones: terms('tone', TONES),
      receivingUnits: terms('receivingUnit', RECEIVING_UNITS),
      urgencies: terms('urgency', URGENCIES),
      referralStatuses: terms('referralStatus', REFERRAL_STATUSES),
    };
  }
}
