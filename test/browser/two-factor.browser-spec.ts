import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { SecondFactors, totpCode } from '../support/second-factor';
import { expectAccessible } from './support/accessibility';
import { BASE_URL, DEMO_PASSWORD, field, launchBrowser, newContext, shown } from './support/browser';
import { gql, tokenOf } from './support/live-week';

/** Where the journey leaves pictures of the pages at 1366×768, when SHOTS_DIR is set (to look at them, not to compare). */
const SHOTS_DIR = process.env.SHOTS_DIR;

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS_DIR) return;
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SHOTS_DIR, `${name}.png`) });
}

/** A new coordinator of Kripos, signed in by nobody yet: the role needs two-step sign-in, and the account has none. */
async function newCoordinator(email: string, language: string): Promise<void> {
  await gql(
    'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
    {
      input: {
        email,
        displayName: 'Tone Haugen (Kripos)',
        country: 'NO',
        roles: ['COORDINATOR'],
        language,
        password: DEMO_PASSWORD,
      },
    },
    await tokenOf('admin@empact.test'),
  );
}

async function signInWithPassword(
  page: Page,
  email: string,
  labels = { email: 'E-mail address', password: 'Password', submit: 'Sign in' },
) {
  await page.goto(BASE_URL);
  await field(page, labels.email).fill(email);
  await field(page, labels.password).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
}

describe('a coordinator sets up an authenticator app and signs in with it', () => {
  let browser: Browser;
  const stamp = Date.now().toString(36);
  const email = `coordinator.${stamp}@empact.test`;
  const apps = new SecondFactors();
  let recoveryCodes: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    await newCoordinator(email, 'en');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is taken to the enrolment page after the password, scans the code, confirms it and stores the recovery codes', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await signInWithPassword(page, email);

    await shown(page.getByRole('heading', { name: 'Set up two-step sign-in', level: 1 }));
    // Nothing else of the app is offered before it is set up.
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).count()).toBe(0);
    await shown(
      page.getByRole('img', { name: 'QR code that adds EMPACT Action Week to an authenticator app' }),
    );
    await expectAccessible(page, 'two-step sign-in enrolment, English, coordinator');
    await shot(page, 'enrolment-en');

    // The authenticator app: the key shown for typing in is the one in the QR code.
    const secret = (await page.getByTestId('manual-key').innerText()).replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const qr = await page.getByRole('img', { name: /QR code/ }).getAttribute('src');
    expect(qr).toMatch(/^data:image\/svg\+xml;base64,/);

    await field(page, 'Code from the authenticator app').fill('000000');
    await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    await shown(page.getByRole('alert').filter({ hasText: 'The code is not right' }));

    const at = Date.now();
    await field(page, 'Code from the authenticator app').fill(totpCode(secret, at));
    await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    apps.remember(email, secret, [], SecondFactors.stepAt(at));

    await shown(page.getByRole('heading', { name: 'Store your recovery codes' }));
    recoveryCodes = (await page.getByTestId('recovery-codes').getByRole('listitem').allInnerTexts()).map(
      (code) => code.trim(),
    );
    expect(recoveryCodes).toHaveLength(10);
    await shown(page.getByRole('link', { name: 'Download as a text file' }));
    await expectAccessible(page, 'recovery codes, English, coordinator');
    await shot(page, 'recovery-codes-en');
    const goOn = page.getByRole('button', { name: 'Continue' });
    expect(await goOn.isDisabled()).toBe(true);
    await page.getByRole('checkbox', { name: 'I have stored my recovery codes' }).check();
    await goOn.click();

    await shown(page.getByRole('heading', { name: 'Overview', level: 2 }));
    await shown(
      page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Week board' }),
    );
    await page.close();
  });

  it('signs in with the password and a code of the app', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await signInWithPassword(page, email);
    await shown(page.getByRole('heading', { name: 'Enter your code', level: 1 }));
    await expectAccessible(page, 'sign-in code step, English');
    await shot(page, 'login-code-en');

    await field(page, 'Code from the authenticator app').fill(await apps.code(email));
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    await shown(page.getByRole('heading', { name: 'Overview', level: 2 }));
    // A coordinator may require it of every team member of the current week (left as it is: other journeys sign in).
    await shown(page.getByRole('switch', { name: 'Two-step sign-in for every team member' }));
    await expectAccessible(page, 'overview with the week setting, English, coordinator');

    // Its own settings: on, required for the role, ten codes left, and no way to turn it off.
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Two-step sign-in' })
      .click();
    await shown(page.getByText('10 recovery codes left'));
    await shown(page.getByText('Your role requires two-step sign-in.'));
    expect(await page.getByRole('button', { name: 'Turn off two-step sign-in' }).count()).toBe(0);
    await expectAccessible(page, 'two-step sign-in settings, English, coordinator');
    await shot(page, 'settings-en');
    await page.close();
  });

  it('signs in with a recovery code once, and not a second time with the same code', async () => {
    const page = await (await newContext(browser)).newPage();
    await signInWithPassword(page, email);
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await field(page, 'Recovery code').fill(recoveryCodes[0].toLowerCase());
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    await shown(page.getByRole('heading', { name: 'Overview', level: 2 }));
    await page.close();

    const again = await (await newContext(browser)).newPage();
    await signInWithPassword(again, email);
    await again.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await expectAccessible(again, 'sign-in recovery code step, English');
    await field(again, 'Recovery code').fill(recoveryCodes[0]);
    await again.getByRole('button', { name: 'Verify and sign in' }).click();
    await shown(
      again
        .getByRole('alert')
        .filter({ hasText: 'This recovery code is not right, or it has already been used.' }),
    );
    await again.close();
  });

  it('looks right in Norwegian too', async () => {
    const norwegian = `koordinator.${stamp}@empact.test`;
    await newCoordinator(norwegian, 'nb');
    const page = await (await newContext(browser, 'nb-NO')).newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await signInWithPassword(page, norwegian, {
      email: 'E-postadresse',
      password: 'Passord',
      submit: 'Logg inn',
    });
    await shown(page.getByRole('heading', { name: 'Sett opp totrinnsinnlogging', level: 1 }));
    await shown(
      page.getByRole('img', { name: 'QR-kode som legger til EMPACT Action Week i en autentiseringsapp' }),
    );
    await expectAccessible(page, 'two-step sign-in enrolment, Norwegian Bokmål, coordinator');
    await shot(page, 'enrolment-nb');

    const secret = (await page.getByTestId('manual-key').innerText()).replace(/\s/g, '');
    const at = Date.now();
    await field(page, 'Kode fra autentiseringsappen').fill(totpCode(secret, at));
    await page.getByRole('button', { name: 'Slå på totrinnsinnlogging' }).click();
    await shown(page.getByRole('heading', { name: 'Ta vare på gjenopprettingskodene' }));
    await expectAccessible(page, 'recovery codes, Norwegian Bokmål, coordinator');
    await shot(page, 'recovery-codes-nb');
    await page.getByRole('checkbox', { name: 'Jeg har tatt vare på gjenopprettingskodene' }).check();
    await page.getByRole('button', { name: 'Fortsett' }).click();
    await shown(page.getByRole('heading', { name: 'Oversikt', level: 2 }));
    await page
      .getByRole('navigation', { name: 'Hovednavigasjon' })
      .getByRole('link', { name: 'Totrinnsinnlogging' })
      .click();
    await shown(page.getByText('10 gjenopprettingskoder igjen'));
    await expectAccessible(page, 'two-step sign-in settings, Norwegian Bokmål, coordinator');
    await shot(page, 'settings-nb');
    await page.getByRole('button', { name: 'Lag nye gjenopprettingskoder' }).click();
    await shown(page.getByRole('dialog', { name: 'Lag nye gjenopprettingskoder' }));
    await expectAccessible(page, 'new recovery codes dialog, Norwegian Bokmål');
    await shot(page, 'regenerate-nb');
    await page.close();

    const login = await (await newContext(browser, 'nb-NO')).newPage();
    await login.setViewportSize({ width: 1366, height: 768 });
    await signInWithPassword(login, norwegian, {
      email: 'E-postadresse',
      password: 'Passord',
      submit: 'Logg inn',
    });
    await shown(login.getByRole('heading', { name: 'Skriv inn koden', level: 1 }));
    await expectAccessible(login, 'sign-in code step, Norwegian Bokmål');
    await shot(login, 'login-code-nb');
    await login.close();
  });
});
