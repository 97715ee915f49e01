import ExcelJS from 'exceljs';
import { PLAN_IMPORT_COLUMNS, PLAN_IMPORT_MAX_BYTES, PLAN_IMPORT_MAX_ROWS } from '@empact/domain';
import { accountIds, oslo, REFERENCE_WEEK } from '../support/reference-week';
import { PDF_BYTES, planCsv, type PlanFileRow, plainZip, planXlsx } from '../support/plan-files';
import { type GqlError, startTestApp, type TestApp } from '../support/test-app';

/*
 * Planning a week from a spreadsheet (issue #17): the template, the preview (row by row, in the reader's language) and
 * the import (every session or none), on the embedded database or the server (DATABASE_URL). Every refused file and
 * every refused row leaves the week's plan as it was: the sessions are counted before and after.
 */

const PREVIEW = `query PreviewPlanImport($weekId: ID!, $fileName: String!, $contentBase64: String!) {
  previewPlanImport(weekId: $weekId, fileName: $fileName, contentBase64: $contentBase64) {
    weekId kind refusedRows
    rows {
      row
      cells { date start end platform venue countries guideEmail briefing }
      session { startsAt endsAt platform platformName venue countries guideId guideName }
      errors { field code message }
      conflicts { kind subject otherSession otherRow overlapStartsAt overlapEndsAt message }
    }
  }
}`;
const IMPORT = `mutation ImportPlan($weekId: ID!, $fileName: String!, $contentBase64: String!) {
  importPlan(weekId: $weekId, fileName: $fileName, contentBase64: $contentBase64) { weekId imported sessionIds }
}`;

interface PreviewRow {
  row: number;
  cells: Record<string, string>;
  session: {
    startsAt: string;
    endsAt: string;
    platform: string;
    countries: string[];
    guideName: string | null;
  } | null;
  errors: { field: string; code: string; message: string }[];
  conflicts: { kind: string; otherRow: number | null; otherSession: string; message: string }[];
}
interface Preview {
  previewPlanImport: { weekId: string; kind: string; refusedRows: number; rows: PreviewRow[] };
}
interface Imported {
  importPlan: { weekId: string; imported: number; sessionIds: string[] };
}
interface Answer<T> {
  status: number;
  data: T | null | undefined;
  errors: GqlError[] | undefined;
}

const DAY1 = '2025-11-20';
const DAY2 = '2025-11-21';

describe('plan import', () => {
  let t: TestApp;
  let admin: string;
  let coordinator: string;
  let leader: string;
  let operator: string;
  let liaison: string;
  let weekId: string;
  let closedWeekId: string;

  /** Sends a plan file as the admin app does: naming the operation, which lets a file larger than BODY_LIMIT through. */
  async function send<T>(
    document: string,
    fileName: string,
    content: Buffer,
    token: string,
    {
      week = weekId,
      language,
      operationName,
    }: { week?: string; language?: string; operationName?: string } = {},
  ): Promise<Answer<T>> {
    let call = t.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${token}`)
      .set(
        'x-apollo-operation-name',
        operationName ?? (document === PREVIEW ? 'PreviewPlanImport' : 'ImportPlan'),
      );
    if (language) call = call.set('accept-language', language);
    const response = await call.send({
      query: document,
      variables: { weekId: week, fileName, contentBase64: content.toString('base64') },
    });
    return { status: response.status, data: response.body.data, errors: response.body.errors };
  }
  const preview = (fileName: string, content: Buffer, token = coordinator, options = {}) =>
    send<Preview>(PREVIEW, fileName, content, token, options);
  const importPlan = (fileName: string, content: Buffer, token = coordinator, options = {}) =>
    send<Imported>(IMPORT, fileName, content, token, options);

  const sessionCount = async (week = weekId) =>
    Number(
      (await t.dataSource.query('SELECT count(*) AS n FROM patrol_session WHERE week_id = $1', [week]))[0].n,
    );

  /** Both operations refuse the file with this code, and the week's plan stays as it was. */
  async function refusedWhole(fileName: string, content: Buffer, code: string, token = coordinator) {
    const before = await sessionCount();
    const checked = await preview(fileName, content, token);
    expect(checked.errors?.[0]?.extensions.code).toBe(code);
    expect(checked.data ?? null).toBeNull();
    const imported = await importPlan(fileName, content, token);
    expect(imported.errors?.[0]?.extensions.code).toBe(code);
    expect(await sessionCount()).toBe(before);
    return imported.errors![0];
  }

  const row = (overrides: PlanFileRow = {}): PlanFileRow => ({
    date: DAY1,
    start: '09:00',
    end: '11:00',
    platform: 'DISCORD',
    venue: 'Import server',
    countries: 'NO, BE',
    ...overrides,
  });

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin@empact.test');
    coordinator = await t.login('coordinator.no@empact.test');
    leader = await t.login('leader.fi@empact.test');
    operator = await t.login('operator1.fi@empact.test');
    liaison = await t.login('liaison@empact.test');
    const week = await t.gql<{ createActionWeek: { id: string } }>(
      'mutation ($input: CreateActionWeekInput!) { createActionWeek(input: $input) { id } }',
      { input: { ...REFERENCE_WEEK, code: 'EMPACT-AW-IMPORT' } },
      { token: coordinator },
    );
    expect(week.errors).toBeUndefined();
    weekId = week.data!.createActionWeek.id;
    const closed = await t.gql<{ createActionWeek: { id: string } }>(
      'mutation ($input: CreateActionWeekInput!) { createActionWeek(input: $input) { id } }',
      { input: { ...REFERENCE_WEEK, code: 'EMPACT-AW-CLOSED' } },
      { token: coordinator },
    );
    closedWeekId = closed.data!.createActionWeek.id;
    for (const status of ['LIVE', 'CLOSED']) {
      const moved = await t.gql(
        'mutation ($id: ID!, $status: WeekStatus!) { setActionWeekStatus(id: $id, status: $status) { id } }',
        { id: closedWeekId, status },
        { token: coordinator },
      );
      expect(moved.errors).toBeUndefined();
    }
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  describe('the template', () => {
    it('is a workbook with the plan sheet and a help sheet in the reader’s language', async () => {
      const nb = await t.download(`/exports/${weekId}/plan-template.xlsx`, coordinator);
      expect(nb.status).toBe(200);
      expect(nb.headers['content-type']).toContain('spreadsheetml');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(nb.body as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Plan', 'Hjelp']);
      const header = (workbook.getWorksheet('Plan')!.getRow(1).values as unknown[]).slice(1);
      expect(header).toEqual([...PLAN_IMPORT_COLUMNS]);
      const help = JSON.stringify(workbook.getWorksheet('Hjelp')!.getSheetValues());
      // The week's platforms and countries with their codes, countries named in Norwegian, the guides by e-mail.
      expect(help).toContain('DISCORD');
      expect(help).toContain('Belgia');
      expect(help).toContain('Plattformer');
      expect(help).toContain('coordinator.no@empact.test');
      expect(help).toContain('Europe/Oslo');

      const en = await t.download(`/exports/${weekId}/plan-template.xlsx?language=en`, coordinator);
      const english = new ExcelJS.Workbook();
      await english.xlsx.load(en.body as unknown as ArrayBuffer);
      expect(english.worksheets.map((sheet) => sheet.name)).toEqual(['Plan', 'Help']);
      expect(JSON.stringify(english.getWorksheet('Help')!.getSheetValues())).toContain('Belgium');
    });

    it('is a CSV file of the header row', async () => {
      const csv = await t.download(`/exports/${weekId}/plan-template.csv`, admin);
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.body.toString('utf8')).toBe(`\uFEFF${PLAN_IMPORT_COLUMNS.join(',')}\r\n`);
    });

    it('the template filled in imports as it is', async () => {
      const template = await t.download(`/exports/${weekId}/plan-template.xlsx`, coordinator);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(template.body as unknown as ArrayBuffer);
      workbook.getWorksheet('Plan')!.addRow([DAY2, '20:00', '21:00', 'ROBLOX', 'Template server', 'IS']);
      const filled = Buffer.from(await workbook.xlsx.writeBuffer());
      const checked = await preview('plan-template-nb.xlsx', filled);
      expect(checked.errors).toBeUndefined();
      expect(checked.data!.previewPlanImport.refusedRows).toBe(0);
      expect(checked.data!.previewPlanImport.rows).toEqual([
        expect.objectContaining({
          row: 2,
          session: expect.objectContaining({ platform: 'ROBLOX', countries: ['IS'] }),
        }),
      ]);
    });

    it('is refused to those who may not plan the week', async () => {
      for (const token of [leader, operator, liaison]) {
        for (const file of ['plan-template.xlsx', 'plan-template.csv']) {
          const refused = await t.download(`/exports/${weekId}/${file}`, token);
          expect(refused.status).toBe(403);
          expect(JSON.parse(refused.body.toString('utf8')).error.code).toBe('FORBIDDEN');
        }
      }
      const anonymous = await t.http.get(`/exports/${weekId}/plan-template.xlsx`);
      expect(anonymous.status).toBe(401);
      const missing = await t.download(
        `/exports/00000000-0000-4000-8000-000000000000/plan-template.xlsx`,
        coordinator,
      );
      expect(missing.status).toBe(404);
    });
  });

  describe('good files', () => {
    it('previews a CSV file row by row and writes nothing, then imports every session in one go', async () => {
      const ids = await accountIds(t, admin);
      const file = planCsv([
        row({ guide_email: 'Coordinator.NO@empact.test', briefing: 'Meet in the voice channel early.' }),
        row({ start: '11:00', end: '13:00', countries: 'NL IS', platform: 'Minecraft' }),
        row({ date: DAY2, start: '9:30', end: '12:00', countries: 'FI' }),
      ]);
      const before = await sessionCount();
      const checked = await preview('plan.csv', file);
      expect(checked.errors).toBeUndefined();
      const { kind, refusedRows, rows } = checked.data!.previewPlanImport;
      expect(kind).toBe('CSV');
      expect(refusedRows).toBe(0);
      expect(rows.map((r) => r.row)).toEqual([2, 3, 4]);
      expect(rows[0].session).toMatchObject({
        startsAt: oslo(DAY1, '09:00'),
        endsAt: oslo(DAY1, '11:00'),
        platform: 'DISCORD',
        countries: ['NO', 'BE'],
        guideName: 'Ingrid Berg (Kripos)',
      });
      expect(rows[1].session).toMatchObject({ platform: 'MINECRAFT', countries: ['NL', 'IS'] });
      expect(rows[2].session).toMatchObject({ startsAt: oslo(DAY2, '09:30') });
      expect(await sessionCount()).toBe(before);

      const imported = await importPlan('plan.csv', file);
      expect(imported.errors).toBeUndefined();
      expect(imported.data!.importPlan.imported).toBe(3);
      expect(await sessionCount()).toBe(before + 3);
      const schedule = await t.gql<{
        schedule: {
          id: string;
          startsAt: string;
          venue: string;
          countries: string[];
          guide: { id: string } | null;
          briefing: string;
        }[];
      }>(
        'query ($w: ID!) { schedule(weekId: $w) { id startsAt venue countries guide { id } briefing } }',
        { w: weekId },
        { token: coordinator },
      );
      const planned = schedule.data!.schedule.filter((s) =>
        imported.data!.importPlan.sessionIds.includes(s.id),
      );
      expect(planned).toHaveLength(3);
      expect(planned.find((s) => s.startsAt === oslo(DAY1, '09:00'))).toMatchObject({
        venue: 'Import server',
        countries: ['BE', 'NO'],
        guide: { id: ids['coordinator.no@empact.test'] },
        briefing: 'Meet in the voice channel early.',
      });
      // Every session is audited as a planned one, and the import on the week.
      const audit = await t.dataSource.query(
        `SELECT action FROM audit_entry
          WHERE action IN ('schedulePatrolSession', 'importPlan') AND target_id::text = ANY($1::text[])`,
        [[...imported.data!.importPlan.sessionIds, weekId]],
      );
      expect(audit.filter((a: { action: string }) => a.action === 'schedulePatrolSession')).toHaveLength(3);
      expect(audit.filter((a: { action: string }) => a.action === 'importPlan')).toHaveLength(1);
    });

    it('imports an XLSX workbook whose dates and times Excel turned into its own values', async () => {
      const file = await planXlsx(
        [
          row({ date: DAY2, start: '13:00', end: '15:00', countries: 'NO' }),
          row({ date: DAY2, start: '13:00', end: '15:30', countries: 'BE;NL', venue: 'Second server' }),
        ],
        { excelValues: true, before: ['Notes'] },
      );
      const before = await sessionCount();
      const checked = await preview('Plan uke 47.XLSX', file);
      expect(checked.errors).toBeUndefined();
      expect(checked.data!.previewPlanImport.kind).toBe('XLSX');
      expect(
        checked.data!.previewPlanImport.rows.map((r) => [r.cells.date, r.cells.start, r.errors]),
      ).toEqual([
        [DAY2, '13:00', []],
        [DAY2, '13:00', []],
      ]);
      const imported = await importPlan('Plan uke 47.XLSX', file);
      expect(imported.errors).toBeUndefined();
      expect(imported.data!.importPlan.imported).toBe(2);
      expect(await sessionCount()).toBe(before + 2);
      const [stored] = await t.dataSource.query('SELECT ends_at FROM patrol_session WHERE id = $1', [
        imported.data!.importPlan.sessionIds[1],
      ]);
      expect(new Date(stored.ends_at).toISOString()).toBe(oslo(DAY2, '15:30'));
    });

    it('reads a CSV with semicolons and a byte order mark, as Excel saves one', async () => {
      const file = planCsv([row({ date: '2025-11-22', countries: 'FI' })], { delimiter: ';', bom: true });
      const checked = await preview('plan.csv', file);
      expect(checked.errors).toBeUndefined();
      expect(checked.data!.previewPlanImport.refusedRows).toBe(0);
    });
  });

  describe('files refused whole, with nothing written', () => {
    it('refuses what is not CSV or XLSX by its content, whatever its name', async () => {
      const csv = planCsv([row()]);
      await refusedWhole('plan.csv', PDF_BYTES, 'PLAN_IMPORT_FILE_TYPE');
      await refusedWhole('plan.xlsx', await plainZip(), 'PLAN_IMPORT_FILE_TYPE');
      await refusedWhole('plan.xlsx', csv, 'PLAN_IMPORT_FILE_TYPE');
      await refusedWhole('plan.csv', await planXlsx([row()]), 'PLAN_IMPORT_FILE_TYPE');
      await refusedWhole('plan.txt', csv, 'PLAN_IMPORT_FILE_TYPE');
      // Text in a legacy code page (Latin-1 "Møte"): refused rather than read with wrong letters.
      await refusedWhole(
        'plan.csv',
        Buffer.concat([csv, Buffer.from([0x4d, 0xf8, 0x74, 0x65, 0x0d, 0x0a])]),
        'PLAN_IMPORT_FILE_TYPE',
      );
      const refused = await refusedWhole(
        'plan.csv',
        Buffer.from('date,start\n"unclosed,10:00\n'),
        'PLAN_IMPORT_FILE_TYPE',
      );
      expect(refused.message).toBe('CSV-filen kunne ikke leses rundt linje 2. Kontroller anførselstegnene.');
    });

    it('refuses a file over 2 MB, read through a body limit raised for the plan import only', async () => {
      const padding = 'x'.repeat(1000);
      const rows = Array.from({ length: Math.ceil(PLAN_IMPORT_MAX_BYTES / 1000) + 2 }, () => ({
        briefing: padding,
      }));
      const file = planCsv(rows);
      expect(file.length).toBeGreaterThan(PLAN_IMPORT_MAX_BYTES);
      const error = await refusedWhole('plan.csv', file, 'PLAN_IMPORT_TOO_LARGE');
      expect(error.message).toContain('2 MB');

      // The same body as another operation, or without naming the plan import, meets the general limit.
      const disguised = await send(
        '{ me { id } } query PreviewPlanImport { previewPlanImport(weekId: "x", fileName: "x", contentBase64: "") { weekId } }',
        'plan.csv',
        file,
        coordinator,
        { operationName: 'PreviewPlanImport' },
      );
      expect(disguised.status).toBe(413);
      expect(disguised.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      const unnamed = await t.http
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('authorization', `Bearer ${coordinator}`)
        .send({
          query: PREVIEW,
          variables: { weekId, fileName: 'plan.csv', contentBase64: file.toString('base64') },
        });
      expect(unnamed.status).toBe(413);
    });

    it('refuses more than 2,000 rows', async () => {
      const rows = Array.from({ length: PLAN_IMPORT_MAX_ROWS + 1 }, () => row());
      const error = await refusedWhole('plan.csv', planCsv(rows), 'PLAN_IMPORT_TOO_MANY_ROWS');
      expect(error.message).toContain('2001');
      await refusedWhole('plan.xlsx', await planXlsx(rows), 'PLAN_IMPORT_TOO_MANY_ROWS');
    });

    it('refuses unknown and missing columns, naming them', async () => {
      const header = ['date', 'start', 'end', 'platform', 'venue', 'land', 'notes'];
      const error = await refusedWhole('plan.csv', planCsv([row()], { header }), 'PLAN_IMPORT_COLUMNS');
      expect(error.extensions).toMatchObject({ unknown: ['land', 'notes'], missing: ['countries'] });
      expect(error.message).toContain('land, notes');
      await refusedWhole('plan.xlsx', await planXlsx([row()], { header }), 'PLAN_IMPORT_COLUMNS');
    });

    it('refuses an empty file and a header without sessions', async () => {
      await refusedWhole('plan.csv', Buffer.alloc(0), 'PLAN_IMPORT_EMPTY');
      await refusedWhole('plan.csv', planCsv([]), 'PLAN_IMPORT_EMPTY');
      await refusedWhole('plan.xlsx', await planXlsx([]), 'PLAN_IMPORT_EMPTY');
    });

    it('refuses a closed week as the planning dialog does', async () => {
      const before = await sessionCount(closedWeekId);
      for (const document of [PREVIEW, IMPORT]) {
        const refused = await send(document, 'plan.csv', planCsv([row()]), coordinator, {
          week: closedWeekId,
        });
        expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'weekId' });
      }
      expect(await sessionCount(closedWeekId)).toBe(before);
    });
  });

  describe('rows', () => {
    const badRows = [
      row({ platform: 'MySpace' }),
      row({ countries: 'NO, XX' }),
      row({ countries: 'DE' }),
      row({ date: '2025-11-25' }),
      row({ start: '14:00', end: '13:00' }),
      row({ start: '9 o’clock' }),
      row({ date: '20.11.2025' }),
      row({ guide_email: 'operator1.no@empact.test' }),
      row({ venue: '' }),
      row({ briefing: 'Call her on kari.nordmann@example.com after the patrol.' }),
    ];
    const expected = [
      'platform:UNKNOWN_PLATFORM',
      'countries:UNKNOWN_COUNTRY',
      'countries:COUNTRY_NOT_IN_WEEK',
      'date:DATE_OUTSIDE_WEEK',
      'end:ENDS_BEFORE_START',
      'start:INVALID_TIME',
      'date:INVALID_DATE',
      'guide_email:UNKNOWN_GUIDE',
      'venue:REQUIRED',
      'briefing:PERSONAL_DATA',
    ];

    it('previews every row’s errors per field, and the import refuses the file with them, writing nothing', async () => {
      const file = planCsv([
        row({ date: '2025-11-23', start: '18:00', end: '19:00', countries: 'FI' }),
        ...badRows,
      ]);
      const before = await sessionCount();
      const checked = await preview('plan.csv', file, admin);
      expect(checked.errors).toBeUndefined();
      const { rows, refusedRows } = checked.data!.previewPlanImport;
      expect(refusedRows).toBe(badRows.length);
      expect(rows[0]).toMatchObject({ row: 2, errors: [], conflicts: [] });
      expect(rows.slice(1).map((r) => r.errors.map((e) => `${e.field}:${e.code}`).join())).toEqual(expected);
      expect(rows.slice(1).every((r) => r.session === null)).toBe(true);
      // The admin reads English.
      expect(rows[1].errors[0].message).toBe(
        '“MySpace” is not a known platform: use a code from the template’s help sheet.',
      );
      expect(rows[3].errors[0].message).toContain('Germany');

      const imported = await importPlan('plan.csv', file, admin);
      expect(imported.errors?.[0]?.extensions.code).toBe('PLAN_IMPORT_INVALID');
      const refused = imported.errors![0].extensions.rows as { row: number; errors: { code: string }[] }[];
      expect(refused.map((r) => r.row)).toEqual(badRows.map((_, i) => i + 3));
      expect(refused.map((r) => r.errors[0].code)).toEqual(expected.map((e) => e.split(':')[1]));
      expect(await sessionCount()).toBe(before);
    });

    it('shows the errors in Norwegian to a coordinator who reads Norwegian', async () => {
      const checked = await preview('plan.csv', planCsv(badRows), coordinator, { language: 'nb' });
      const messages = checked.data!.previewPlanImport.rows.map((r) => r.errors[0].message);
      expect(messages[0]).toBe('«MySpace» er ikke en kjent plattform. Bruk en kode fra hjelpearket i malen.');
      expect(messages[2]).toBe('Tyskland deltar ikke i denne uken.');
      expect(messages[4]).toBe('En økt må slutte etter at den har startet.');
      const refused = await importPlan('plan.csv', planCsv(badRows), coordinator, { language: 'nb' });
      expect(refused.errors![0].message).toMatch(/^10 rader i filen er feil eller kolliderer/);
    });

    it('finds rows that conflict with each other and with the plan, and writes none of them', async () => {
      // The week holds Finland alone on 21 November 09:30–12:00 (the good CSV above).
      const file = planCsv([
        row({ date: '2025-11-24', start: '10:00', end: '12:00', countries: 'NL' }),
        row({ date: '2025-11-24', start: '11:00', end: '13:00', countries: 'NL, IS' }),
        row({ date: DAY2, start: '11:00', end: '12:30', countries: 'FI' }),
      ]);
      const before = await sessionCount();
      const checked = await preview('plan.csv', file, admin);
      const [first, second, third] = checked.data!.previewPlanImport.rows;
      expect(first.conflicts).toEqual([]);
      expect(second.conflicts).toEqual([
        expect.objectContaining({ kind: 'COUNTRY', otherRow: 2, otherSession: 'row 2 of the file' }),
      ]);
      expect(second.conflicts[0].message).toContain(
        'The team of Netherlands is already in “row 2 of the file”',
      );
      expect(third.conflicts).toEqual([
        expect.objectContaining({ kind: 'COUNTRY', otherRow: null, otherSession: 'Discord · Import server' }),
      ]);
      const imported = await importPlan('plan.csv', file, admin);
      expect(imported.errors?.[0]?.extensions.code).toBe('PLAN_IMPORT_INVALID');
      expect(await sessionCount()).toBe(before);
    });
  });

  describe('who may import', () => {
    it('refuses team leaders, operators and liaisons, whatever the file', async () => {
      const file = planCsv([row({ date: '2025-11-24', start: '20:00', end: '21:00', countries: 'FI' })]);
      const before = await sessionCount();
      for (const token of [leader, operator, liaison]) {
        expect((await preview('plan.csv', file, token)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
        expect((await importPlan('plan.csv', file, token)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
        // Refused before the file is looked at: a bad file says nothing either.
        expect((await preview('plan.csv', PDF_BYTES, token)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      }
      expect(await sessionCount()).toBe(before);
    });

    it('answers NOT_FOUND for a week that is not there', async () => {
      const missing = await preview('plan.csv', planCsv([row()]), coordinator, {
        week: '00000000-0000-4000-8000-000000000000',
      });
      expect(missing.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    });
  });
});
