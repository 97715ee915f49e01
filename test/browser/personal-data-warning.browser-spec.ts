import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BASE_URL, field, gone, launchBrowser, newContext, shown, signIn } from './support/browser';
import { gql, liveSessionNow, tokenOf } from './support/live-week';
import { expectAccessible } from './support/accessibility';

const LEADER_NL = 'leader.nl@empact.test';

async function signedIn(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(BASE_URL);
  await page.getByRole('button', { name: 'Language: English' }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await signIn(page, email);
  await shown(page.getByRole('navigation'));
  return { context, page };
}

describe('personal data in a debrief', () => {
  let browser: Browser;
  let sessionId: string;
  let weekId: string;
  let language: string;

  beforeAll(async () => {
    const coordinator = await tokenOf('coordinator.no@empact.test');
    const leader = await tokenOf(LEADER_NL);
    ({
      me: { language },
    } = await gql<{ me: { language: string } }>('{ me { language } }', {}, leader));
    // A session of its own that has just ended: the Dutch team leader owes its debrief.
    const live = await liveSessionNow(`PD-WARN-${Date.now().toString(36).toUpperCase()}`);
    sessionId = live.sessionId;
    weekId = live.weekId;
    const { schedule } = await gql<{ schedule: { id: string; version: number }[] }>(
      'query ($weekId: ID!) { schedule(weekId: $weekId) { id version } }',
      { weekId: live.weekId },
      coordinator,
    );
    const session = schedule.find((s) => s.id === sessionId)!;
    await gql(
      'mutation ($id: ID!, $version: Int!) { endPatrolSession(id: $id, version: $version) { id } }',
      { id: sessionId, version: session.version },
      coordinator,
    );
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await gql(
      'mutation ($language: String!) { setMyLanguage(language: $language) { id } }',
      { language },
      await tokenOf(LEADER_NL),
    );
    // Closed, so that the demo week stays the live one ("the week") for the other journeys.
    if (weekId)
      await gql(
        'mutation ($id: ID!) { setActionWeekStatus(id: $id, status: CLOSED) { id } }',
        { id: weekId },
        await tokenOf('coordinator.no@empact.test'),
      );
  });

  it('warns while the team leader types a phone number, keeps it from being saved, and lets the draft save once it is gone', async () => {
    const { context, page } = await signedIn(browser, LEADER_NL);
    try {
      await page.goto(`${BASE_URL}/sessions/${sessionId}/debrief`);
      const whatWorked = field(page, 'What worked');
      await shown(whatWorked);
      await whatWorked.fill('Een jongen vroeg ons hem te bellen op +47 412 34 567 na het eten.');

      // The interaction form's panel, under the field: what was found, masked, and a button that selects it.
      const panel = page.getByRole('alert').filter({ hasText: 'This could identify someone' });
      await shown(panel);
      await shown(panel.getByText('Remove it before you save'));
      const finding = panel.getByRole('button', { name: /^phone number: / });
      await shown(finding);
      expect(await finding.textContent()).not.toContain('412 34 567');
      await shown(page.getByText('Not saved: first remove what could identify a young person.'));
      await expectAccessible(page, 'debrief with the personal-data warning, English, team leader');
      await finding.click();
      const selected = await whatWorked.evaluate((el: HTMLTextAreaElement) =>
        el.value.slice(el.selectionStart, el.selectionEnd),
      );
      expect(selected).toBe('+47 412 34 567');

      // Overwriting the selection with a description removes the warning and the draft saves itself.
      await page.keyboard.type('het nummer van zijn moeder');
      await gone(panel);
      await shown(page.getByRole('status').filter({ hasText: /^Saved/ }));
      await expectAccessible(page, 'debrief, saved, English, team leader');
    } finally {
      await context.close();
    }
  });
});
