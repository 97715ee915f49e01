import ICAL from 'ical.js';
import { codeOf, startTestApp, TestApp } from '../support/test-app';

const CREATE =
  'mutation ($w: ID!, $scope: CalendarFeedScope!, $country: String) { createCalendarFeed(weekId: $w, scope: $scope, country: $country) { id scope country url } }';

describe('calendar feeds', () => {
  let t: TestApp;
  let weekId: string;
  beforeAll(async () => {
    t = await startTestApp();
    const token = await t.login('coordinator.no@empact.test');
    weekId = (await t.gql<{ actionWeeks: { id: string }[] }>('{ actionWeeks { id } }', {}, { token })).data!
      .actionWeeks[0].id;
  });
  afterAll(() => t.close());

  const fetchFeed = (url: string) =>
    t.http
      .get(new URL(url).pathname)
      .buffer(true)
      .parse((res, done) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        res.on('end', () => done(null, body));
      });

  it('gives the Finnish team an iCalendar feed of its sessions with the right instants and the week’s zone', async () => {
    const token = await t.login('operator1.fi@empact.test');
    const created = await t.gql<{ createCalendarFeed: { url: string; country: string } }>(
      CREATE,
      { w: weekId, scope: 'COUNTRY' },
      { token },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createCalendarFeed.country).toBe('FI');
    const response = await fetchFeed(created.data!.createCalendarFeed.url);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/calendar');

    const calendar = new ICAL.Component(ICAL.parse(response.body as string));
    const zone = calendar.getFirstSubcomponent('vtimezone');
    expect(zone?.getFirstPropertyValue('tzid')).toBe('Europe/Oslo');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(10);

    const schedule = await t.gql<{ schedule: { id: string; startsAt: string; endsAt: string }[] }>(
      'query ($w: ID!) { schedule(weekId: $w, filter: { country: "FI" }) { id startsAt endsAt } }',
      { w: weekId },
      { token },
    );
    for (const session of schedule.data!.schedule) {
      const event = events.find((e) => e.uid === `${session.id}@empact-action-week`)!;
      expect(event.startDate.zone.tzid).toBe('Europe/Oslo');
      expect(event.startDate.toJSDate().toISOString()).toBe(session.startsAt);
      expect(event.endDate.toJSDate().toISOString()).toBe(session.endsAt);
    }
    expect(events[0].description).toContain('Mikko Korhonen');
    // DTSTAMP in UTC, as RFC 5545 requires.
    expect(response.body).toMatch(/^DTSTAMP:\d{8}T\d{6}Z\r?$/m);
  });

  it('gives a person a feed of only their own sessions', async () => {
    const token = await t.login('coordinator2.no@empact.test');
    const created = await t.gql<{ createCalendarFeed: { url: string } }>(
      CREATE,
      { w: weekId, scope: 'PERSON' },
      { token },
    );
    const response = await fetchFeed(created.data!.createCalendarFeed.url);
    const events = new ICAL.Component(ICAL.parse(response.body as string)).getAllSubcomponents('vevent');
    // The second Kripos guide guides the Dutch-Icelandic sessions: two a day.
    expect(events).toHaveLength(10);
    expect(events.every((e) => String(e.getFirstPropertyValue('summary')).includes('IS, NL'))).toBe(true);
  });

  it('stops answering once revoked, and answers nothing to a made-up address', async () => {
    const token = await t.login('leader.be@empact.test');
    const created = await t.gql<{ createCalendarFeed: { id: string; url: string } }>(
      CREATE,
      { w: weekId, scope: 'COUNTRY' },
      { token },
    );
    expect((await fetchFeed(created.data!.createCalendarFeed.url)).status).toBe(200);
    const revoked = await t.gql(
      'mutation ($id: ID!) { revokeCalendarFeed(id: $id) { revokedAt } }',
      { id: created.data!.createCalendarFeed.id },
      { token },
    );
    expect(revoked.errors).toBeUndefined();
    expect((await fetchFeed(created.data!.createCalendarFeed.url)).status).toBe(404);
    expect((await t.http.get('/calendar/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.ics')).status).toBe(404);
    const list = await t.gql<{ calendarFeeds: { url: string | null }[] }>(
      '{ calendarFeeds { id url revokedAt } }',
      {},
      { token },
    );
    expect(list.data!.calendarFeeds.every((f) => f.url === null)).toBe(true);
  });

  it('refuses another country’s feed to a team member (NOT_FOUND) and any feed to a liaison', async () => {
    const belgian = await t.login('operator2.be@empact.test');
    expect(
      codeOf(await t.gql(CREATE, { w: weekId, scope: 'COUNTRY', country: 'FI' }, { token: belgian })),
    ).toBe('NOT_FOUND');
    const liaison = await t.login('liaison@empact.test');
    expect(codeOf(await t.gql(CREATE, { w: weekId, scope: 'PERSON' }, { token: liaison }))).toBe('FORBIDDEN');
  });
});
