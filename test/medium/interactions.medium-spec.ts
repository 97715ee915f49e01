import { randomUUID } from 'node:crypto';
import { ActionWeekService } from '../../apps/api/src/action-weeks/action-week.service';
import type { AuthenticatedActor } from '../../apps/api/src/common/auth/authenticated-actor';
import { InteractionService } from '../../apps/api/src/interactions/interaction.service';
import { PatrolSessionService } from '../../apps/api/src/patrol-sessions/patrol-session.service';
import {
  LogInteractionInput,
  UpdateInteractionInput,
} from '../../apps/api/src/interactions/dto/interaction.inputs';
import { liveSession, LiveSession } from '../support/live-session';
import { startServiceTest, ServiceTest } from '../support/service-test';
import { countStatements } from '../support/test-app';

describe(InteractionService.name, () => {
  let s: ServiceTest;
  let interactions: InteractionService;
  let live: LiveSession;
  let finn: AuthenticatedActor;

  // Instances of the input classes, as the validation pipe hands them over (the personal-data check needs them).
  const entry = (overrides: Partial<LogInteractionInput> = {}): LogInteractionInput =>
    Object.assign(new LogInteractionInput(), {
      id: randomUUID(),
      sessionId: live.sessionId,
      channel: 'PUBLIC_CHAT',
      occurredAt: new Date(Date.now() - 10 * 60_000),
      durationMinutes: 12,
      youngPeople: 3,
      ageBand: 'AGE_13_15',
      topics: ['ONLINE_SAFETY_ADVICE'],
      initiatedBy: 'YOUNG_PERSON',
      tone: 'POSITIVE',
      outcome: 'ADVICE_GIVEN',
      notes: 'Kolme nuorta kysyi, miten pelitili suojataan.',
      notesLanguage: 'fi',
      summaryEn: 'Three young people asked how to protect a gaming account.',
      ...overrides,
    });
  const count = async (sql: string, params: unknown[]) =>
    Number((await s.t.dataSource.query<{ n: string }[]>(sql, params))[0].n);
  const stored = (id: string) => count('SELECT count(*) AS n FROM interaction WHERE id = $1', [id]);
  const audited = (id: string) => count('SELECT count(*) AS n FROM audit_entry WHERE target_id = $1', [id]);
  const revisions = (id: string) =>
    count('SELECT count(*) AS n FROM interaction_revision WHERE interaction_id = $1', [id]);
  const log = (actor: AuthenticatedActor, input: LogInteractionInput) =>
    s.as(actor, () => interactions.log(actor, input));
  const edit = (actor: AuthenticatedActor, input: LogInteractionInput, version: number, changes = {}) => {
    const { sessionId: _session, ...content } = input;
    return s.as(actor, () =>
      interactions.update(
        actor,
        Object.assign(new UpdateInteractionInput(), { ...content, ...changes, version }),
      ),
    );
  };

  beforeAll(async () => {
    s = await startServiceTest();
    interactions = s.get(InteractionService);
    live = await liveSession(s.t);
    finn = await s.actor('operator1.fi@empact.test');
  });
  afterAll(() => s.close());

  it('logs an operator’s interaction for their country with its audit entry, in two statements', async () => {
    const input = entry();
    const { result, statements } = await countStatements(s.t, () => log(finn, input));
    expect(result).toMatchObject({
      id: input.id,
      country: 'FI',
      version: 1,
      editable: true,
      notes: input.notes,
    });
    // The session's context, then the one statement that writes the interaction and its audit entry.
    expect(statements).toHaveLength(2);
    expect(await stored(input.id)).toBe(1);
    expect(await audited(input.id)).toBe(1);
    // A retry of the same id and content answers the stored one and writes nothing more.
    await expect(log(finn, input)).resolves.toMatchObject({ id: input.id, version: 1 });
    expect(await audited(input.id)).toBe(1);
  });

  it('refuses an unknown platform as BAD_USER_INPUT and writes nothing', async () => {
    const input = entry({ platform: 'NO_SUCH_PLATFORM' });
    await expect(log(finn, input)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { field: 'platform' },
    });
    expect(await stored(input.id)).toBe(0);
    expect(await audited(input.id)).toBe(0);

    const kept = entry();
    await log(finn, kept);
    await expect(edit(finn, kept, 1, { platform: 'NO_SUCH_PLATFORM' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { field: 'platform' },
    });
    expect(await revisions(kept.id)).toBe(0);
    await expect(s.as(finn, () => interactions.get(finn, kept.id))).resolves.toMatchObject({
      version: 1,
      platform: 'DISCORD',
    });
  });

  it('lets the author edit, and answers an edit of an older version with CONFLICT and the current version', async () => {
    const input = entry();
    await log(finn, input);
    await expect(edit(finn, input, 1, { youngPeople: 5 })).resolves.toMatchObject({
      version: 2,
      youngPeople: 5,
    });
    expect(await revisions(input.id)).toBe(1);
    await expect(edit(finn, input, 1, { youngPeople: 6 })).rejects.toMatchObject({
      code: 'CONFLICT',
      extensions: { currentVersion: 2 },
    });
    await expect(s.as(finn, () => interactions.get(finn, input.id))).resolves.toMatchObject({
      version: 2,
      youngPeople: 5,
    });
  });

  it('refuses another operator’s edit, lets their country’s team leader edit, and hides it from another country', async () => {
    const input = entry();
    await log(finn, input);
    const colleague = await s.actor('operator2.fi@empact.test');
    await expect(edit(colleague, input, 1, { youngPeople: 2 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const belgianLeader = await s.actor('leader.be@empact.test');
    await expect(edit(belgianLeader, input, 1, { youngPeople: 2 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await revisions(input.id)).toBe(0);

    const leader = await s.actor('leader.fi@empact.test');
    await expect(edit(leader, input, 1, { youngPeople: 2 })).resolves.toMatchObject({
      version: 2,
      youngPeople: 2,
      editable: true,
    });
    await expect(s.as(colleague, () => interactions.get(colleague, input.id))).resolves.toMatchObject({
      editable: false,
    });
  });

  it('gives a session’s totals only to those it reaches, each national team its own country’s', async () => {
    const own = await s.as(finn, () => interactions.sessionTotals(finn, live.sessionId));
    const fiRows = await count(
      'SELECT count(*) AS n FROM interaction WHERE session_id = $1 AND country = $2',
      [live.sessionId, 'FI'],
    );
    expect(own.interactions).toBe(fiRows);
    expect(own.interactions).toBeGreaterThan(0);

    const dutch = await s.actor('operator1.nl@empact.test');
    await log(
      dutch,
      entry({ notes: 'Twee jongeren vroegen naar privacy-instellingen.', notesLanguage: 'nl' }),
    );
    await expect(s.as(dutch, () => interactions.sessionTotals(dutch, live.sessionId))).resolves.toMatchObject(
      {
        interactions: 1,
        youngPeople: 3,
      },
    );
    const coordinator = await s.actor('coordinator.no@empact.test');
    await expect(
      s.as(coordinator, () => interactions.sessionTotals(coordinator, live.sessionId)),
    ).resolves.toMatchObject({
      interactions: fiRows + 1,
    });

    // Iceland takes part in the week, not in this session: for its team the session is not there.
    const icelander = await s.actor('leader.is@empact.test');
    await expect(
      s.as(icelander, () => interactions.sessionTotals(icelander, live.sessionId)),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const liaison = await s.actor('liaison@empact.test');
    await expect(
      s.as(liaison, () => interactions.sessionTotals(liaison, live.sessionId)),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('refuses logging and editing once the week is closed, and changes nothing', async () => {
    const closing = await liveSession(s.t, ['FI'], 'CLOSING-WEEK');
    const before = entry({ sessionId: closing.sessionId });
    await log(finn, before);
    const coordinator = await s.actor('coordinator.no@empact.test');
    // A week closes only once none of its sessions is live (the refusal lists them): the patrol ends first.
    const sessions = s.get(PatrolSessionService);
    const running = await s.as(coordinator, () => sessions.get(coordinator, closing.sessionId));
    await s.as(coordinator, () => sessions.end(coordinator, closing.sessionId, running.version));
    await s.as(coordinator, () => s.get(ActionWeekService).setStatus(coordinator, closing.weekId, 'CLOSED'));

    const late = entry({ sessionId: closing.sessionId });
    await expect(log(finn, late)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'schedule.weekClosed',
    });
    expect(await stored(late.id)).toBe(0);
    await expect(edit(finn, before, 1, { youngPeople: 9 })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'schedule.weekClosed',
    });
    await expect(s.as(finn, () => interactions.get(finn, before.id))).resolves.toMatchObject({
      version: 1,
      youngPeople: 3,
      editable: false,
    });
  });
});
