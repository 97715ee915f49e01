import { describeError, describeErrorWithStack, redactMessage } from './redact';
import { statementText } from './typeorm-logger';

/** A database error as pg and TypeORM give it: the row in `detail`, a value quoted in the message. */
function databaseError(message: string, fields: Record<string, unknown>): Error {
  return Object.assign(new Error(message), { name: 'QueryFailedError', ...fields });
}

describe('redact', () => {
  it('keeps the constraint and the SQLSTATE of a failed statement, never the row or a value', () => {
    const error = databaseError(
      'new row for relation "debrief" violates check constraint "debrief_wellbeing_score_check"',
      {
        code: '23514',
        constraint: 'debrief_wellbeing_score_check',
        table: 'debrief',
        detail: 'Failing row contains (…, Matti Virtanen soitti numerosta 040 123 4567, …).',
        parameters: ['Matti Virtanen soitti numerosta 040 123 4567'],
      },
    );
    const line = describeErrorWithStack(error);
    expect(line).toContain('violates check constraint "debrief_wellbeing_score_check"');
    expect(line).toContain('SQLSTATE 23514');
    expect(line).not.toMatch(/Matti|040 123/);
  });

  it('masks a value the database quotes in its message', () => {
    const error = databaseError('invalid input syntax for type uuid: "kari.hansen@gmail.com"', {
      code: '22P02',
    });
    expect(describeError(error)).toBe(
      'QueryFailedError: invalid input syntax for type uuid: "…" (SQLSTATE 22P02)',
    );
    expect(
      redactMessage(
        'Key (platform_code)=(kari.hansen) is not present in table "platform".',
        new Set(['platform']),
      ),
    ).toBe('Key (platform_code)=(…) is not present in table "platform".');
  });

  it('prints a statement without its string literals', () => {
    expect(statementText(`UPDATE interaction SET notes = 'Ring 412 34 567' WHERE id = $1`)).toBe(
      `UPDATE interaction SET notes = '…' WHERE id = $1`,
    );
  });
});
