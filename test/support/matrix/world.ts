import { addDays, localDate, startOfLocalDay } from '@empact/domain';
import { randomUUID } from 'node:crypto';
import { liveSession } from '../live-session';
import { rosterOf } from '../reference-week';
import { DEMO_PASSWORD, type TestApp } from '../test-app';
import type { Caller, Role, Target } from './cells';

/** The demo account behind each role of the matrix: Finland's team for the national roles. */
export const EMAILS: Record<Role, string> = {
  ADMIN: 'admin@empact.test',
  COORDINATOR: 'coordinator.no@empact.test',
  TEAM_LEADER: 'leader.fi@empact.test',
  OPERATOR: 'operator1.fi@empact.test',
  LIAISON: 'liaison@empact.test',
  // Made by the matrix itself (the demo has no data-protection officer): World.setUp, before anyone signs in.
  DATA_PROTECTION_OFFICER: 'dpo.matrix@empact.test',
};
/** Each one's own interface language, so that setMyLanguage changes nothing. */
export const LANGUAGES: Record<Role, string> = {
  ADMIN: 'en',
  COORDINATOR: 'nb',
  TEAM_LEADER: 'fi',
  OPERATOR: 'fi',
  LIAISON: 'en',
  DATA_PROTECTION_OFFICER: 'en',
};

export type Country = 'FI' | 'BE';
const OSLO = 'Europe/Oslo';
const SLOT_MINUTES = 30;
const SESSION_MINUTES = 20;

const NOTES: Record<Country, { notesLanguage: string; notes: string }> = {
  FI: {
    notesLanguage: 'fi',
    notes: 'Kaksi nuorta kysyi, miten pelitili suojataan. Neuvoimme kaksivaiheisen tunnistautumisen.',
  },
  BE: {
    notesLanguage: 'nl',
    notes: 'Twee jongeren vroegen hoe ze hun spelaccount beveiligen. We raadden tweestapsverificatie aan.',
  },
};
const LEADER: Record<Country, string> = { FI: 'leader.fi@empact.test', BE: 'leader.be@empact.test' };
const OPERATOR_ONE: Record<Country, string> = {
  FI: 'operator1.fi@empact.test',
  BE: 'operator1.be@empact.test',
};

interface Versioned {
  id: string;
  version: number;
}

/**
 * The records the matrix asks about, made through the API by the people who would make them, and makers of fresh
 * ones for cells that change state (so that no cell depends on the order the others ran in).
 *
 * Weeks: `live` (around today, with the live joint session of FI, BE and NL), `shared` (a fortnight around today with
 * every country of the demo, where fresh sessions, guidance and debriefs go) and `be` (Norway hosting Belgium alone:
 * a week Finland takes no part in, so everything in it is Belgium's and the host's).
 */
export class World {
  private readonly tokens = new Map<string, string>();
  private readonly slots = new Map<string, number>();
  private counter = 0;
  private readonly firstDay: string;
  private readonly lastDay: string;

  ids: Record<string, string> = {};
  weeks = { live: '', shared: '', be: '' };
  sessions = {
    /** The live joint session of FI, BE and NL: every FI and BE team member is on its rosters. */
    live: '',
    /** A live session of Belgium alone, in the week without Finland. */
    be: '',
    /** A live session of Belgium alone in the shared week (Finland takes part in the week, not in the session). */
    beShared: '',
    /** A planned session of Finland alone in the shared week. */
    fiPlanned: '',
    /** Ended sessions without a debrief yet: Finland's (shared week), Belgium's (week without Finland). */
    fiEnded: '',
    beEnded: '',
    /** Planned sessions whose briefing is changed to cause scheduleChanged events. */
    sharedDummy: { id: '', version: 0 },
    beDummy: { id: '', version: 0 },
  };
  interactions = { FI: '', BE: '' };
  referrals = { FI: '', BE: '' };
  notes = { FI: '', BE: '' };
  /** Submitted debriefs of the shared week. */
  debriefs = { FI: '', BE: '' };
  /** Accounts made for the matrix alone, so that setting their password or name harms no one. */
  accounts = { FI: '', BE: '' };
  /** Each role's own calendar feed, and the Belgian team leader's. */
  feeds: Partial<Record<Role | 'BE', string>> = {};

  private constructor(readonly t: TestApp) {
    const today = localDate(new Date(), OSLO);
    this.firstDay = addDays(today, -7);
    this.lastDay = addDays(today, 6);
  }

  static async create(t: TestApp): Promise<World> {
    const w = new World(t);
    await w.setUp();
    return w;
  }

  /** "own" → the Finnish value, "other" → the Belgian one ("any" counts as own). */
  pick<T>(target: Target, fi: T, be: T): T {
    return target === 'other' ? be : fi;
  }

  countryOf(target: Target): Country {
    return this.pick(target, 'FI', 'BE');
  }

  /** A number no other fixture has used, for unique codes and names. */
  next(): number {
    return ++this.counter;
  }

  token(email: string): string {
    const token = this.tokens.get(email);
    if (!token) throw new Error(`no token for ${email}`);
    return token;
  }

  tokenFor(caller: Caller): string | undefined {
    return caller === 'anonymous' ? undefined : this.token(EMAILS[caller]);
  }

  emailOf(caller: Caller): string {
    return caller === 'anonymous' ? 'operator2.fi@empact.test' : EMAILS[caller];
  }

  /** Runs an operation that must succeed, as `email`, and returns its data. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async must<T = any>(email: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.t.gql<T>(query, variables, { token: this.token(email) });
    if (res.errors || !res.data)
      throw new Error(`${email}: ${JSON.stringify(res.errors ?? res.status).slice(0, 300)}`);
    return res.data;
  }

  /** The second factor of a new sign-in of `email` (login's `$c` or `$r`): none for an account without one. */
  async secondFactor(email: string): Promise<{ c?: string; r?: string }> {
    if (!this.t.secondFactors.has(email)) return {};
    const proof = await this.t.secondFactors.proof(email);
    return 'code' in proof ? { c: proof.code } : { r: proof.recoveryCode };
  }

  /** A new sign-in of `email`: tokens that no other cell holds. */
  async signIn(email: string): Promise<{ accessToken: string; refreshToken: string }> {
    const res = await this.t.gql<{ login: { accessToken: string; refreshToken: string } }>(
      'mutation ($e: String!, $p: String!, $c: String, $r: String) { login(email: $e, password: $p, code: $c, recoveryCode: $r) { accessToken refreshToken } }',
      { e: email, p: DEMO_PASSWORD, ...(await this.secondFactor(email)) },
    );
    if (!res.data) throw new Error(`login of ${email}: ${JSON.stringify(res.errors)}`);
    return res.data.login;
  }

  // ---- fresh records ----------------------------------------------------------------------------

  /** A week of its own, in PLANNING: Norway with Finland ("own") or with Belgium ("other"). */
  async week(country: Country): Promise<string> {
    const today = localDate(new Date(), OSLO);
    const data = await this.must<{ createActionWeek: { id: string } }>(
      EMAILS.COORDINATOR,
      'mutation ($input: CreateActionWeekInput!) { createActionWeek(input: $input) { id } }',
      {
        input: {
          code: `MATRIX-${this.next()}-${randomUUID().slice(0, 6).toUpperCase()}`,
          title: `Matrix week with ${country}`,
          hostCountry: 'NO',
          firstDay: today,
          lastDay: addDays(today, 1),
          timeZone: OSLO,
          countries: [
            { country: 'NO', languages: ['nb', 'nn'] },
            country === 'FI'
              ? { country: 'FI', languages: ['fi', 'sv'] }
              : { country: 'BE', languages: ['nl', 'fr', 'de'] },
          ],
        },
      },
    );
    return data.createActionWeek.id;
  }

  /** A time no other session of the week takes: 20 minutes in a 30-minute slot of the fortnight. */
  slot(week: 'shared' | 'be'): { startsAt: string; endsAt: string } {
    const n = (this.slots.get(week) ?? 0) + 1;
    this.slots.set(week, n);
    const start = startOfLocalDay(this.firstDay, OSLO).getTime() + n * SLOT_MINUTES * 60_000;
    return {
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + SESSION_MINUTES * 60_000).toISOString(),
    };
  }

  /** A session of `countries`, planned by the coordinator, with full rosters when asked, then started and ended as asked. */
  async session(
    week: 'shared' | 'be',
    countries: string[],
    state: 'SCHEDULED' | 'LIVE' | 'ENDED',
    withRosters = state !== 'SCHEDULED',
  ): Promise<Versioned> {
    const data = await this.must<{ schedulePatrolSession: Versioned }>(
      EMAILS.COORDINATOR,
      'mutation ($input: SchedulePatrolSessionInput!) { schedulePatrolSession(input: $input) { id version } }',
      {
        input: {
          weekId: this.weeks[week],
          platform: 'DISCORD',
          venue: `Matrix server ${this.next()}`,
          ...this.slot(week),
          countries,
          ...(withRosters ? { rosters: countries.map((country) => rosterOf(this.ids, country)) } : {}),
        },
      },
    );
    let session = data.schedulePatrolSession;
    if (state === 'SCHEDULED') return session;
    session = (
      await this.must<{ startPatrolSession: Versioned }>(
        EMAILS.COORDINATOR,
        'mutation ($id: ID!, $v: Int!) { startPatrolSession(id: $id, version: $v) { id version } }',
        { id: session.id, v: session.version },
      )
    ).startPatrolSession;
    if (state === 'LIVE') return session;
    return (
      await this.must<{ endPatrolSession: Versioned }>(
        EMAILS.COORDINATOR,
        'mutation ($id: ID!, $v: Int!) { endPatrolSession(id: $id, version: $v) { id version } }',
        {
          id: session.id,
          v: session.version,
        },
      )
    ).endPatrolSession;
  }

  /** What an operator logs: the same content for a new interaction and for its update. */
  interactionContent(country: Country) {
    return {
      channel: 'PUBLIC_CHAT',
      occurredAt: new Date(Date.now() - 10 * 60_000).toISOString(),
      durationMinutes: 12,
      youngPeople: 2,
      ageBand: 'AGE_13_15',
      topics: ['ONLINE_SAFETY_ADVICE'],
      initiatedBy: 'YOUNG_PERSON',
      tone: 'POSITIVE',
      outcome: 'ADVICE_GIVEN',
      ...NOTES[country],
    };
  }

  /** An interaction of the live joint session, logged by the country's Operator One. */
  async interaction(
    country: Country,
  ): Promise<Versioned & { content: ReturnType<World['interactionContent']> }> {
    const content = this.interactionContent(country);
    const data = await this.must<{ logInteraction: Versioned }>(
      OPERATOR_ONE[country],
      'mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id version } }',
      { input: { id: randomUUID(), sessionId: this.sessions.live, ...content } },
    );
    return { ...data.logInteraction, content };
  }

  /** A referral of the country's standing interaction, raised by its team leader. */
  async referral(country: Country, urgency = 'ROUTINE'): Promise<Versioned> {
    const data = await this.must<{ raiseReferral: Versioned }>(
      LEADER[country],
      'mutation ($input: RaiseReferralInput!) { raiseReferral(input: $input) { id version } }',
      {
        input: {
          interactionId: this.interactions[country],
          receivingUnit: 'NATIONAL_CYBERCRIME_UNIT',
          urgency,
          reasonCode: 'FRAUD_SCAMS',
          details: 'A link to a fake gift-card site was posted in the public chat of the server.',
        },
      },
    );
    return data.raiseReferral;
  }

  /** A draft debrief of a fresh ended session of the country alone, ready to submit (summary and wellbeing given). */
  async draftDebrief(country: Country): Promise<Versioned> {
    const session = await this.session('shared', [country], 'ENDED');
    const data = await this.must<{ saveDebrief: Versioned }>(
      LEADER[country],
      'mutation ($input: SaveDebriefInput!) { saveDebrief(input: $input) { id version } }',
      {
        input: {
          sessionId: session.id,
          language: country === 'FI' ? 'fi' : 'nl',
          whatWorked:
            country === 'FI'
              ? 'Nuoret kysyivät paljon poliisin työstä.'
              : 'Jongeren stelden veel vragen over ons werk.',
          wellbeingScore: 4,
          summaryEn: 'Many questions about police work; the session went well.',
        },
      },
    );
    return data.saveDebrief;
  }

  /** A published guidance note of the shared week meant for one country. */
  async note(country: Country): Promise<string> {
    const written = await this.must<{ writeGuidanceNote: { id: string } }>(
      EMAILS.COORDINATOR,
      'mutation ($input: WriteGuidanceNoteInput!) { writeGuidanceNote(input: $input) { id } }',
      {
        input: {
          weekId: this.weeks.shared,
          category: 'METHODOLOGY',
          scope: 'COUNTRY',
          scopeCountry: country,
          title: `Matrix note for ${country}`,
          body: 'Open with the blue profile, say who you are, and keep the conversation in public channels.',
        },
      },
    );
    const id = written.writeGuidanceNote.id;
    await this.must(
      EMAILS.COORDINATOR,
      'mutation ($id: ID!) { publishGuidanceNote(id: $id, value: true) { id } }',
      { id },
    );
    return id;
  }

  /** A personal calendar feed of the shared week, made by its owner. */
  async feed(email: string): Promise<string> {
    const data = await this.must<{ createCalendarFeed: { id: string } }>(
      email,
      'mutation ($w: ID!) { createCalendarFeed(weekId: $w, scope: PERSON) { id } }',
      { w: this.weeks.shared },
    );
    return data.createCalendarFeed.id;
  }

  /** A police profile of the country on Discord, registered by the coordinator. */
  async profile(country: Country): Promise<Versioned> {
    const data = await this.must<{ registerPoliceProfile: Versioned }>(
      EMAILS.COORDINATOR,
      'mutation ($input: RegisterPoliceProfileInput!) { registerPoliceProfile(input: $input) { id version } }',
      { input: { country, platform: 'DISCORD', displayName: `Matrix profile ${country} ${this.next()}` } },
    );
    return data.registerPoliceProfile;
  }

  // ---- the standing records -----------------------------------------------------------------------

  /** The data-protection officer of the matrix: that role alone, no country, made by the administrator. */
  private async dataProtectionOfficer(): Promise<void> {
    const admin = await this.t.login(EMAILS.ADMIN);
    const res = await this.t.gql(
      'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
      {
        input: {
          email: EMAILS.DATA_PROTECTION_OFFICER,
          displayName: 'Matrix Data Protection',
          roles: ['DATA_PROTECTION_OFFICER'],
          language: LANGUAGES.DATA_PROTECTION_OFFICER,
          password: DEMO_PASSWORD,
        },
      },
      { token: admin },
    );
    if (res.errors) throw new Error(`data-protection officer: ${JSON.stringify(res.errors).slice(0, 300)}`);
  }

  private async setUp(): Promise<void> {
    const live = await liveSession(this.t, ['FI', 'BE', 'NL'], 'MATRIX-LIVE');
    this.ids = live.ids;
    this.weeks.live = live.weekId;
    this.sessions.live = live.sessionId;
    await this.dataProtectionOfficer();
    const emails = [
      ...Object.values(EMAILS),
      'leader.be@empact.test',
      'operator1.be@empact.test',
      'operator2.fi@empact.test',
    ];
    const tokens = await Promise.all(emails.map((email) => this.t.login(email)));
    emails.forEach((email, i) => this.tokens.set(email, tokens[i]));

    const week = async (code: string, countries: { country: string; languages: string[] }[]) => {
      const data = await this.must<{ createActionWeek: { id: string } }>(
        EMAILS.COORDINATOR,
        'mutation ($input: CreateActionWeekInput!) { createActionWeek(input: $input) { id } }',
        {
          input: {
            code,
            title: code,
            hostCountry: 'NO',
            firstDay: this.firstDay,
            lastDay: this.lastDay,
            timeZone: OSLO,
            countries,
          },
        },
      );
      const id = data.createActionWeek.id;
      await this.must(
        EMAILS.COORDINATOR,
        'mutation ($id: ID!) { setActionWeekStatus(id: $id, status: LIVE) { id } }',
        { id },
      );
      return id;
    };
    const NO = { country: 'NO', languages: ['nb', 'nn'] };
    const BE = { country: 'BE', languages: ['nl', 'fr', 'de'] };
    [this.weeks.shared, this.weeks.be] = await Promise.all([
      week('MATRIX-SHARED', [
        NO,
        BE,
        { country: 'NL', languages: ['nl'] },
        { country: 'IS', languages: ['is'] },
        { country: 'FI', languages: ['fi', 'sv'] },
      ]),
      week('MATRIX-BE', [NO, BE]),
    ]);

    const [be, beShared, fiPlanned, fiEnded, beEnded, sharedDummy, beDummy] = await Promise.all([
      this.session('be', ['BE'], 'LIVE'),
      this.session('shared', ['BE'], 'LIVE'),
      this.session('shared', ['FI'], 'SCHEDULED'),
      this.session('shared', ['FI'], 'ENDED'),
      this.session('be', ['BE'], 'ENDED'),
      this.session('shared', ['NL'], 'SCHEDULED'),
      this.session('be', ['BE'], 'SCHEDULED'),
    ]);
    Object.assign(this.sessions, {
      be: be.id,
      beShared: beShared.id,
      fiPlanned: fiPlanned.id,
      fiEnded: fiEnded.id,
      beEnded: beEnded.id,
      sharedDummy,
      beDummy,
    });

    const [interFi, interBe] = await Promise.all([this.interaction('FI'), this.interaction('BE')]);
    this.interactions = { FI: interFi.id, BE: interBe.id };
    const [refFi, refBe, noteFi, noteBe, draftFi, draftBe] = await Promise.all([
      this.referral('FI'),
      this.referral('BE'),
      this.note('FI'),
      this.note('BE'),
      this.draftDebrief('FI'),
      this.draftDebrief('BE'),
    ]);
    this.referrals = { FI: refFi.id, BE: refBe.id };
    this.notes = { FI: noteFi, BE: noteBe };
    const submit = (email: string, draft: Versioned) =>
      this.must(email, 'mutation ($id: ID!, $v: Int!) { submitDebrief(id: $id, version: $v) { id } }', {
        id: draft.id,
        v: draft.version,
      });
    await Promise.all([submit(LEADER.FI, draftFi), submit(LEADER.BE, draftBe)]);
    this.debriefs = { FI: draftFi.id, BE: draftBe.id };

    const account = async (country: Country) => {
      const data = await this.must<{ createAccount: { id: string } }>(
        EMAILS.ADMIN,
        'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
        {
          input: {
            email: `matrix.${country.toLowerCase()}@empact.test`,
            displayName: `Matrix ${country}`,
            country,
            roles: ['OPERATOR'],
            language: 'en',
            password: 'matrix-password-123',
          },
        },
      );
      return data.createAccount.id;
    };
    const [accountFi, accountBe] = await Promise.all([account('FI'), account('BE')]);
    this.accounts = { FI: accountFi, BE: accountBe };

    const owners: [Role | 'BE', string][] = [
      ['ADMIN', EMAILS.ADMIN],
      ['COORDINATOR', EMAILS.COORDINATOR],
      ['TEAM_LEADER', EMAILS.TEAM_LEADER],
      ['OPERATOR', EMAILS.OPERATOR],
      ['BE', LEADER.BE],
    ];
    const feeds = await Promise.all(owners.map(([, email]) => this.feed(email)));
    owners.forEach(([owner], i) => (this.feeds[owner] = feeds[i]));
  }
}
