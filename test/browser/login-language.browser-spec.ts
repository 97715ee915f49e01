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
const LIAISON = 'liaison@empact.test';
const FRENCH_LOGIN = {
  email: 'Adresse e-mail',
  password: 'Mot de passe',
  submit: 'Se connecter',
  code: 'Code de l’application d’authentification',
  verify: 'Vérifier et se connecter',
};
const ICELANDIC_LOGIN = {
  email: 'Netfang',
  password: 'Lykilorð',
  submit: 'Skrá inn',
  code: 'Kóði úr auðkenningarappinu',
  verify: 'Staðfesta og skrá inn',
};
const NYNORSK_LOGIN = {
  email: 'E-postadresse',
  password: 'Passord',
  submit: 'Logg inn',
  code: 'Kode frå autentiseringsappen',
  verify: 'Stadfest og logg inn',
};
const SHOTS_DIR = process.env.SHOTS_DIR;

async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS_DIR) return;
  await page.waitForLoadState('networkidle');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: `${SHOTS_DIR}/${name}.png`, fullPage: false });
}

async function pickOnLoginPage(page: Page, from: string, to: string): Promise<void> {
  await page.getByRole('button', { name: from }).click();
  await page.getByRole('menuitem', { name: to }).click();
  await gone(page.getByRole('menu'));
}

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

  it('keeps French picked on the login page through a reload of it and signs the liaison in in French', async () => {
    const french = await newContext(browser);
    const frenchPage = await french.newPage();
    await frenchPage.goto(BASE_URL);
    await shown(frenchPage.getByRole('heading', { name: 'Sign in' }));
    // The account's stored language is another one: the choice made here must still win.
    await pickOnLoginPage(frenchPage, 'Language: English', 'Français');
    await shown(frenchPage.getByRole('heading', { name: 'Connexion' }));
    await frenchPage.reload();
    await shown(frenchPage.getByRole('heading', { name: 'Connexion' }));
    await documentLanguage(frenchPage, 'fr');

    await signIn(frenchPage, LIAISON, FRENCH_LOGIN);
    const nav = frenchPage.getByRole('navigation', { name: 'Navigation principale' });
    await shown(nav.getByRole('link', { name: 'Vue d’ensemble' }));
    await documentLanguage(frenchPage, 'fr');
    await shown(frenchPage.getByRole('heading', { name: 'Vue d’ensemble', level: 2 }));
    await expectAccessible(frenchPage, 'overview, French, liaison');

    await frenchPage.reload();
    await shown(
      frenchPage
        .getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('link', { name: 'Vue d’ensemble' }),
    );
    await documentLanguage(frenchPage, 'fr');
    await french.close();

    // Saved to the account: another device starts in French too.
    const other = await newContext(browser);
    const otherPage = await other.newPage();
    await otherPage.goto(BASE_URL);
    await shown(otherPage.getByRole('heading', { name: 'Sign in' }));
    await signIn(otherPage, LIAISON);
    await shown(
      otherPage
        .getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('link', { name: 'Vue d’ensemble' }),
    );
    await other.close();
  });

  it('shows Icelandic month and country names, and 24-hour times, from the app’s own data', async () => {
    const icelandic = await newContext(browser);
    const isPage = await icelandic.newPage();
    await isPage.goto(BASE_URL);
    // Chromium ships no Icelandic data for Intl: what the page shows must come from the app.
    const browserHasIcelandic = await isPage.evaluate(() =>
      Intl.DateTimeFormat.supportedLocalesOf(['is', 'nn']),
    );
    process.stdout.write(`Intl in this browser supports: ${JSON.stringify(browserHasIcelandic)}\n`);
    await pickOnLoginPage(isPage, 'Language: English', 'Íslenska');
    await shown(isPage.getByRole('heading', { name: 'Innskráning' }));
    await signIn(isPage, 'coordinator.no@empact.test', ICELANDIC_LOGIN);
    await shown(isPage.getByRole('heading', { name: 'Yfirlit', level: 2 }));
    await documentLanguage(isPage, 'is');
    await shown(isPage.getByRole('cell', { name: /Noregur/ }));
    await shown(isPage.getByText(/Belgía/));
    await shown(isPage.getByText(/nóvember|desember/));
    // No English or Bokmål month or country names leak through.
    const text = await isPage.locator('main').innerText();
    expect(text).not.toMatch(/Norway|Belgium|Iceland\b|November|December|Norge|Belgia\b/);
    await expectAccessible(isPage, 'overview, Icelandic');
    await shoot(isPage, 'overview-is');

    await isPage.getByRole('navigation').getByRole('link', { name: 'Vikuáætlun' }).click();
    await shown(isPage.getByRole('heading', { name: 'Vikuáætlun' }));
    // The board's hours, on the 24-hour clock.
    await shown(isPage.getByText('13:00', { exact: true }));
    await isPage.waitForLoadState('networkidle');
    const board = await isPage.locator('main').innerText();
    expect(board).not.toMatch(/\b(AM|PM)\b/);
    expect(board).toMatch(/\b\d{2}:\d{2}\b/);
    await expectAccessible(isPage, 'week board, Icelandic');
    await shoot(isPage, 'board-is');
    await icelandic.close();
  });

  it('shows Nynorsk names, not Bokmål ones', async () => {
    const nynorsk = await newContext(browser);
    const nnPage = await nynorsk.newPage();
    await nnPage.goto(BASE_URL);
    await pickOnLoginPage(nnPage, 'Language: English', 'Norsk nynorsk');
    await signIn(nnPage, 'coordinator.no@empact.test', NYNORSK_LOGIN);
    await shown(nnPage.getByRole('heading', { name: 'Oversyn', level: 2 }));
    await documentLanguage(nnPage, 'nn');
    await shown(nnPage.getByRole('cell', { name: /Noreg/ }));
    await expectAccessible(nnPage, 'overview, Nynorsk');
    await shoot(nnPage, 'overview-nn');
    await nnPage.getByRole('navigation').getByRole('link', { name: 'Vekeplan' }).click();
    await shown(nnPage.getByRole('heading', { name: 'Vekeplan' }));
    // The board's hours, on the 24-hour clock.
    await shown(nnPage.getByText('13:00', { exact: true }));
    await nnPage.waitForLoadState('networkidle');
    expect(await nnPage.locator('main').innerText()).not.toMatch(/\b(AM|PM)\b/);
    await expectAccessible(nnPage, 'week board, Nynorsk');
    await shoot(nnPage, 'board-nn');
    await nynorsk.close();
  });
});
