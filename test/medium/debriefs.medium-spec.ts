import type { AuthenticatedActor } from '../../apps/api/src/common/auth/authenticated-actor';
import { DebriefService } from '../../apps/api/src/debriefs/debrief.service';
import { DebriefFilter, SaveDebriefInput } from '../../apps/api/src/debriefs/dto/debrief.inputs';
import { endedSessionWithoutDebrief } from '../support/ended-session';
import { PHONE } from '../support/free-text-cases';
import { startServiceTest, ServiceTest } from '../support/service-test';

describe(DebriefService.name, () => {
  let s: ServiceTest;
  let debriefs: DebriefService;
  let weekId: string;
  let coordinator: AuthenticatedActor;
  let dutch: AuthenticatedActor;
  let finn: AuthenticatedActor;
  let dutchSession: string;
  let finnishSession: string;

  const save = (fields: Partial<SaveDebriefInput>) =>
    Object.assign(new SaveDebriefInput(), { sessionId: dutchSession, language: 'nl', ...fields });
  const filter = (fields: Partial<DebriefFilter> = {}) =>
    Object.assign(new DebriefFilter(), { weekId, ...fields });
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await s.t.dataSource.query(sql, params))[0].n);

  beforeAll(async () => {
    s = await startServiceTest();
    debriefs = s.get(DebriefService);
    coordinator = await s.actor('coordinator.no@empact.test');
    dutch = await s.actor('leader.nl@empact.test');
    finn = await s.actor('leader.fi@empact.test');
    [{ id: weekId }] = await s.t.dataSource.query('SELECT id FROM action_week ORDER BY first_day LIMIT 1');
    const token = await s.t.login('coordinator.no@empact.test');
    dutchSession = (await endedSessionWithoutDebrief(s.t, weekId, 'NL', token)).id;
    finnishSession = (await endedSessionWithoutDebrief(s.t, weekId, 'FI', token)).id;
  });
  afterAll(() => s.close());

  it("lets a team leader write their own country's debrief, and keeps the draft from other countries and coordinators", async () => {
    const draft = await s.as(dutch, () =>
      debriefs.save(dutch, save({ whatWorked: 'Jongeren stelden veel vragen.', wellbeingScore: 4 })),
    );
    expect(draft).toMatchObject({
      status: 'DRAFT',
      country: 'NL',
      language: 'nl',
      whatWorked: 'Jongeren stelden veel vragen.',
      wellbeingScore: 4,
    });

    expect((await s.as(finn, () => debriefs.list(finn, filter()))).map((d) => d.id)).not.toContain(draft.id);
    expect(
      (await s.as(coordinator, () => debriefs.list(coordinator, filter()))).map((d) => d.id),
    ).not.toContain(draft.id);
    expect(
      (await s.as(dutch, () => debriefs.list(dutch, filter({ sessionId: dutchSession })))).map((d) => d.id),
    ).toEqual([draft.id]);
  });

  it("refuses another country's team leader, an operator and a language the country does not work in", async () => {
    const before = await count('SELECT count(*) AS n FROM debrief');
    // The Finnish team did not take part in the Dutch session: it looks as if it did not exist.
    await expect(s.as(finn, () => debriefs.save(finn, save({ language: 'fi' })))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const [own] = await s.as(dutch, () => debriefs.list(dutch, filter({ sessionId: dutchSession })));
    await expect(s.as(finn, () => debriefs.submit(finn, own.id, own.version))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const operator = await s.actor('operator1.nl@empact.test');
    await expect(s.as(operator, () => debriefs.save(operator, save({})))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(s.as(dutch, () => debriefs.save(dutch, save({ language: 'fr' })))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { field: 'language' },
    });
    expect(await count('SELECT count(*) AS n FROM debrief')).toBe(before);
  });

  it('submits only with an English summary and the current version, then refuses changes', async () => {
    const [draft] = await s.as(dutch, () => debriefs.list(dutch, filter({ sessionId: dutchSession })));
    await expect(s.as(dutch, () => debriefs.submit(dutch, draft.id, draft.version))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { field: 'summaryEn' },
    });
    const summarised = await s.as(dutch, () =>
      debriefs.save(
        dutch,
        save({ version: draft.version, summaryEn: '  Many questions about police work.  ' }),
      ),
    );
    expect(summarised.summaryEn).toBe('Many questions about police work.');
    await expect(s.as(dutch, () => debriefs.submit(dutch, draft.id, draft.version))).rejects.toMatchObject({
      code: 'CONFLICT',
    });

    const submitted = await s.as(dutch, () => debriefs.submit(dutch, draft.id, summarised.version));
    expect(submitted.status).toBe('SUBMITTED');
    expect(submitted.submittedAt).toBeInstanceOf(Date);
    expect((await s.as(coordinator, () => debriefs.list(coordinator, filter()))).map((d) => d.id)).toContain(
      draft.id,
    );
    await expect(
      s.as(dutch, () => debriefs.save(dutch, save({ signals: 'Meer vragen.' }))),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('lets a coordinator send a submitted debrief back for a revision, which the team leader changes and submits again', async () => {
    const [submitted] = await s.as(dutch, () => debriefs.list(dutch, filter({ sessionId: dutchSession })));
    await expect(
      s.as(dutch, () => debriefs.comment(dutch, submitted.id, 'Looks fine', true)),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const returned = await s.as(coordinator, () =>
      debriefs.comment(coordinator, submitted.id, '  Add what you saw on the Iceland side.  ', true),
    );
    expect(returned.status).toBe('REVISION_REQUESTED');
    expect(returned.comments).toMatchObject([
      { body: 'Add what you saw on the Iceland side.', requestsRevision: true },
    ]);
    await expect(
      s.as(coordinator, () => debriefs.comment(coordinator, submitted.id, 'And once more', true)),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { field: 'requestRevision' },
    });
    const owed = await s.as(coordinator, () => debriefs.owed(coordinator, weekId));
    expect(owed).toContainEqual(
      expect.objectContaining({ sessionId: dutchSession, country: 'NL', state: 'REVISION_REQUESTED' }),
    );

    const changed = await s.as(dutch, () =>
      debriefs.save(dutch, save({ signals: 'Meer vragen over oplichting.' })),
    );
    expect(changed).toMatchObject({
      status: 'REVISION_REQUESTED',
      signals: 'Meer vragen over oplichting.',
      whatWorked: 'Jongeren stelden veel vragen.',
    });
    expect((await s.as(dutch, () => debriefs.submit(dutch, changed.id, changed.version))).status).toBe(
      'SUBMITTED',
    );
    expect(
      (await s.as(coordinator, () => debriefs.owed(coordinator, weekId))).filter(
        (o) => o.sessionId === dutchSession && o.country === 'NL',
      ),
    ).toEqual([]);
  });

  it('refuses a phone number in a debrief or a comment with PERSONAL_DATA_IN_NOTES, and writes nothing', async () => {
    const audits = () =>
      count(`SELECT count(*) AS n FROM audit_entry WHERE action IN ('saveDebrief', 'commentDebrief')`);
    const before = await audits();
    await expect(
      s.as(finn, () =>
        debriefs.save(
          finn,
          save({
            sessionId: finnishSession,
            language: 'fi',
            signals: `Hän pyysi soittamaan numeroon ${PHONE}.`,
          }),
        ),
      ),
    ).rejects.toMatchObject({ code: 'PERSONAL_DATA_IN_NOTES' });
    expect(await count('SELECT count(*) AS n FROM debrief WHERE session_id = $1', [finnishSession])).toBe(0);

    const [dutchDebrief] = await s.as(dutch, () => debriefs.list(dutch, filter({ sessionId: dutchSession })));
    await expect(
      s.as(coordinator, () => debriefs.comment(coordinator, dutchDebrief.id, `Call me on ${PHONE}`, true)),
    ).rejects.toMatchObject({
      code: 'PERSONAL_DATA_IN_NOTES',
    });
    const [after] = await s.as(dutch, () => debriefs.list(dutch, filter({ sessionId: dutchSession })));
    expect(after).toMatchObject({
      status: 'SUBMITTED',
      version: dutchDebrief.version,
      comments: dutchDebrief.comments,
    });
    expect(await audits()).toBe(before);
  });
});
