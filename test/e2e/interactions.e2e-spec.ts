import { randomUUID } from 'node:crypto';
import { liveSession, LiveSession } from '../support/live-session';
import { subscribe } from '../support/subscription';
import { codeOf, startTestApp, TestApp } from '../support/test-app';

const LOG = `mutation ($input: LogInteractionInput!) {
  logInteraction(input: $input) { id country notes notesLanguage topics ageBand outcome youngPeople version editable }
}`;

describe('logging interactions', () => {
  let t: TestApp;
  let live: LiveSession;
  let finn: string;
  const rows = async (id: string) =>
    Number((await t.dataSource.query('SELECT count(*) AS n FROM interaction WHERE id = $1', [id]))[0].n);

  const entry = (overrides: Record<string, unknown> = {}) => ({
    id: randomUUID(),
    sessionId: live.sessionId,
    channel: 'PUBLIC_CHAT',
    occurredAt: new Date(Date.now() - 10 * 60_000).toISOString(),
    durationMinutes: 12,
    youngPeople: 3,
    ageBand: 'AGE_13_15',
    topics: ['ONLINE_SAFETY_ADVICE', 'SMALL_TALK_TRUST_BUILDING'],
    initiatedBy: 'YOUNG_PERSON',
    tone: 'POSITIVE',
    outcome: 'ADVICE_GIVEN',
    notes:
      'Kolme nuorta kysyi, miten pelitili suojataan. Neuvoimme kaksivaiheisen tunnistautumisen klo 14.30.',
    notesLanguage: 'fi',
    summaryEn: 'Three young people asked how to protect a gaming account; we advised two-factor sign-in.',
    ...overrides,
  });

  beforeAll(async () => {
    t = await startTestApp();
    live = await liveSession(t);
    finn = await t.login('operator1.fi@empact.test');
  });
  afterAll(() => t.close());

  it('stores a Finnish operator’s entry in Finnish, for Finland, from the account', async () => {
    const input = entry();
    const res = await t.gql<{
      logInteraction: { country: string; notesLanguage: string; notes: string; editable: boolean };
    }>(LOG, { input }, { token: finn });
    expect(res.errors).toBeUndefined();
    expect(res.data!.logInteraction).toMatchObject({
      country: 'FI',
      notesLanguage: 'fi',
      notes: input.notes,
      editable: true,
    });
    const [row] = await t.dataSource.query(
      'SELECT country, notes_language, author_id FROM interaction WHERE id = $1',
      [input.id],
    );
    expect(row).toEqual({
      country: 'FI',
      notes_language: 'fi',
      author_id: live.ids['operator1.fi@empact.test'],
    });
  });

  it('refuses Icelandic as the language of a Finnish note, naming the working languages', async () => {
    const input = entry({ notesLanguage: 'is', notes: 'Þrír unglingar spurðu um öryggi.' });
    const res = await t.gql(LOG, { input }, { token: finn });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.field).toBe('notesLanguage');
    expect(res.errors![0].message).toBe(
      'islanti ei ole maan Suomi työkieli tällä viikolla. Valitse jokin näistä: suomi, ruotsi.',
    );
    expect(await rows(input.id)).toBe(0);
  });

  it.each([
    [
      'a Norwegian mobile number',
      'Hän pyysi soittamaan norjalaiseen numeroon 412 34 567 illalla.',
      'PHONE',
      'puhelinnumero',
    ],
    [
      'an e-mail address',
      'Hän antoi osoitteen pelaaja.matti@example.fi keskustelussa.',
      'EMAIL',
      'sähköpostiosoite',
    ],
  ])('refuses notes with %s as PERSONAL_DATA_IN_NOTES and stores nothing', async (_, notes, kind, named) => {
    const input = entry({ notes });
    const res = await t.gql(LOG, { input }, { token: finn });
    expect(codeOf(res)).toBe('PERSONAL_DATA_IN_NOTES');
    const findings = res.errors![0].extensions.findings as {
      field: string;
      kind: string;
      start: number;
      end: number;
      excerpt: string;
    }[];
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ field: 'notes', kind });
    // The position points at the identifier, and the identifier is never echoed back whole.
    expect(notes.slice(findings[0].start, findings[0].end)).toMatch(
      kind === 'PHONE' ? /^412 34 567$/ : /^pelaaja\.matti@example\.fi$/,
    );
    expect(findings[0].excerpt).not.toBe(notes.slice(findings[0].start, findings[0].end));
    // The message names what was found in the caller's language, not where (the form marks where).
    expect(res.errors![0].message).toBe(
      `Tekstissä on ${named}. Poista se, mistä nuoren voi tunnistaa, ja lähetä uudelleen. Mitään ei tallennettu.`,
    );
    expect(await rows(input.id)).toBe(0);
  });

  it('refuses an identifier in the English summary too', async () => {
    const input = entry({ summaryEn: 'Player asked us to add @shadowwolf_07 as a friend.' });
    const res = await t.gql(LOG, { input }, { token: finn });
    expect(codeOf(res)).toBe('PERSONAL_DATA_IN_NOTES');
    expect((res.errors![0].extensions.findings as { field: string }[])[0].field).toBe('summaryEn');
    expect(await rows(input.id)).toBe(0);
  });

  it('stores one row for the same UUID sent twice, and refuses the same UUID with other content', async () => {
    const input = entry();
    const first = await t.gql<{ logInteraction: { id: string; version: number } }>(
      LOG,
      { input },
      { token: finn },
    );
    const again = await t.gql<{ logInteraction: { id: string; version: number } }>(
      LOG,
      { input },
      { token: finn },
    );
    expect(again.errors).toBeUndefined();
    expect(again.data!.logInteraction).toEqual(first.data!.logInteraction);
    expect(await rows(input.id)).toBe(1);
    const changed = await t.gql(LOG, { input: { ...input, youngPeople: 4 } }, { token: finn });
    expect(codeOf(changed)).toBe('CONFLICT');
    expect(await rows(input.id)).toBe(1);
  });

  it('writes the interaction with its audit entry, and neither for an unknown platform', async () => {
    const input = entry();
    expect((await t.gql(LOG, { input }, { token: finn })).errors).toBeUndefined();
    await t.gql(LOG, { input }, { token: finn });
    const audited = async (id: string) =>
      (
        await t.dataSource.query(
          `SELECT outcome FROM audit_entry WHERE action = 'logInteraction' AND target_id = $1`,
          [id],
        )
      ).map((r: { outcome: string }) => r.outcome);
    // Both calls are audited; the row is stored once.
    expect(await audited(input.id)).toEqual(['SUCCESS', 'SUCCESS']);
    expect(await rows(input.id)).toBe(1);
    const unknown = entry({ platform: 'NO_SUCH_PLATFORM' });
    const refused = await t.gql(LOG, { input: unknown }, { token: finn });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'platform' });
    expect(await rows(unknown.id)).toBe(0);
    // A refusal's entry is written after the answer leaves.
    for (let i = 0; i < 50 && (await audited(unknown.id)).length === 0; i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(await audited(unknown.id)).toEqual(['BAD_USER_INPUT']);
  });

  it('stores exactly one row when the same entry arrives twice at the same moment', async () => {
    const input = entry();
    const results = await Promise.all([
      t.gql(LOG, { input }, { token: finn }),
      t.gql(LOG, { input }, { token: finn }),
    ]);
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect(await rows(input.id)).toBe(1);
  });

  it('answers NOT_FOUND to a Belgian account for a Finnish interaction', async () => {
    const input = entry();
    await t.gql(LOG, { input }, { token: finn });
    const belgian = await t.login('leader.be@empact.test');
    expect(
      codeOf(
        await t.gql('query ($id: ID!) { interaction(id: $id) { id } }', { id: input.id }, { token: belgian }),
      ),
    ).toBe('NOT_FOUND');
    const list = await t.gql<{ interactions: { edges: { node: { country: string } }[] } }>(
      'query ($f: InteractionFilter!) { interactions(filter: $f) { edges { node { country } } } }',
      { f: { weekId: live.weekId } },
      { token: belgian },
    );
    expect(list.data!.interactions.edges.every((e) => e.node.country === 'BE')).toBe(true);
    const update = await t.gql(
      'mutation ($id: ID!) { deleteInteraction(id: $id, version: 1) }',
      { id: input.id },
      { token: belgian },
    );
    expect(codeOf(update)).toBe('NOT_FOUND');
  });

  it('answers a Finnish interaction’s id sent as a Belgian entry’s own as NOT_FOUND, as for a session that is not there', async () => {
    const finnish = entry();
    expect((await t.gql(LOG, { input: finnish }, { token: finn })).errors).toBeUndefined();
    const belgian = await t.login('operator1.be@empact.test');
    const dutchNotes = {
      notes: 'Twee jongeren vroegen hoe ze hun account beveiligen.',
      notesLanguage: 'nl',
      summaryEn: undefined,
    };
    const probe = await t.gql(LOG, { input: entry({ ...dutchNotes, id: finnish.id }) }, { token: belgian });
    const missing = await t.gql(
      LOG,
      { input: entry({ ...dutchNotes, sessionId: randomUUID() }) },
      { token: belgian },
    );
    expect(codeOf(probe)).toBe('NOT_FOUND');
    expect(probe.errors![0]).toEqual(missing.errors![0]);
    // A refused entry under that id answers as under an unused one: the refusal, not a sign that the id is taken.
    const late = { ...dutchNotes, occurredAt: new Date(Date.now() - 3 * 24 * 3600_000).toISOString() };
    const refusedProbe = await t.gql(LOG, { input: entry({ ...late, id: finnish.id }) }, { token: belgian });
    const refusedUnused = await t.gql(LOG, { input: entry(late) }, { token: belgian });
    expect(codeOf(refusedProbe)).toBe('BAD_USER_INPUT');
    expect(refusedProbe.errors![0]).toEqual(refusedUnused.errors![0]);
    // The Finnish entry is as it was, and the refusal is audited as any NOT_FOUND.
    const [row] = await t.dataSource.query(
      'SELECT country, notes_language AS "notesLanguage", version FROM interaction WHERE id = $1',
      [finnish.id],
    );
    expect(row).toEqual({ country: 'FI', notesLanguage: 'fi', version: 1 });
    const outcomes = async () =>
      (
        await t.dataSource.query(
          `SELECT outcome FROM audit_entry WHERE action = 'logInteraction' AND target_id = $1 ORDER BY at`,
          [finnish.id],
        )
      ).map((r: { outcome: string }) => r.outcome);
    // Refusals' entries are written after the answer leaves.
    for (let i = 0; i < 50 && (await outcomes()).length < 3; i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(await outcomes()).toEqual(['SUCCESS', 'NOT_FOUND', 'BAD_USER_INPUT']);
  });

  it('refuses a liaison the log and the referrals', async () => {
    const liaison = await t.login('liaison@empact.test');
    expect(
      codeOf(
        await t.gql(
          'query ($f: InteractionFilter!) { interactions(filter: $f) { edges { cursor } } }',
          { f: { weekId: live.weekId } },
          { token: liaison },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await t.gql(
          'query ($f: ReferralFilter!) { referrals(filter: $f) { id } }',
          { f: { weekId: live.weekId } },
          { token: liaison },
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('refuses someone who is not on the roster, and a session that is not open', async () => {
    // Only a national team logs: a coordinator is refused before any id is looked at.
    const coordinator = await t.login('coordinator.no@empact.test');
    expect(codeOf(await t.gql(LOG, { input: entry() }, { token: coordinator }))).toBe('FORBIDDEN');
    expect(
      codeOf(await t.gql(LOG, { input: entry({ sessionId: randomUUID() }) }, { token: coordinator })),
    ).toBe('FORBIDDEN');
    const icelandic = await t.login('operator1.is@empact.test');
    expect(codeOf(await t.gql(LOG, { input: entry({ notesLanguage: 'is' }) }, { token: icelandic }))).toBe(
      'NOT_FOUND',
    );
  });

  it('pages the log with a cursor, newest first, and keeps running totals', async () => {
    const leader = await t.login('leader.fi@empact.test');
    const page = (after?: string) =>
      t.gql<{
        interactions: {
          edges: { cursor: string; node: { occurredAt: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      }>(
        'query ($f: InteractionFilter!, $after: String) { interactions(filter: $f, first: 2, after: $after) { edges { cursor node { occurredAt } } pageInfo { hasNextPage endCursor } } }',
        { f: { weekId: live.weekId, country: 'FI' }, after },
        { token: leader },
      );
    const first = await page();
    expect(first.data!.interactions.edges).toHaveLength(2);
    expect(first.data!.interactions.pageInfo.hasNextPage).toBe(true);
    const second = await page(first.data!.interactions.pageInfo.endCursor);
    const seen = [...first.data!.interactions.edges, ...second.data!.interactions.edges].map((e) => e.cursor);
    expect(new Set(seen).size).toBe(seen.length);
    const totals = await t.gql<{ sessionTotals: { interactions: number; youngPeople: number } }>(
      'query ($s: ID!) { sessionTotals(sessionId: $s) { interactions youngPeople referrals } }',
      { s: live.sessionId },
      { token: leader },
    );
    expect(totals.data!.sessionTotals.interactions).toBeGreaterThanOrEqual(4);
    expect(totals.data!.sessionTotals.youngPeople).toBe(3 * totals.data!.sessionTotals.interactions);
  });

  it('lets the author and their team leader edit, keeping the earlier version', async () => {
    const input = entry();
    await t.gql(LOG, { input }, { token: finn });
    const leader = await t.login('leader.fi@empact.test');
    const { id: _id, sessionId: _s, ...content } = input;
    const res = await t.gql<{ updateInteraction: { version: number; youngPeople: number } }>(
      'mutation ($input: UpdateInteractionInput!) { updateInteraction(input: $input) { version youngPeople } }',
      { input: { ...content, id: input.id, version: 1, youngPeople: 5 } },
      { token: leader },
    );
    expect(res.data!.updateInteraction).toEqual({ version: 2, youngPeople: 5 });
    const [revision] = await t.dataSource.query(
      'SELECT version, kind, snapshot FROM interaction_revision WHERE interaction_id = $1',
      [input.id],
    );
    expect(revision).toMatchObject({ version: 1, kind: 'UPDATE' });
    expect(revision.snapshot.youngPeople).toBe(3);
    const other = await t.login('operator2.fi@empact.test');
    const refused = await t.gql(
      'mutation ($id: ID!) { deleteInteraction(id: $id, version: 2) }',
      { id: input.id },
      { token: other },
    );
    expect(codeOf(refused)).toBe('FORBIDDEN');
  });

  it('hides a country’s notes from coordinators once its team leader stops sharing them', async () => {
    const coordinator = await t.login('coordinator.no@empact.test');
    const notesSeen = async () => {
      const res = await t.gql<{
        interactions: { edges: { node: { notes: string | null; topics: string[] } }[] };
      }>(
        'query ($f: InteractionFilter!) { interactions(filter: $f) { edges { node { notes topics } } } }',
        { f: { weekId: live.weekId, country: 'FI' } },
        { token: coordinator },
      );
      return res.data!.interactions.edges.map((e) => e.node);
    };
    expect((await notesSeen()).every((n) => n.notes !== null)).toBe(true);
    const leader = await t.login('leader.fi@empact.test');
    const off = await t.gql(
      'mutation ($w: ID!) { setNotesSharing(weekId: $w, shared: false) { countries { country shareNotes } } }',
      { w: live.weekId },
      { token: leader },
    );
    expect(off.errors).toBeUndefined();
    const after = await notesSeen();
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((n) => n.notes === null && n.topics.length > 0)).toBe(true);
  });

  describe('referrals', () => {
    it('reaches a coordinator’s WebSocket at once when IMMEDIATE, and records every read of its details', async () => {
      const input = entry({
        topics: ['SELF_HARM_SUICIDE'],
        outcome: 'EMERGENCY_ESCALATION',
        notes: 'Nuori kertoi itsetuhoisista ajatuksista.',
      });
      await t.gql(LOG, { input }, { token: finn });
      const coordinator = await t.login('coordinator.no@empact.test');
      const belgianLeader = await t.login('leader.be@empact.test');
      const alerts = await subscribe<{ referralRaised: { id: string; country: string; urgency: string } }>(
        t.url,
        coordinator,
        'subscription { referralRaised { id country urgency reasonCode } }',
      );
      const belgian = await subscribe<{ referralRaised: { id: string } }>(
        t.url,
        belgianLeader,
        'subscription { referralRaised { id } }',
      );
      await new Promise((resolve) => setTimeout(resolve, 100));

      const leader = await t.login('leader.fi@empact.test');
      const sent = Date.now();
      const raised = await t.gql<{ raiseReferral: { id: string; status: string } }>(
        'mutation ($input: RaiseReferralInput!) { raiseReferral(input: $input) { id status version } }',
        {
          input: {
            interactionId: input.id,
            receivingUnit: 'EMERGENCY_SERVICES',
            urgency: 'IMMEDIATE',
            reasonCode: 'SELF_HARM_SUICIDE',
            details: 'Player in the Helsinki area, server channel #general, 14:20.',
          },
        },
        { token: leader },
      );
      expect(raised.data!.raiseReferral.status).toBe('OPEN');
      const alert = await alerts.next(1000);
      expect(Date.now() - sent).toBeLessThan(1000);
      expect(alert.referralRaised).toMatchObject({
        id: raised.data!.raiseReferral.id,
        country: 'FI',
        urgency: 'IMMEDIATE',
      });
      await expect(belgian.next(300)).rejects.toThrow(/no event/);
      await alerts.close();
      await belgian.close();

      const list = await t.gql<{ referrals: { id: string; details: string | null }[] }>(
        'query ($f: ReferralFilter!) { referrals(filter: $f) { id details } }',
        { f: { weekId: live.weekId } },
        { token: coordinator },
      );
      expect(list.data!.referrals[0].details).toBeNull();
      const one = await t.gql<{ referral: { details: string } }>(
        'query ($id: ID!) { referral(id: $id) { details history { status by } } }',
        { id: raised.data!.raiseReferral.id },
        { token: coordinator },
      );
      expect(one.data!.referral.details).toContain('#general');
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_entry WHERE action = 'readReferralDetails' AND target_id = $1`,
        [raised.data!.raiseReferral.id],
      );
      expect(n).toBe(1);
    });

    it('keeps referrals from operators and from other countries’ team leaders, and moves status one step at a time', async () => {
      const leader = await t.login('leader.fi@empact.test');
      const [referral] = (await t.dataSource.query(
        `SELECT id, version FROM referral WHERE country = 'FI' AND week_id = $1 LIMIT 1`,
        [live.weekId],
      )) as { id: string; version: number }[];
      expect(
        codeOf(
          await t.gql('query ($id: ID!) { referral(id: $id) { id } }', { id: referral.id }, { token: finn }),
        ),
      ).toBe('FORBIDDEN');
      const belgian = await t.login('leader.be@empact.test');
      expect(
        codeOf(
          await t.gql(
            'query ($id: ID!) { referral(id: $id) { id } }',
            { id: referral.id },
            { token: belgian },
          ),
        ),
      ).toBe('NOT_FOUND');
      const skip = await t.gql(
        'mutation ($id: ID!, $v: Int!) { setReferralStatus(id: $id, version: $v, status: CLOSED) { status } }',
        { id: referral.id, v: referral.version },
        { token: leader },
      );
      expect(codeOf(skip)).toBe('BAD_USER_INPUT');
      const ack = await t.gql<{ setReferralStatus: { status: string; history: { status: string }[] } }>(
        'mutation ($id: ID!, $v: Int!) { setReferralStatus(id: $id, version: $v, status: ACKNOWLEDGED, note: "Emergency services called") { status history { status by at } } }',
        { id: referral.id, v: referral.version },
        { token: leader },
      );
      expect(ack.data!.setReferralStatus.status).toBe('ACKNOWLEDGED');
      expect(ack.data!.setReferralStatus.history.map((h) => h.status)).toEqual(['OPEN', 'ACKNOWLEDGED']);
    });
  });

  it('serves the vocabulary with labels in the reader’s language', async () => {
    const res = await t.gql<{
      taxonomy: { language: string; ageBands: { code: string; label: string }[]; topics: { code: string }[] };
    }>('{ taxonomy { language topics { code label } ageBands { code label } } }', {}, { token: finn });
    expect(res.data!.taxonomy.language).toBe('fi');
    expect(res.data!.taxonomy.topics).toHaveLength(14);
    expect(res.data!.taxonomy.ageBands.map((b) => b.code)).toEqual([
      'UNDER_13',
      'AGE_13_15',
      'AGE_16_17',
      'ADULT_18_PLUS',
      'UNKNOWN',
    ]);
  });
});
