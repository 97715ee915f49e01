import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, type LoginLabels, newContext, shown, signIn } from './support/browser';
import { closeWeek, gql, liveSessionNow, tokenOf } from './support/live-week';
import { expectAccessible } from './support/accessibility';

const COORDINATOR = 'coordinator.no@empact.test';
const LEADER_NL = 'leader.nl@empact.test';
const OPERATOR_NL = 'operator1.nl@empact.test';

/** The login page's words in Dutch, for the Dutch pass. */
const DUTCH_LOGIN: LoginLabels = {
  email: 'E-mailadres',
  password: 'Wachtwoord',
  submit: 'Inloggen',
  code: 'Code uit de authenticator-app',
  verify: 'Controleren en inloggen',
};

/** One interaction logged by the Dutch operator a few minutes ago; returns its id. */
async function logged(
  sessionId: string,
  operator: string,
  minutesAgo: number,
  topics: string[],
  outcome: string,
): Promise<string> {
  const id = randomUUID();
  await gql(
    'mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }',
    {
      input: {
        id,
        sessionId,
        channel: 'DIRECT_MESSAGE',
        occurredAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
        durationMinutes: 5,
        youngPeople: 1,
        ageBand: 'AGE_13_15',
        topics,
        initiatedBy: 'YOUNG_PERSON',
        tone: 'NEUTRAL',
        outcome,
        notes: '',
        notesLanguage: 'nl',
      },
    },
    operator,
  );
  return id;
}

async function referred(
  interactionId: string,
  leader: string,
  urgency: string,
  reasonCode: string,
  receivingUnit: string,
): Promise<{ id: string; version: number }> {
  const { raiseReferral } = await gql<{ raiseReferral: { id: string; version: number } }>(
    'mutation ($input: RaiseReferralInput!) { raiseReferral(input: $input) { id version } }',
    {
      input: {
        interactionId,
        urgency,
        reasonCode,
        receivingUnit,
        details: 'Passed on by phone; the unit has the context.',
      },
    },
    leader,
  );
  return raiseReferral;
}

async function signedIn(
  browser: Browser,
  email: string,
  language: 'English' | 'Nederlands',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(BASE_URL);
  await page.getByRole('button', { name: 'Language: English' }).click();
  await page.getByRole('menuitem', { name: language }).click();
  await signIn(page, email, language === 'Nederlands' ? DUTCH_LOGIN : undefined);
  await shown(page.getByRole('navigation'));
  return { context, page };
}

async function shot(page: Page, name: string): Promise<void> {
  if (process.env.SHOTS_DIR)
    await page.screenshot({ path: `${process.env.SHOTS_DIR}/${name}.png`, fullPage: false });
}

describe('triage: referrals, the live feed and the debriefs put what needs action first', () => {
  let browser: Browser;
  let weekId: string;
  let sessionId: string;
  let emergencyId: string;
  let selfHarmId: string;
  let immediateId: string;
  let handedOverId: string;
  const languages = new Map<string, string>();

  beforeAll(async () => {
    ({ weekId, sessionId } = await liveSessionNow(`TRIAGE-${Date.now().toString(36).toUpperCase()}`));
    const operator = await tokenOf(OPERATOR_NL);
    const leader = await tokenOf(LEADER_NL);
    for (const email of [COORDINATOR, LEADER_NL]) {
      const { me } = await gql<{ me: { language: string } }>('{ me { language } }', {}, await tokenOf(email));
      languages.set(email, me.language);
    }
    // Small talk, a grooming case referred PRIORITY (the oldest), a ROUTINE one already handed over, and a
    // self-harm emergency referred IMMEDIATE last: the emergency still comes first.
    await logged(sessionId, operator, 30, ['SMALL_TALK_TRUST_BUILDING'], 'CONVERSATION_ONLY');
    const grooming = await logged(sessionId, operator, 25, ['GROOMING_SEXUAL_EXPLOITATION'], 'REFERRED');
    const fraud = await logged(sessionId, operator, 20, ['FRAUD_SCAMS'], 'REFERRED');
    emergencyId = await logged(sessionId, operator, 5, ['SELF_HARM_SUICIDE'], 'EMERGENCY_ESCALATION');
    // Not referred, but about a young person's safety: never shown like small talk.
    selfHarmId = await logged(sessionId, operator, 3, ['SELF_HARM_SUICIDE'], 'POINTED_TO_HELP_SERVICE');
    await referred(grooming, leader, 'PRIORITY', 'GROOMING_SEXUAL_EXPLOITATION', 'CHILD_PROTECTION_SERVICES');
    let routine = await referred(fraud, leader, 'ROUTINE', 'FRAUD_SCAMS', 'NATIONAL_CYBERCRIME_UNIT');
    handedOverId = routine.id;
    for (const status of ['ACKNOWLEDGED', 'HANDED_OVER'])
      ({ setReferralStatus: routine } = await gql<{ setReferralStatus: { id: string; version: number } }>(
        'mutation ($id: ID!, $v: Int!, $s: ReferralStatus!) { setReferralStatus(id: $id, version: $v, status: $s) { id version } }',
        { id: routine.id, v: routine.version, s: status },
        leader,
      ));
    immediateId = (
      await referred(emergencyId, leader, 'IMMEDIATE', 'SELF_HARM_SUICIDE', 'EMERGENCY_SERVICES')
    ).id;
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    for (const [email, language] of languages)
      await gql(
        'mutation ($language: String!) { setMyLanguage(language: $language) { id } }',
        { language },
        await tokenOf(email),
      );
    if (weekId) await closeWeek(weekId);
  }, 120_000);

  it('opens the referral queue on the open ones, IMMEDIATE first, each linked to its session and interaction', async () => {
    const { context, page } = await signedIn(browser, COORDINATOR, 'English');
    try {
      await page.goto(`${BASE_URL}/weeks/${weekId}/referrals`);
      await shown(page.getByRole('heading', { name: 'Referrals', level: 2 }));
      expect(await page.getByRole('radio', { name: 'Open' }).isChecked()).toBe(true);
      const rows = page.locator('tr[data-referral-row]');
      await shown(rows.first());
      expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-urgency')))).toEqual([
        'IMMEDIATE',
        'PRIORITY',
      ]);
      expect(await rows.first().getAttribute('data-referral-row')).toBe(immediateId);
      // Urgency in words, not colour alone.
      await shown(rows.first().getByText('Immediate'));
      expect(await page.locator(`tr[data-referral-row="${handedOverId}"]`).count()).toBe(0);
      await expectAccessible(page, 'referral queue, open, English, coordinator');
      await shot(page, 'referrals-en');

      // The session on the board, the interaction on its session's log.
      expect(
        await rows.first().getByRole('link', { name: 'Session', exact: true }).getAttribute('href'),
      ).toBe(`/weeks/${weekId}/board?session=${sessionId}`);
      await rows.first().getByRole('link', { name: 'Interaction', exact: true }).click();
      await page.waitForURL(`**/sessions/${sessionId}#interaction-${emergencyId}`);
      await shown(page.locator(`#interaction-${emergencyId}`));

      // The handed-over one: its badge and its history tell the same status.
      await page.goto(`${BASE_URL}/weeks/${weekId}/referrals`);
      await page.locator('label', { hasText: /^All$/ }).click();
      const handedOver = page.locator(`tr[data-referral-row="${handedOverId}"]`);
      await shown(handedOver);
      await handedOver.getByRole('button', { name: 'Read details' }).click();
      const drawer = page.getByRole('dialog', { name: 'Referral' });
      await shown(drawer.getByText('Passed on by phone'));
      const steps = drawer.locator('.mantine-Timeline-itemTitle');
      expect(await steps.allTextContents()).toEqual(['Open', 'Acknowledged', 'Handed over']);
      await shown(drawer.locator('.mantine-Badge-root', { hasText: 'Handed over' }));
      await expectAccessible(page, 'referral details, English, coordinator');
      await shot(page, 'referral-details-en');
    } finally {
      await context.close();
    }
  }, 120_000);

  it('shows the urgency of an entry of the live feed in words, and none on small talk', async () => {
    const { context, page } = await signedIn(browser, COORDINATOR, 'English');
    try {
      await page.goto(`${BASE_URL}/weeks/${weekId}/feed`);
      const feed = page.getByRole('list', { name: 'Live feed' });
      // The emergency carries its referral's urgency in words; the unreferred self-harm talk its own; small talk none.
      await shown(feed.locator(`#interaction-${emergencyId}`).getByText('Immediate', { exact: true }));
      await shown(feed.locator(`#interaction-${selfHarmId}`).getByText('Urgency: Priority'));
      const smallTalk = feed.getByRole('listitem').filter({ hasText: 'Small talk' });
      await shown(smallTalk);
      expect(await smallTalk.getByText(/Urgency|Immediate|Priority/).count()).toBe(0);
      await expectAccessible(page, 'live feed, English, coordinator');
      await shot(page, 'feed-en');
    } finally {
      await context.close();
    }
  }, 120_000);

  it('puts the submitted debriefs above the ones still owed', async () => {
    const { context, page } = await signedIn(browser, COORDINATOR, 'English');
    try {
      const coordinator = await tokenOf(COORDINATOR);
      const { actionWeeks } = await gql<{ actionWeeks: { id: string; status: string }[] }>(
        '{ actionWeeks { id status } }',
        {},
        coordinator,
      );
      const demoWeek = actionWeeks.find((week) => week.id !== weekId)!;
      await page.goto(`${BASE_URL}/weeks/${demoWeek.id}/debriefs`);
      await shown(page.getByRole('heading', { name: 'Still owed', level: 3 }));
      const headings = await page.getByRole('heading', { level: 3 }).allTextContents();
      expect(headings.indexOf('Submitted debriefs')).toBeLessThan(headings.indexOf('Still owed'));
      await expectAccessible(page, 'debrief review, English, coordinator');
      await shot(page, 'debriefs-en');
    } finally {
      await context.close();
    }
  }, 120_000);

  it('reads the referrals and the live feed in Dutch', async () => {
    const { context, page } = await signedIn(browser, COORDINATOR, 'Nederlands');
    try {
      await page.goto(`${BASE_URL}/weeks/${weekId}/referrals`);
      await shown(page.locator('tr[data-referral-row]'));
      await shown(page.getByRole('link', { name: 'Contact', exact: true }));
      await expectAccessible(page, 'referral queue, Dutch, coordinator');
      await shot(page, 'referrals-nl');
      await page.goto(`${BASE_URL}/weeks/${weekId}/feed`);
      await shown(page.getByText('Urgentie: Met voorrang'));
      await expectAccessible(page, 'live feed, Dutch, coordinator');
      await shot(page, 'feed-nl');
    } finally {
      await context.close();
    }
  }, 120_000);

  it('reads the debriefs and the week report in Dutch', async () => {
    const { context, page } = await signedIn(browser, COORDINATOR, 'Nederlands');
    try {
      const { actionWeeks } = await gql<{ actionWeeks: { id: string }[] }>(
        '{ actionWeeks { id } }',
        {},
        await tokenOf(COORDINATOR),
      );
      await page.goto(`${BASE_URL}/weeks/${actionWeeks.find((week) => week.id !== weekId)!.id}/debriefs`);
      await shown(page.getByRole('heading', { level: 3 }).first());
      await expectAccessible(page, 'debrief review, Dutch, coordinator');
      await shot(page, 'debriefs-nl');

      // The week report's preview renders the Markdown of the lessons learned: a heading, never "## ".
      await gql(
        'mutation ($input: SaveWeekReportInput!) { saveWeekReport(input: $input) { version } }',
        {
          input: {
            weekId,
            version: 0,
            language: 'nl',
            lessonsLearned:
              '## Wat werkte\n\nRustige gesprekken in de **eigen taal**.\n\n- Discord\n- Roblox',
            debriefIds: [],
          },
        },
        await tokenOf(COORDINATOR),
      );
      await page.goto(`${BASE_URL}/weeks/${weekId}/report`);
      await shown(page.getByRole('heading', { name: 'Wat werkte', level: 2 }));
      expect(await page.locator('[data-report-lessons]').innerText()).not.toMatch(/(^|\n)#+ |\*\*/);
      await expectAccessible(page, 'week report, Dutch, coordinator');
      await page.locator('[data-report-lessons]').scrollIntoViewIfNeeded();
      await shot(page, 'week-report-nl');
    } finally {
      await context.close();
    }
  }, 120_000);
});
