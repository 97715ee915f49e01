import { can, LOCALES } from '@empact/domain';
import { Args, ArgsType, Field, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsIn } from 'class-validator';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { IdArgs } from '../common/dto/id.args';
import { SessionIdArgs } from '../interactions/interaction.resolver';
import { WeekIdArgs } from '../patrol-sessions/dto/week-id.args';
import {
  ConfirmGuidanceReadArgs,
  FlagGuidanceArgs,
  GuidanceNoteArgs,
  GuidanceNotesArgs,
  TranslateGuidanceNoteInput,
  WriteGuidanceNoteInput,
} from './dto/guidance.inputs';
import {
  GuidanceNoteObject,
  GuidanceReaderObject,
  GuidanceRevisionObject,
  GuidanceTranslationTextObject,
} from './dto/guidance.object';
import { GuidanceService } from './guidance.service';

@ArgsType()
class TranslationArgs {
  @Field(() => String)
  @IsIn(LOCALES)
  language: string;
}

@Resolver(() => GuidanceNoteObject)
export class GuidanceResolver {
  constructor(private readonly guidance: GuidanceService) {}

  @Query(() => [GuidanceNoteObject], {
    description: 'The guidance library of a week, pinned first, in the requested language where translated.',
  })
  guidanceNotes(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { filter }: GuidanceNotesArgs,
  ): Promise<GuidanceNoteObject[]> {
    return this.guidance.list(actor, filter);
  }

  @Query(() => GuidanceNoteObject)
  guidanceNote(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { id, language }: GuidanceNoteArgs,
  ): Promise<GuidanceNoteObject> {
    return this.guidance.get(actor, id, language);
  }

  @Query(() => [GuidanceRevisionObject], { description: 'Every revision of a note, newest first.' })
  guidanceRevisions(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { id }: IdArgs,
  ): Promise<GuidanceRevisionObject[]> {
    return this.guidance.revisions(actor, id);
  }

  @Query(() => [GuidanceReaderObject], {
    description: 'Coordinators: who has not confirmed the guidance for their next session.',
  })
  guidanceReaders(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { weekId }: WeekIdArgs,
  ): Promise<GuidanceReaderObject[]> {
    return this.guidance.readers(actor, weekId);
  }

  @Query(() => [GuidanceNoteObject], {
    description: 'The guidance for a session the caller has not confirmed yet.',
  })
  unreadGuidance(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { sessionId }: SessionIdArgs,
  ): Promise<GuidanceNoteObject[]> {
    return this.guidance.unreadForSession(actor, sessionId);
  }

  @Mutation(() => GuidanceNoteObject, {
    description: 'Writes a new note, or a new revision of one (coordinators).',
  })
  writeGuidanceNote(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('input') input: WriteGuidanceNoteInput,
  ): Promise<GuidanceNoteObject> {
    return this.guidance.write(actor, input);
  }

  @Mutation(() => GuidanceNoteObject, {
    description: 'Saves a translation, as a draft or as current, made from the note’s current revision.',
  })
  translateGuidanceNote(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('input') input: TranslateGuidanceNoteInput,
  ): Promise<GuidanceNoteObject> {
    return this.guidance.translate(actor, input);
  }

  @Mutation(() => GuidanceNoteObject, { description: 'Publishes (true) or unpublishes (false) a note.' })
  publishGuidanceNote(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { id, value }: FlagGuidanceArgs,
  ): Promise<GuidanceNoteObject> {
    return this.guidance.setFlag(actor, id, 'published', value);
  }

  @Mutation(() => GuidanceNoteObject, {
    description: 'Pins (true) or unpins (false) a note at the top of the library.',
  })
  pinGuidanceNote(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { id, value }: FlagGuidanceArgs,
  ): Promise<GuidanceNoteObject> {
    return this.guidance.setFlag(actor, id, 'pinned', value);
  }

  @Mutation(() => GuidanceNoteObject, {
    description: 'Confirms reading a published note, once per person, note and revision.',
  })
  confirmGuidanceRead(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { noteId, language }: ConfirmGuidanceReadArgs,
  ): Promise<GuidanceNoteObject> {
    return this.guidance.confirmRead(actor, noteId, language);
  }

  @ResolveField(() => GuidanceTranslationTextObject, {
    nullable: true,
    description: 'Translators: the text of a translation as saved, drafts included.',
  })
  translation(
    @Parent() note: GuidanceNoteObject,
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { language }: TranslationArgs,
  ): GuidanceTranslationTextObject | null {
    if (!can(actor, 'guidance.translate')) return null;
    return note.translationTexts.find((t) => t.language === language) ?? null;
  }
}
