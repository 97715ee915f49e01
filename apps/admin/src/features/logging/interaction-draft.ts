import type { AgeBand, Channel, Initiator, Outcome, Tone, Topic } from '../../gql/graphql';

/** What the quick-log form holds: the codes of an interaction and its free text, before it gets an id. */
export interface InteractionDraft {
  topics: Topic[];
  ageBand: AgeBand;
  outcome: Outcome;
  channel: Channel;
  initiatedBy: Initiator;
  tone: Tone;
  youngPeople: number;
  durationMinutes: number;
  notes: string;
  notesLanguage: string;
  summaryEn: string;
}

/**
 * The defaults of a quick entry: one young person, who spoke first in a public chat, a neutral short
 * conversation. Most entries then need only a topic, an age band and a line of notes.
 */
export function emptyDraft(notesLanguage: string): InteractionDraft {
  return {
    topics: [],
    ageBand: 'UNKNOWN',
    outcome: 'CONVERSATION_ONLY',
    channel: 'PUBLIC_CHAT',
    initiatedBy: 'YOUNG_PERSON',
    tone: 'NEUTRAL',
    youngPeople: 1,
    durationMinutes: 5,
    notes: '',
    notesLanguage,
    summaryEn: '',
  };
}

/**
 * The language notes start in: the interface language when the country works in it, else the country's first
 * working language (a Belgian operator reading French writes French; one reading English writes Dutch).
 */
export function defaultNotesLanguage(uiLanguage: string, workingLanguages: readonly string[]): string {
  const base = uiLanguage.split('-')[0];
  return (
    workingLanguages.find((tag) => tag === uiLanguage || tag.split('-')[0] === base) ??
    workingLanguages[0] ??
    base
  );
}

/** The content fields the API takes for a new entry and for an edit. */
export function draftContent(draft: InteractionDraft) {
  return {
    topics: draft.topics,
    ageBand: draft.ageBand,
    outcome: draft.outcome,
    channel: draft.channel,
    initiatedBy: draft.initiatedBy,
    tone: draft.tone,
    youngPeople: draft.youngPeople,
    durationMinutes: draft.durationMinutes,
    // Sent as typed, so that the positions of any finding match the field.
    notes: draft.notes,
    notesLanguage: draft.notesLanguage,
    summaryEn: draft.summaryEn.trim() === '' ? null : draft.summaryEn,
  };
}
