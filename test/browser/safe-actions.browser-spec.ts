import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { BASE_URL, field, gone, launchBrowser, newContext, shown, signIn } from './support/browser';
import { closeWeek, gql, liveSessionNow, tokenOf } from './support/live-week';
import { expectAccessible } from './support/accessibility';

const LEADER_NL = 'leader.nl@empact.test';
const OPERATOR_BE = 'operator1.be@empact.test';
const LEADER_BE = 'leader.be@empact.test';
/** A laptop's screen: 768 pixels high, less the browser's own bars. */
const LAPTOP = { width: 1366, height: 657 };
const SHOTS_DIR = process.env.SHOTS_DIR;

async function signedIn(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.setViewportSize(LAPTOP);
  await page.goto(BASE_URL);
  // The demo accounts read other languages: this journey reads English.
  await page.getByRole('button', { name: 'Language: English' }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await signIn(page, email);
  await shown(page.getByRole('heading', { name: 'Overview', level: 2 }));
  return { context, page };
}

/** Whether two boxes overlap on the screen. */
function overlaps(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not on the screen');
  return found;
}

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS_DIR) await page.screenshot({ path: `${SHOTS_DIR}/${name}.png` });
}

describe('safe actions and logging on a laptop', () => {
  let browser: Browser;
  let weekId: string;
  let sessionId: string;
  const languages = new Map<string, string>();

  beforeAll(async () => {
    ({ weekId, sessionId } = await liveSessionNow(`SAFE-${Date.now().toString(36).toUpperCase()}`));
    for (const email of [LEADER_NL, OPERATOR_BE, LEADER_BE]) {
      const { me } = await gql<{ me: { language: string } }>('{ me { language } }', {}, await tokenOf(email));
      languages.set(email, me.language);
    }
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    for (const [email, language] of languages) {
      await gql(
        'mutation ($language: String!) { setMyLanguage(language: $language) { id } }',
        { language },
        await tokenOf(email),
      );
    }
    if (weekId) await closeWeek(weekId);
  }, 240_000);

  it('logs on a 1366×768 screen without scrolling, keeps toasts off the log and marks a referred entry', async () => {
    const operator = await signedIn(browser, OPERATOR_BE);
    const page = operator.page;
    await page.goto(`${BASE_URL}/sessions/${sessionId}`);
    const log = page.getByRole('list', { name: 'Session log' });
    await shown(page.getByRole('heading', { name: 'Log an interaction' }));
    await shown(page.getByText('Nothing logged in this session yet.'));

    // The send button is on the first screen, without scrolling.
    const send = page.getByRole('button', { name: 'Send' });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const sendBox = await box(send);
    expect(sendBox.y).toBeGreaterThanOrEqual(0);
    expect(sendBox.y + sendBox.height).toBeLessThanOrEqual(LAPTOP.height);
    await expectAccessible(page, 'session log on a laptop screen, English, operator');

    await page.getByRole('button', { name: 'Bullying', exact: true }).click();
    await field(page, 'Notes').fill('Asked how to report bullying in the game chat.');
    await send.click();
    const entry = log
      .getByRole('listitem')
      .filter({ hasText: 'Asked how to report bullying in the game chat.' });
    await shown(entry);
    // The confirmation is shown, but not over the newest entry.
    const toast = page.getByText('Interaction logged');
    await shown(toast);
    expect(overlaps(await box(toast), await box(entry))).toBe(false);
    expect(overlaps(await box(toast), await box(send))).toBe(false);
    await shot(page, 'session-log-en');

    // The Belgian team leader refers it: the dialog shows what is referred, and the entry is then marked.
    const leader = await signedIn(browser, LEADER_BE);
    await leader.page.goto(`${BASE_URL}/sessions/${sessionId}`);
    const leaderEntry = leader.page
      .getByRole('list', { name: 'Session log' })
      .getByRole('listitem')
      .filter({ hasText: 'Asked how to report bullying in the game chat.' });
    await leaderEntry.getByRole('button', { name: 'Refer' }).click();
    const dialog = leader.page.getByRole('dialog', { name: 'Refer this interaction' });
    await shown(dialog);
    const about = dialog.getByRole('region', { name: /The interaction you are referring/ });
    await shown(about.getByText('Asked how to report bullying in the game chat.'));
    await shown(about.getByText('Bullying'));
    await shown(about.getByText(/Public chat/));
    await expectAccessible(leader.page, 'referral dialog with the interaction, English, team leader');
    await shot(leader.page, 'referral-dialog-en');
    await field(dialog, 'Receiving unit').click();
    await leader.page.getByRole('option', { name: 'Child protection services' }).click();
    await dialog.getByRole('radio', { name: 'Immediate' }).check();
    await field(dialog, 'Details').fill('Repeated bullying in a school group; the school should be told.');
    await dialog.getByRole('button', { name: 'Raise the referral' }).click();
    await gone(dialog);
    const marker = leaderEntry.getByTestId('referred-marker');
    await shown(marker);
    expect(await marker.textContent()).toMatch(/Referred\s*Immediate/);

    // The operator's log marks it too, once it refreshes.
    await page.reload();
    await shown(entry.getByTestId('referred-marker'));
    await expectAccessible(page, 'session log with a referred entry, English, operator');

    // The same screen in Finnish.
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'Suomi' }).click();
    await shown(page.getByRole('heading', { name: 'Kirjaa kohtaaminen' }));
    const lähetä = page.getByRole('button', { name: 'Lähetä' });
    const finnishBox = await box(lähetä);
    expect(finnishBox.y + finnishBox.height).toBeLessThanOrEqual(LAPTOP.height);
    await expectAccessible(page, 'session log on a laptop screen, Finnish, operator');
    await shot(page, 'session-log-fi');
    await page.getByRole('button', { name: /Kieli|Language/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await shown(page.getByRole('heading', { name: 'Log an interaction' }));
    await leader.context.close();
    await operator.context.close();
  }, 180_000);

  it('asks a team leader before ending a joint session, names both countries, and tells the other team at once', async () => {
    const belgian = await signedIn(browser, OPERATOR_BE);
    await belgian.page.goto(`${BASE_URL}/sessions/${sessionId}`);
    await shown(belgian.page.getByRole('heading', { name: 'Log an interaction' }));

    const dutch = await signedIn(browser, LEADER_NL);
    const page = dutch.page;
    await page.goto(`${BASE_URL}/weeks/${weekId}/board?session=${sessionId}`);
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('button', { name: 'End session' }).click();
    // Nothing has ended yet: it asks first, naming every country whose logging closes.
    const ask = drawer.getByText(
      /This ends the session for (Netherlands and Belgium|Belgium and Netherlands): their operators can no longer log it live/,
    );
    await shown(ask);
    await expectAccessible(page, 'ending a joint session asks first, English, team leader');
    await shot(page, 'end-confirm-en');
    await shown(belgian.page.getByRole('heading', { name: 'Log an interaction' }));
    await drawer.getByRole('button', { name: 'End the session' }).click();
    await shown(page.getByText('The session has ended.'));

    // No reload: the Belgian page says who ended it and when, and the form is closed.
    const notice = belgian.page.getByTestId('session-ended-notice');
    await shown(notice);
    expect(await notice.innerText()).toMatch(
      /The team leader \(Netherlands\) ended it for all its countries at \d\d:\d\d/,
    );
    await gone(belgian.page.getByRole('button', { name: 'Send' }));
    await shown(notice.getByRole('button', { name: 'Add a late entry' }));
    await expectAccessible(belgian.page, 'session ended by another country, English, operator');
    await shot(belgian.page, 'session-ended-en');
    await dutch.context.close();
    await belgian.context.close();
  }, 180_000);
});
