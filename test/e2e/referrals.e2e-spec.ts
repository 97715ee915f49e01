import { startTestApp, TestApp } from '../support/test-app';

interface Listed {
  id: string;
  status: string;
  version: number;
}

/** Issue #18: a referral's badge said a status its history did not show (the demo wrote only the OPEN step). */
describe('a referral’s status and its history', () => {
  let t: TestApp;
  let coordinator: string;
  let weekId: string;

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.login('coordinator.no@empact.test');
    weekId = (
      await t.gql<{ actionWeeks: { id: string }[] }>('{ actionWeeks { id } }', {}, { token: coordinator })
    ).data!.actionWeeks[0].id;
  });
  afterAll(() => t.close());

  it('agree for every referral of the week: the status is the last step of the history, one step per version', async () => {
    const listed = (
      await t.gql<{ referrals: Listed[] }>(
        'query ($f: ReferralFilter!) { referrals(filter: $f) { id status version } }',
        { f: { weekId } },
        { token: coordinator },
      )
    ).data!.referrals;
    expect(listed.some((referral) => referral.status !== 'OPEN')).toBe(true);
    for (const referral of listed) {
      const read = await t.gql<{ referral: Listed & { history: { status: string }[] } }>(
        'query ($id: ID!) { referral(id: $id) { id status version history { status } } }',
        { id: referral.id },
        { token: coordinator },
      );
      const { status, version, history } = read.data!.referral;
      expect(status).toBe(referral.status);
      expect(history.at(-1)?.status).toBe(status);
      expect(history.map((event) => event.status)).toEqual(
        ['OPEN', 'ACKNOWLEDGED', 'HANDED_OVER', 'CLOSED'].slice(0, history.length),
      );
      expect(version).toBe(history.length);
    }
  });
});
