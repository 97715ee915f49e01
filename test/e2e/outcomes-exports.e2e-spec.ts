import { Cell, OutcomeTable as Table } from '@empact/domain';
import { parse } from 'csv-parse/sync';
import { randomUUID } from 'node:crypto';
import { PDFParse } from 'pdf-parse';
import { Open } from 'unzipper';
import { endedSessionWithoutDebrief } from '../support/ended-session';
import { liveSession, LiveSession } from '../support/live-session';
import { codeOf, startTestApp, TestApp } from '../support/test-app';

const TABLES = [
  'byCountryAndDay',
  'byPlatform',
  'byTopic',
  'byAgeBand',
  'byOutcome',
  'byLanguage',
  'youngPeople',
  'sessions',
  'referrals',
];
const FIELDS =
  'rows columns cells { value suppressed pending } rowTotals { value suppressed pending } columnTotals { value suppressed pending } grandTotal { value suppressed pending }';
const OUTCOMES = `query ($w: ID!) { outcomes(weekId: $w) { minCount ${TABLES.map((name) => `${name} { ${FIELDS} }`).join(' ')} patrolHours { country hours } } }`;

/** Every figure of the API's tables by table/row/column code, totals under TOTAL, as the long CSV writes them. */
function figures(outcomes: Record<string, Table>): Map<string, Cell> {
  const map = new Map<string, Cell>();
  for (const name of TABLES) {
    const table = outcomes[name];
    table.rows.forEach((row, r) => {
      table.columns.forEach((col, c) => map.set(`${name}/${row}/${col}`, table.cells[r][c]));
      map.set(`${name}/${row}/TOTAL`, table.rowTotals[r]);
    });
    table.columns.forEach((col, c) => map.set(`${name}/TOTAL/${col}`, table.columnTotals[c]));
    map.set(`${name}/TOTAL/TOTAL`, table.grandTotal);
  }
  return map;
}

describe('outcome exports and the debrief digest', () => {
  let t: TestApp;
  let live: LiveSession;
  let liaison: string;
  let demoWeekId: string;

  beforeAll(async () => {
    t = await startTestApp();
    live = await liveSession(t, ['FI', 'BE', 'NL'], 'EXPORT-WEEK');
    const log = async (email: string, language: string, n: number, topics: string[]) => {
      const token = await t.login(email);
      for (let i = 0; i < n; i++) {
        const res = await t.gql(
          'mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }',
          {
            input: {
              id: randomUUID(),
              sessionId: live.sessionId,
              channel: 'PUBLIC_CHAT',
              occurredAt: new Date(Date.now() - 15 * 60_000).toISOString(),
              durationMinutes: 5,
              youngPeople: 1,
              ageBand: 'AGE_13_15',
              topics,
              initiatedBy: 'YOUNG_PERSON',
              tone: 'POSITIVE',
              outcome: 'CONVERSATION_ONLY',
              notes: '',
              notesLanguage: language,
            },
          },
          { token },
        );
        if (res.errors) throw new Error(JSON.stringify(res.errors));
      }
    };
    await log('operator1.fi@empact.test', 'fi', 3, ['BULLYING']);
    await log('operator1.be@empact.test', 'fr', 9, ['BULLYING', 'GAMING_CONFLICT']);
    await log('operator1.nl@empact.test', 'nl', 6, ['GAMING_CONFLICT']);
    liaison = await t.login('liaison@empact.test');

    // A Dutch debrief of the demo week, submitted with its English summary.
    const coordinator = await t.login('coordinator.no@empact.test');
    demoWeekId = (
      await t.gql<{ actionWeeks: { id: string; code: string }[] }>(
        '{ actionWeeks { id code } }',
        {},
        { token: coordinator },
      )
    ).data!.actionWeeks.find((w) => w.code !== 'EXPORT-WEEK')!.id;
    const session = await endedSessionWithoutDebrief(t, demoWeekId, 'NL', coordinator);
    const leader = await t.login('leader.nl@empact.test');
    const saved = await t.gql<{ saveDebrief: { id: string; version: number } }>(
      'mutation ($input: SaveDebriefInput!) { saveDebrief(input: $input) { id version } }',
      {
        input: {
          sessionId: session.id,
          language: 'nl',
          whatWorked: 'Rustige avond.',
          wellbeingScore: 4,
          summaryEn: 'A quiet evening; the Discord server answered our questions about reporting.',
        },
      },
      { token: leader },
    );
    expect(saved.errors).toBeUndefined();
    const submitted = await t.gql(
      'mutation ($id: ID!, $v: Int!) { submitDebrief(id: $id, version: $v) { id } }',
      { id: saved.data!.saveDebrief.id, v: saved.data!.saveDebrief.version },
      { token: leader },
    );
    expect(submitted.errors).toBeUndefined();
  });
  afterAll(() => t.close());

  it('writes a CSV that a CSV parser reads, in French, with the same figures as the API', async () => {
    const api = await t.gql<{
      outcomes: Record<string, Table> & { patrolHours: { country: string; hours: number }[] };
    }>(OUTCOMES, { w: live.weekId }, { token: liaison });
    expect(api.errors).toBeUndefined();
    const res = await t.download(`/exports/${live.weekId}/outcomes.csv?language=fr`, liaison);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const [header, ...records] = parse(res.body, { bom: true }) as string[][];
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
    expect(res.body.toString('utf8')).toContain('\r\n');

    const expected = figures(api.data!.outcomes);
    const counts = records.filter((r) => r[0] !== 'patrolHours' && r[0] !== 'about');
    expect(counts).toHaveLength(expected.size);
    for (const [table, row, column, count, hidden, pending] of counts.map((r) => [
      r[0],
      r[2],
      r[4],
      r[6],
      r[7],
      r[8],
    ])) {
      const cell = expected.get(`${table}/${row}/${column}`);
      expect(cell).toBeDefined();
      const state = cell!.suppressed
        ? ['', 'Oui', 'Non']
        : cell!.pending
          ? ['', 'Non', 'Oui']
          : [String(cell!.value), 'Non', 'Non'];
      expect([count, hidden, pending]).toEqual(state);
    }
    // The Finnish cell of 3 is hidden, with the labels in French.
    const finnishBullying = records.find((r) => r[0] === 'byTopic' && r[2] === 'FI' && r[4] === 'BULLYING')!;
    expect(finnishBullying).toEqual([
      'byTopic',
      'Échanges par thème',
      'FI',
      'Finlande',
      'BULLYING',
      expect.any(String),
      '',
      'Oui',
      'Non',
    ]);
    // The file says how its figures were protected, in French.
    const about = records.filter((r) => r[0] === 'about');
    expect(about.map((r) => [r[2], r[4]])).toEqual([
      ['PROTECTION', 'CELL_KEY'],
      ['SESSIONS', 'EXACT'],
    ]);
    expect(about[0][5]).toContain('méthode des clés de cellule');
    expect(about[0][5]).toContain('de 1 à 4 sont masqués');
    const hours = records.filter((r) => r[0] === 'patrolHours').map((r) => [r[2], Number(r[6])]);
    expect(hours).toEqual(api.data!.outcomes.patrolHours.map((h) => [h.country, h.hours]));
  });

  it('writes an archive of one CSV per table, hidden cells empty', async () => {
    const res = await t.download(`/exports/${live.weekId}/outcomes.zip?language=nb`, liaison);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const archive = await Open.buffer(res.body);
    expect(archive.files.map((f) => f.path).sort()).toEqual(
      [...TABLES, 'patrolHours']
        .map((n) => `${n}.csv`)
        .concat('README.txt')
        .sort(),
    );
    const byTopic = archive.files.find((f) => f.path === 'byTopic.csv')!;
    const [head, ...rows] = parse(await byTopic.buffer(), { bom: true }) as string[][];
    expect(head[0]).toBe('Land');
    expect(head.at(-1)).toBe('Sum');
    const finland = rows.find((r) => r[0] === 'Finland')!;
    expect(finland[head.indexOf('Mobbing')]).toBe('');
    const readme = (await archive.files.find((f) => f.path === 'README.txt')!.buffer()).toString('utf8');
    expect(readme).toContain('cellenøkkelmetoden');
    expect(readme).toContain('Tall fra 1 til 4 er skjult');
    expect(readme).toContain('×: skjult');
  });

  it('writes a valid PDF whose text holds the translated headings and the digest', async () => {
    const res = await t.download(`/exports/${demoWeekId}/report.pdf?language=fr`, liaison);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.body.subarray(0, 5).toString()).toBe('%PDF-');
    const { text } = await new PDFParse({ data: new Uint8Array(res.body) }).getText();
    const flat = text.replace(/\s+/g, ' ');
    for (const heading of [
      'Résultats',
      'Échanges par pays, répartis par thème',
      'Échanges par jour',
      'Échanges par plateforme et par pays',
      'Échanges par pays et par jour',
      'Heures de patrouille par pays',
      'Synthèse des comptes rendus',
    ]) {
      expect(flat).toContain(heading);
    }
    expect(flat).toContain('A quiet evening; the Discord server answered our questions about reporting.');
    // The protection is stated, and hidden figures are marked as such, not drawn as zero.
    expect(flat).toContain('méthode des clés de cellule');
    expect(flat).toContain('Hachuré : chiffres masqués. Ce ne sont pas des zéros.');
    expect(flat).toContain('× : masqué');
  });

  it('gives liaisons the English summaries of submitted debriefs per country, and nothing of the teams’ own words', async () => {
    const res = await t.gql<{
      debriefDigest: { country: string; summaries: { platform: string; summaryEn: string }[] }[];
    }>(
      'query ($w: ID!) { debriefDigest(weekId: $w) { country summaries { platform startsAt summaryEn submittedAt } } }',
      { w: demoWeekId },
      { token: liaison },
    );
    expect(res.errors).toBeUndefined();
    const nl = res.data!.debriefDigest.find((c) => c.country === 'NL')!;
    expect(nl.summaries.map((s) => s.summaryEn)).toContain(
      'A quiet evening; the Discord server answered our questions about reporting.',
    );
    expect(JSON.stringify(res.data)).not.toContain('Rustige avond');
    const only = await t.gql<{ debriefDigest: { country: string }[] }>(
      'query ($w: ID!) { debriefDigest(weekId: $w, country: "NL") { country } }',
      { w: demoWeekId },
      { token: liaison },
    );
    expect(only.data!.debriefDigest.map((c) => c.country)).toEqual(['NL']);
    const operator = await t.login('operator1.nl@empact.test');
    expect(
      codeOf(
        await t.gql(
          'query ($w: ID!) { debriefDigest(weekId: $w) { country } }',
          { w: demoWeekId },
          { token: operator },
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('refuses exports without a session, to a team, exact figures to a liaison, and unknown filters', async () => {
    expect((await t.http.get(`/exports/${live.weekId}/outcomes.csv`)).status).toBe(401);
    const operator = await t.login('operator1.fi@empact.test');
    const refused = await t.download(`/exports/${live.weekId}/report.pdf`, operator);
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body.toString('utf8')).error.code).toBe('FORBIDDEN');
    expect((await t.download(`/exports/${live.weekId}/outcomes.csv?unsuppressed=true`, liaison)).status).toBe(
      403,
    );
    // The document would be Finnish; the refusal is in the liaison's own language.
    const unknown = await t.download(
      `/exports/${live.weekId}/outcomes.zip?platform=NOPE&language=fi`,
      liaison,
    );
    expect(unknown.status).toBe(400);
    expect(JSON.parse(unknown.body.toString('utf8')).error).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.platform',
      message: 'There is no platform with the code NOPE.',
    });
    expect((await t.download(`/exports/${live.weekId}/outcomes.csv?language=xx`, liaison)).status).toBe(400);
    expect((await t.download(`/exports/${randomUUID()}/outcomes.csv`, liaison)).status).toBe(404);
    const coordinator = await t.login('coordinator.no@empact.test');
    const exact = await t.download(
      `/exports/${live.weekId}/outcomes.csv?unsuppressed=true&language=en`,
      coordinator,
    );
    expect(exact.status).toBe(200);
    const finnish = (parse(exact.body, { bom: true }) as string[][]).find(
      (r) => r[0] === 'byTopic' && r[2] === 'FI' && r[4] === 'BULLYING',
    )!;
    expect(finnish.slice(6)).toEqual(['3', 'No', 'No']);
  });
});
