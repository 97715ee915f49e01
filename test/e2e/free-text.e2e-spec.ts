import { randomUUID } from 'node:crypto';
import { PDFParse } from 'pdf-parse';
import {
  E_MAIL,
  fieldOf,
  FREE_TEXT_CASES,
  FreeTextWorld,
  interactionContent,
  PHONE,
} from '../support/free-text-cases';
import { liveSession } from '../support/live-session';
import { codeOf, startTestApp, TestApp } from '../support/test-app';

/** Where in the database a text is stored: every text, character, array and JSON column of every table. */
async function storedAt(t: TestApp, needle: string): Promise<string[]> {
  const columns: { table: string; column: string }[] = await t.dataSource.query(
    `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')`,
  );
  const found: string[] = [];
  for (const { table, column } of columns) {
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM "${table}" WHERE strpos("${column}"::text, $1) > 0`,
      [needle],
    );
    if (n > 0) found.push(`${table}.${column}`);
  }
  return found;
}

describe('every free text refuses identifiers of young people', () => {
  let t: TestApp;
  let w: FreeTextWorld;
  let liaison: string;

  beforeAll(async () => {
    t = await startTestApp();
    const live = await liveSession(t, ['FI', 'BE', 'NL'], 'FREE-TEXT-WEEK');
    const coordinator = await t.login('coordinator.no@empact.test');
    const finn = await t.login('operator1.fi@empact.test');
    const leaderFi = await t.login('leader.fi@empact.test');
    liaison = await t.login('liaison@empact.test');
    const ok = <T>(res: { data: T | null | undefined; errors?: unknown }): T => {
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      return res.data;
    };

    const interactionId = randomUUID();
    ok(
      await t.gql(
        'mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }',
        { input: { id: interactionId, sessionId: live.sessionId, ...interactionContent() } },
        { token: finn },
      ),
    );
    const referral = ok(
      await t.gql<{ raiseReferral: { id: string } }>(
        'mutation ($input: RaiseReferralInput!) { raiseReferral(input: $input) { id } }',
        {
          input: {
            interactionId,
            receivingUnit: 'CHILD_PROTECTION_SERVICES',
            urgency: 'PRIORITY',
            reasonCode: 'BULLYING',
            details: 'Kiusaamista pelipalvelimella illalla.',
          },
        },
        { token: leaderFi },
      ),
    );
    const [{ version }] = await t.dataSource.query('SELECT version FROM patrol_session WHERE id = $1', [
      live.sessionId,
    ]);
    ok(
      await t.gql(
        'mutation ($id: ID!, $v: Int!) { endPatrolSession(id: $id, version: $v) { id } }',
        { id: live.sessionId, v: version },
        { token: coordinator },
      ),
    );
    const saved = ok(
      await t.gql<{ saveDebrief: { id: string; version: number } }>(
        'mutation ($input: SaveDebriefInput!) { saveDebrief(input: $input) { id version } }',
        {
          input: {
            sessionId: live.sessionId,
            language: 'fi',
            whatWorked: 'Nuoret kysyivät paljon.',
            wellbeingScore: 4,
            summaryEn: 'Joint patrol went well; one referral for bullying.',
          },
        },
        { token: leaderFi },
      ),
    );
    ok(
      await t.gql(
        'mutation ($id: ID!, $v: Int!) { submitDebrief(id: $id, version: $v) { id } }',
        { id: saved.saveDebrief.id, v: saved.saveDebrief.version },
        { token: leaderFi },
      ),
    );
    const note = ok(
      await t.gql<{ writeGuidanceNote: { id: string } }>(
        'mutation ($input: WriteGuidanceNoteInput!) { writeGuidanceNote(input: $input) { id } }',
        {
          input: {
            weekId: live.weekId,
            category: 'METHODOLOGY',
            scope: 'WEEK',
            title: 'Open questions',
            body: 'Ask open questions.',
          },
        },
        { token: coordinator },
      ),
    );
    ok(
      await t.gql(
        'mutation ($id: ID!) { publishGuidanceNote(id: $id, value: true) { id } }',
        { id: note.writeGuidanceNote.id },
        { token: coordinator },
      ),
    );
    const start = Date.now() + 25 * 3600_000;
    const plannedSession = ok(
      await t.gql<{ schedulePatrolSession: { id: string; version: number } }>(
        'mutation ($input: SchedulePatrolSessionInput!) { schedulePatrolSession(input: $input) { id version } }',
        {
          input: {
            weekId: live.weekId,
            platform: 'ROBLOX',
            venue: 'Suomi-palvelin',
            startsAt: new Date(start).toISOString(),
            endsAt: new Date(start + 3600_000).toISOString(),
            countries: ['FI'],
          },
        },
        { token: coordinator },
      ),
    );
    const profile = ok(
      await t.gql<{ registerPoliceProfile: { id: string } }>(
        'mutation ($input: RegisterPoliceProfileInput!) { registerPoliceProfile(input: $input) { id } }',
        {
          input: {
            platform: 'TWITCH',
            displayName: 'Poliisi FI Twitch',
            safetyNotes: 'Ei henkilökohtaisia tietoja.',
          },
        },
        { token: leaderFi },
      ),
    );

    w = {
      t,
      weekId: live.weekId,
      sessionId: live.sessionId,
      plannedId: plannedSession.schedulePatrolSession.id,
      plannedVersion: plannedSession.schedulePatrolSession.version,
      interactionId,
      referralId: referral.raiseReferral.id,
      debriefId: saved.saveDebrief.id,
      guidanceNoteId: note.writeGuidanceNote.id,
      profileId: profile.registerPoliceProfile.id,
      tokens: { coordinator, finn, leaderFi },
    };
  });
  afterAll(() => t.close());

  it.each(Object.keys(FREE_TEXT_CASES).map((key, i) => [key, i % 2 === 0 ? E_MAIL : PHONE]))(
    '%s refuses %s with PERSONAL_DATA_IN_NOTES',
    async (key, identifier) => {
      const text = `Hän pyysi ottamaan yhteyttä: ${identifier} illalla.`;
      const res = await FREE_TEXT_CASES[key](w, text);
      expect(codeOf(res)).toBe('PERSONAL_DATA_IN_NOTES');
      const findings = res.errors![0].extensions.findings as {
        field: string;
        kind: string;
        start: number;
        end: number;
        excerpt: string;
      }[];
      expect(findings).toEqual([
        expect.objectContaining({ field: fieldOf(key), kind: identifier === E_MAIL ? 'EMAIL' : 'PHONE' }),
      ]);
      // The position points at the identifier; the excerpt never gives it back whole.
      expect(text.slice(findings[0].start, findings[0].end)).toBe(identifier);
      expect(findings[0].excerpt).not.toBe(identifier);
    },
  );

  it('names what was found in the caller’s language, not where', async () => {
    const res = await FREE_TEXT_CASES['Mutation.commentDebrief(body)'](
      w,
      `Ring ${PHONE} eller skriv til ${E_MAIL}.`,
    );
    expect(res.errors![0].message).toBe(
      'Teksten inneholder et telefonnummer og en e-postadresse. Fjern det som kan identifisere en ung person, og send på nytt. Ingenting ble lagret.',
    );
  });

  it('stored none of the refused texts anywhere: not in a row, a revision, an audit entry or an event', async () => {
    // The search finds what was stored: the referral's details are there.
    expect(await storedAt(t, 'Kiusaamista pelipalvelimella illalla')).toEqual(['referral.details']);
    expect(await storedAt(t, 'kari.hansen')).toEqual([]);
    expect(await storedAt(t, '412 34 567')).toEqual([]);
  });

  it('keeps identifiers out of the debrief digest and the liaison’s PDF', async () => {
    // The debrief summary of the issue: refused, so the digest and the report keep the clean one.
    const summary = `Boy (Matti Virtanen, matti.virtanen@gmail.com, ${PHONE}, 150311A123X) asked about threats.`;
    const refused = await t.gql(
      'mutation ($input: SaveDebriefInput!) { saveDebrief(input: $input) { id } }',
      { input: { sessionId: w.sessionId, language: 'fi', summaryEn: summary } },
      { token: w.tokens.leaderFi },
    );
    expect(codeOf(refused)).toBe('PERSONAL_DATA_IN_NOTES');
    const digest = await t.gql<{ debriefDigest: { summaries: { summaryEn: string }[] }[] }>(
      'query ($w: ID!) { debriefDigest(weekId: $w) { country summaries { summaryEn } } }',
      { w: w.weekId },
      { token: liaison },
    );
    expect(digest.errors).toBeUndefined();
    const digestText = JSON.stringify(digest.data);
    expect(digestText).toContain('Joint patrol went well');
    expect(digestText).not.toMatch(/matti\.virtanen|412 34 567|kari\.hansen/);
    const pdf = await t.download(`/exports/${w.weekId}/report.pdf`, liaison);
    expect(pdf.status).toBe(200);
    const { text } = await new PDFParse({ data: new Uint8Array(pdf.body) }).getText();
    expect(text.replace(/\s+/g, ' ')).toContain('Joint patrol went well');
    expect(text).not.toMatch(/matti\.virtanen|412 ?34 ?567|kari\.hansen/);
  });
});
