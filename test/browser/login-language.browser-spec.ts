import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  BASE_URL,
  field,
  documentLanguage,
  gone,
  launchBrowser,
  newContext,
  shown,
  signIn,
} from './support/browser';
import { expectAccessible } from './support/accessibility';

const OPERATOR = 'operator1.fi@empact.test';
const FINNISH_LOGIN = { email: 'Sähköpostiosoite', password: 'Salasana', submit: 'Kirjaudu' };

describe('signing in and choosing a language', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lets a Finnish operator pick Finnish on the login page and see the app in Finnish', async () => {
    await page.goto(BASE_URL);
    await shown(page.getByRole('heading', { name: 'Sign in' }));
    await documentLanguage(page, 'en');
    await expectAccessible(page, 'login page, English');

    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'Suomi' }).click();
    await shown(page.getByRole('heading', { name: 'Kirjaudu sisään' }));
    await documentLanguage(page, 'fi');
    await gone(page.getByRole('menu'));
    await expectAccessible(page, 'login page, Finnish');

    await signIn(page, OPERATOR, FINNISH_LOGIN);

    const nav = page.getByRole('navigation', { name: 'Päävalikko' });
    await shown(nav.getByRole('link', { name: 'Yleiskatsaus' }));
    // An operator does not manage accounts, so the page is not offered.
    expect(await nav.getByRole('link', { name: 'Käyttäjätilit' }).count()).toBe(0);
    await shown(page.getByRole('heading', { name: 'Yleiskatsaus', level: 2 }));
    await shown(page.getByRole('button', { name: 'Kirjaudu ulos' }));
    // The week, with country names in Finnish from the browser's own data.
    await shown(page.getByText('Isäntämaa'));
    await shown(page.getByRole('cell', { name: /Norja/ }));
    await shown(page.getByRole('cell', { name: /Islanti/ }));
    // The operator's own account card.
    await shown(
      page
        .getByRole('heading', { name: 'Aino Virtanen' })
        .or(page.getByRole('heading', { name: 'Mikko Korhonen' })),
    );
    await expectAccessible(page, 'overview, Finnish, operator');
  });

  it('switches to Swedish and keeps the navigation in Swedish after a reload', async () => {
    const saved = page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') &&
        (response.request().postData() ?? '').includes('SetMyLanguage'),
    );
    await page.getByRole('button', { name: 'Kieli: Suomi' }).click();
    await page.getByRole('menuitem', { name: 'Svenska' }).click();

    const nav = page.getByRole('navigation', { name: 'Huvudnavigering' });
    await shown(nav.getByRole('link', { name: 'Översikt' }));
    await documentLanguage(page, 'sv');
    expect((await saved).ok()).toBe(true);

    await page.reload();
    await shown(
      page.getByRole('navigation', { name: 'Huvudnavigering' }).getByRole('link', { name: 'Översikt' }),
    );
    await documentLanguage(page, 'sv');
    await gone(page.getByRole('link', { name: 'Yleiskatsaus' }));
    await shown(page.getByRole('heading', { name: 'Översikt', level: 2 }));
    await expectAccessible(page, 'overview, Swedish, operator');
  });

  it('saved the choice to the account, so another device starts in Swedish after signing in', async () => {
    const other = await newContext(browser);
    const otherPage = await other.newPage();
    await otherPage.goto(BASE_URL);
    await shown(otherPage.getByRole('heading', { name: 'Sign in' }));
    await signIn(otherPage, OPERATOR);
    await shown(
      otherPage.getByRole('navigation', { name: 'Huvudnavigering' }).getByRole('link', { name: 'Översikt' }),
    );
    await documentLanguage(otherPage, 'sv');
    await other.close();
  });

  it('signs out back to the login page, in the language in use', async () => {
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await shown(page.getByRole('heading', { name: 'Logga in' }));
    await page.reload();
    await shown(page.getByRole('heading', { name: 'Logga in' }));
    await expectAccessible(page, 'login page, Swedish');
  });

  it('shows the server’s translated message for a wrong password', async () => {
    await field(page, 'E-postadress').fill(OPERATOR);
    await field(page, 'Lösenord').fill('not-the-password');
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await shown(page.getByRole('alert').filter({ hasText: 'E-postadressen eller lösenordet är fel' }));
    await expectAccessible(page, 'login page with a wrong password, Swedish');
  });
});
