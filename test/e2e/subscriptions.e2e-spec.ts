import { startTestApp, TestApp } from '../support/test-app';
import { subscribe } from '../support/subscription';

const SESSION_ENDED = 'subscription { sessionEnded { reason at } }';

describe('subscriptions over graphql-ws', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin@empact.test');
  });
  afterAll(() => t.close());

  const idOf = async (email: string): Promise<string> =>
    (await t.dataSource.query('SELECT id FROM account WHERE email = $1', [email]))[0].id;

  it('tells an open app at once that its account was disabled', async () => {
    const token = await t.login('operator2.be@empact.test');
    const subscription = await subscribe<{ sessionEnded: { reason: string } }>(t.url, token, SESSION_ENDED);
    const other = await subscribe<{ sessionEnded: { reason: string } }>(
      t.url,
      await t.login('operator1.be@empact.test'),
      SESSION_ENDED,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    await t.gql(
      'mutation ($id: ID!) { setAccountDisabled(id: $id, disabled: true) { id } }',
      { id: await idOf('operator2.be@empact.test') },
      { token: admin },
    );
    await expect(subscription.next(1000)).resolves.toEqual({
      sessionEnded: { reason: 'DISABLED', at: expect.any(String) },
    });
    // Nobody else hears of it.
    await expect(other.next(300)).rejects.toThrow(/no event/);
    await subscription.close();
    await other.close();
  });

  it('tells only the signed-out sign-in when one logs out', async () => {
    const first = await t.gql<{ login: { accessToken: string; refreshToken: string } }>(
      'mutation { login(email: "leader.nl@empact.test", password: "e2e-demo-password") { accessToken refreshToken } }',
    );
    const secondToken = await t.login('leader.nl@empact.test');
    const firstApp = await subscribe<{ sessionEnded: { reason: string } }>(
      t.url,
      first.data!.login.accessToken,
      SESSION_ENDED,
    );
    const secondApp = await subscribe<{ sessionEnded: { reason: string } }>(
      t.url,
      secondToken,
      SESSION_ENDED,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    await t.gql('mutation ($r: String!) { logout(refreshToken: $r) }', { r: first.data!.login.refreshToken });
    await expect(firstApp.next(1000)).resolves.toMatchObject({ sessionEnded: { reason: 'SIGNED_OUT' } });
    await expect(secondApp.next(300)).rejects.toThrow(/no event/);
    await firstApp.close();
    await secondApp.close();
  });

  it('refuses a socket without a live session', async () => {
    await expect(subscribe(t.url, undefined, SESSION_ENDED)).rejects.toThrow(/closed: 4403/);
    await expect(subscribe(t.url, 'not-a-token', SESSION_ENDED)).rejects.toThrow(/closed: 4403/);
  });
});
