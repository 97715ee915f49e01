import { describe, expect, it } from '@jest/globals';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { mutationProblems } from './mutation-errors';

const refusal = (extensions: Record<string, unknown>) =>
  new CombinedError({ graphQLErrors: [new GraphQLError('Refused', { extensions })] });

describe('mutationProblems', () => {
  it('reads the roster fields a refusal is at', () => {
    const [problem] = mutationProblems(
      refusal({
        code: 'BAD_USER_INPUT',
        field: 'rosters',
        fields: [
          { country: 'FI', field: 'operatorOneId', position: 'OPERATOR_ONE' },
          { country: 'FI', field: 'teamLeaderId', position: 'TEAM_LEADER' },
          // Anything else is not a field of the form and is left out.
          { country: 'FI', field: 'password' },
          'teamLeaderId',
        ],
      }),
      'network',
    );
    expect(problem).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rosters', message: 'Refused' });
    expect(problem.rosterFields).toEqual([
      { country: 'FI', field: 'operatorOneId', position: 'OPERATOR_ONE' },
      { country: 'FI', field: 'teamLeaderId', position: 'TEAM_LEADER' },
    ]);
  });

  it('has no roster fields for a refusal that names none, nor for a network failure', () => {
    expect(mutationProblems(refusal({ code: 'SCHEDULE_CONFLICT' }), 'network')[0].rosterFields).toEqual([]);
    expect(mutationProblems(new CombinedError({ networkError: new Error('down') }), 'network')).toEqual([
      { code: undefined, message: 'network', field: undefined, conflicts: [], rosterFields: [] },
    ]);
  });
});
