import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addDays, localDate, zonedInstant } from '@empact/domain';
import { BASE_URL, field, gone, launchBrowser, newContext, shown, signIn } from './support/browser';
import { gql, tokenOf } from './support/live-week';
import { expectAccessible } from './support/accessibility';

const COORDINATOR = 'coordinator.no@empact.test';
const LEADER_IS = 'leader.is@empact.test';

/**
 * A week of its own, three weeks ahead, with one evening session for Iceland: the Icelandic team leader's next
 * session whatever day the journey runs, and clear of the other journeys' weeks.
 */
async function weekWithIcelandicSession(code: string): Promise<{ weekId: string; leaderName: string }> {
  const coordinator = await tokenOf(COORDINATOR);
  const { accounts } = await gql<{ accounts: { id: string; email: string; displayName: string }[] }>(
    '{ accounts { id email displayName } }',
    {},
    await tokenOf('admin@empact.test'),
  );
  const account = (email: string) => {
    const found = accounts.find((a) => a.email === email);
    if (!found) throw new Error(`No demo account ${email}`);
    return found;
  };
  const firstDay = addDays(localDate(new Date(), 'Europe/Oslo'), 21);
  const { createActionWeek } = await gql<{ createActionWeek: { id: string } }>(
    'mutation ($input: CreateActionWeekInput!) { createActionWeek(input: $input) { id } }',
    {
      input: {
        code,
        title: 'Guidance journey',
        hostCountry: 'NO',
        firstDay,
        lastDay: addDays(firstDay, 2),
        timeZone: 'Europe/Oslo',
        countries: [
          { country: 'NO', languages: ['nb', 'nn'] },
          { country: 'IS', languages: ['is'] },
        ],
      },
    },
    coordinator,
  );
  await gql(
    'mutation ($input: SchedulePatrolSessionInput!) { schedulePatrolSession(input: $input) { id } }',
    {
      input: {
        weekId: createActionWeek.id,
        platform: 'ROBLOX',
        venue: 'Guidance journey server',
        startsAt: zonedInstant(firstDay, '18:00', 'Europe/Oslo').toISOString(),
        endsAt: zonedInstant(firstDay, '20:00', 'Europe/Oslo').toISOString(),
        countries: ['IS'],
        guideId: account(COORDINATOR).id,
        rosters: [
          {
            country: 'IS',
            operatorOneId: account('operator1.is@empact.test').id,
            operatorTwoId: account('operator2.is@empact.test').id,
            teamLeaderId: account(LEADER_IS).id,
          },
        ],
      },
    },
    coordinator,
  );
  return { weekId: createActionWeek.id, leaderName: account(LEADER_IS).displayName };
}

async function signedIn(
  browser: Browser,
  email: string,
  english: boolean,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(BASE_URL);
  if (english) {
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
  }
  await signIn(page, email);
  await shown(page.getByRole('navigation'));
  return { context, page };
}

describe('guidance', () => {
  let browser: Browser;
  let weekId: string;
  let leaderName: string;
  const languages = new Map<string, string>();

  beforeAll(async () => {
    ({ weekId, leaderName } = await weekWithIcelandicSession(
      `GUIDE-${Date.now().toString(36).toUpperCase()}`,
    ));
    for (const email of [COORDINATOR, LEADER_IS]) {
      const { me } = await gql<{ me: { language: string } }>('{ me { language } }', {}, await tokenOf(email));
      languages.set(email, me.language);
    }
    browser = await launchBrowser();
    // The first suite of a run starts Chromium cold and plans a week through the API; on a loaded two-core CI machine
    // that once took past the 60 s test timeout, so the set-up gets its own, as the week board's does.
  }, 120_000);

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

  it('is written in English, translated into Icelandic, read and confirmed in Icelandic, and the coordinator sees it', async () => {
    const title = `Keep your own profile out of sight ${Date.now().toString(36)}`;
    const icelandicTitle = 'Haltu eigin prófíl frá augum annarra';

    // The coordinator writes the note for the whole week.
    const coordinator = await signedIn(browser, COORDINATOR, true);
    const page = coordinator.page;
    await page.goto(`${BASE_URL}/weeks/${weekId}/guidance`);
    await shown(page.getByRole('heading', { name: 'Guidance', level: 2 }));
    await expectAccessible(page, 'guidance, English, coordinator');
    await page.getByRole('button', { name: 'Write a note' }).click();
    const form = page.getByRole('dialog', { name: 'New guidance note' });
    await field(form, 'Title').fill(title);
    await field(form, 'Text').fill(
      'Never use a **personal** account on patrol.\n\n- Log in with the blue profile only',
    );
    await expectAccessible(page, 'new guidance note dialog, English, coordinator');
    await form.getByRole('button', { name: 'Save the note' }).click();
    await gone(form);

    // It opens in the reader, not yet published; the translation editor puts Icelandic beside the source.
    const reader = page.getByRole('dialog', { name: 'Guidance note' });
    await shown(reader.getByRole('heading', { name: title }));
    await shown(reader.getByText('Not published'));
    await shown(reader.locator('strong', { hasText: 'personal' }));
    await expectAccessible(page, 'guidance note reader, English, coordinator');
    await reader.getByRole('button', { name: 'Translate' }).click();
    const editor = page.getByRole('dialog', { name: 'Translate a guidance note' });
    await shown(editor.getByRole('region', { name: 'Original' }).getByText(title));
    await field(editor, 'Translate into').click();
    await page.getByRole('option', { name: 'Icelandic' }).click();
    await shown(editor.getByRole('status').filter({ hasText: 'Missing' }));
    await field(editor, 'Translated title').fill(icelandicTitle);
    await field(editor, 'Translated text').fill(
      'Notaðu aldrei **persónulegan** aðgang á vakt.\n\n- Skráðu þig aðeins inn með bláa prófílnum',
    );
    await editor.getByRole('button', { name: 'Save as current' }).click();
    await shown(editor.getByRole('status').filter({ hasText: 'Current' }));
    await expectAccessible(page, 'translation editor, English, coordinator');
    await editor.getByRole('button', { name: 'Close the editor' }).click();
    await gone(editor);
    await shown(reader.getByRole('listitem', { name: 'Icelandic: Current' }));
    await reader.getByRole('button', { name: 'Publish', exact: true }).click();
    await shown(reader.getByText('Published', { exact: true }));
    await page.keyboard.press('Escape');
    await gone(reader);

    // Before the Icelandic team leader has read it, the readers' view lists it against their next session.
    await page.getByRole('tab', { name: 'Who has not read' }).click();
    const iceland = page.getByRole('region', { name: 'Iceland' });
    const leaderRow = iceland.getByRole('row').filter({ hasText: leaderName });
    await shown(leaderRow.getByRole('link', { name: title }));
    await shown(leaderRow.getByText('1 not confirmed'));
    await expectAccessible(page, 'guidance, who has not read, English, coordinator');

    // The Icelandic team leader reads it in Icelandic, the account's language, and confirms.
    const leader = await signedIn(browser, LEADER_IS, false);
    await leader.page.goto(`${BASE_URL}/weeks/${weekId}/guidance`);
    await shown(leader.page.getByRole('heading', { name: 'Leiðbeiningar', level: 2 }));
    const list = leader.page.getByRole('list', { name: 'Leiðbeiningar' });
    await shown(list.getByRole('button', { name: icelandicTitle }));
    await expectAccessible(leader.page, 'guidance, Icelandic, team leader');
    await list.getByRole('button', { name: icelandicTitle }).click();
    const leaderReader = leader.page.getByRole('dialog', { name: 'Minnisblað með leiðbeiningum' });
    await shown(leaderReader.getByRole('heading', { name: icelandicTitle }));
    await shown(leaderReader.locator('strong', { hasText: 'persónulegan' }));
    // Shown in Icelandic, and said so.
    const shownIn = leaderReader.getByRole('status', { name: 'Tungumál sem er sýnt' });
    await shown(shownIn);
    expect(await shownIn.textContent()).toMatch(/^Sýnt á /);
    expect(await leaderReader.getByRole('heading', { name: icelandicTitle }).getAttribute('lang')).toBe('is');
    await leaderReader.getByRole('button', { name: 'Staðfesta að ég hafi lesið þetta' }).click();
    await shown(leaderReader.getByText('Þú hefur staðfest að þú hafir lesið þetta minnisblað.'));
    await expectAccessible(leader.page, 'guidance note reader, confirmed, Icelandic, team leader');

    // The coordinator's view shows it read.
    await page.reload();
    await shown(page.getByRole('region', { name: 'Iceland' }));
    const refreshedRow = page
      .getByRole('region', { name: 'Iceland' })
      .getByRole('row')
      .filter({ hasText: leaderName });
    await shown(refreshedRow.getByText('All read'));
    expect(await refreshedRow.getByRole('link', { name: title }).count()).toBe(0);
  });
});
