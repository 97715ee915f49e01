import { LOCALES, PLAN_IMPORT_COLUMNS } from '@empact/domain';
import fc from 'fast-check';
import type { GraphQLNamedType } from 'graphql';
import { DEMO_PASSWORD } from '../test-app';
import type { Hints } from './schema-arbitraries';
import { anyString, dayShaped, idVariantsOf } from './values';
import { ACCOUNTS, daysAround, PoolName, RoleName, World } from './world';

/**
 * What the fuzz test knows about each root field beyond its types: who may succeed (they are tried more often),
 * which real records an `id` stands for, and what to put back after a run. Every mutation of the schema needs a
 * plan: the test fails for one without, so that a new mutation cannot go unfuzzed.
 */
export interface FieldPlan {
  /** Roles that may succeed; they get more runs. */
  owners: readonly RoleName[];
  /** Callable without signing in (@Public). */
  public?: boolean;
  /** The pool of real records an argument stands for, by path ('id', 'input.id'), where its name says too little. */
  ids?: Record<string, PoolName>;
  /** Arbitraries by path for what neither the type nor the name tells. */
  custom?: Record<string, (world: World) => fc.Arbitrary<unknown>>;
  /**
   * Counterexamples fuzzing has found, kept as inputs the owners always try first, so that the defect stays covered
   * whatever the seed (and its fix is seen to hold).
   */
  examples?: (world: World) => Record<string, unknown>[];
  /** Share of the usual runs, for fields whose every call hashes a password (slow by design). */
  share?: number;
  /** Runs after the others: it uses up or closes records that other fields reach for. */
  late?: boolean;
  /** Sign-in fields: each request from its own address, so that the per-address limit does not hide the rest. */
  spreadAddresses?: boolean;
  /** Makes generated variables agree with each other now and then (an end after the start), to pass the rules. */
  tweak?: (variables: Record<string, unknown>, world: World) => fc.Arbitrary<Record<string, unknown>>;
  /** Puts back what a run may have changed about a caller (their language, the admin's own account). */
  restore?: (world: World, role: RoleName) => Promise<void>;
}

/** Sometimes sets `endsAt` to 15 minutes to 5 hours after `startsAt`, as a planner would. */
function sessionTimes(variables: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const input = variables.input as Record<string, unknown> | undefined;
  const start = typeof input?.startsAt === 'string' ? Date.parse(input.startsAt) : NaN;
  // At the edge of what a Date holds (+275760-09-13) no later end exists.
  if (!input || Number.isNaN(start) || Number.isNaN(new Date(start + 20 * 900_000).getTime()))
    return fc.constant(variables);
  return fc.oneof(
    fc.constant(variables),
    fc.integer({ min: 1, max: 20 }).map((q) => ({
      ...variables,
      input: { ...input, endsAt: new Date(start + q * 900_000).toISOString() },
    })),
  );
}

/**
 * A plan file's arguments: a CSV with the template's header and rows of fuzzed cells (dates and times mostly well
 * formed), or any bytes under any name, so that the readers of both kinds meet what a person's file may hold.
 */
const planCell = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom('2026-11-16', '09:00', '11:30', 'DISCORD', 'NO, BE', 'FI', 'Server'),
  },
  { weight: 1, arbitrary: anyString },
);
const planFileArgs: FieldPlan['custom'] = {
  fileName: () => fc.oneof(fc.constantFrom('plan.csv', 'plan.xlsx', 'Plan.CSV'), anyString),
  contentBase64: () =>
    fc.oneof(
      fc
        .array(fc.array(planCell, { minLength: 8, maxLength: 8 }), { maxLength: 4 })
        .map((rows) =>
          Buffer.from(
            [
              PLAN_IMPORT_COLUMNS.join(','),
              ...rows.map((cells) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')),
            ].join('\r\n'),
          ).toString('base64'),
        ),
      fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('base64')),
      fc
        .uint8Array({ maxLength: 200 })
        .map((bytes) => Buffer.concat([Buffer.from('PK\x03\x04'), bytes]).toString('base64')),
    ),
};

/** The guide is a coordinator of the host country: mostly the demo's, sometimes anyone. */
const hostGuide = (world: World) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(world.self.coordinator) }, idVariantsOf(world.pools.accounts));

/** Session times as a planner sets them, and sometimes one or two distinct countries of the live week. */
function sessionPlan(variables: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  return sessionTimes(variables).chain((timed) => {
    const input = timed.input as Record<string, unknown> | undefined;
    if (!input) return fc.constant(timed);
    return fc.oneof(
      fc.constant(timed),
      fc
        .subarray(['NO', 'BE', 'NL', 'IS', 'FI'], { minLength: 1, maxLength: 2 })
        .map((countries) => ({ ...timed, input: { ...input, countries, rosters: null } })),
    );
  });
}

/** Sometimes sets `lastDay` to 0 to 6 days after `firstDay`. */
function weekDays(variables: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const input = variables.input as Record<string, unknown> | undefined;
  if (!input || typeof input.firstDay !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(input.firstDay))
    return fc.constant(variables);
  const first = Date.parse(`${input.firstDay}T00:00:00Z`);
  if (Number.isNaN(first)) return fc.constant(variables);
  return fc.oneof(
    fc.constant(variables),
    fc.integer({ min: 0, max: 6 }).map((d) => ({
      ...variables,
      input: { ...input, lastDay: new Date(first + d * 86_400_000).toISOString().slice(0, 10) },
    })),
  );
}

const COORDINATOR = ['coordinator'] as const;
const TEAM = ['leader', 'operator'] as const;
const SIGNED_IN = ['admin', 'coordinator', 'leader', 'operator', 'liaison'] as const;

/** Sets the caller's interface language back to the demo's, so that the next refusal is expected in it. */
async function restoreLanguage(world: World, role: RoleName): Promise<void> {
  if (role === 'anonymous') return;
  await world.t.gql(
    'mutation ($l: String!) { setMyLanguage(language: $l) { id } }',
    { l: ACCOUNTS[role].language },
    {
      token: world.tokens[role],
    },
  );
}

/** No week requires two-step sign-in of its team members again (the fuzzing team has none set up). */
async function unrequireTwoFactor(world: World): Promise<void> {
  await world.t.dataSource.query(
    'UPDATE action_week SET require_two_factor = false WHERE require_two_factor',
  );
}

/** The admin may edit their own account (and is refused removing their own admin role): put it back. */
async function restoreAdmin(world: World, role: RoleName): Promise<void> {
  if (role !== 'admin') return;
  const res = await world.t.gql(
    'mutation ($input: UpdateAccountInput!) { updateAccount(input: $input) { id } }',
    {
      input: {
        id: world.self.admin,
        roles: ['ADMIN'],
        language: 'en',
        country: null,
        displayName: 'Platform Administrator',
      },
    },
    { token: world.tokens.admin },
  );
  if (res.errors) throw new Error(`fuzz: could not restore the admin account: ${JSON.stringify(res.errors)}`);
}

export const MUTATION_PLANS: Record<string, FieldPlan> = {
  // Two-step sign-in: a team member's enrolment begins (and is then confirmed with a code nobody can guess); the
  // others need a current code, which fuzzing never has. Late: every wrong code counts as a failed sign-in.
  beginTwoFactorEnrolment: { owners: TEAM, late: true },
  confirmTwoFactorEnrolment: { owners: TEAM, late: true },
  disableTwoFactor: { owners: TEAM, late: true },
  regenerateTwoFactorRecoveryCodes: { owners: COORDINATOR, late: true },
  resetTwoFactor: { owners: ['admin'], ids: { id: 'victims' }, late: true },
  // A week that requires it would leave the fuzzing team members able only to enrol: put every week back after a run.
  setActionWeekTwoFactor: {
    owners: COORDINATOR,
    ids: { id: 'planningWeeks' },
    late: true,
    restore: unrequireTwoFactor,
  },
  addPlatform: { owners: COORDINATOR, examples: () => [{ name: 'a\u0000b' }] },
  assignRoster: { owners: ['coordinator', 'leader'], ids: { 'input.sessionId': 'plannedSessions' } },
  cancelPatrolSession: { owners: COORDINATOR, ids: { id: 'plannedSessions' }, late: true },
  commentDebrief: {
    owners: COORDINATOR,
    ids: { id: 'debriefs' },
    examples: (world) => [{ id: world.pools.debriefs[0], body: 'a\u0000b' }],
  },
  confirmGuidanceRead: { owners: TEAM },
  createAccount: { owners: ['admin'] },
  createActionWeek: {
    owners: COORDINATOR,
    tweak: weekDays,
    examples: () =>
      ['0000-00-00', '9999-99-99'].map((firstDay, i) => ({
        input: {
          code: `FUZZ-DAY-${i}`,
          title: 'Impossible first day',
          hostCountry: 'NO',
          firstDay,
          lastDay: '2026-11-15',
          timeZone: 'Europe/Oslo',
          countries: [{ country: 'NO', languages: ['en'] }],
        },
      })),
  },
  createCalendarFeed: { owners: ['coordinator', 'leader', 'operator'] },
  deleteInteraction: { owners: TEAM, ids: { id: 'interactions' }, late: true },
  endPatrolSession: { owners: ['coordinator', 'leader'], ids: { id: 'plannedSessions' }, late: true },
  importPlan: { owners: COORDINATOR, ids: { weekId: 'planningWeeks' }, custom: planFileArgs },
  logInteraction: {
    owners: TEAM,
    ids: { 'input.sessionId': 'liveSessions' },
    custom: {
      // Mostly new client ids, so that entries get stored; sometimes one that exists.
      'input.id': (world) =>
        fc.oneof({ weight: 4, arbitrary: fc.uuid() }, idVariantsOf(world.pools.interactions)),
      'input.notesLanguage': () => FINNISH_TEAM_LANGUAGES,
    },
  },
  login: { owners: ['anonymous'], public: true, spreadAddresses: true, share: 0.5 },
  logout: { owners: ['anonymous'], public: true, late: true },
  pinGuidanceNote: { owners: COORDINATOR, ids: { id: 'notes' } },
  publishGuidanceNote: { owners: COORDINATOR, ids: { id: 'notes' } },
  raiseReferral: { owners: TEAM },
  refreshSession: { owners: ['anonymous'], public: true, spreadAddresses: true },
  registerPoliceProfile: { owners: ['coordinator', 'leader'] },
  reschedulePatrolSession: {
    owners: COORDINATOR,
    ids: { 'input.id': 'plannedSessions' },
    custom: { 'input.guideId': hostGuide },
    tweak: sessionTimes,
  },
  revokeCalendarFeed: { owners: SIGNED_IN, ids: { id: 'feeds' }, late: true },
  saveDebrief: {
    owners: ['leader'],
    ids: { 'input.sessionId': 'endedSessions' },
    custom: { 'input.language': () => FINNISH_TEAM_LANGUAGES },
  },
  saveWeekReport: { owners: COORDINATOR },
  schedulePatrolSession: {
    owners: COORDINATOR,
    custom: {
      'input.weekId': (world) =>
        fc.oneof({ weight: 3, arbitrary: fc.constant(world.liveWeekId) }, idVariantsOf(world.pools.weeks)),
      'input.guideId': hostGuide,
    },
    tweak: sessionPlan,
    examples: (world) => {
      const startsAt = Math.round(world.now / 3600_000) * 3600_000 + 26 * 3600_000;
      return [
        {
          input: {
            weekId: world.liveWeekId,
            countries: ['NL'],
            platform: '\u0000',
            venue: 'Fuzz',
            startsAt: new Date(startsAt).toISOString(),
            endsAt: new Date(startsAt + 3600_000).toISOString(),
          },
        },
      ];
    },
  },
  setAccountDisabled: { owners: ['admin'], ids: { id: 'victims' }, late: true },
  setAccountPassword: { owners: ['admin'], ids: { id: 'victims' }, late: true, share: 0.5 },
  setActionWeekStatus: { owners: COORDINATOR, ids: { id: 'planningWeeks' } },
  setMyLanguage: { owners: SIGNED_IN, restore: restoreLanguage },
  setNotesSharing: { owners: ['leader'] },
  setReferralStatus: { owners: ['leader', 'coordinator'], ids: { id: 'referrals' } },
  startPatrolSession: { owners: ['coordinator', 'leader'], ids: { id: 'plannedSessions' } },
  submitDebrief: { owners: ['leader'], ids: { id: 'debriefs' } },
  translateGuidanceNote: {
    owners: COORDINATOR,
    examples: (world) => [
      {
        input: {
          noteId: world.pools.notes[0],
          language: 'fr',
          title: 'Fuzz',
          body: '\u0000',
          status: 'CURRENT',
        },
      },
    ],
  },
  updateAccount: {
    owners: ['admin'],
    ids: { 'input.id': 'victims' },
    custom: { 'input.id': (world) => idVariantsOf([...world.pools.victims, world.self.admin]) },
    restore: restoreAdmin,
    examples: (world) => [
      { input: { id: world.pools.victims[0], language: null } },
      { input: { id: world.pools.victims[1], displayName: null } },
    ],
  },
  // The planning weeks' set-up, with the same rules as a new week (the version is mostly stale: CONFLICT).
  updateActionWeek: { owners: COORDINATOR, ids: { 'input.id': 'planningWeeks' }, tweak: weekDays },
  copyWeekPlan: { owners: COORDINATOR, ids: { fromWeekId: 'weeks', toWeekId: 'planningWeeks' } },
  suspendPoliceProfile: { owners: ['coordinator', 'leader'], ids: { id: 'profiles' } },
  reactivatePoliceProfile: { owners: ['coordinator', 'leader'], ids: { id: 'profiles' } },
  retirePoliceProfile: { owners: ['coordinator', 'leader'], ids: { id: 'profiles' }, late: true },
  updateInteraction: {
    owners: TEAM,
    ids: { 'input.id': 'interactions' },
    custom: { 'input.notesLanguage': () => FINNISH_TEAM_LANGUAGES },
  },
  updatePoliceProfile: {
    owners: ['coordinator', 'leader'],
    ids: { 'input.id': 'profiles' },
    examples: (world) => [
      { input: { id: world.pools.profiles[0], version: 1, status: null } },
      { input: { id: world.pools.profiles[1], version: 1, safetyNotes: null } },
      { input: { id: world.pools.profiles[2], version: 1, displayName: null } },
    ],
  },
  writeGuidanceNote: { owners: COORDINATOR, ids: { 'input.id': 'notes' } },
};

/** Queries that take free input: filters, days, cursors, languages. */
export const QUERY_PLANS: Record<string, FieldPlan> = {
  previewPlanImport: { owners: COORDINATOR, ids: { weekId: 'planningWeeks' }, custom: planFileArgs },
  outcomes: { owners: ['coordinator', 'liaison'] },
  interactions: { owners: ['coordinator', 'leader', 'operator'] },
  schedule: {
    owners: ['coordinator', 'leader', 'operator'],
    examples: (world) => [
      { weekId: world.liveWeekId, filter: { day: '0000-00-00' } },
      { weekId: world.liveWeekId, filter: { day: '9999-99-99' } },
      { weekId: world.liveWeekId, filter: { platform: '\u0000' } },
    ],
  },
  accounts: { owners: ['admin', 'coordinator', 'leader'] },
  guidanceNotes: { owners: ['coordinator', 'operator'] },
  policeProfiles: {
    owners: ['coordinator', 'leader'],
    examples: () => [{ filter: { platform: 'a\u0000b' } }],
  },
  referrals: { owners: ['coordinator', 'leader'] },
  debriefDigest: { owners: ['coordinator', 'liaison'] },
  taxonomy: { owners: SIGNED_IN },
};

// ---------------------------------------------------------------------------------------------------------------
// Hints: realistic values by argument or field name, mixed with the generic ones of the type.

/** Mostly values the API takes, sometimes near misses: a realistic value should usually pass validation. */
const mostly = <T>(valid: readonly T[], nearMisses: readonly T[]): fc.Arbitrary<T> =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...valid) },
    { weight: 1, arbitrary: fc.constantFrom(...nearMisses) },
  );

const COUNTRIES = mostly(['NO', 'BE', 'NL', 'IS', 'FI'], ['SE', 'DE', 'EE', 'XX', 'no', 'Fi', 'NOR', '']);
const LANGUAGES = mostly(LOCALES, ['xx', 'fi-FI', 'sv-FI', 'nb-NO', 'EN', 'no', 'zz-Latn-001', 'de-CH-1901']);
const FINNISH_TEAM_LANGUAGES = mostly(['fi', 'sv'], ['en', 'nb', 'fi-FI', 'FI', 'x']);
const TIME_ZONES = mostly(
  ['Europe/Oslo', 'Europe/Helsinki', 'Atlantic/Reykjavik', 'Europe/Brussels', 'UTC'],
  ['Etc/GMT+14', 'Etc/GMT-14', 'europe/oslo', 'Mars/Olympus_Mons', 'Europe/Oslo ', '+01:00', 'Z', 'EST5EDT'],
);

/** Texts a team could write, some with what the identifier check must catch. */
const TEXTS = [
  'Nuoret kysyivät pelitilin suojaamisesta.',
  'Tre ungdommer spurte om hvordan de sikrer kontoen sin.',
  'Three young people asked how to report a scam.',
  'Hän pyysi soittamaan numeroon 412 34 567.',
  'Skriv til meg på ola.nordmann@example.no',
  'Brukernavnet hans er @gamerkid2011',
  'See https://discord.gg/abcdef',
  '**Bold** _markdown_ with a [link](https://politiet.no) and `code`',
  '# Heading\n\n- one\n- two\n\n<script>alert(1)</script>',
];

const NAMES = ['Fuzz', 'Roblox Nordic', 'Politiet · Fuzz', 'Poliisi Fuzz', 'A', 'Å', 'Ingrid Berg (Kripos)'];

/** Arbitraries for the names that tell what a String or ID argument is. */
function byName(world: World): Record<string, { type: string; arbitrary: () => fc.Arbitrary<unknown> }> {
  const { pools, now } = world;
  const ids = (pool: PoolName) => () => idVariantsOf(pools[pool]);
  const text = () =>
    fc.oneof(fc.constantFrom(...TEXTS), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }));
  const name = () =>
    fc.oneof(fc.constantFrom(...NAMES), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 30 }));
  const minutes = (from: number, to: number) => () =>
    fc.integer({ min: from, max: to }).map((m) => new Date(now + m * 60_000).toISOString());
  const entries: [string[], string, () => fc.Arbitrary<unknown>][] = [
    [['weekId'], 'ID', ids('weeks')],
    [['sessionId', 'scopeSessionId'], 'ID', ids('sessions')],
    [['interactionId'], 'ID', ids('interactions')],
    [['noteId'], 'ID', ids('notes')],
    [['debriefIds'], 'ID', ids('debriefs')],
    [['profileId'], 'ID', ids('profiles')],
    [['guideId', 'operatorOneId', 'operatorTwoId', 'teamLeaderId'], 'ID', ids('accounts')],
    [['country', 'hostCountry', 'scopeCountry', 'countries'], 'String', () => COUNTRIES],
    [['language', 'notesLanguage', 'sourceLanguage', 'languages'], 'String', () => LANGUAGES],
    [
      ['platform', 'scopePlatform'],
      'String',
      () => mostly(pools.platforms, ['NOT_A_PLATFORM', 'discord', 'Discord']),
    ],
    [
      ['firstDay', 'lastDay', 'day'],
      'String',
      () =>
        fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...daysAround(pools.days)) },
          { weight: 1, arbitrary: dayShaped },
        ),
    ],
    [['timeZone'], 'String', () => TIME_ZONES],
    [
      ['email', 'search'],
      'String',
      () =>
        fc.oneof(
          fc.constantFrom(
            ...Object.values(ACCOUNTS).map((a) => a.email),
            'ADMIN@EMPACT.TEST',
            ' admin@empact.test ',
            'admin@',
          ),
          fc.emailAddress(),
        ),
    ],
    [
      ['password'],
      'String',
      () =>
        fc.oneof(
          fc.constantFrom(DEMO_PASSWORD, 'fuzz-victim-password'),
          fc.string({ minLength: 6, maxLength: 80 }),
        ),
    ],
    [['refreshToken'], 'String', () => fc.constantFrom(...pools.refreshTokens)],
    [
      ['code'],
      'String',
      () =>
        fc.oneof(fc.stringMatching(/^[A-Z0-9][A-Z0-9-]{1,39}$/), fc.constantFrom('FUZZ-LIVE', 'FUZZ-PLAN-1')),
    ],
    [
      ['after'],
      'String',
      () => fc.oneof(fc.constantFrom(...pools.cursors, 'MA==', 'eyJ9', 'bnVsbA', '!!'), anyString),
    ],
    [
      [
        'notes',
        'details',
        'body',
        'summaryEn',
        'whatWorked',
        'challenges',
        'signals',
        'platformObservations',
        'wellbeingText',
      ],
      'String',
      text,
    ],
    [
      [
        'guidanceSuggestions',
        'lessonsLearned',
        'briefing',
        'safetyNotes',
        'note',
        'reason',
        'overrideReason',
      ],
      'String',
      text,
    ],
    [['title', 'venue', 'displayName', 'name'], 'String', name],
    [['version'], 'Int', () => mostly([1, 1, 2, 3], [0, 4])],
    [['durationMinutes'], 'Int', () => mostly([0, 1, 5, 15, 45, 120, 600], [-1, 601])],
    [['youngPeople'], 'Int', () => mostly([1, 2, 3, 7, 100], [0, 101])],
    [['wellbeingScore'], 'Int', () => mostly([1, 2, 3, 4, 5], [0, 6])],
    [['first'], 'Int', () => mostly([1, 2, 50, 200], [0, 201])],
    [['occurredAt'], 'DateTime', minutes(-240, 30)],
    [
      ['startsAt', 'endsAt'],
      'DateTime',
      () =>
        fc
          .integer({ min: -4 * 96, max: 8 * 96 })
          .map((q) => new Date(Math.round(now / 900_000) * 900_000 + q * 900_000).toISOString()),
    ],
  ];
  const table: Record<string, { type: string; arbitrary: () => fc.Arbitrary<unknown> }> = {};
  for (const [names, type, arbitrary] of entries) for (const n of names) table[n] = { type, arbitrary };
  return table;
}

/** The hints for one field: its plan's own first, then by name; an `id` without a pool takes any real id. */
export function hintsFor(world: World, plan: FieldPlan): Hints {
  const table = byName(world);
  const allIds = [
    ...new Set(
      Object.entries(world.pools)
        .filter(([key]) => key !== 'refreshTokens')
        .flatMap(([, ids]) => ids),
    ),
  ].filter((id) => /^[0-9a-f-]{36}$/.test(id));
  const cache = new Map<string, fc.Arbitrary<unknown>>();
  return (path: readonly string[], type: GraphQLNamedType) => {
    const at = path.join('.');
    const key = `${at}:${type.name}`;
    if (cache.has(key)) return cache.get(key);
    let arbitrary: fc.Arbitrary<unknown> | undefined;
    const name = path[path.length - 1];
    if (plan.custom?.[at]) arbitrary = plan.custom[at](world);
    else if (plan.ids?.[at] && type.name === 'ID') arbitrary = idVariantsOf(world.pools[plan.ids[at]]);
    else if (table[name]?.type === type.name) arbitrary = table[name].arbitrary();
    else if (name === 'id' && type.name === 'ID') arbitrary = idVariantsOf(allIds);
    cache.set(key, arbitrary as fc.Arbitrary<unknown>);
    return arbitrary;
  };
}
