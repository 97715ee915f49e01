import type { Browser, Page } from 'playwright-core';
import { BASE_URL, field, launchBrowser, newContext, shown, signIn } from './support/browser';
import { expectAccessible } from './support/accessibility';

describe('an administrator manages accounts', () => {
  let browser: Browser;
  let page: Page;
  const stamp = Date.now().toString(36);
  const email = `browser.${stamp}@empact.test`;
  const name = `Browser Journey ${stamp}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newContext(browser)).newPage();
    await page.goto(BASE_URL);
    await signIn(page, 'admin@empact.test');
    await shown(
      page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Accounts' }),
    );
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function openCreateDialog() {
    await page.getByRole('button', { name: 'New account' }).click();
    const dialog = page.getByRole('dialog', { name: 'New account' });
    await shown(dialog);
    return dialog;
  }

  it('lists the seeded accounts', async () => {
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Accounts' })
      .click();
    await shown(page.getByRole('heading', { name: 'Accounts', level: 2 }));
    const table = page.getByRole('table', { name: 'Accounts' });
    await shown(table.getByRole('row').filter({ hasText: 'operator1.fi@empact.test' }));
    await shown(table.getByRole('row').filter({ hasText: 'coordinator.no@empact.test' }).getByText('Norway'));
    await expectAccessible(page, 'accounts, English, administrator');
  });

  it('creates an account', async () => {
    const dialog = await openCreateDialog();
    await expectAccessible(page, 'new account dialog, English');
    await field(dialog, 'E-mail address').fill(email);
    await field(dialog, 'Name').fill(name);
    await field(dialog, 'Country').fill('Finl');
    await page.getByRole('option', { name: 'Finland', exact: true }).click();
    await field(dialog, 'Roles').fill('Oper');
    await page.getByRole('option', { name: 'Operator', exact: true }).click();
    await dialog.getByRole('heading', { name: 'New account' }).click(); // closes the role list
    await field(dialog, 'Initial password').fill('a long initial password');
    await dialog.getByRole('button', { name: 'Create account' }).click();

    await page.getByRole('dialog', { name: 'New account' }).waitFor({ state: 'hidden' });
    const row = page.getByRole('table', { name: 'Accounts' }).getByRole('row').filter({ hasText: email });
    await shown(row.getByText(name));
    await shown(row.getByText('Finland'));
    await shown(row.getByText('Active'));
  });

  it('shows the server’s message beside the e-mail field when the address is taken', async () => {
    const dialog = await openCreateDialog();
    await field(dialog, 'E-mail address').fill(email);
    await field(dialog, 'Name').fill('Someone Else');
    await field(dialog, 'Roles').fill('Europol');
    await page.getByRole('option', { name: 'Europol liaison', exact: true }).click();
    await dialog.getByRole('heading', { name: 'New account' }).click();
    await field(dialog, 'Initial password').fill('another long password');
    await dialog.getByRole('button', { name: 'Create account' }).click();

    const emailField = field(dialog, 'E-mail address');
    await page.waitForFunction(
      (input) => input?.getAttribute('aria-invalid') === 'true',
      await emailField.elementHandle(),
      { timeout: 15_000 },
    );
    await shown(dialog.getByText(`An account with the e-mail address ${email} already exists.`));
    await expectAccessible(page, 'new account dialog with the server’s message on the e-mail field, English');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
  });

  it('disables the account after confirmation, and the table shows it disabled', async () => {
    await page.getByRole('button', { name: `Actions for ${name}` }).click();
    await page.getByRole('menuitem', { name: 'Disable' }).click();
    const confirm = page.getByRole('dialog', { name: `Disable the account of ${name}?` });
    await shown(confirm);
    await expectAccessible(page, 'disable confirmation, English');
    await confirm.getByRole('button', { name: 'Disable account' }).click();
    await confirm.waitFor({ state: 'hidden' });

    const row = page.getByRole('table', { name: 'Accounts' }).getByRole('row').filter({ hasText: email });
    await shown(row.getByText('Disabled', { exact: true }));
    expect(await row.getByText('Active', { exact: true }).count()).toBe(0);
    expect(await row.getAttribute('data-disabled')).toBe('true');
    await expectAccessible(page, 'accounts with a disabled account, English');

    // Hiding disabled accounts takes it out of the list.
    // (click, not uncheck: the switch follows the address, which the router updates in a transition)
    await field(page, 'Show disabled accounts').click();
    await page.waitForURL(/disabled=hide/);
    await page
      .getByRole('table', { name: 'Accounts' })
      .getByRole('row')
      .filter({ hasText: email })
      .waitFor({ state: 'detached' });
  });
});
