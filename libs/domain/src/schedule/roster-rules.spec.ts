import { repeatedPositions, rosterFindings, rosterFromTeam } from './roster-rules';
import { rosterProblems, type RosterPlan } from './schedule-rules';

const roster = (overrides: Partial<RosterPlan> = {}): RosterPlan => ({
  country: 'FI',
  operatorOneId: 'fi-1',
  operatorTwoId: 'fi-2',
  teamLeaderId: 'fi-L',
  profileId: 'fi-profile',
  ...overrides,
});
const countryOf = (id: string) => id.slice(0, 2).toUpperCase();
const empty = { operatorOneId: null, operatorTwoId: null, teamLeaderId: null, profileId: null };

describe('repeatedPositions', () => {
  it('is empty when everyone is named once, or positions are empty', () => {
    expect(repeatedPositions(roster())).toEqual([]);
    expect(repeatedPositions(empty)).toEqual([]);
  });

  it('names both positions of a person named twice', () => {
    expect(repeatedPositions(roster({ teamLeaderId: 'fi-1' }))).toEqual(['OPERATOR_ONE', 'TEAM_LEADER']);
    expect(repeatedPositions(roster({ operatorTwoId: 'fi-1' }))).toEqual(['OPERATOR_ONE', 'OPERATOR_TWO']);
  });

  it('names all three when one person fills every position', () => {
    expect(repeatedPositions(roster({ operatorTwoId: 'fi-1', teamLeaderId: 'fi-1' }))).toEqual([
      'OPERATOR_ONE',
      'OPERATOR_TWO',
      'TEAM_LEADER',
    ]);
  });
});

describe('rosterFindings', () => {
  it('finds nothing wrong with a roster of the country’s own people and profile', () => {
    expect(rosterFindings(roster(), ['FI', 'BE'], countryOf, countryOf)).toEqual([]);
  });

  it('points at the fields of the person named twice', () => {
    expect(rosterFindings(roster({ operatorTwoId: 'fi-L' }), ['FI'], countryOf, countryOf)).toEqual([
      {
        problem: 'SAME_PERSON_TWICE',
        fields: [
          { country: 'FI', field: 'operatorTwoId', position: 'OPERATOR_TWO' },
          { country: 'FI', field: 'teamLeaderId', position: 'TEAM_LEADER' },
        ],
      },
    ]);
  });

  it('points at the positions of people of another country, and at a foreign profile', () => {
    expect(
      rosterFindings(
        roster({ operatorOneId: 'be-1', profileId: 'be-profile' }),
        ['FI'],
        countryOf,
        countryOf,
      ),
    ).toEqual([
      {
        problem: 'PERSON_OF_ANOTHER_COUNTRY',
        fields: [{ country: 'FI', field: 'operatorOneId', position: 'OPERATOR_ONE' }],
      },
      { problem: 'PROFILE_OF_ANOTHER_COUNTRY', fields: [{ country: 'FI', field: 'profileId' }] },
    ]);
  });

  it('treats an unknown person (disabled, or no such account) as not the country’s', () => {
    const [finding] = rosterFindings(roster(), ['FI'], (id) => (id === 'fi-2' ? undefined : 'FI'), countryOf);
    expect(finding).toEqual({
      problem: 'PERSON_OF_ANOTHER_COUNTRY',
      fields: [{ country: 'FI', field: 'operatorTwoId', position: 'OPERATOR_TWO' }],
    });
  });

  it('refuses the roster of a country that takes no part, as a whole', () => {
    expect(rosterFindings(roster(), ['BE'], countryOf, countryOf)).toEqual([
      { problem: 'COUNTRY_NOT_TAKING_PART', fields: [] },
    ]);
  });

  it('is what rosterProblems lists', () => {
    expect(
      rosterProblems(roster({ teamLeaderId: 'fi-1', profileId: 'be-p' }), ['FI'], countryOf, countryOf),
    ).toEqual(['SAME_PERSON_TWICE', 'PROFILE_OF_ANOTHER_COUNTRY']);
  });
});

describe('rosterFromTeam', () => {
  const team = [
    { id: 'op-a', roles: ['OPERATOR'] },
    { id: 'lead', roles: ['TEAM_LEADER'] },
    { id: 'op-b', roles: ['OPERATOR'] },
    { id: 'op-c', roles: ['OPERATOR'] },
  ];

  it('puts the team leader in the leader’s field and the operators in order', () => {
    expect(rosterFromTeam(empty, team)).toEqual({
      operatorOneId: 'op-a',
      operatorTwoId: 'op-b',
      teamLeaderId: 'lead',
      profileId: null,
    });
  });

  it('never overwrites a choice, and puts nobody in a second position', () => {
    expect(rosterFromTeam({ ...empty, operatorOneId: 'op-b' }, team)).toEqual({
      operatorOneId: 'op-b',
      operatorTwoId: 'op-a',
      teamLeaderId: 'lead',
      profileId: null,
    });
    expect(rosterFromTeam({ ...empty, teamLeaderId: 'op-a', operatorTwoId: 'x' }, team)).toEqual({
      operatorOneId: 'op-b',
      operatorTwoId: 'x',
      teamLeaderId: 'op-a',
      profileId: null,
    });
  });

  it('leaves a field emptied on purpose empty', () => {
    expect(rosterFromTeam(empty, team, ['operatorTwoId', 'teamLeaderId'])).toEqual({
      ...empty,
      operatorOneId: 'op-a',
    });
  });

  it('fills what it can from a small team, and nothing from none', () => {
    expect(rosterFromTeam(empty, [{ id: 'op-a', roles: ['OPERATOR'] }])).toEqual({
      ...empty,
      operatorOneId: 'op-a',
    });
    expect(rosterFromTeam(empty, [])).toEqual(empty);
  });

  it('lets someone who both leads and operates lead, not operate as well', () => {
    expect(rosterFromTeam(empty, [{ id: 'both', roles: ['OPERATOR', 'TEAM_LEADER'] }, team[0]])).toEqual({
      ...empty,
      teamLeaderId: 'both',
      operatorOneId: 'op-a',
    });
  });
});
