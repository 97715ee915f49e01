import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  BASE_URL,
  ENGLISH_LOGIN,
  launchBrowser,
  newContext,
  NORWEGIAN_LOGIN,
  shown,
  signIn,
} from './support/browser';
import { closeWeek, gql, liveSessionNow, tokenOf } from './support/live-week';
import { expectAccessible } from './support/accessibility';

/*
 * The home page leads with what to do now (issue #18): an operator reaches the live session's log in one click; a
 * coordinator sees an overdue session (scheduled, its start passed, not started) and an open IMMEDIATE referral.
 * With SHOTS_DIR set, the home page of each role is kept as a screenshot in English and Norwegian.
 */
const OPERATOR = 'operator1.nl@empact.test';
const LEADER = 'leader.nl@empact.test';
const COORDINATOR = 'coordinator.no@empact.test';
const LIAISON = 'liaison@empact.test';
const SHOTS_DIR = process.env.SHOTS_DIR;
const MINUTE = 60_000;

type Language = 'English' | 'Norsk bokmål';

async function home(browser: Browser, email: string, language: Language = 'English') {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(BASE_URL);
  // The demo accounts read other languages: each journey picks its own on the login page.
  await page.getByRole('button', { name: 'Language: English' }).click();
  await page.getByRole('menuitem', { name: language }).click();
  await signIn(page, email, language === 'English' ? ENGLISH_LOGIN : NORWEGIAN_LOGIN);
  await shown(
    page.getByRole('heading', { name: language === 'English' ? 'Overview' : 'Oversikt', level: 2 }),
  );
  await shown(page.getByTestId('now-panel'));
  return { context, page };
}

async function keep(page: Page, name: string): Promise<void> {
  if (!SHOTS_DIR) return;
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: `${SHOTS_DIR}/${name}.png`, fullPage: true });
}

describe('the home page’s “now”', () => {
  let browser: Browser;
  let weekId: string;
  let sessionId: string;
  let overdueId: string;
  const contexts: BrowserContext[] = [];
  const languages = new Map<string, string>();

  // Signing in with two steps waits for a fresh code once earlier journeys have used the recovery codes: each token is
  // taken once here, and the hooks have time for the waits.
  beforeAll(async () => {
    const tokens = new Map<string, string>();
    for (const email of [OPERATOR, LEADER, COORDINATOR, LIAISON]) {
      tokens.set(email, await tokenOf(email));
      const { me } = await gql<{ me: { language: string } }>('{ me { language } }', {}, tokens.get(email));
      languages.set(email, me.language);
    }
    ({ weekId, sessionId } = await liveSessionNow(`NOW-${Date.now().toString(36).toUpperCase()}`));
    const coordinator = tokens.get(COORDINATOR);
    // Norway's session, planned to start twenty minutes ago and not started: overdue.
    const now = Date.now();
    const { schedulePatrolSession } = await gql<{ schedulePatrolSession: { id: string } }>(
      'mutation ($input: SchedulePatrolSessionInput!) { schedulePatrolSession(input: $input) { id } }',
      {
        input: {
          weekId,
          platform: 'ROBLOX',
          venue: 'Overdue journey hub',
          startsAt: new Date(now - 20 * MINUTE).toISOString(),
          endsAt: new Date(now + 40 * MINUTE).toISOString(),
          countries: ['NO'],
          rosters: [],
        },
      },
      coordinator,
    );
    overdueId = schedulePatrolSession.id;
    // An IMMEDIATE referral, raised by the Dutch team leader on an interaction of the live session.
    const interactionId = randomUUID();
    await gql(
      'mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }',
      {
        input: {
          id: interactionId,
          sessionId,
          channel: 'DIRECT_MESSAGE',
          occurredAt: new Date(now - 5 * MINUTE).toISOString(),
          durationMinutes: 5,
          youngPeople: 1,
          ageBand: 'AGE_13_15',
          topics: ['SELF_HARM_SUICIDE'],
          initiatedBy: 'YOUNG_PERSON',
          tone: 'NEGATIVE',
          outcome: 'EMERGENCY_ESCALATION',
          notes: 'Jongere in nood; hulpdiensten ingeschakeld.',
          notesLanguage: 'nl',
        },
      },
      tokens.get(OPERATOR),
    );
    await gql(
      'mutation ($input: RaiseReferralInput!) { raiseReferral(input: $input) { id } }',
      {
        input: {
          interactionId,
          receivingUnit: 'EMERGENCY_SERVICES',
          urgency: 'IMMEDIATE',
          reasonCode: 'SELF_HARM_SUICIDE',
          details: 'Hulpdiensten gebeld.',
        },
      },
      tokens.get(LEADER),
    );
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    for (const [email, language] of languages)
      await gql(
        'mutation ($language: String!) { setMyLanguage(language: $language) { id } }',
        { language },
        await tokenOf(email),
      );
    if (weekId) await closeWeek(weekId);
  }, 240_000);

  it('takes an operator from the home page to the live session’s log in one click', async () => {
    const { context, page } = await home(browser, OPERATOR);
    contexts.push(context);
    const panel = page.getByTestId('now-panel');
    await shown(panel.getByRole('heading', { name: 'Your session' }));
    await shown(panel.locator(`[data-session-id="${sessionId}"][data-phase="LIVE"]`));
    await expectAccessible(page, 'home page, operator, English');
    await keep(page, 'operator-en');
    await panel.getByRole('link', { name: 'Open the log' }).click();
    await page.waitForURL(`${BASE_URL}/sessions/${sessionId}`);
    await shown(page.getByRole('heading', { name: 'Log an interaction' }));
    // "My sessions" lists the live session first (issue #18: not after the ended ones).
    await page.getByRole('link', { name: 'My sessions', exact: true }).click();
    await shown(page.getByRole('heading', { name: 'My sessions', level: 2 }));
    const first = page.locator('[data-session-id]').first();
    await shown(first);
    expect(await first.getAttribute('data-session-id')).toBe(sessionId);
    await expectAccessible(page, 'my sessions, operator, English');
  }, 120_000);

  it('lists an overdue session and an open IMMEDIATE referral on the coordinator’s home page', async () => {
    const { context, page } = await home(browser, COORDINATOR);
    contexts.push(context);
    const overdue = page.getByRole('region', { name: /^Overdue starts/ });
    const item = overdue.locator(`[data-session-id="${overdueId}"]`);
    await shown(item);
    await shown(item.getByText('Overdue', { exact: true }));
    await shown(item.getByText('Overdue journey hub'));
    const urgent = page.getByRole('region', { name: /^Urgent referrals/ });
    await shown(urgent.getByText('Immediate', { exact: true }));
    await shown(urgent.getByText('Immediate: 1', { exact: false }));
    await shown(page.getByRole('region', { name: /^Live now/ }).locator(`[data-session-id="${sessionId}"]`));
    await expectAccessible(page, 'home page, coordinator, English');
    await keep(page, 'coordinator-en');
    // The board marks it too, in words as well as colour, and draws today's "now" line.
    await overdue.getByRole('link', { name: 'On the board' }).first().click();
    await page.waitForURL(/\/board/);
    await shown(page.locator(`[data-session-id="${overdueId}"][data-overdue="true"]`));
    await shown(page.locator('[data-now-line]'));
    await expectAccessible(page, 'week board with an overdue session, coordinator, English');
    await keep(page, 'board-coordinator-en');
  }, 120_000);

  it('gives a team leader and a liaison their own “now”', async () => {
    const leader = await home(browser, LEADER);
    contexts.push(leader.context);
    await shown(
      leader.page.getByRole('region', { name: /^Open referrals/ }).getByText('Immediate', { exact: true }),
    );
    await expectAccessible(leader.page, 'home page, team leader, English');
    await keep(leader.page, 'leader-en');
    const liaison = await home(browser, LIAISON);
    contexts.push(liaison.context);
    await shown(liaison.page.getByRole('heading', { name: 'The week’s figures' }));
    await shown(liaison.page.locator('[data-figure="interactions"]'));
    await expectAccessible(liaison.page, 'home page, liaison, English');
    await keep(liaison.page, 'liaison-en');
  }, 120_000);

  it('reads in Norwegian', async () => {
    for (const [email, name] of [
      [OPERATOR, 'operator'],
      [LEADER, 'leader'],
      [COORDINATOR, 'coordinator'],
      [LIAISON, 'liaison'],
    ] as const) {
      const { context, page } = await home(browser, email, 'Norsk bokmål');
      contexts.push(context);
      if (email === OPERATOR) await shown(page.getByRole('link', { name: 'Åpne loggen' }));
      if (email === COORDINATOR) await shown(page.getByText('Forsinket', { exact: true }));
      await expectAccessible(page, `home page, ${name}, Norwegian`);
      await keep(page, `${name}-nb`);
      await context.close();
    }
  }, 240_000);
});
