import { randomUUID } from 'node:crypto';
import type { AuthenticatedActor } from '../../apps/api/src/common/auth/authenticated-actor';
import { LogInteractionInput } from '../../apps/api/src/interactions/dto/interaction.inputs';
import { InteractionService } from '../../apps/api/src/interactions/interaction.service';
import { RaiseReferralInput } from '../../apps/api/src/referrals/dto/referral.inputs';
import { ReferralService } from '../../apps/api/src/referrals/referral.service';
import { liveSession, LiveSession } from '../support/live-session';
import { startServiceTest, ServiceTest } from '../support/service-test';

describe(ReferralService.name, () => {
  let s: ServiceTest;
  let referrals: ReferralService;
  let live: LiveSession;
  let finn: AuthenticatedActor;
  let leader: AuthenticatedActor;

  const count = async (sql: string, params: unknown[]) =>
    Number((await s.t.dataSource.query<{ n: string }[]>(sql, params))[0].n);
  const referralsOf = (interactionId: string) =>
    count('SELECT count(*) AS n FROM referral WHERE interaction_id = $1', [interactionId]);

  /** A Finnish operator's interaction in the live session that calls for a referral; its id. */
  const escalated = async (): Promise<string> => {
    const id = randomUUID();
    await s.as(finn, () =>
      s.get(InteractionService).log(
        finn,
        Object.assign(new LogInteractionInput(), {
          id,
          sessionId: live.sessionId,
          channel: 'PUBLIC_CHAT',
          occurredAt: new Date(Date.now() - 5 * 60_000),
          durationMinutes: 8,
          youngPeople: 1,
          ageBand: 'AGE_13_15',
          topics: ['SELF_HARM_SUICIDE'],
          initiatedBy: 'YOUNG_PERSON',
          tone: 'NEGATIVE',
          outcome: 'EMERGENCY_ESCALATION',
          notes: 'Nuori kertoi itsetuhoisista ajatuksista.',
          notesLanguage: 'fi',
        }),
      ),
    );
    return id;
  };
  const raiseInput = (interactionId: string): RaiseReferralInput =>
    Object.assign(new RaiseReferralInput(), {
      interactionId,
      receivingUnit: 'EMERGENCY_SERVICES',
      urgency: 'IMMEDIATE',
      reasonCode: 'SELF_HARM_SUICIDE',
      details: 'Server channel #general, 14:20; passed to the emergency services by phone.',
    });

  beforeAll(async () => {
    s = await startServiceTest();
    referrals = s.get(ReferralService);
    live = await liveSession(s.t);
    finn = await s.actor('operator1.fi@empact.test');
    leader = await s.actor('leader.fi@empact.test');
  });
  afterAll(() => s.close());

  it('raises a referral from an interaction: OPEN, with its details and its first event, and keeps the interaction', async () => {
    const interactionId = await escalated();
    const referral = await s.as(leader, () => referrals.raise(leader, raiseInput(interactionId)));
    expect(referral).toMatchObject({
      interactionId,
      weekId: live.weekId,
      sessionId: live.sessionId,
      country: 'FI',
      status: 'OPEN',
      version: 1,
      details: raiseInput(interactionId).details,
    });
    expect(referral.history.map((event) => event.status)).toEqual(['OPEN']);
    expect(await referralsOf(interactionId)).toBe(1);
    // An interaction a referral was raised from stays: deleting it is refused.
    await expect(
      s.as(finn, () => s.get(InteractionService).delete(finn, interactionId, 1)),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'interaction.hasReferral',
    });
    // A list holds it without its details.
    const listed = await s.as(leader, () => referrals.list(leader, { weekId: live.weekId }));
    expect(listed.find((r) => r.id === referral.id)).toMatchObject({ details: null, status: 'OPEN' });
  });

  it('moves a referral one step at a time, refusing a skipped step and a stale version', async () => {
    const interactionId = await escalated();
    const { id } = await s.as(leader, () => referrals.raise(leader, raiseInput(interactionId)));
    await expect(s.as(leader, () => referrals.setStatus(leader, id, 1, 'CLOSED'))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'referral.statusTransition',
    });
    const acknowledged = await s.as(leader, () =>
      referrals.setStatus(leader, id, 1, 'ACKNOWLEDGED', 'Emergency services called'),
    );
    expect(acknowledged).toMatchObject({ status: 'ACKNOWLEDGED', version: 2, details: null });
    expect(acknowledged.history.map((event) => [event.status, event.note])).toEqual([
      ['OPEN', null],
      ['ACKNOWLEDGED', 'Emergency services called'],
    ]);
    await expect(s.as(leader, () => referrals.setStatus(leader, id, 1, 'HANDED_OVER'))).rejects.toMatchObject(
      {
        code: 'CONFLICT',
        extensions: { currentVersion: 2 },
      },
    );
    await expect(
      s.as(leader, () => referrals.setStatus(leader, id, 2, 'HANDED_OVER')),
    ).resolves.toMatchObject({
      status: 'HANDED_OVER',
      version: 3,
    });
  });

  it('keeps a country’s referrals from another country’s team leader and from operators, and writes nothing for them', async () => {
    const interactionId = await escalated();
    const belgian = await s.actor('leader.be@empact.test');
    await expect(
      s.as(belgian, () => referrals.raise(belgian, raiseInput(interactionId))),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await referralsOf(interactionId)).toBe(0);

    const { id } = await s.as(leader, () => referrals.raise(leader, raiseInput(interactionId)));
    await expect(s.as(belgian, () => referrals.get(belgian, id))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      s.as(belgian, () => referrals.setStatus(belgian, id, 1, 'ACKNOWLEDGED')),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    // Referrals reach only team leaders and coordinators: an operator of the same country is refused them, and the
    // database does not show them one to change.
    await expect(s.as(finn, () => referrals.get(finn, id))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(s.as(finn, () => referrals.setStatus(finn, id, 1, 'ACKNOWLEDGED'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(s.as(leader, () => referrals.get(leader, id))).resolves.toMatchObject({
      status: 'OPEN',
      version: 1,
    });
    const belgianList = await s.as(belgian, () => referrals.list(belgian, { weekId: live.weekId }));
    expect(belgianList.some((r) => r.id === id)).toBe(false);
  });
});
