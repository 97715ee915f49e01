import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { addDays, isoWeekday, localDate, textsDeletionDue } from '@empact/domain';
import { planXlsx, type PlanFileRow } from '../support/plan-files';
import { expectAccessible } from './support/accessibility';
import {
  BASE_URL,
  field,
  gone,
  launchBrowser,
  newContext,
  NORWEGIAN_LOGIN,
  shown,
  signIn,
} from './support/browser';

const COORDINATOR = 'coordinator.no@empact.test';

/** Pictures of each page at 1366×768 when SHOTS_DIR is set, to look at (not to compare). */
const SHOTS_DIR = process.env.SHOTS_DIR;
async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  if (!SHOTS_DIR) return;
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SHOTS_DIR, `nb-${name}.png`), fullPage });
}

async function choose(page: Page, input: Locator, option: string): Promise<void> {
  await input.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** A plan file chosen the way a person does: the file field opens the system's file picker. */
async function chooseFile(page: Page, dialog: Locator, name: string, content: Buffer): Promise<void> {
  const picker = page.waitForEvent('filechooser');
  await field(dialog, 'Planfil').click();
  await (
    await picker
  ).setFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: content,
  });
}

/** Oslo's calendar day of an instant in Norwegian, as the app writes it in its dates ("7. jan. 2027"). */
const norwegianDay = (at: Date) =>
  new Intl.DateTimeFormat('nb', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'Europe/Oslo',
  }).format(at);

describe('a Norwegian coordinator sets up, runs and closes a week', () => {
  let browser: Browser;
  let page: Page;
  const stamp = Date.now().toString(36).toUpperCase();
  const code = `NB-${stamp}`;
  const title = `Aksjonsuke ${stamp}: felles nettpatrulje`;
  const profileName = `Politiet · Steam ${stamp}`;
  const retentionDays = 45;
  // A week wholly in the future (five weeks on), so that the journey runs the same on any day.
  const today = localDate(new Date(), 'Europe/Oslo');
  const firstDay = addDays(today, 8 - isoWeekday(today) + 28);
  const lastDay = addDays(firstDay, 4);
  const day = (n: number) => addDays(firstDay, n);
  const plan = (badCountries: string): PlanFileRow[] => [
    {
      date: day(0),
      start: '10:00',
      end: '12:00',
      platform: 'DISCORD',
      venue: 'Felles patruljeserver',
      countries: 'NO, FI, NL',
    },
    {
      date: day(1),
      start: '10:00',
      end: '12:00',
      platform: 'Steam',
      venue: 'Nordisk fellesskap',
      countries: 'NO',
    },
    {
      date: day(2),
      start: '13:00',
      end: '15:00',
      platform: 'MINECRAFT',
      venue: 'Overlevelsesverden',
      countries: 'FI; NL',
    },
    {
      date: day(3),
      start: '10:00',
      end: '12:00',
      platform: 'ROBLOX',
      venue: 'Møteplassen',
      countries: badCountries,
    },
  ];
  let weekPath = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newContext(browser)).newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('creates a week with three countries and their working languages', async () => {
    // The coordinator picks Norwegian on the login page.
    await page.goto(BASE_URL);
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'Norsk bokmål' }).click();
    await shown(page.getByRole('heading', { name: 'Logg inn' }));
    await signIn(page, COORDINATOR, NORWEGIAN_LOGIN);

    await page
      .getByRole('navigation', { name: 'Hovednavigasjon' })
      .getByRole('link', { name: 'Uker', exact: true })
      .click();
    await shown(page.getByRole('heading', { name: 'Aksjonsuker', level: 2 }));
    await expectAccessible(page, 'weeks list, Norwegian Bokmål, coordinator');
    await shot(page, 'weeks');

    await page.getByRole('button', { name: 'Ny uke' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny aksjonsuke' });
    await shown(dialog);
    await field(dialog, 'Kode').fill(code);
    await field(dialog, 'Tittel').fill(title);
    await field(dialog, 'Første dag').fill(firstDay);
    await field(dialog, 'Siste dag').fill(lastDay);
    // Norway, the host, is there from the start; Finland and the Netherlands join.
    await choose(page, field(dialog, 'Deltakerland'), 'Finland');
    await page.getByRole('option', { name: 'Nederland', exact: true }).click();
    await dialog.getByText('Vertslandet medregnet', { exact: false }).click(); // closes the list
    // Each country comes with its usual working languages.
    const languages = dialog.getByRole('group', { name: 'Arbeidsspråk per land' });
    await shown(languages.getByText('norsk bokmål'));
    await shown(languages.getByText('finsk'));
    await shown(languages.getByText('svensk'));
    await shown(languages.getByText('nederlandsk'));
    await field(dialog, 'Lagringsdager').fill(String(retentionDays));
    await expectAccessible(page, 'new week form, Norwegian Bokmål, coordinator');
    await shot(page, 'new-week');
    await dialog.getByRole('button', { name: 'Opprett uke' }).click();

    await shown(page.getByRole('heading', { name: `Oppsett: ${title}`, level: 2 }));
    weekPath = new URL(page.url()).pathname;
    expect(weekPath).toMatch(/^\/weeks\/[^/]+\/setup$/);
    await shown(page.getByText(`Uken ${code} er opprettet.`));
    await shown(page.getByText('Ingen økter er planlagt ennå.'));
    await expectAccessible(page, 'week set-up, planning, Norwegian Bokmål, coordinator');
    await shot(page, 'setup-new', true);
  });

  it('imports the plan from a spreadsheet: a refused row with its reason, then the fixed file', async () => {
    await page.getByRole('link', { name: 'Åpne ukeplanen' }).click();
    await shown(page.getByRole('heading', { name: 'Ukeplan', level: 2 }));
    await shown(page.getByText(code));
    await page.getByRole('button', { name: 'Importer plan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importer en plan fra et regneark' });
    await shown(dialog);

    // Belgium takes no part in this week.
    await chooseFile(page, dialog, 'plan.xlsx', await planXlsx(plan('NO, BE')));
    await dialog.getByRole('button', { name: 'Kontroller filen' }).click();
    await shown(dialog.getByText('4 rader kontrollert.'));
    await shown(dialog.getByText('1 rad har feil eller kollisjoner.', { exact: false }));
    await shown(dialog.getByText('Belgia deltar ikke i denne uken.', { exact: false }));
    // Only the refused row is shown at first; nothing can be imported.
    expect(await dialog.getByRole('row').filter({ hasText: 'Møteplassen' }).count()).toBe(1);
    expect(await dialog.getByRole('button', { name: /^Importer \d+ økt/ }).isDisabled()).toBe(true);
    await expectAccessible(page, 'plan import with a refused row, Norwegian Bokmål, coordinator');
    await shot(page, 'import-refused');

    await chooseFile(page, dialog, 'plan-rettet.xlsx', await planXlsx(plan('NO, FI')));
    await dialog.getByRole('button', { name: 'Kontroller filen' }).click();
    await shown(dialog.getByText('Alle radene er klare til å planlegges.'));
    expect(await dialog.getByText('Klar', { exact: true }).count()).toBe(4);
    await expectAccessible(page, 'plan import, all rows ready, Norwegian Bokmål, coordinator');
    await shot(page, 'import-ready');
    await dialog.getByRole('button', { name: 'Importer 4 økter' }).click();
    await gone(dialog);
    await shown(page.getByText('4 økter er planlagt fra filen.'));
    await shown(page.getByText('4 økter vises'));
    await expectAccessible(page, 'week board with the imported plan, Norwegian Bokmål, coordinator');
    await shot(page, 'board');
  });

  it('registers a blue profile for the platform that had none', async () => {
    // The demo's teams have profiles on its five platforms, none on Steam (test/browser/run.mjs starts each run on a
    // fresh demo database).
    await page.goto(`${BASE_URL}${weekPath}`);
    await shown(page.getByText('Norge har ingen aktiv blå profil på Steam (1 økt trenger en).'));
    await page
      .getByRole('navigation', { name: 'Hovednavigasjon' })
      .getByRole('link', { name: 'Politiprofiler' })
      .click();
    await shown(page.getByRole('heading', { name: 'Politiprofiler', level: 2 }));
    await expectAccessible(page, 'police profiles, Norwegian Bokmål, coordinator');
    await shot(page, 'profiles');

    await page.getByRole('button', { name: 'Registrer blå profil' }).click();
    const dialog = page.getByRole('dialog', { name: 'Registrer en blå politiprofil' });
    await shown(dialog);
    await choose(page, field(dialog, 'Land'), 'Norge');
    await choose(page, field(dialog, 'Plattform'), 'Steam');
    await field(dialog, 'Profilnavn').fill(profileName);
    await field(dialog, 'Sikkerhetsnotater').fill(
      'Totrinnspålogging på tjenestetelefonen; laglederen har tilgangen.',
    );
    await expectAccessible(page, 'register a police profile, Norwegian Bokmål, coordinator');
    await shot(page, 'register-profile');
    await dialog.getByRole('button', { name: 'Registrer profil' }).click();
    await gone(dialog);
    await shown(page.getByText(`${profileName} er registrert.`));
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: profileName }) });
    await shown(row.getByText('Aktiv'));
    await shown(row.getByText('Ingen økter'));
  });

  it('staffs the Steam session from the Norwegian team with the new profile', async () => {
    await page.goto(`${BASE_URL}${weekPath.replace(/setup$/, 'board')}`);
    await shown(page.getByText('4 økter vises'));
    await page.locator('[data-session-id]').filter({ hasText: 'Steam' }).click();
    const drawer = page.getByRole('dialog');
    await shown(drawer.getByText('Nordisk fellesskap'));
    await drawer.getByRole('button', { name: 'Endre' }).click();

    const form = page.getByRole('dialog', { name: 'Endre økta' });
    await shown(form);
    const roster = form.getByRole('group', { name: 'Bemanning for Norge' });
    await shown(roster.getByText('Fylt ut fra landets lag. Kontroller før du lagrer.'));
    // Each position is filled from the team, with the person's role beside the name.
    expect(await field(roster, 'Lagleder').inputValue()).toMatch(/\(Lagleder\)$/);
    expect(await field(roster, 'Operatør én').inputValue()).toMatch(/\(Operatør\)$/);
    expect(await field(roster, 'Operatør to').inputValue()).toMatch(/\(Operatør\)$/);
    expect(await field(roster, 'Operatør én').inputValue()).not.toBe(
      await field(roster, 'Operatør to').inputValue(),
    );
    await choose(page, field(roster, 'Politiprofil'), profileName);
    await shot(page, 'staff-session');
    await form.getByRole('button', { name: 'Lagre endringene' }).click();
    await gone(form);
    await shown(page.getByText('Endringene i økta er lagret.'));
    await shown(page.getByRole('dialog').getByText(profileName));
  });

  it('sets the week live, with what is still missing listed first', async () => {
    await page.goto(`${BASE_URL}${weekPath}`);
    await shown(page.getByRole('heading', { name: `Oppsett: ${title}`, level: 2 }));
    const checklist = page.getByRole('list', { name: 'Hva som mangler' });
    await shown(checklist);
    await shot(page, 'setup-staffed', true);
    // The profile is there and the Steam session is staffed; the other three still wait for their teams.
    expect(await checklist.getByText('blå profil på Steam').count()).toBe(0);
    expect(await checklist.getByText(/^Steam, /).count()).toBe(0);
    await shown(
      checklist.getByText(
        /^Discord, .*: bemanningen for Norge har 4 tomme felt \(posisjoner og politiprofil\)\./,
      ),
    );
    await shown(checklist.getByText('Ingen veiledning for uken er publisert.'));
    const missing = await checklist.getByRole('listitem').count();

    await page.getByRole('button', { name: 'Start uken' }).click();
    const dialog = page.getByRole('dialog', { name: `Starte ${code}?` });
    await shown(dialog);
    await shown(dialog.getByText(`${missing} ting mangler fortsatt:`));
    expect(await dialog.getByRole('listitem').count()).toBe(missing);
    await expectAccessible(page, 'set the week live, Norwegian Bokmål, coordinator');
    await shot(page, 'go-live');
    await dialog.getByRole('button', { name: 'Start likevel' }).click();
    await gone(dialog);
    await shown(page.getByText(`${code} er i gang.`));
    await shown(page.getByText('Uken er ikke lenger under planlegging: oppsettet ligger fast.'));
    // What was missing is still listed, now as what is still missing, not as what is needed before the start.
    await shown(page.getByRole('heading', { name: 'Dette mangler fortsatt', level: 3 }));
    expect(await page.getByRole('list', { name: 'Hva som mangler' }).getByRole('listitem').count()).toBe(
      missing,
    );
    await shown(page.getByRole('button', { name: 'Avslutt uken' }));
    await shot(page, 'setup-live', true);
  });

  it('closes the week and sees when the free texts will be deleted', async () => {
    await page.getByRole('button', { name: 'Avslutt uken' }).click();
    const dialog = page.getByRole('dialog', { name: `Avslutte ${code}?` });
    await shown(dialog);
    await shown(dialog.getByText('Når uken avsluttes, stopper all loggføring', { exact: false }));
    await shown(
      dialog.getByText(`Nedtellingen til sletting starter: om ${retentionDays} dager`, { exact: false }),
    );
    await expectAccessible(page, 'close the week, Norwegian Bokmål, coordinator');
    await shot(page, 'close');
    const before = new Date();
    await dialog.getByRole('button', { name: 'Avslutt uken' }).click();
    await gone(dialog);
    const after = new Date();
    await shown(page.getByText(`${code} er avsluttet.`));

    const retention = page.getByRole('region', { name: 'Sletting av fritekst' });
    await shown(retention);
    const due = await retention.getByTestId('retention-due').innerText();
    const expected = [before, after].map((at) => norwegianDay(textsDeletionDue(at, retentionDays)));
    expect(expected.some((date) => due.includes(date))).toBe(true);
    await shown(retention.getByText('Ikke ennå'));
    await shown(retention.getByText('Ikke kjørt for denne uken ennå.'));
    await expectAccessible(page, 'week set-up, closed, Norwegian Bokmål, coordinator');
    await shot(page, 'setup-closed', true);

    // The list of weeks shows it closed, with its three countries.
    await page.getByRole('link', { name: 'Alle uker' }).click();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: `Sett opp ${code}` }) });
    await shown(row.getByText('Avsluttet'));
    expect(await row.getByRole('cell', { name: '3', exact: true }).count()).toBe(1);
    await shot(page, 'weeks-closed');
  });
});
