import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import {
  ENGLISH_LOGIN,
  field,
  launchBrowser,
  newContext,
  NORWEGIAN_LOGIN,
  shown,
  signIn,
} from './support/browser';
import { expectAccessible } from './support/accessibility';

const COORDINATOR = 'coordinator.no@empact.test';
const OFFICER = 'dpo@empact.test';

/** Signs in after picking the language on the login page (other journeys change the demo accounts' own). */
async function signedIn(
  browser: Browser,
  email: string,
  language: 'English' | 'Norsk bokmål',
): Promise<Page> {
  const page = await (await newContext(browser)).newPage();
  await page.goto(process.env.BASE_URL ?? 'http://localhost:3000');
  await page.getByRole('button', { name: 'Language: English' }).click();
  await page.getByRole('menuitem', { name: language }).click();
  await signIn(page, email, language === 'English' ? ENGLISH_LOGIN : NORWEGIAN_LOGIN);
  return page;
}

/*
 * Issue #17: the data-protection officer finds who read a given referral and exports that to CSV. The coordinator
 * reads a referral's details (the read the audit log records) and quotes its reference; the officer, who reaches
 * nothing but the audit log and the retention status, looks it up in Norwegian.
 */
describe('the audit log, as the data-protection officer reads it', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('finds who read a referral and exports the answer to CSV', async () => {
    // Ingrid Berg (Kripos) opens a referral of the demo week: her read is recorded.
    const coordinator = await signedIn(browser, COORDINATOR, 'English');
    await coordinator.getByRole('navigation').getByRole('link', { name: 'Referrals' }).click();
    // The queue opens on the open ones; the demo week's may all be handed over already.
    await coordinator.locator('main label').filter({ hasText: /^All$/ }).click();
    await coordinator.getByRole('button', { name: 'Read details' }).first().click();
    const drawer = coordinator.getByRole('dialog');
    const reference = drawer.locator('[data-referral-reference]');
    await shown(reference);
    const referralId = (await reference.innerText()).trim();
    expect(referralId).toMatch(/^[0-9a-f-]{36}$/);

    // The officer signs in and lands on the audit log: the only page she has besides her own sign-in settings.
    const officer = await signedIn(browser, OFFICER, 'Norsk bokmål');
    await shown(officer.getByRole('heading', { name: 'Revisjonslogg', level: 2 }));
    const nav = officer.getByRole('navigation');
    expect(await nav.getByRole('link', { name: 'Henvisninger' }).count()).toBe(0);
    expect(await nav.getByRole('link').count()).toBe(2);
    await expectAccessible(officer, 'audit log, Norwegian, data-protection officer');

    const preset = officer.getByRole('radio', { name: 'Hvem leste en henvisning' });
    await preset.click();
    await officer.waitForFunction(
      () =>
        location.search.includes('preset=referralReads') &&
        document.querySelector<HTMLInputElement>('input[type="radio"][value="referralReads"]')?.checked ===
          true,
    );
    expect(await preset.isChecked()).toBe(true);
    await field(officer, 'Post-ID').fill(referralId);
    // Only reads of this referral, once the filter has answered: every entry names it, Ingrid Berg's among them.
    await officer.waitForFunction((id) => {
      const rows = [...document.querySelectorAll('tr[data-entry-id]')].map((row) => row.textContent ?? '');
      return (
        rows.length > 0 &&
        rows.every((text) => text.includes(id)) &&
        rows.some((text) => text.includes('Ingrid Berg'))
      );
    }, referralId);
    const table = officer.getByRole('table', { name: /revisjonslogg/i });
    await shown(table.getByRole('row').filter({ hasText: 'Ingrid Berg (Kripos)' }));
    await expectAccessible(officer, 'audit log filtered by a referral, Norwegian, data-protection officer');

    const [download] = await Promise.all([
      officer.waitForEvent('download'),
      officer.getByRole('button', { name: 'Eksporter CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('audit-log.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    const entries = lines.slice(1).filter((line) => line.includes(referralId));
    expect(entries.length).toBe(lines.length - 1);
    expect(entries.some((line) => line.includes(COORDINATOR) && line.includes('readReferralDetails'))).toBe(
      true,
    );
  }, 120_000);
});
