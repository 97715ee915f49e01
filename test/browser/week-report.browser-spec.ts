import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BASE_URL, field, launchBrowser, newContext, shown, signIn } from './support/browser';
import { gql, tokenOf } from './support/live-week';
import { expectAccessible } from './support/accessibility';

const COORDINATOR = 'coordinator.no@empact.test';
const LEADER_NL = 'leader.nl@empact.test';

interface SessionRow {
  id: string;
  status: string;
  version: number;
  countries: string[];
}

async function dutchSessionsToDebrief(
  weekId: string,
  coordinator: string,
  leader: string,
): Promise<SessionRow[]> {
  const { debriefs } = await gql<{ debriefs: { sessionId: string }[] }>(
    'query ($weekId: ID!) { debriefs(filter: { weekId: $weekId, country: "NL" }) { sessionId } }',
    { weekId },
    leader,
  );
  const debriefed = new Set(debriefs.map((debrief) => debrief.sessionId));
  const { schedule } = await gql<{ schedule: SessionRow[] }>(
    'query ($weekId: ID!) { schedule(weekId: $weekId) { id status version countries } }',
    { weekId },
    coordinator,
  );
  return schedule.filter((session) => session.countries.includes('NL') && !debriefed.has(session.id));
}

/**
 * An ended session the Dutch team has not debriefed yet, in the demo week (the first of `actionWeeks`, or, when
 * other journeys' weeks come first, whichever has one): one already ended, or else a scheduled one the
 * coordinator starts and ends now. Debriefs need ended sessions, so a future week of its own will not do.
 */
async function endedDutchSession(
  weekIds: string[],
  coordinator: string,
  leader: string,
): Promise<{ weekId: string; sessionId: string }> {
  const candidates = new Map<string, SessionRow[]>();
  for (const weekId of weekIds) {
    const sessions = await dutchSessionsToDebrief(weekId, coordinator, leader);
    const ended = sessions.find((session) => session.status === 'ENDED');
    if (ended) return { weekId, sessionId: ended.id };
    candidates.set(weekId, sessions);
  }
  for (const [weekId, sessions] of candidates) {
    const scheduled = sessions.find((session) => session.status === 'SCHEDULED');
    if (!scheduled) continue;
    const { startPatrolSession } = await gql<{ startPatrolSession: { version: number } }>(
      'mutation ($id: ID!, $version: Int!, $reason: String) { startPatrolSession(id: $id, version: $version, overrideReason: $reason) { version } }',
      { id: scheduled.id, version: scheduled.version, reason: 'Week report browser journey' },
      coordinator,
    );
    await gql(
      'mutation ($id: ID!, $version: Int!) { endPatrolSession(id: $id, version: $version) { id } }',
      { id: scheduled.id, version: startPatrolSession.version },
      coordinator,
    );
    return { weekId, sessionId: scheduled.id };
  }
  throw new Error('No week has a Dutch session left to debrief');
}

/** The Dutch team leader writes and submits a debrief in Dutch, with an English summary to find it by. */
async function submittedDutchDebrief(sessionId: string, leader: string, summaryEn: string): Promise<void> {
  const { saveDebrief } = await gql<{ saveDebrief: { id: string; version: number } }>(
    'mutation ($input: SaveDebriefInput!) { saveDebrief(input: $input) { id version } }',
    {
      input: {
        sessionId,
        language: 'nl',
        whatWorked: 'Het gesprek met de jongeren verliep rustig en open.',
        challenges: 'Veel nieuwe accounts in korte tijd.',
        wellbeingScore: 4,
        summaryEn,
      },
    },
    leader,
  );
  await gql(
    'mutation ($id: ID!, $version: Int!) { submitDebrief(id: $id, version: $version) { id } }',
    { id: saveDebrief.id, version: saveDebrief.version },
    leader,
  );
}

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

describe('week report', () => {
  let browser: Browser;
  let weekId: string;
  const summaryEn = `Calm conversations, many new accounts ${Date.now().toString(36)}`;
  const languages = new Map<string, string>();

  beforeAll(async () => {
    const coordinator = await tokenOf(COORDINATOR);
    const leader = await tokenOf(LEADER_NL);
    const { actionWeeks } = await gql<{ actionWeeks: { id: string }[] }>(
      '{ actionWeeks { id } }',
      {},
      coordinator,
    );
    for (const [email, token] of [
      [COORDINATOR, coordinator],
      [LEADER_NL, leader],
    ]) {
      const { me } = await gql<{ me: { language: string } }>('{ me { language } }', {}, token);
      languages.set(email, me.language);
    }
    let sessionId: string;
    ({ weekId, sessionId } = await endedDutchSession(
      actionWeeks.map((week) => week.id),
      coordinator,
      leader,
    ));
    await submittedDutchDebrief(sessionId, leader, summaryEn);
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
  });

  it('is written by the coordinator, links a Dutch debrief and downloads as a French PDF', async () => {
    const stamp = Date.now().toString(36);
    const lessons = `Rotate the lead operator every evening ${stamp}`;
    const heading = `What worked ${stamp}`;
    const { context, page } = await signedIn(browser, COORDINATOR);
    try {
      await page.getByRole('navigation').getByRole('link', { name: 'Week report' }).click();
      await shown(page.getByRole('heading', { name: 'Week report', level: 2 }));
      await page.goto(`${BASE_URL}/weeks/${weekId}/report`);
      await shown(page.getByRole('heading', { name: 'Week report', level: 2 }));

      const editor = page.getByRole('region', { name: 'Write the report' });
      // Written in Markdown: a heading, a paragraph, a list with emphasis.
      await field(editor, 'Lessons learned').fill(
        `## ${heading}\n\n${lessons}\n\n- **Discord** in the evening\n- Roblox in the afternoon`,
      );
      const debrief = editor.locator('.mantine-Checkbox-root', { hasText: summaryEn });
      await shown(debrief.getByText('Netherlands · Dutch'));
      await debrief.getByRole('checkbox').check();
      await editor.getByRole('button', { name: 'Save the report' }).click();
      await shown(page.getByText('Week report saved'));

      // Read-only, everyone sees the lessons and the linked debrief in Dutch with its English summary beside it.
      const view = page.getByRole('region', { name: 'The report' });
      await shown(view.getByText(lessons));
      // The preview renders the Markdown: a heading element and a list, never the raw "## " or "**".
      await shown(view.getByRole('heading', { name: heading }));
      await shown(view.getByRole('listitem').filter({ hasText: 'Discord in the evening' }));
      const lessonsText = await view.locator('[data-report-lessons]').innerText();
      expect(lessonsText).not.toMatch(/(^|\n)#+ /);
      expect(lessonsText).not.toContain('**');
      if (process.env.SHOTS_DIR)
        await page.screenshot({ path: `${process.env.SHOTS_DIR}/week-report-en.png`, fullPage: true });
      const linked = view.getByRole('listitem').filter({ hasText: summaryEn });
      await shown(linked.getByText('Het gesprek met de jongeren verliep rustig en open.'));
      await expectAccessible(page, 'week report, saved, English, coordinator');

      const exportPanel = page.getByRole('region', { name: 'Export' });
      await field(exportPanel, 'Language of the export').click();
      await page.getByRole('option', { name: 'French' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        exportPanel.getByRole('button', { name: 'Download PDF' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/-fr\.pdf$/);
      const path = await download.path();
      expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    } finally {
      await context.close();
    }
  });
});
