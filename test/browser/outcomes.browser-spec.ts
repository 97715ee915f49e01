import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Download, Locator, Page } from 'playwright-core';
import { addDays, localDate } from '@empact/domain';
import {
  BASE_URL,
  documentLanguage,
  gone,
  launchBrowser,
  newContext,
  shown,
  signIn,
} from './support/browser';
import { gql, tokenOf } from './support/live-week';
import { expectAccessible } from './support/accessibility';

const LIAISON = 'liaison@empact.test';
const COORDINATOR = 'coordinator.no@empact.test';
const OPERATOR_FI = 'operator1.fi@empact.test';
const DEMO_WEEK_CODE = /^EMPACT-AW-\d{4}-NO$/;

interface Cell {
  value: number | null;
  suppressed: boolean;
  pending?: boolean;
}
interface CountTable {
  rows: string[];
  columns: string[];
  cells: Cell[][];
}
interface SessionRow {
  id: string;
  status: string;
  version: number;
  startsAt: string;
  countries: string[];
}

const TOPIC_TABLE = `query ($weekId: ID!, $unsuppressed: Boolean) {
  outcomes(weekId: $weekId, unsuppressed: $unsuppressed) { byTopic { rows columns cells { value suppressed } } }
}`;

async function topicTable(weekId: string, token: string, unsuppressed = false): Promise<CountTable> {
  const { outcomes } = await gql<{ outcomes: { byTopic: CountTable } }>(
    TOPIC_TABLE,
    { weekId, unsuppressed },
    token,
  );
  return outcomes.byTopic;
}

const DAY_TOTALS = `query ($weekId: ID!) {
  outcomes(weekId: $weekId) { byCountryAndDay { columnTotals { value suppressed pending } } }
}`;

async function dayTotals(weekId: string, token: string): Promise<Cell[]> {
  const { outcomes } = await gql<{ outcomes: { byCountryAndDay: { columnTotals: Cell[] } } }>(
    DAY_TOTALS,
    { weekId },
    token,
  );
  return outcomes.byCountryAndDay.columnTotals;
}

function firstSuppressed(table: CountTable): { row: number; column: number } | undefined {
  for (let row = 0; row < table.rows.length; row++) {
    const column = table.cells[row].findIndex((cell) => cell.suppressed);
    if (column >= 0) return { row, column };
  }
  return undefined;
}

/**
 * The demo week has figures from the first session of the week on. Before it (a Monday morning), the Finnish team
 * starts today's first session early and logs two interactions, so that there is a small count to hide whatever
 * day and hour the journey runs.
 */
async function ensureSmallCount(weekId: string, coordinator: string): Promise<void> {
  if (firstSuppressed(await topicTable(weekId, await tokenOf(LIAISON)))) return;
  const { schedule } = await gql<{ schedule: SessionRow[] }>(
    'query ($weekId: ID!) { schedule(weekId: $weekId) { id status version startsAt countries } }',
    { weekId },
    coordinator,
  );
  const now = Date.now();
  const session = schedule
    .filter((s) => s.countries.includes('FI') && s.status !== 'CANCELLED')
    .filter((s) => s.status === 'LIVE' || new Date(s.startsAt).getTime() - now < 12 * 3_600_000)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
  if (!session) throw new Error('The demo week has no Finnish session to log a small count in');
  let { version } = session;
  if (session.status === 'SCHEDULED') {
    // Interactions may be logged from an hour before a session's start: bring the start within reach first.
    if (new Date(session.startsAt).getTime() - now > 50 * 60_000) {
      ({
        reschedulePatrolSession: { version },
      } = await gql<{ reschedulePatrolSession: { version: number } }>(
        'mutation ($input: ReschedulePatrolSessionInput!) { reschedulePatrolSession(input: $input) { version } }',
        { input: { id: session.id, version, startsAt: new Date(now - 10 * 60_000).toISOString() } },
        coordinator,
      ));
    }
    await gql(
      'mutation ($id: ID!, $version: Int!, $reason: String) { startPatrolSession(id: $id, version: $version, overrideReason: $reason) { id } }',
      { id: session.id, version, reason: 'Outcomes browser journey' },
      coordinator,
    );
  }
  const operator = await tokenOf(OPERATOR_FI);
  for (let i = 0; i < 2; i++) {
    await gql(
      'mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }',
      {
        input: {
          id: randomUUID(),
          sessionId: session.id,
          channel: 'PUBLIC_CHAT',
          occurredAt: new Date(now - 2 * 60_000).toISOString(),
          durationMinutes: 5,
          youngPeople: 1,
          ageBand: 'AGE_13_15',
          topics: ['SMALL_TALK_TRUST_BUILDING'],
          initiatedBy: 'YOUNG_PERSON',
          tone: 'POSITIVE',
          outcome: 'CONVERSATION_ONLY',
          notes: '',
          notesLanguage: 'fi',
        },
      },
      operator,
    );
  }
}

async function signedInInEnglish(
  browser: Browser,
  email: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(BASE_URL);
  await page.getByRole('button', { name: 'Language: English' }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await signIn(page, email);
  await shown(page.getByRole('navigation'));
  return { context, page };
}

async function downloaded(page: Page, button: Locator): Promise<{ download: Download; body: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { download, body: readFileSync(await download.path()) };
}

describe('outcomes dashboard', () => {
  let browser: Browser;
  let weekId: string;
  let planningWeekId: string;
  const languages = new Map<string, string>();

  beforeAll(async () => {
    const coordinator = await tokenOf(COORDINATOR);
    const { actionWeeks } = await gql<{ actionWeeks: { id: string; code: string }[] }>(
      '{ actionWeeks { id code } }',
      {},
      coordinator,
    );
    const demo = actionWeeks.find((week) => DEMO_WEEK_CODE.test(week.code));
    if (!demo) throw new Error('No demo week');
    weekId = demo.id;
    for (const email of [LIAISON, COORDINATOR]) {
      const { me } = await gql<{ me: { language: string } }>('{ me { language } }', {}, await tokenOf(email));
      languages.set(email, me.language);
    }
    await ensureSmallCount(weekId, coordinator);
    // A week still being planned has no figures yet: the page says so in the reader's language.
    const firstDay = addDays(localDate(new Date(), 'Europe/Oslo'), 60);
    ({
      createActionWeek: { id: planningWeekId },
    } = await gql<{ createActionWeek: { id: string } }>(
      'mutation ($input: CreateActionWeekInput!) { createActionWeek(input: $input) { id } }',
      {
        input: {
          code: `OUTCOMES-PLAN-${Date.now().toString(36).toUpperCase()}`,
          title: 'Outcomes journey: a week still being planned',
          hostCountry: 'NO',
          firstDay,
          lastDay: addDays(firstDay, 4),
          timeZone: 'Europe/Oslo',
          countries: [
            { country: 'NO', languages: ['nb'] },
            { country: 'FI', languages: ['fi', 'sv'] },
          ],
        },
      },
      coordinator,
    ));
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

  it('shows a liaison the figures in French, small counts hidden, and downloads them as CSV, ZIP and PDF', async () => {
    const { context, page } = await signedInInEnglish(browser, LIAISON);
    try {
      await page.getByRole('button', { name: 'Language: English' }).click();
      await page.getByRole('menuitem', { name: 'Français' }).click();
      await documentLanguage(page, 'fr');
      await page
        .getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('link', { name: 'Résultats' })
        .click();
      await shown(page.getByRole('heading', { name: 'Résultats', level: 2 }));
      await page.goto(`${BASE_URL}/weeks/${weekId}/outcomes`);
      await shown(page.getByRole('heading', { name: 'Résultats', level: 2 }));

      // The charts are drawn (as pictures of the tables, named for whoever cannot see them).
      const topicsChart = page.getByRole('img', {
        name: 'Histogramme empilé des échanges de chaque pays, répartis par sujet.',
      });
      await shown(topicsChart.locator('svg.recharts-surface'));
      await shown(
        page
          .getByRole('img', { name: 'Graphique linéaire des échanges par jour, une courbe par pays.' })
          .locator('svg.recharts-surface'),
      );

      // A country with hidden topics ends its bar in a hatched mark, which the chart's key and name explain.
      const hiddenMarks = topicsChart.locator('svg.recharts-surface rect[data-hidden-count]');
      await shown(hiddenMarks.first());
      expect(await hiddenMarks.first().getAttribute('fill')).toMatch(/^url\(#.+\)$/);
      const hatchId = (await hiddenMarks.first().getAttribute('fill'))?.slice(5, -1) ?? '';
      expect(await topicsChart.locator(`svg pattern[id="${hatchId}"]`).count()).toBe(1);
      await shown(page.getByText('Hachuré : masqué (moins de 5, ou trop peu pour être affiché)'));
      await shown(
        page.getByRole('img', { name: /Les marques hachurées signalent les effectifs masqués\.$/ }),
      );
      expect(await hiddenMarks.count()).toBe(
        (await topicTable(weekId, await tokenOf(LIAISON))).cells.filter((row) =>
          row.some((cell) => cell.suppressed),
        ).length,
      );

      // A day that has not begun is no point on the line (nor a zero): one point per day with a figure.
      const days = await dayTotals(weekId, await tokenOf(LIAISON));
      await page
        .getByRole('region', { name: 'Échanges par jour' })
        .getByText('Tous pays confondus', { exact: true })
        .click();
      const trend = page.getByRole('img', { name: /^Graphique linéaire des échanges par jour, tous pays/ });
      await shown(trend.locator('svg.recharts-surface'));
      expect(await trend.locator('.recharts-line-dots circle').count()).toBe(
        days.filter((cell) => !cell.pending && !cell.suppressed).length,
      );
      const daysTable = page.getByRole('table', { name: /^Échanges par pays et par jour/ });
      const pendingDays = days.filter((cell) => cell.pending).length;
      expect(await daysTable.locator('tfoot [data-pending]').count()).toBe(pendingDays);
      if (pendingDays > 0) {
        await shown(daysTable.getByText('pas encore', { exact: true }).first());
        await shown(
          page.getByText('Les jours qui n’ont pas encore commencé ne sont pas tracés.', { exact: false }),
        );
      }

      // The reader's note says how the figures are protected, and that sessions and hours are exact.
      const note = page.getByRole('note').filter({ hasText: 'Comment ces chiffres sont protégés' });
      await shown(
        note.getByText(/légèrement modifié : de 20 au plus, et de 3 au plus dans 95\u202f% des cas/),
      );
      await shown(note.getByText(/Les effectifs de 1 à 4 sont masqués/));
      await shown(note.getByText(/ne sont donc pas forcément égaux à la somme des chiffres affichés/));
      await shown(
        note.getByText(
          /heures de patrouille relèvent du travail policier, pas des jeunes : elles sont exactes/,
        ),
      );
      await shown(page.getByText(/les totaux comptent chaque session une seule fois/));

      // Beside them, real tables with French headings, country and topic names, totals.
      const topics = page.getByRole('table', { name: /^Échanges par pays et par sujet\./ });
      await shown(topics.getByRole('columnheader', { name: 'Pays' }));
      await shown(topics.getByRole('columnheader', { name: 'Total', exact: true }));
      await shown(topics.getByRole('rowheader', { name: 'Finlande' }));
      await shown(topics.getByRole('rowheader', { name: 'Total', exact: true }));
      const platforms = page.getByRole('table', { name: /^Échanges par pays et par plateforme\./ });
      await shown(platforms.getByRole('rowheader', { name: 'Finlande' }));
      const sessions = page.getByRole('table', { name: /^Sessions de patrouille commune par pays/ });
      for (const state of ['Prévues', 'Tenues', 'Annulées'])
        await shown(sessions.getByRole('columnheader', { name: state }));

      // Small counts are a word, never a number, and the page says why.
      await shown(
        page
          .getByRole('cell', { name: 'Masqué : moins de 5, ou trop peu pour être affiché', exact: true })
          .first(),
      );
      await shown(page.getByText(/^« masqué » : un effectif de 1 à 4/).first());
      await expectAccessible(page, 'outcomes, French, liaison');
      // A liaison is never offered the exact figures.
      expect(await page.getByRole('switch').count()).toBe(0);
      expect(await page.getByText('Chiffres exacts', { exact: true }).count()).toBe(0);

      // The downloads follow the filters on screen and the interface language.
      await page.getByRole('combobox', { name: 'Pays' }).click();
      await page.getByRole('option', { name: 'Finlande' }).click();
      await page.waitForURL(/[?&]country=FI\b/);
      await gone(topics.getByRole('rowheader', { name: 'Belgique' }));
      await shown(topics.getByRole('rowheader', { name: 'Finlande' }));

      const exportPanel = page.getByRole('region', { name: 'Télécharger' });
      const csv = await downloaded(page, exportPanel.getByRole('button', { name: 'CSV (un fichier)' }));
      expect(csv.download.suggestedFilename()).toMatch(/-FI-fr\.csv$/);
      const [header, ...records] = parse(csv.body, { bom: true }) as string[][];
      expect(header).toEqual([
        'Tableau',
        'Nom du tableau',
        'Ligne',
        'Nom de la ligne',
        'Colonne',
        'Nom de la colonne',
        'Effectif',
        'Masqué',
        'Pas encore',
      ]);
      expect(records.length).toBeGreaterThan(10);
      expect(records.every((record) => record.length === header.length)).toBe(true);
      const topicRows = records.filter((record) => record[0] === 'byTopic');
      expect(topicRows.length).toBeGreaterThan(0);
      expect(new Set(topicRows.map((record) => record[2]))).toEqual(new Set(['FI', 'TOTAL']));
      expect(topicRows.find((record) => record[2] === 'FI')?.[3]).toBe('Finlande');

      const zip = await downloaded(page, exportPanel.getByRole('button', { name: 'Archive CSV (ZIP)' }));
      expect(zip.download.suggestedFilename()).toMatch(/-FI-fr\.zip$/);
      expect(zip.body.subarray(0, 2).toString('latin1')).toBe('PK');

      const pdf = await downloaded(page, exportPanel.getByRole('button', { name: 'Rapport PDF' }));
      expect(pdf.download.suggestedFilename()).toMatch(/-FI-fr\.pdf$/);
      expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');

      await page.goto(`${BASE_URL}/weeks/${planningWeekId}/outcomes`);
      await shown(
        page.getByRole('alert').getByText('Les chiffres sont disponibles une fois la semaine commencée.'),
      );
      expect(await page.getByRole('table').count()).toBe(0);
      await expectAccessible(page, 'outcomes of a week still being planned, French, liaison');
    } finally {
      await context.close();
    }
  });

  it('lets a coordinator switch to the exact figures, which show the counts a liaison sees hidden', async () => {
    const liaisonView = await topicTable(weekId, await tokenOf(LIAISON));
    const hidden = firstSuppressed(liaisonView);
    if (!hidden) throw new Error('No hidden count in the demo week');
    const exact = await topicTable(weekId, await tokenOf(COORDINATOR), true);
    const country = liaisonView.rows[hidden.row];
    const topic = liaisonView.columns[hidden.column];
    const value = exact.cells[exact.rows.indexOf(country)][exact.columns.indexOf(topic)].value;

    const { context, page } = await signedInInEnglish(browser, COORDINATOR);
    try {
      await page.goto(`${BASE_URL}/weeks/${weekId}/outcomes`);
      await shown(page.getByRole('heading', { name: 'Outcomes', level: 2 }));
      const topics = page.getByRole('table', { name: /^Interactions by country and topic\./ });
      const countryName = new Intl.DisplayNames(['en'], { type: 'region' }).of(country) ?? country;
      // The API sends the topics sorted by code, the page shows them in the log form's order: find the column by
      // the header a reader sees.
      const { taxonomy } = await gql<{ taxonomy: { topics: { code: string; label: string }[] } }>(
        'query ($language: String) { taxonomy(language: $language) { topics { code label } } }',
        { language: 'en' },
        await tokenOf(COORDINATOR),
      );
      const topicName = taxonomy.topics.find((term) => term.code === topic)?.label ?? topic;
      await shown(topics.getByRole('columnheader', { name: topicName, exact: true }));
      const headers = (await topics.getByRole('row').first().getByRole('columnheader').allInnerTexts()).map(
        (text) => text.trim(),
      );
      const column = headers.indexOf(topicName) - 1; // the first header is the rows' ("Country")
      expect(column).toBeGreaterThanOrEqual(0);
      const row = topics
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: countryName, exact: true }) });
      const cell = row.getByRole('cell').nth(column);
      await shown(cell.getByText('hidden', { exact: true }));

      const exactSwitch = page.getByRole('switch', { name: 'Exact figures' });
      await exactSwitch.check();
      await shown(page.getByText('Small counts are shown and can point to a single child', { exact: false }));
      await shown(cell.getByText(String(value), { exact: true }));
      expect(await topics.getByText('hidden', { exact: true }).count()).toBe(0);
      await expectAccessible(page, 'outcomes with the exact figures, English, coordinator');
    } finally {
      await context.close();
    }
  });
});
