import type { Position, RosterPlan, RosterProblem } from './schedule-rules';

/** The fields of a roster that name a person, by the position each one fills. */
export const POSITION_FIELDS = {
  OPERATOR_ONE: 'operatorOneId',
  OPERATOR_TWO: 'operatorTwoId',
  TEAM_LEADER: 'teamLeaderId',
} as const satisfies Record<Position, keyof RosterPlan>;
export type PersonField = (typeof POSITION_FIELDS)[Position];
/** A field of a roster: one of the three positions, or the police profile Operator One uses. */
export type RosterField = PersonField | 'profileId';

const PEOPLE: readonly Position[] = ['OPERATOR_ONE', 'OPERATOR_TWO', 'TEAM_LEADER'];

/** A field of one country's roster that a problem is about: what a form marks and what the API names. */
export interface RosterFieldRef {
  country: string;
  field: RosterField;
  /** The position, for the fields that name a person. */
  position?: Position;
}

export interface RosterFinding {
  problem: RosterProblem;
  /** The fields the problem is at, in the order of the form; empty when it is about the roster as a whole. */
  fields: RosterFieldRef[];
}

const personRef = (country: string, position: Position): RosterFieldRef => ({
  country,
  field: POSITION_FIELDS[position],
  position,
});

/**
 * The positions whose person also fills another position of the same roster: both (or all three) of them, so that a
 * form marks every field involved. Empty when everyone is named once.
 */
export function repeatedPositions(roster: Omit<RosterPlan, 'country'>): Position[] {
  return PEOPLE.filter((position) => {
    const id = roster[POSITION_FIELDS[position]];
    return !!id && PEOPLE.some((other) => other !== position && roster[POSITION_FIELDS[other]] === id);
  });
}

/**
 * What is wrong with a roster, each problem with the fields it is at: the country must take part in the session,
 * every person and the profile must be the country's own, and nobody fills two positions.
 */
export function rosterFindings(
  roster: RosterPlan,
  sessionCountries: readonly string[],
  countryOfPerson: (id: string) => string | null | undefined,
  countryOfProfile: (id: string) => string | null | undefined,
): RosterFinding[] {
  const findings: RosterFinding[] = [];
  const { country } = roster;
  if (!sessionCountries.includes(country)) findings.push({ problem: 'COUNTRY_NOT_TAKING_PART', fields: [] });
  const foreign = PEOPLE.filter((position) => {
    const id = roster[POSITION_FIELDS[position]];
    return !!id && countryOfPerson(id) !== country;
  });
  if (foreign.length > 0)
    findings.push({
      problem: 'PERSON_OF_ANOTHER_COUNTRY',
      fields: foreign.map((position) => personRef(country, position)),
    });
  const repeated = repeatedPositions(roster);
  if (repeated.length > 0)
    findings.push({
      problem: 'SAME_PERSON_TWICE',
      fields: repeated.map((position) => personRef(country, position)),
    });
  if (roster.profileId && countryOfProfile(roster.profileId) !== country)
    findings.push({ problem: 'PROFILE_OF_ANOTHER_COUNTRY', fields: [{ country, field: 'profileId' }] });
  return findings;
}

/** A member of a country's team as the roster's pre-filling reads it. */
export interface TeamMember {
  id: string;
  roles: readonly string[];
}

/**
 * The roster with its empty positions filled from the country's team: its team leader in the team leader's field and
 * its operators, in the order given, in Operator One's and Operator Two's. A position already filled stays as it is,
 * a position named in `keep` (one the person emptied on purpose) stays empty, and nobody is put in a second position.
 */
export function rosterFromTeam<R extends Omit<RosterPlan, 'country'>>(
  roster: R,
  team: readonly TeamMember[],
  keep: readonly PersonField[] = [],
): R {
  const filled: R = { ...roster };
  const placed = new Set(
    PEOPLE.map((position) => roster[POSITION_FIELDS[position]]).filter((id): id is string => !!id),
  );
  const fill = (field: PersonField, candidates: readonly TeamMember[]) => {
    if (filled[field] || keep.includes(field)) return;
    const next = candidates.find((member) => !placed.has(member.id));
    if (!next) return;
    filled[field] = next.id as R[PersonField];
    placed.add(next.id);
  };
  const leaders = team.filter((member) => member.roles.includes('TEAM_LEADER'));
  const operators = team.filter((member) => member.roles.includes('OPERATOR'));
  // The team leader first, so that someone who both leads and operates leads.
  fill('teamLeaderId', leaders);
  fill('operatorOneId', operators);
  fill('operatorTwoId', operators);
  return filled;
}
