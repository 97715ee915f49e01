import { randomUUID } from 'node:crypto';
import { RetentionService } from '../../apps/api/src/retention/retention.service';
import { liveSession, LiveSession } from '../support/live-session';
import { startTestApp, TestApp } from '../support/test-app';

const DAY = 24 * 3600 * 1000;
const OUTCOMES = `query ($w: ID!) { outcomes(weekId: $w, unsuppressed: true) {
  byTopic { rows columns cells { value } } byOutcome { cells { value } } youngPeople { cells { value } } referrals { rows columns cells { value } } sessions { cells { value } }
} }`;

describe('retention of free texts after the week closes', () => {
  let t: TestApp;
  let live: LiveSession;
  let coordinator: string;
  let interactionId: string;
  let closedAt: Date;
  let debriefId: string;

  beforeAll(async () => {
    t = await startTestApp();
    live = await liveSession(t, ['FI', 'BE', 'NL'], 'RETENTION-WEEK');
    coordinator = await t.login('coordinator.no@empact.test');
    const finn = await t.login('operator1.fi@empact.test');
    interactionId = randomUUID();
    const content = {
      sessionId: live.sessionId,
      channel: 'DIRECT_MESSAGE',
      occurredAt: new Date(Date.now() - 15 * 60_000).toISOString(),
      durationMinutes: 20,
      youngPeople: 2,
      ageBand: 'AGE_13_15',
      topics: ['BULLYING'],
      initiatedBy: 'YOUNG_PERSON',
      tone: 'NEGATIVE',
      outcome: 'REFERRED',
      notes: 'Kaksi nuorta kertoi kiusaamisesta koulun pelipalvelimella.',
      notesLanguage: 'fi',
      summaryEn: 'Two young people reported bullying on their school’s game server.',
    };
    const logged = await t.gql(
      'mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }',
      { input: { id: interactionId, ...content } },
      { token: finn },
    );
    expect(logged.errors).toBeUndefined();
    // An earlier version is kept beside the log: it must go too.
    const edited = await t.gql(
      'mutation ($input: UpdateInteractionInput!) { updateInteraction(input: $input) { version } }',
      { input: { id: interactionId, version: 1, ...content, sessionId: undefined, durationMinutes: 25 } },
      { token: finn },
    );
    expect(edited.errors).toBeUndefined();
    const leader = await t.login('leader.fi@empact.test');
    const referral = await t.gql(
      'mutation ($input: RaiseReferralInput!) { raiseReferral(input: $input) { id } }',
      {
        input: {
          interactionId,
          receivingUnit: 'CHILD_PROTECTION_SERVICES',
          urgency: 'PRIORITY',
          reasonCode: 'BULLYING',
          details: 'School game server, channel #yleinen, around 15:00.',
        },
      },
      { token: leader },
    );
    expect(referral.errors).toBeUndefined();
    const referralId = (referral.data as { raiseReferral: { id: string } }).raiseReferral.id;
    const moved = await t.gql(
      'mutation ($id: ID!) { setReferralStatus(id: $id, version: 1, status: ACKNOWLEDGED, note: "Vastaanotettu, lastensuojelu soittaa huomenna.") { id } }',
      { id: referralId },
      { token: leader },
    );
    expect(moved.errors).toBeUndefined();

    // The session ends; the Finnish team writes its debrief, a coordinator comments, the week report quotes it.
    const [{ version }] = await t.dataSource.query('SELECT version FROM patrol_session WHERE id = $1', [
      live.sessionId,
    ]);
    const ended = await t.gql(
      'mutation ($id: ID!, $v: Int!) { endPatrolSession(id: $id, version: $v) { id } }',
      { id: live.sessionId, v: version },
      { token: coordinator },
    );
    expect(ended.errors).toBeUndefined();
    const saved = await t.gql<{ saveDebrief: { id: string; version: number } }>(
      'mutation ($input: SaveDebriefInput!) { saveDebrief(input: $input) { id version } }',
      {
        input: {
          sessionId: live.sessionId,
          language: 'fi',
          whatWorked: 'Nuoret kysyivät paljon poliisin työstä.',
          challenges: 'Kiusaamisesta kertominen vei aikaa.',
          signals: 'Koulun pelipalvelimella kiusataan.',
          platformObservations: 'Kanava #yleinen on vilkas iltaisin.',
          wellbeingScore: 4,
          wellbeingText: 'Raskas mutta hyvä ilta.',
          guidanceSuggestions: 'Lisää ohjeita kiusaamistilanteisiin.',
          summaryEn: 'Bullying reported on a school game server; referred to child protection.',
        },
      },
      { token: leader },
    );
    expect(saved.errors).toBeUndefined();
    debriefId = saved.data!.saveDebrief.id;
    const submitted = await t.gql(
      'mutation ($id: ID!, $v: Int!) { submitDebrief(id: $id, version: $v) { id } }',
      { id: debriefId, v: saved.data!.saveDebrief.version },
      { token: leader },
    );
    expect(submitted.errors).toBeUndefined();
    const commented = await t.gql(
      'mutation ($id: ID!) { commentDebrief(id: $id, body: "Kiitos, hyvä kuvaus kiusaamisesta.") { id } }',
      { id: debriefId },
      { token: coordinator },
    );
    expect(commented.errors).toBeUndefined();
    const report = await t.gql(
      'mutation ($input: SaveWeekReportInput!) { saveWeekReport(input: $input) { version } }',
      {
        input: {
          weekId: live.weekId,
          version: 0,
          lessonsLearned: 'Pelipalvelimen kiusaaminen nousi esiin.',
          language: 'fi',
          summaryEn: 'Bullying on school game servers came up.',
          debriefIds: [debriefId],
        },
      },
      { token: coordinator },
    );
    expect(report.errors).toBeUndefined();
    const closed = await t.gql<{ setActionWeekStatus: { closedAt: string; retentionDays: number } }>(
      'mutation ($id: ID!) { setActionWeekStatus(id: $id, status: CLOSED) { closedAt retentionDays } }',
      { id: live.weekId },
      { token: coordinator },
    );
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.setActionWeekStatus.retentionDays).toBe(30);
    closedAt = new Date(closed.data!.setActionWeekStatus.closedAt);
  });
  afterAll(() => t.close());

  it('keeps everything until the retention days have passed, then deletes the texts once, audited, and keeps every figure', async () => {
    const retention = t.app.get(RetentionService);
    const before = await t.gql<{
      outcomes: { referrals: { rows: string[]; columns: string[]; cells: { value: number }[][] } };
    }>(OUTCOMES, { w: live.weekId }, { token: coordinator });
    expect(before.errors).toBeUndefined();
    // The referral is counted as it was raised: PRIORITY, child protection services.
    const referrals = before.data!.outcomes.referrals;
    expect(
      referrals.cells[referrals.rows.indexOf('PRIORITY')][
        referrals.columns.indexOf('CHILD_PROTECTION_SERVICES')
      ].value,
    ).toBe(1);

    expect(await retention.purgeDue(new Date(closedAt.getTime() + 29 * DAY))).toEqual([]);
    const [kept] = await t.dataSource.query('SELECT notes, summary_en FROM interaction WHERE id = $1', [
      interactionId,
    ]);
    expect(kept.notes).toContain('kiusaamisesta');

    const purged = await retention.purgeDue(new Date(closedAt.getTime() + 30 * DAY + 60_000));
    expect(purged).toEqual([
      {
        weekId: live.weekId,
        interactions: 1,
        referrals: 1,
        revisions: 1,
        referralNotes: 1,
        debriefs: 1,
        debriefComments: 1,
        weekReports: 1,
      },
    ]);

    const [row] = await t.dataSource.query(
      'SELECT notes, summary_en AS "summaryEn", notes_deleted_at AS "deletedAt" FROM interaction WHERE id = $1',
      [interactionId],
    );
    expect(row).toMatchObject({ notes: '', summaryEn: null });
    expect(row.deletedAt).not.toBeNull();
    const [referral] = await t.dataSource.query(
      'SELECT details, details_deleted_at AS "deletedAt" FROM referral WHERE interaction_id = $1',
      [interactionId],
    );
    expect(referral.details).toBe('');
    expect(referral.deletedAt).not.toBeNull();
    const revisions: { snapshot: Record<string, unknown> }[] = await t.dataSource.query(
      'SELECT snapshot FROM interaction_revision WHERE interaction_id = $1',
      [interactionId],
    );
    expect(revisions.length).toBe(1);
    expect(JSON.stringify(revisions)).not.toMatch(/kiusaamisesta|bullying on their school/);

    const audit = await t.dataSource.query(
      `SELECT actor_id AS "actorId", details FROM audit_entry WHERE action = 'deleteWeekTexts' AND target_id = $1`,
      [live.weekId],
    );
    expect(audit).toEqual([
      {
        actorId: null,
        details: {
          interactions: 1,
          referrals: 1,
          revisions: 1,
          referralNotes: 1,
          debriefs: 1,
          debriefComments: 1,
          weekReports: 1,
        },
      },
    ]);

    // Every other free text of the week went with the notes; the debrief keeps its score, the report its links.
    const [debrief] = await t.dataSource.query(
      `SELECT what_worked || challenges || signals || platform_observations || wellbeing_text || guidance_suggestions AS texts, summary_en AS "summaryEn",
              wellbeing_score AS "wellbeingScore", status FROM debrief WHERE id = $1`,
      [debriefId],
    );
    expect(debrief).toEqual({ texts: '', summaryEn: null, wellbeingScore: 4, status: 'SUBMITTED' });
    const texts = await t.dataSource.query(
      `SELECT (SELECT json_agg(c.body) FROM debrief_comment c WHERE c.debrief_id = $2) AS comments,
              (SELECT json_agg(e.note) FROM referral_event e JOIN referral r ON r.id = e.referral_id WHERE r.week_id = $1) AS notes,
              (SELECT json_build_object('l', w.lessons_learned, 's', w.summary_en, 'd', w.debrief_ids) FROM week_report w WHERE w.week_id = $1) AS report`,
      [live.weekId, debriefId],
    );
    expect(texts[0]).toEqual({
      comments: [''],
      notes: [null, null],
      report: { l: '', s: null, d: [debriefId] },
    });
    const digest = await t.gql<{ debriefDigest: unknown[] }>(
      'query ($w: ID!) { debriefDigest(weekId: $w) { country summaries { summaryEn } } }',
      { w: live.weekId },
      { token: coordinator },
    );
    expect(JSON.stringify(digest.data)).not.toMatch(/school game server/);

    const after = await t.gql(OUTCOMES, { w: live.weekId }, { token: coordinator });
    expect(after.data).toEqual(before.data);
    const week = await t.gql<{ actionWeek: { textsDeletedAt: string | null } }>(
      'query ($id: ID!) { actionWeek(id: $id) { textsDeletedAt } }',
      { id: live.weekId },
      { token: coordinator },
    );
    expect(week.data!.actionWeek.textsDeletedAt).not.toBeNull();

    // A second run finds nothing left to do and writes nothing more.
    expect(await retention.purgeDue(new Date(closedAt.getTime() + 40 * DAY))).toEqual([]);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE action = 'deleteWeekTexts' AND target_id = $1`,
      [live.weekId],
    );
    expect(n).toBe(1);
  });

  it('lets a coordinator set the threshold and the retention of a new week, within bounds', async () => {
    const create = (code: string, extra: Record<string, unknown>) =>
      t.gql<{ createActionWeek: { minCount: number; retentionDays: number } }>(
        'mutation ($input: CreateActionWeekInput!) { createActionWeek(input: $input) { minCount retentionDays } }',
        {
          input: {
            code,
            title: 'Settings',
            hostCountry: 'NO',
            firstDay: '2027-03-01',
            lastDay: '2027-03-05',
            timeZone: 'Europe/Oslo',
            countries: [{ country: 'NO', languages: ['nb'] }],
            ...extra,
          },
        },
        { token: coordinator },
      );
    expect((await create('SETTINGS-A', { minCount: 10, retentionDays: 7 })).data!.createActionWeek).toEqual({
      minCount: 10,
      retentionDays: 7,
    });
    expect((await create('SETTINGS-B', {})).data!.createActionWeek).toEqual({
      minCount: 5,
      retentionDays: 30,
    });
    const refused = await create('SETTINGS-C', { minCount: 1 });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'minCount' });
  });
});
