import { endedSessionWithoutDebrief } from '../support/ended-session';
import { codeOf, startTestApp, TestApp } from '../support/test-app';

const SAVE =
  'mutation ($input: SaveDebriefInput!) { saveDebrief(input: $input) { id status version language country summaryEn } }';
const SUBMIT =
  'mutation ($id: ID!, $v: Int!) { submitDebrief(id: $id, version: $v) { status version submittedAt } }';

describe('session debriefs', () => {
  let t: TestApp;
  let coordinator: string;
  let weekId: string;
  let ended: { id: string; countries: string[] }[];
  let debriefId: string;
  let version: number;

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.login('coordinator.no@empact.test');
    weekId = (
      await t.gql<{ actionWeeks: { id: string }[] }>('{ actionWeeks { id } }', {}, { token: coordinator })
    ).data!.actionWeeks[0].id;
    ended = [await endedSessionWithoutDebrief(t, weekId, 'NL', coordinator)];
  });
  afterAll(() => t.close());

  it('lets the Dutch team leader save a draft in Dutch, and keeps it from coordinators and other teams', async () => {
    const leader = await t.login('leader.nl@empact.test');
    const res = await t.gql<{
      saveDebrief: { id: string; status: string; version: number; language: string; country: string };
    }>(
      SAVE,
      {
        input: {
          sessionId: ended[0].id,
          language: 'nl',
          whatWorked: 'Jongeren stelden veel vragen over ons werk.',
          wellbeingScore: 4,
        },
      },
      { token: leader },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.saveDebrief).toMatchObject({ status: 'DRAFT', language: 'nl', country: 'NL' });
    debriefId = res.data!.saveDebrief.id;
    version = res.data!.saveDebrief.version;

    const icelandic = await t.login('leader.is@empact.test');
    const theirs = await t.gql<{ debriefs: { country: string }[] }>(
      'query ($f: DebriefFilter!) { debriefs(filter: $f) { country } }',
      { f: { weekId } },
      { token: icelandic },
    );
    expect(theirs.data!.debriefs.every((d) => d.country === 'IS')).toBe(true);
    const coordinatorView = await t.gql<{ debriefs: { id: string }[] }>(
      'query ($f: DebriefFilter!) { debriefs(filter: $f) { id } }',
      { f: { weekId } },
      { token: coordinator },
    );
    expect(coordinatorView.data!.debriefs.map((d) => d.id)).not.toContain(debriefId);
  });

  it('refuses to submit without an English summary, then submits with one', async () => {
    const leader = await t.login('leader.nl@empact.test');
    const refused = await t.gql(SUBMIT, { id: debriefId, v: version }, { token: leader });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions.field).toBe('summaryEn');
    expect(refused.errors![0].message).toBe(
      'Voor het indienen van de debriefing is een Engelse samenvatting vereist.',
    );
    const saved = await t.gql<{ saveDebrief: { version: number } }>(
      SAVE,
      {
        input: {
          sessionId: ended[0].id,
          version,
          language: 'nl',
          summaryEn: 'Many questions about police work; the joint session with Iceland went well.',
        },
      },
      { token: leader },
    );
    const submitted = await t.gql<{ submitDebrief: { status: string } }>(
      SUBMIT,
      { id: debriefId, v: saved.data!.saveDebrief.version },
      { token: leader },
    );
    expect(submitted.data!.submitDebrief.status).toBe('SUBMITTED');
    const coordinatorView = await t.gql<{ debriefs: { id: string }[] }>(
      'query ($f: DebriefFilter!) { debriefs(filter: $f) { id } }',
      { f: { weekId } },
      { token: coordinator },
    );
    expect(coordinatorView.data!.debriefs.map((d) => d.id)).toContain(debriefId);
  });

  it('lets a coordinator ask for a revision, and the team leader change it again', async () => {
    const res = await t.gql<{
      commentDebrief: { status: string; comments: { body: string; requestsRevision: boolean }[] };
    }>(
      'mutation ($id: ID!) { commentDebrief(id: $id, body: "Could you add what you saw on the Iceland side?", requestRevision: true) { status comments { body requestsRevision } } }',
      { id: debriefId },
      { token: coordinator },
    );
    expect(res.data!.commentDebrief.status).toBe('REVISION_REQUESTED');
    const leader = await t.login('leader.nl@empact.test');
    const again = await t.gql<{ saveDebrief: { status: string } }>(
      SAVE,
      { input: { sessionId: ended[0].id, language: 'nl', signals: 'Meer vragen over oplichting.' } },
      { token: leader },
    );
    expect(again.data!.saveDebrief.status).toBe('REVISION_REQUESTED');
  });

  it('answers NOT_FOUND for a session the country did not take part in, and FORBIDDEN to an operator', async () => {
    const schedule = await t.gql<{ schedule: { id: string; countries: string[] }[] }>(
      'query ($w: ID!) { schedule(weekId: $w, filter: { country: "FI" }) { id countries } }',
      { w: weekId },
      { token: coordinator },
    );
    const finnish = schedule.data!.schedule[0];
    const leader = await t.login('leader.nl@empact.test');
    expect(
      codeOf(await t.gql(SAVE, { input: { sessionId: finnish.id, language: 'nl' } }, { token: leader })),
    ).toBe('NOT_FOUND');
    const operator = await t.login('operator1.nl@empact.test');
    expect(
      codeOf(await t.gql(SAVE, { input: { sessionId: ended[0].id, language: 'nl' } }, { token: operator })),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await t.gql(SAVE, { input: { sessionId: ended[0].id, language: 'fr' } }, { token: leader })),
    ).toBe('BAD_USER_INPUT');
  });

  it('tells coordinators which debriefs are still owed', async () => {
    const res = await t.gql<{ owedDebriefs: { sessionId: string; country: string; state: string }[] }>(
      'query ($w: ID!) { owedDebriefs(weekId: $w) { sessionId country state } }',
      { w: weekId },
      { token: coordinator },
    );
    expect(res.data!.owedDebriefs).toContainEqual({
      sessionId: ended[0].id,
      country: 'NL',
      state: 'REVISION_REQUESTED',
    });
    if (ended[0].countries.includes('IS'))
      expect(res.data!.owedDebriefs).toContainEqual({
        sessionId: ended[0].id,
        country: 'IS',
        state: 'MISSING',
      });
    const leader = await t.login('leader.nl@empact.test');
    expect(
      codeOf(
        await t.gql(
          'query ($w: ID!) { owedDebriefs(weekId: $w) { country } }',
          { w: weekId },
          { token: leader },
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});
