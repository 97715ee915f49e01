import { GUIDANCE_CATEGORIES, GUIDANCE_SCOPES, TRANSLATION_STATUSES } from '@empact/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

const codes = <T extends string>(list: readonly T[]) =>
  Object.fromEntries(list.map((c) => [c, c])) as { [K in T]: K };
export const GuidanceCategoryEnum = codes(GUIDANCE_CATEGORIES);
registerEnumType(GuidanceCategoryEnum, { name: 'GuidanceCategory' });
export const GuidanceScopeEnum = codes(GUIDANCE_SCOPES);
registerEnumType(GuidanceScopeEnum, {
  name: 'GuidanceScope',
  description: 'Whom a note is for: the whole week, a country, a platform or one session.',
});
export const TranslationStatusEnum = codes(TRANSLATION_STATUSES);
registerEnumType(TranslationStatusEnum, {
  name: 'TranslationStatus',
  description: 'OUTDATED is set by itself when the source changes after the translation was made.',
});
export const TranslationWorkStatusEnum = { DRAFT: 'DRAFT', CURRENT: 'CURRENT' } as const;
registerEnumType(TranslationWorkStatusEnum, { name: 'TranslationWorkStatus' });

@ObjectType('GuidanceTranslationState')
export class GuidanceTranslationStateObject {
  @Field(() => String)
  language: string;

  @Field(() => TranslationStatusEnum)
  status: string;

  @Field(() => Int, { nullable: true, description: 'The source revision it was made from.' })
  sourceRevision: number | null;
}

@ObjectType('GuidanceTranslationText', {
  description: 'A translation as its translator left it, drafts included.',
})
export class GuidanceTranslationTextObject {
  @Field(() => String)
  language: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  body: string;

  @Field(() => TranslationWorkStatusEnum)
  status: string;

  @Field(() => Int)
  sourceRevision: number;
}

@ObjectType('GuidanceNote', {
  description:
    'Kripos guidance for the teams: Markdown, shown in the reader’s language where a translation exists.',
})
export class GuidanceNoteObject {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  weekId: string;

  @Field(() => GuidanceCategoryEnum)
  category: string;

  @Field(() => GuidanceScopeEnum)
  scope: string;

  @Field(() => String, { nullable: true })
  scopeCountry: string | null;

  @Field(() => String, { nullable: true })
  scopePlatform: string | null;

  @Field(() => ID, { nullable: true })
  scopeSessionId: string | null;

  @Field(() => String)
  sourceLanguage: string;

  @Field(() => String, {
    description:
      'The language of title and body as given: the requested one where translated, else the source.',
  })
  language: string;

  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'Markdown, as written.' })
  body: string;

  @Field(() => String, { description: 'The body as HTML with nothing that can run: safe to show.' })
  bodyHtml: string;

  @Field(() => TranslationStatusEnum, {
    description: 'Status of the translation given (CURRENT for the source itself).',
  })
  translationStatus: string;

  @Field(() => [GuidanceTranslationStateObject])
  translations: GuidanceTranslationStateObject[];

  @Field(() => Int)
  revision: number;

  @Field(() => Boolean)
  published: boolean;

  @Field(() => Boolean)
  pinned: boolean;

  @Field(() => Boolean, { description: 'Whether the caller has confirmed reading the current revision.' })
  readByMe: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Writers: how many people confirmed the current revision.',
  })
  readCount: number | null;

  /** Every translation's text, for the translation field (translators only). */
  translationTexts: GuidanceTranslationTextObject[];

  @Field(() => Date)
  updatedAt: Date;

  @Field(() => Int)
  version: number;
}

@ObjectType('GuidanceRevision')
export class GuidanceRevisionObject {
  @Field(() => Int)
  revision: number;

  @Field(() => String)
  title: string;

  @Field(() => String)
  body: string;

  @Field(() => String)
  bodyHtml: string;

  @Field(() => String)
  sourceLanguage: string;

  @Field(() => String)
  writtenBy: string;

  @Field(() => Date)
  writtenAt: Date;
}

@ObjectType('GuidanceReader', {
  description: 'A team member and the guidance for their next session they have not confirmed.',
})
export class GuidanceReaderObject {
  @Field(() => ID)
  accountId: string;

  @Field(() => String)
  displayName: string;

  @Field(() => String)
  country: string;

  @Field(() => ID, { nullable: true })
  nextSessionId: string | null;

  @Field(() => Date, { nullable: true })
  nextSessionStartsAt: Date | null;

  @Field(() => [ID])
  unreadNoteIds: string[];
}
