import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { liveSession } from '../support/live-session';
import { subscribe } from '../support/subscription';
import { SecondFactors } from '../support/second-factor';
import { buildApi, freePort, startApiProcess } from '../support/api-process';
import { apiClient, freshDatabase } from '../support/test-app';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** One API process from the build, on the given database and Redis; resolves once /health answers. */
const startProcess = (port: number, databaseUrl: string, logs: string, dataDir: string) =>
  // One DATA_DIR for both: the generated keys (tokens, two-factor secrets) and the demo's authenticator secrets.
  startApiProcess(port, { DATABASE_URL: databaseUrl, DATA_DIR: dataDir, REDIS_URL, ADMIN_DIST: logs });

// Two processes need a database both can reach: the server run of CI (DATABASE_URL) has one; the embedded one has not.
const onServer = process.env.DATABASE_URL ? describe : describe.skip;

onServer('two API processes on one PostgreSQL and one Redis', () => {
  const processes: ChildProcess[] = [];
  let dispose: () => Promise<void>;
  let empty: string;
  let dataDir: string;
  const ports: number[] = [];

  beforeAll(async () => {
    buildApi();
    const database = await freshDatabase();
    dispose = database.dispose;
    empty = mkdtempSync(join(tmpdir(), 'empact-no-admin-'));
    // The first migrates and seeds; the second starts on what the first made.
    dataDir = database.env.DATA_DIR;
    for (let i = 0; i < 2; i++) {
      // Asked for once the one before listens, so the two never get the same port.
      ports.push(await freePort());
      processes.push(await startProcess(ports[i], database.env.DATABASE_URL, empty, dataDir));
    }
  }, 180_000);

  afterAll(async () => {
    for (const child of processes) child.kill('SIGTERM');
    await Promise.all(
      processes.map(
        (child) => new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r))),
      ),
    );
    await dispose?.();
    rmSync(empty, { recursive: true, force: true });
  });

  it('brings a referral raised through the first to a coordinator subscribed on the second', async () => {
    const first = apiClient(request(`http://127.0.0.1:${ports[0]}`), new SecondFactors(dataDir));
    const live = await liveSession(first, ['FI', 'BE', 'NL'], 'TWO-INSTANCES');
    const coordinator = await first.login('coordinator.no@empact.test');
    const alerts = await subscribe<{ referralRaised: { id: string; country: string; raisedAt?: string } }>(
      `http://127.0.0.1:${ports[1]}`,
      coordinator,
      'subscription { referralRaised { id country urgency } }',
    );
    await new Promise((r) => setTimeout(r, 200));

    const finn = await first.login('operator1.fi@empact.test');
    const interactionId = crypto.randomUUID();
    const logged = await first.gql(
      'mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }',
      {
        input: {
          id: interactionId,
          sessionId: live.sessionId,
          channel: 'DIRECT_MESSAGE',
          occurredAt: new Date(Date.now() - 5 * 60_000).toISOString(),
          durationMinutes: 10,
          youngPeople: 1,
          ageBand: 'AGE_13_15',
          topics: ['SELF_HARM_SUICIDE'],
          initiatedBy: 'YOUNG_PERSON',
          tone: 'NEGATIVE',
          outcome: 'EMERGENCY_ESCALATION',
          notes: 'Nuori kertoi itsetuhoisista ajatuksista.',
          notesLanguage: 'fi',
        },
      },
      { token: finn },
    );
    expect(logged.errors).toBeUndefined();
    const leader = await first.login('leader.fi@empact.test');
    const raised = await first.gql<{ raiseReferral: { id: string } }>(
      'mutation ($input: RaiseReferralInput!) { raiseReferral(input: $input) { id } }',
      {
        input: {
          interactionId,
          receivingUnit: 'EMERGENCY_SERVICES',
          urgency: 'IMMEDIATE',
          reasonCode: 'SELF_HARM_SUICIDE',
          details: 'Raised on the first instance.',
        },
      },
      { token: leader },
    );
    expect(raised.errors).toBeUndefined();
    const alert = await alerts.next(3000);
    expect(alert.referralRaised).toMatchObject({ id: raised.data!.raiseReferral.id, country: 'FI' });
    await alerts.close();
  });
});
