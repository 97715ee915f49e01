import { randomUUID } from 'node:crypto';
import { interactionContent } from '../support/free-text-cases';
import { liveSession } from '../support/live-session';
import { codeOf, startTestApp, TestApp } from '../support/test-app';

/** Every text this run writes: none of them may reach the server's log. */
const TEXTS = {
  notes: 'Sinilintu kertoi kiusaamisesta palvelimella Kuusikko.',
  summaryEn: 'Bluebird told us about bullying on the Spruce server.',
  failedNotes: 'Harmaahaikara mainitsi uhkauksen, joka jäi tallentamatta.',
  updatedNotes: 'Sinilintu kertoi myöhemmin lisää Kuusikon kanavasta.',
  details: 'Punatulkku tarvitsee lastensuojelun yhteydenoton huomenna.',
  statusNote: 'Lastensuojelu vahvisti Punatulkun tapauksen vastaanoton.',
  whatWorked: 'Kaarneen kanssa keskustelu sujui luontevasti.',
  summary: 'Ravenswood conversation went well; Kaarnetie advice helped.',
  comment: 'Kiitos Kaarne-kuvauksesta, selkeä ja lyhyt.',
  lessons: 'Tikka-tapaus opetti kysymään avoimesti.',
  refused: 'Peippo antoi osoitteen peippo.virtanen@gmail.com illalla.',
};

describe('no free text in the server log', () => {
  let t: TestApp;
  const log: string[] = [];
  const restore: (() => void)[] = [];

  beforeAll(async () => {
    // The whole server log: what Nest, TypeORM and Apollo print, at the most talkative level.
    for (const stream of [process.stdout, process.stderr]) {
      const write = stream.write;
      stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
        log.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
        // Kept, not printed: at debug level the log is long. The callback, if any, still runs.
        const callback = rest.find((arg): arg is () => void => typeof arg === 'function');
        callback?.();
        return true;
      }) as typeof stream.write;
      restore.push(() => (stream.write = write));
    }
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      const original = console[method];
      console[method] = (...args: unknown[]) => log.push(args.map(String).join(' '));
      restore.push(() => (console[method] = original));
    }
    t = await startTestApp({ LOG_LEVEL: 'debug' });
  });
  afterAll(async () => {
    await t.close();
    restore.forEach((undo) => undo());
  });

  it('writes notes, details, debriefs, comments and a report, one failing statement among them, and logs none of the texts', async () => {
    const live = await liveSession(t, ['FI', 'BE', 'NL'], 'LOG-WEEK');
    const coordinator = await t.login('coordinator.no@empact.test');
    const finn = await t.login('operator1.fi@empact.test');
    const leader = await t.login('leader.fi@empact.test');
    const LOG = 'mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }';

    const id = randomUUID();
    expect(
      (
        await t.gql(
          LOG,
          {
            input: {
              id,
              sessionId: live.sessionId,
              ...interactionContent({ notes: TEXTS.notes, summaryEn: TEXTS.summaryEn }),
            },
          },
          { token: finn },
        )
      ).errors,
    ).toBeUndefined();
    // The notes are bound, then the statement fails on the platform's foreign key.
    const failed = await t.gql(
      LOG,
      {
        input: {
          id: randomUUID(),
          sessionId: live.sessionId,
          ...interactionContent({ notes: TEXTS.failedNotes, platform: 'NO_SUCH_PLATFORM' }),
        },
      },
      { token: finn },
    );
    expect(failed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'platform' });
    const refused = await t.gql(
      LOG,
      {
        input: {
          id: randomUUID(),
          sessionId: live.sessionId,
          ...interactionContent({ notes: TEXTS.refused }),
        },
      },
      { token: finn },
    );
    expect(codeOf(refused)).toBe('PERSONAL_DATA_IN_NOTES');
    expect(
      (
        await t.gql(
          'mutation ($input: UpdateInteractionInput!) { updateInteraction(input: $input) { id } }',
          { input: { id, version: 1, ...interactionContent({ notes: TEXTS.updatedNotes }) } },
          { token: finn },
        )
      ).errors,
    ).toBeUndefined();

    const referral = await t.gql<{ raiseReferral: { id: string } }>(
      'mutation ($input: RaiseReferralInput!) { raiseReferral(input: $input) { id } }',
      {
        input: {
          interactionId: id,
          receivingUnit: 'CHILD_PROTECTION_SERVICES',
          urgency: 'PRIORITY',
          reasonCode: 'BULLYING',
          details: TEXTS.details,
        },
      },
      { token: leader },
    );
    expect(referral.errors).toBeUndefined();
    expect(
      (
        await t.gql(
          'mutation ($id: ID!, $note: String) { setReferralStatus(id: $id, version: 1, status: ACKNOWLEDGED, note: $note) { id } }',
          { id: referral.data!.raiseReferral.id, note: TEXTS.statusNote },
          { token: leader },
        )
      ).errors,
    ).toBeUndefined();

    const [{ version }] = await t.dataSource.query('SELECT version FROM patrol_session WHERE id = $1', [
      live.sessionId,
    ]);
    expect(
      (
        await t.gql(
          'mutation ($id: ID!, $v: Int!) { endPatrolSession(id: $id, version: $v) { id } }',
          { id: live.sessionId, v: version },
          { token: coordinator },
        )
      ).errors,
    ).toBeUndefined();
    const debrief = await t.gql<{ saveDebrief: { id: string; version: number } }>(
      'mutation ($input: SaveDebriefInput!) { saveDebrief(input: $input) { id version } }',
      {
        input: {
          sessionId: live.sessionId,
          language: 'fi',
          whatWorked: TEXTS.whatWorked,
          wellbeingScore: 4,
          summaryEn: TEXTS.summary,
        },
      },
      { token: leader },
    );
    expect(debrief.errors).toBeUndefined();
    const debriefId = debrief.data!.saveDebrief.id;
    expect(
      (
        await t.gql(
          'mutation ($id: ID!, $v: Int!) { submitDebrief(id: $id, version: $v) { id } }',
          { id: debriefId, v: debrief.data!.saveDebrief.version },
          { token: leader },
        )
      ).errors,
    ).toBeUndefined();
    expect(
      (
        await t.gql(
          'mutation ($id: ID!, $body: String!) { commentDebrief(id: $id, body: $body) { id } }',
          { id: debriefId, body: TEXTS.comment },
          { token: coordinator },
        )
      ).errors,
    ).toBeUndefined();
    expect(
      (
        await t.gql(
          'mutation ($input: SaveWeekReportInput!) { saveWeekReport(input: $input) { version } }',
          {
            input: {
              weekId: live.weekId,
              version: 0,
              lessonsLearned: TEXTS.lessons,
              language: 'fi',
              debriefIds: [debriefId],
            },
          },
          { token: coordinator },
        )
      ).errors,
    ).toBeUndefined();

    const whole = log.join('');
    // The log was captured: the failed statement is in it, by its SQL and its constraint.
    expect(whole).toMatch(/statement failed: .*interaction_platform_code_fkey/);
    for (const [name, text] of Object.entries(TEXTS)) {
      // Any distinctive word of a text counts, not only the whole text.
      const words = text.split(/[\s.,;]+/).filter((word) => word.length >= 8);
      for (const word of words)
        expect({ name, word, logged: whole.includes(word) }).toEqual({ name, word, logged: false });
    }
  });
});
