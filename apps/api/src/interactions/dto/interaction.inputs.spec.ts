import 'reflect-metadata';
import { DURATION_MINUTES_MAX, NOTES_MAX, SUMMARY_EN_MAX, YOUNG_PEOPLE_MAX } from '@empact/domain';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { InteractionContentInput } from './interaction.inputs';

const valid = {
  channel: 'PUBLIC_CHAT',
  occurredAt: new Date('2026-11-25T18:00:00Z'),
  durationMinutes: 5,
  youngPeople: 1,
  ageBand: 'UNKNOWN',
  topics: ['BULLYING'],
  initiatedBy: 'YOUNG_PERSON',
  tone: 'NEUTRAL',
  outcome: 'CONVERSATION_ONLY',
  notes: 'Talked about school.',
  notesLanguage: 'nb',
  summaryEn: null,
};

/** The fields the API refuses in an entry, as the admin app's form bounds them too (@empact/domain). */
const refused = (change: Partial<typeof valid> | Record<string, unknown>) =>
  validateSync(plainToInstance(InteractionContentInput, { ...valid, ...change })).map(
    (error) => error.property,
  );

describe(InteractionContentInput.name, () => {
  it('takes an entry at the bounds the quick-log form allows', () => {
    expect(
      refused({
        youngPeople: YOUNG_PEOPLE_MAX,
        durationMinutes: DURATION_MINUTES_MAX,
        notes: 'x'.repeat(NOTES_MAX),
        summaryEn: 'x'.repeat(SUMMARY_EN_MAX),
      }),
    ).toEqual([]);
    expect(refused({ youngPeople: 1, durationMinutes: 0 })).toEqual([]);
  });

  it('refuses one young person too many or too few, and one minute too long', () => {
    expect(refused({ youngPeople: YOUNG_PEOPLE_MAX + 1 })).toEqual(['youngPeople']);
    expect(refused({ youngPeople: 0 })).toEqual(['youngPeople']);
    expect(refused({ durationMinutes: DURATION_MINUTES_MAX + 1 })).toEqual(['durationMinutes']);
    expect(refused({ durationMinutes: -1 })).toEqual(['durationMinutes']);
  });

  it('refuses notes and a summary one character too long', () => {
    expect(refused({ notes: 'x'.repeat(NOTES_MAX + 1) })).toEqual(['notes']);
    expect(refused({ summaryEn: 'x'.repeat(SUMMARY_EN_MAX + 1) })).toEqual(['summaryEn']);
  });

  it('holds the limits the people who log were told', () => {
    expect([YOUNG_PEOPLE_MAX, DURATION_MINUTES_MAX, NOTES_MAX, SUMMARY_EN_MAX]).toEqual([
      100, 600, 4000, 500,
    ]);
  });
});
