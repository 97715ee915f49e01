import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { secondFactors } from './second-factor';

export const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? '';
const WAIT_MS = 15_000;

/** Debian's Chromium: the tests never download a browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh profile (no stored language, no session) whose browser asks for English, on a laptop-sized screen. */
export async function newContext(browser: Browser, locale = 'en-US'): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale,
    viewport: { width: 1366, height: 800 },
    timezoneId: 'Europe/Oslo',
  });
  context.setDefaultTimeout(WAIT_MS);
  return context;
}

export interface LoginLabels {
  email: string;
  password: string;
  submit: string;
  /** The code step of an account with two-step sign-in: its field and button (English when not given). */
  code?: string;
  verify?: string;
}

export const ENGLISH_LOGIN: LoginLabels = {
  email: 'E-mail address',
  password: 'Password',
  submit: 'Sign in',
  code: 'Code from the authenticator app',
  verify: 'Verify and sign in',
};

/** The login page's words in Norwegian Bokmål, for journeys that pick it there. */
export const NORWEGIAN_LOGIN: LoginLabels = {
  email: 'E-postadresse',
  password: 'Passord',
  submit: 'Logg inn',
  code: 'Kode fra autentiseringsappen',
  verify: 'Bekreft og logg inn',
};

/**
 * An input by its label. Mantine marks required fields with an asterisk that screen readers skip but that
 * Playwright's label matching reads, so it is allowed here.
 */
export function field(scope: Page | Locator, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByLabel(new RegExp(`^${escaped}( \\*)?$`));
}

/**
 * Signs a demo account in through the login page; one whose role needs two-step sign-in then gets a code of its
 * authenticator, computed here from the secret the demo seed kept, as the person would read it off their phone.
 */
export async function signIn(page: Page, email: string, labels: LoginLabels = ENGLISH_LOGIN): Promise<void> {
  await field(page, labels.email).fill(email);
  await field(page, labels.password).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
  if (!secondFactors.has(email)) return;
  const codeField = field(page, labels.code ?? ENGLISH_LOGIN.code!);
  await codeField.waitFor({ state: 'visible', timeout: WAIT_MS });
  await codeField.fill(await secondFactors.code(email));
  await page.getByRole('button', { name: labels.verify ?? ENGLISH_LOGIN.verify!, exact: true }).click();
}

/** Waits until the element is shown (playwright-core has no `expect`; jest's does not wait). */
export async function shown(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout: WAIT_MS });
}

export async function gone(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'hidden', timeout: WAIT_MS });
}

export async function documentLanguage(page: Page, language: string): Promise<void> {
  await page.waitForFunction((expected) => document.documentElement.lang === expected, language, {
    timeout: WAIT_MS,
  });
}
