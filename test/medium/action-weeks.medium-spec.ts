import { ActionWeekService } from '../../apps/api/src/action-weeks/action-week.service';
import { startServiceTest, ServiceTest } from '../support/service-test';

describe(ActionWeekService.name, () => {
  let s: ServiceTest;
  let weeks: ActionWeekService;
  beforeAll(async () => {
    s = await startServiceTest();
    weeks = s.get(ActionWeekService);
  });
  afterAll(() => s.close());

  it('gives a national team the weeks its country takes part in, and the week of another id as NOT_FOUND', async () => {
    const leader = await s.actor('leader.no@empact.test');
    const [week] = await s.as(leader, () => weeks.list(leader));
    expect(week.countries.map((c) => c.country)).toContain('NO');
    await expect(
      s.as(leader, () => weeks.get(leader, '00000000-0000-4000-8000-000000000000')),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a team leader the management of a week, before looking at it', async () => {
    const leader = await s.actor('leader.no@empact.test');
    const [week] = await s.as(leader, () => weeks.list(leader));
    await expect(s.as(leader, () => weeks.setTwoFactorRequired(leader, week.id, true))).rejects.toMatchObject(
      { code: 'FORBIDDEN' },
    );
  });
});
