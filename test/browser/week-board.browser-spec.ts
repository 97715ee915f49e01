import type { Browser, Locator, Page } from 'playwright-core';
import { BASE_URL, field, gone, launchBrowser, newContext, shown, signIn } from './support/browser';
import { planFutureWeek } from './support/future-week';
import { expectAccessible } from './support/accessibility';

const COORDINATOR = 'coordinator.no@empact.test';
const DUTCH_LEADER = 'leader.nl@empact.test';

async function choose(page: Page, input: Locator, option: string | RegExp): Promise<void> {
  await input.click();
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}

/** The board of a week planned wholly in the future, so the journey runs the same on any day. */
let weekId = '';

async function openBoard(page: Page, navLabel: string, heading: string): Promise<void> {
  // The navigation leads to the current (demo) week's board; the journey then opens the future week's.
  await page.getByRole('navigation').getByRole('link', { name: navLabel }).click();
  await shown(page.getByRole('heading', { name: heading, level: 2 }));
  await page.goto(`${BASE_URL}/weeks/${weekId}/board`);
  await shown(page.getByRole('heading', { name: heading, level: 2 }));
  // Three parallel sessions in two slots on each of five days.
  await page.waitForFunction(() => document.querySelectorAll('[data-session-id]').length >= 30, undefined, {
    timeout: 15_000,
  });
}

describe('the week board', () => {
  let browser: Browser;
  let coordinator: Page;
  let leader: Page;
  const venue = `Browser journey ${Date.now().toString(36)}`;
  const newBlock = (page: Page) => page.locator('[data-session-id]').filter({ hasText: venue });

  beforeAll(async () => {
    ({ weekId } = await planFutureWeek(`BOARD-${Date.now().toString(36).toUpperCase()}`));
    browser = await launchBrowser();
    coordinator = await (await newContext(browser)).newPage();
    leader = await (await newContext(browser)).newPage();

    // The coordinator works in English, the working language, picked on the login page.
    await coordinator.goto(BASE_URL);
    await coordinator.getByRole('button', { name: 'Language: English' }).click();
    await coordinator.getByRole('menuitem', { name: 'English' }).click();
    await signIn(coordinator, COORDINATOR);
    // The Dutch team leader keeps the language of her account.
    await leader.goto(BASE_URL);
    await signIn(leader, DUTCH_LEADER);
    // Planning a whole future week takes some forty API calls before the browser starts; on a loaded two-core CI
    // machine that has come within a second of the test timeout, so the set-up gets its own.
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows a team leader the whole week read-only, with her own sessions marked', async () => {
    await openBoard(leader, 'Weekplanning', 'Weekplanning');
    // The Netherlands patrol in both slots of every day.
    expect(await leader.locator('[data-session-id][data-mine]').count()).toBe(10);
    expect(await leader.getByRole('button', { name: 'Nieuwe sessie' }).count()).toBe(0);
    // Sessions the Netherlands take no part in are busy slots: when, on which platform and whose, no venue, nothing
    // to open.
    const busy = leader.locator('[data-busy-slot]');
    expect(await busy.count()).toBe(20);
    await shown(busy.filter({ hasText: 'Bezet: Finland' }));
    await shown(busy.filter({ hasText: 'Bezet: België, Noorwegen' }));
    expect(await busy.filter({ hasText: 'Joint patrol' }).count()).toBe(0);
    expect(await busy.locator('button').count()).toBe(0);
    await shown(leader.getByText('Sessies waaraan je land niet deelneemt, zie je als bezette tijdvakken'));
    await expectAccessible(leader, 'week board, Dutch, team leader');

    await leader.locator('[data-session-id][data-mine]').first().click();
    const drawer = leader.getByRole('dialog');
    await shown(drawer.getByText('Sanne de Vries'));
    await expectAccessible(leader, 'session drawer, Dutch, team leader');
    expect(await drawer.getByRole('button', { name: 'Bewerken' }).count()).toBe(0);
    await leader.keyboard.press('Escape');
    await gone(leader.getByRole('dialog'));
  });

  it('warns the coordinator of a conflict while planning, saves the fixed plan, and the leader sees it live', async () => {
    await openBoard(coordinator, 'Week board', 'Week board');
    await expectAccessible(coordinator, 'week board, English, coordinator');
    await coordinator.getByRole('button', { name: 'New session' }).click();
    const dialog = coordinator.getByRole('dialog', { name: 'Plan a session' });
    await shown(dialog);

    await choose(coordinator, field(dialog, 'Platform'), 'Discord');
    await field(dialog, 'Venue').fill(venue);
    await choose(coordinator, field(dialog, 'Day'), /^Wed/);
    await field(dialog, 'Starts').fill('10:00');
    await field(dialog, 'Ends').fill('11:30');
    await choose(coordinator, field(dialog, 'Countries'), 'Netherlands');
    await coordinator.getByRole('option', { name: 'Belgium', exact: true }).click();
    await dialog.getByRole('heading', { name: 'Checks' }).click(); // closes the country list

    // Both teams patrol then, and the coordinator already guides Norway and Belgium.
    const checks = dialog.getByRole('region', { name: 'Checks' });
    await shown(checks.getByText(/The team of Netherlands is already in “\w+ · /));
    await shown(checks.getByText(/The team of Belgium is already in “\w+ · /));
    await shown(checks.getByText(/The guide Ingrid Berg \(Kripos\) already guides/));
    await expectAccessible(coordinator, 'plan a session with conflicts, English, coordinator');

    // The evening is free.
    await field(dialog, 'Starts').fill('18:00');
    await field(dialog, 'Ends').fill('20:00');
    await shown(checks.getByText('No conflicts with the plan as loaded.'));
    expect(await checks.getByText(/already in/).count()).toBe(0);

    expect(await newBlock(leader).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Plan session' }).click();
    await gone(coordinator.getByRole('dialog', { name: 'Plan a session' }));

    await shown(newBlock(coordinator));
    // The leader's open board learns of it over the subscription: no reload.
    await shown(newBlock(leader));
    // Read out with the country names and the time zone that the block shows in short.
    await shown(
      leader.getByRole('button', {
        name: new RegExp(
          `^Discord (Nederland, België|België, Nederland) 18:00–20:00 .*\\(Europe/Oslo\\) ${venue}`,
        ),
      }),
    );
  });

  it('offers the team leader no way to change the new session', async () => {
    await newBlock(leader).click();
    const drawer = leader.getByRole('dialog');
    await shown(drawer.getByText(venue).first());
    expect(await drawer.getByRole('button', { name: 'Bewerken' }).count()).toBe(0);
    expect(await drawer.getByRole('button', { name: 'Sessie annuleren' }).count()).toBe(0);
  });
});
