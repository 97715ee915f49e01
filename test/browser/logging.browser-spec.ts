import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BASE_URL, field, gone, launchBrowser, newContext, shown, signIn } from './support/browser';
import { closeWeek, gql, liveSessionNow, tokenOf } from './support/live-week';
import { expectAccessible } from './support/accessibility';

const OPERATOR = 'operator1.nl@empact.test';
const LEADER = 'leader.nl@empact.test';
const COORDINATOR = 'coordinator.no@empact.test';

async function signedIn(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(BASE_URL);
  // The demo accounts read other languages: this journey reads English.
  await page.getByRole('button', { name: 'Language: English' }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await signIn(page, email);
  await shown(page.getByRole('heading', { name: 'Overview', level: 2 }));
  return { context, page };
}

describe('logging a live session', () => {
  let browser: Browser;
  let weekId: string;
  let sessionId: string;

  // Picking English on the login page saves it to the account: each account gets its own language back.
  const languages = new Map<string, string>();

  beforeAll(async () => {
    ({ weekId, sessionId } = await liveSessionNow(`LOG-${Date.now().toString(36).toUpperCase()}`));
    for (const email of [OPERATOR, LEADER, COORDINATOR]) {
      const { me } = await gql<{ me: { language: string } }>('{ me { language } }', {}, await tokenOf(email));
      languages.set(email, me.language);
    }
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    for (const [email, language] of languages) {
      await gql(
        'mutation ($language: String!) { setMyLanguage(language: $language) { id } }',
        { language },
        await tokenOf(email),
      );
    }
    // Closed (its live session ended first), so that the demo week stays the live one for the other journeys.
    if (weekId) await closeWeek(weekId);
  });

  it('logs from the keyboard alone, keeps an entry made offline and sends it once, and alerts the coordinator of an immediate referral', async () => {
    // The coordinator's app is open before anything happens.
    const coordinator = await signedIn(browser, COORDINATOR);

    const operator = await signedIn(browser, OPERATOR);
    const page = operator.page;
    await page.goto(`${BASE_URL}/sessions/${sessionId}`);
    const log = page.getByRole('list', { name: 'Session log' });
    await shown(page.getByRole('heading', { name: 'Log an interaction' }));
    await shown(page.getByText('Nothing logged in this session yet.'));
    await expectAccessible(page, 'session log with the interaction form, English, operator');
    // The first topic has the focus: no click from here on.
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-pressed') !== null);
    const keyboard = page.keyboard;

    // 1: bullying, 16–17, advice given, a line of notes.
    await keyboard.press('Space');
    await keyboard.press('Tab');
    await keyboard.press('ArrowLeft');
    await keyboard.press('ArrowLeft');
    await keyboard.press('Tab');
    await keyboard.press('ArrowRight');
    await keyboard.press('Tab');
    await keyboard.type('Asked how to report bullying in the game chat.');
    await keyboard.press('Control+Enter');
    await shown(log.getByText('Asked how to report bullying in the game chat.'));
    expect(await log.getByRole('listitem').count()).toBe(1);
    await shown(log.getByText('16–17 · Advice given · Public chat'));

    // 2: only a topic, everything else by default; focus came back to the topics.
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-pressed') !== null);
    await keyboard.press('End');
    await keyboard.press('ArrowLeft');
    await keyboard.press('ArrowLeft');
    await keyboard.press('ArrowLeft');
    await keyboard.press('Space');
    await keyboard.press('Control+Enter');
    await shown(log.getByText('Online safety advice'));
    await shown(log.getByRole('listitem').nth(1));
    expect(await log.getByRole('listitem').count()).toBe(2);

    // 3: the connection drops while logging.
    await operator.context.setOffline(true);
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-pressed') !== null);
    await keyboard.press('ArrowRight');
    await keyboard.press('Space');
    await keyboard.press('Tab');
    await keyboard.press('Tab');
    await keyboard.press('Tab');
    await keyboard.type('Wanted to know what the police do online.');
    await keyboard.press('Control+Enter');
    await shown(page.getByText('1 waiting to be sent'));
    await shown(log.getByText('Waiting to be sent'));

    await operator.context.setOffline(false);
    await gone(page.getByText('1 waiting to be sent'));
    await gone(log.getByText('Waiting to be sent'));
    await shown(log.getByText('Wanted to know what the police do online.'));
    expect(await log.getByRole('listitem').count()).toBe(3);

    const leaderToken = await tokenOf(LEADER);
    const { interactions } = await gql<{ interactions: { edges: { node: { id: string } }[] } }>(
      'query ($filter: InteractionFilter!) { interactions(filter: $filter, first: 50) { edges { node { id } } } }',
      { filter: { weekId, sessionId } },
      leaderToken,
    );
    expect(interactions.edges).toHaveLength(3);

    // A phone number in the notes: the form warns while typing, before anything is sent.
    const notes = field(page, 'Notes');
    await notes.fill('He asked us to call him on +31 6 1234 5678 after school.');
    const warning = page.getByRole('alert').filter({ hasText: 'This could identify someone' });
    await shown(warning);
    await expectAccessible(page, 'interaction form with the personal-data warning, English, operator');
    await notes.fill('');
    await gone(warning);

    // The Dutch team leader refers one entry as immediate.
    const leader = await signedIn(browser, LEADER);
    await leader.page.goto(`${BASE_URL}/sessions/${sessionId}`);
    const leaderLog = leader.page.getByRole('list', { name: 'Session log' });
    await shown(leaderLog.getByText('Asked how to report bullying in the game chat.'));
    const entry = leaderLog
      .getByRole('listitem')
      .filter({ hasText: 'Asked how to report bullying in the game chat.' });
    await entry.getByRole('button', { name: 'Refer' }).click();
    const dialog = leader.page.getByRole('dialog', { name: 'Refer this interaction' });
    await shown(dialog);
    await expectAccessible(leader.page, 'referral dialog, English, team leader');
    await field(dialog, 'Receiving unit').click();
    await leader.page.getByRole('option', { name: 'Child protection services' }).click();
    await dialog.getByRole('radio', { name: 'Immediate' }).check();
    await field(dialog, 'Details').fill(
      'Repeated bullying in a school group on the server; the school should be told.',
    );
    await dialog.getByRole('button', { name: 'Raise the referral' }).click();
    await gone(dialog);

    // No reload: the coordinator's open page shows the alert.
    const alert = coordinator.page.getByRole('alert').filter({ hasText: 'Immediate referral: Netherlands' });
    await shown(alert);
    await shown(alert.getByText('Bullying, to Child protection services.', { exact: false }));
    await expectAccessible(
      coordinator.page,
      'overview with an immediate referral alert, English, coordinator',
    );
  });
});
