import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  BASE_URL,
  documentLanguage,
  gone,
  launchBrowser,
  type LoginLabels,
  newContext,
  shown,
  signIn,
} from './support/browser';
import { expectAccessible } from './support/accessibility';
import { closeWeek, gql, liveSessionNow, tokenOf } from './support/live-week';

/*
 * Issue #18: every page of every role meets WCAG 2.1 AA, in English and in another of the nine languages. The journey
 * walks the links the role's own navigation offers (a page added to the navigation is covered without a change here)
 * and the pages and panels reached from them: a live session's log, its debrief, the week board with a session open,
 * a referral's details, a guidance note, a week's set-up.
 */

type Language = 'en' | 'nb' | 'nn' | 'nl' | 'fr' | 'de' | 'is' | 'fi' | 'sv';

const ENDONYM: Record<Language, string> = {
  en: 'English',
  nb: 'Norsk bokmål',
  nn: 'Norsk nynorsk',
  nl: 'Nederlands',
  fr: 'Français',
  de: 'Deutsch',
  is: 'Íslenska',
  fi: 'Suomi',
  sv: 'Svenska',
};

type Catalogue = Record<string, unknown>;
const catalogues = new Map<string, Catalogue>();

/** A word of the interface as the app shows it in that language, from the same catalogues ("common:field.email"). */
function word(language: Language, key: string): string {
  const [namespace, path] = key.includes(':') ? key.split(':') : ['admin', key];
  const file = join(__dirname, '../../libs/i18n/src/locales', language, `${namespace}.json`);
  let catalogue = catalogues.get(file);
  if (!catalogue) {
    catalogue = JSON.parse(readFileSync(file, 'utf8')) as Catalogue;
    catalogues.set(file, catalogue);
  }
  const found = path
    .split('.')
    .reduce<unknown>((node, part) => (node as Catalogue | undefined)?.[part], catalogue);
  if (typeof found !== 'string') throw new Error(`No ${language} text for ${key}`);
  return found;
}

function loginLabels(language: Language): LoginLabels {
  return {
    email: word(language, 'common:field.email'),
    password: word(language, 'common:field.password'),
    submit: word(language, 'login.submit'),
    code: word(language, 'twoFactor.codeLabel'),
    verify: word(language, 'twoFactor.login.verify'),
  };
}

interface Role {
  email: string;
  /** English, the working language, and one or two of the others: all nine languages are covered over the roles. */
  languages: Language[];
  /** Opens the live session's log page (and from there its debrief, for a team leader of the session). */
  liveLog?: boolean;
  /** Opens the log page of one of the demo week's Finnish sessions. */
  demoSession?: boolean;
  /** Opens the debrief of one of the demo week's ended Dutch sessions (the demo always has a worked day behind it). */
  endedDebrief?: boolean;
}

/**
 * Picking a language on the login page saves it to the account, and later journeys sign some accounts in without
 * picking one: each role's walk ends in the language the demo gave that account.
 */
const ROLES: Role[] = [
  { email: 'operator1.fi@empact.test', languages: ['en', 'fi'], demoSession: true },
  { email: 'leader.nl@empact.test', languages: ['en', 'nl'], liveLog: true, endedDebrief: true },
  { email: 'coordinator.no@empact.test', languages: ['en', 'nb'], liveLog: true },
  { email: 'liaison@empact.test', languages: ['sv', 'fr', 'en'] },
  { email: 'admin@empact.test', languages: ['de', 'is', 'en'] },
  { email: 'dpo@empact.test', languages: ['en', 'nn', 'nb'] },
];

const SHOTS_DIR = process.env.SHOTS_DIR;

/** The demo week (ended sessions, referrals, notes) and the journey's own live week with one session running now. */
let demoWeekId = '';
let finnishSessionId = '';
let endedDutchSessionId = '';
let live: { weekId: string; sessionId: string } = { weekId: '', sessionId: '' };

/** Marks the heading of the page being left, so that `loaded` knows the next page from it. */
async function leaving(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelector('main h2')?.setAttribute('data-left', ''));
}

/** Waits until the page in <main> has loaded: no loader left, its heading shown, in the reader's language. */
async function loaded(page: Page, language: Language): Promise<void> {
  // The router keeps the page left on screen until the next one has its code (a transition): its heading goes first.
  await page
    .waitForFunction(() => !document.querySelector('main h2[data-left]'), undefined, { timeout: 10_000 })
    .catch(() => undefined);
  await documentLanguage(page, language);
  await page.waitForFunction(() => !document.querySelector('main .mantine-Loader-root'), undefined, {
    timeout: 15_000,
  });
  await shown(page.locator('main h2'));
}

describe('every page of every role meets WCAG 2.1 AA', () => {
  let browser: Browser;

  beforeAll(async () => {
    const coordinator = await tokenOf('coordinator.no@empact.test');
    const { actionWeeks } = await gql<{ actionWeeks: { id: string; status: string; firstDay: string }[] }>(
      '{ actionWeeks { id status firstDay } }',
      {},
      coordinator,
    );
    // The demo week: the live one, else the latest; the one with a full board, referrals and guidance notes.
    const sorted = [...actionWeeks].sort((a, b) => b.firstDay.localeCompare(a.firstDay));
    demoWeekId = (sorted.find((week) => week.status === 'LIVE') ?? sorted[0]).id;
    const { schedule } = await gql<{ schedule: { id: string; countries: string[]; status: string }[] }>(
      'query ($weekId: ID!) { schedule(weekId: $weekId) { id countries status } }',
      { weekId: demoWeekId },
      coordinator,
    );
    finnishSessionId = schedule.find((session) => session.countries.includes('FI'))?.id ?? '';
    endedDutchSessionId =
      schedule.find((session) => session.countries.includes('NL') && session.status === 'ENDED')?.id ?? '';
    expect(endedDutchSessionId).not.toBe('');
    live = await liveSessionNow(`A11Y-${Date.now().toString(36).toUpperCase()}`);
    browser = await launchBrowser();
    if (SHOTS_DIR) mkdirSync(SHOTS_DIR, { recursive: true });
    // Time for two-step sign-ins to wait for a fresh code once earlier journeys have used the recovery codes.
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    if (live.weekId) await closeWeek(live.weekId);
  }, 120_000);

  for (const role of ROLES)
    for (const language of role.languages)
      it(`${role.email}, ${ENDONYM[language]}`, async () => {
        const failures: string[] = [];
        const page = await (await newContext(browser)).newPage();
        const who = `${role.email.split('@')[0]}, ${language}`;
        const check = async (where: string) => {
          if (SHOTS_DIR)
            await page.screenshot({
              path: join(SHOTS_DIR, `${who.replace(/\W+/g, '-')}-${where.replace(/\W+/g, '-')}.png`),
              fullPage: true,
            });
          try {
            await expectAccessible(page, `${where} (${who})`);
          } catch (error) {
            failures.push((error as Error).message);
          }
        };
        /**
         * A page of the app by its path, as a link inside the app reaches it (the router's own navigation: no reload,
         * the session and the language stay as they are).
         */
        const open = async (path: string) => {
          await leaving(page);
          await page.evaluate(async (to) => {
            history.pushState(null, '', to);
            dispatchEvent(new PopStateEvent('popstate'));
            await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          }, path);
          await page.waitForURL((url) => url.pathname === path);
          await loaded(page, language);
        };

        await page.goto(BASE_URL);
        await documentLanguage(page, 'en');
        await check('login page');
        // Picked on the login page, also for English: the account's stored language is whatever another journey left.
        await page
          .getByRole('button', { name: word('en', 'language.switch').replace('{{language}}', 'English') })
          .click();
        await page.getByRole('menuitem', { name: ENDONYM[language] }).click();
        await documentLanguage(page, language);
        await signIn(page, role.email, loginLabels(language));
        await loaded(page, language);

        /**
         * Reaches a page or panel and checks it. One that cannot be reached (a page that fails to render) is a failure
         * too; the walk then goes on from the home page, so that one broken page does not hide the others.
         */
        const visit = async (where: string, reach: () => Promise<void>) => {
          try {
            await reach();
          } catch (error) {
            failures.push(`${where} (${who}): not reached: ${(error as Error).message.split('\n')[0]}`);
            await page.goto(BASE_URL);
            await loaded(page, language);
            return;
          }
          await check(where);
        };
        const closeDialog = async () => {
          await page.keyboard.press('Escape');
          await gone(page.getByRole('dialog'));
        };

        // Every page the navigation offers, reached by its link.
        const nav = page.getByRole('navigation');
        const links = await nav
          .getByRole('link')
          .evaluateAll((elements) => elements.map((element) => element.getAttribute('href') ?? ''));
        expect(links.length).toBeGreaterThan(1);
        for (const href of links)
          await visit(`page ${href}`, async () => {
            await leaving(page);
            await nav.locator(`a[href="${href}"]`).click();
            await page.waitForURL((url) =>
              href === '/' ? url.pathname === '/' : url.pathname.endsWith(href),
            );
            await loaded(page, language);
          });

        // The demo week's board, full of sessions, and one of them open.
        if (links.includes('/board')) {
          await visit('demo week board', async () => {
            await open(`/weeks/${demoWeekId}/board`);
            await page.waitForFunction(() => document.querySelectorAll('[data-session-id]').length > 0);
          });
          const block = page.locator('button[data-session-id]');
          if ((await block.count()) > 0) {
            await visit('session drawer', async () => {
              await block.first().click();
              await shown(page.getByRole('dialog'));
            });
            await closeDialog().catch(() => undefined);
          }
        }
        // A referral's details, of any status.
        if (links.includes('/referrals')) {
          await visit('referral details', async () => {
            await open(`/weeks/${demoWeekId}/referrals`);
            await page
              .locator('main label')
              .filter({ hasText: new RegExp(`^${word(language, 'referral.queue.all')}$`) })
              .click();
            await page
              .getByRole('button', { name: word(language, 'referral.queue.open') })
              .first()
              .click();
            await shown(page.getByRole('dialog'));
          });
          await closeDialog().catch(() => undefined);
        }
        // A guidance note.
        if (links.includes('/guidance')) {
          await visit('guidance note', async () => {
            await open(`/weeks/${demoWeekId}/guidance`);
            await page.getByRole('listitem').getByRole('button').first().click();
            await shown(page.getByRole('dialog'));
          });
          await closeDialog().catch(() => undefined);
        }
        // A week's set-up.
        if (links.includes('/weeks')) await visit('week set-up', () => open(`/weeks/${demoWeekId}/setup`));
        // The log page of one of the team's sessions in the demo week (the live week has none of Finland's).
        if (role.demoSession) await visit('own session log', () => open(`/sessions/${finnishSessionId}`));
        // A debrief of an ended session, as its team leader writes it.
        if (role.endedDebrief)
          await visit('debrief of an ended session', () => open(`/sessions/${endedDutchSessionId}/debrief`));
        // The live session's log page, and its debrief for a team leader of it.
        if (role.liveLog) {
          await visit('live session log', () => open(`/sessions/${live.sessionId}`));
          const debrief = page.locator(`main a[href="/sessions/${live.sessionId}/debrief"]`);
          if ((await debrief.count()) > 0)
            await visit('debrief', async () => {
              await leaving(page);
              await debrief.click();
              await page.waitForURL((url) => url.pathname.endsWith('/debrief'));
              await loaded(page, language);
            });
        }
        await page.context().close();
        if (failures.length > 0) throw new Error(failures.join('\n\n'));
      }, 120_000);
});
