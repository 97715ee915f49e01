import { PDFParse } from 'pdf-parse';
import { endedSessionWithoutDebrief } from '../support/ended-session';
import { codeOf, startTestApp, TestApp } from '../support/test-app';

/** Lessons learned written in Markdown: a heading, a list with emphasis, and raw HTML that must stay inert. */
const LESSONS = [
  '## Hva som virket',
  '',
  'Felles patruljer fungerer best når hvert lag snakker sitt eget språk og Kripos veileder underveis.',
  '',
  '- **Discord** på kvelden',
  '- Roblox på ettermiddagen',
  '',
  '<script>alert(1)</script>',
].join('\n');

describe('the week report', () => {
  let t: TestApp;
  let coordinator: string;
  let weekId: string;
  let debriefId: string;

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.login('coordinator.no@empact.test');
    weekId = (
      await t.gql<{ actionWeeks: { id: string }[] }>('{ actionWeeks { id } }', {}, { token: coordinator })
    ).data!.actionWeeks[0].id;
    // An ended Dutch session without a debrief yet: the Dutch team leader submits one in Dutch.
    const session = await endedSessionWithoutDebrief(t, weekId, 'NL', coordinator);
    const leader = await t.login('leader.nl@empact.test');
    const saved = await t.gql<{ saveDebrief: { id: string; version: number } }>(
      'mutation ($input: SaveDebriefInput!) { saveDebrief(input: $input) { id version } }',
      {
        input: {
          sessionId: session.id,
          language: 'nl',
          whatWorked: 'Jongeren waardeerden dat we ons als politie voorstelden.',
          challenges: 'Veel spam in de openbare kanalen.',
          wellbeingScore: 4,
          wellbeingText: 'Goed, wel vermoeiend na drie uur.',
          summaryEn:
            'Young people appreciated that we introduced ourselves as police; spam in public channels was a challenge.',
        },
      },
      { token: leader },
    );
    debriefId = saved.data!.saveDebrief.id;
    await t.gql(
      'mutation ($id: ID!, $v: Int!) { submitDebrief(id: $id, version: $v) { id } }',
      { id: debriefId, v: saved.data!.saveDebrief.version },
      { token: leader },
    );
  });
  afterAll(() => t.close());

  it('lets a coordinator write the lessons learned and link a submitted debrief', async () => {
    const res = await t.gql<{
      saveWeekReport: { version: number; lessonsLearnedHtml: string; debriefs: { id: string }[] };
    }>(
      'mutation ($input: SaveWeekReportInput!) { saveWeekReport(input: $input) { version lessonsLearnedHtml debriefs { id } } }',
      {
        input: {
          weekId,
          version: 0,
          language: 'nb',
          lessonsLearned: LESSONS,
          summaryEn:
            'Joint patrols work best when each team speaks its own language with Kripos guiding along the way.',
          debriefIds: [debriefId],
        },
      },
      { token: coordinator },
    );
    expect(res.errors).toBeUndefined();
    const { lessonsLearnedHtml, ...saved } = res.data!.saveWeekReport;
    expect(saved).toEqual({ version: 1, debriefs: [{ id: debriefId }] });
    // Rendered by the same safe markdown-it as guidance: a heading element, a list, and raw HTML made inert.
    expect(lessonsLearnedHtml).toContain('<h2>Hva som virket</h2>');
    expect(lessonsLearnedHtml).toContain('<li><strong>Discord</strong> på kvelden</li>');
    expect(lessonsLearnedHtml).toContain('&lt;script&gt;');
    expect(lessonsLearnedHtml).not.toContain('<script>');
    const stale = await t.gql(
      'mutation ($input: SaveWeekReportInput!) { saveWeekReport(input: $input) { version } }',
      { input: { weekId, version: 0, language: 'en', lessonsLearned: 'x', debriefIds: [] } },
      { token: coordinator },
    );
    expect(codeOf(stale)).toBe('CONFLICT');
  });

  it('exports a valid PDF in French whose text holds the translated headings, each free text in its own language', async () => {
    const res = await t.download(`/exports/${weekId}/week-report.pdf?language=fr`, coordinator);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text } = await new PDFParse({ data: new Uint8Array(pdf) }).getText();
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Rapport de la semaine');
    expect(flat).toContain('Enseignements tirés');
    expect(flat).toContain('Débriefings des sessions');
    expect(flat).toContain('Ce qui a fonctionné');
    expect(flat).toContain('Jongeren waardeerden dat we ons als politie voorstelden.');
    expect(flat).toContain('Résumé en anglais');
    expect(flat).toContain('Young people appreciated');
  });

  it('renders the Markdown of the lessons learned as PDF structure: the heading text, never "## " or "**"', async () => {
    const res = await t.download(`/exports/${weekId}/week-report.pdf?language=en`, coordinator);
    expect(res.status).toBe(200);
    const { text } = await new PDFParse({ data: new Uint8Array(res.body) }).getText();
    expect(text).toContain('Hva som virket');
    expect(text).toContain('Discord på kvelden');
    expect(text).toContain('Felles patruljer fungerer best');
    expect(text).not.toMatch(/(^|\s)#{1,6} /);
    expect(text).not.toContain('**');
  });

  it('exports Markdown in the language asked for', async () => {
    const res = await t.download(`/exports/${weekId}/week-report.md?language=is`, coordinator);
    expect(res.status).toBe(200);
    const markdown = res.body.toString('utf8');
    expect(markdown).toContain('# Vikuskýrsla');
    expect(markdown).toContain('## Lærdómur');
    expect(markdown).toContain('Felles patruljer fungerer best');
    expect(markdown).toContain('Joint patrols work best');
  });

  it('lets a team read the report, refuses it to a liaison and refuses an export without a session', async () => {
    const operator = await t.login('operator1.fi@empact.test');
    expect(
      (
        await t.gql<{ weekReport: { version: number } }>(
          'query ($w: ID!) { weekReport(weekId: $w) { version } }',
          { w: weekId },
          { token: operator },
        )
      ).data!.weekReport.version,
    ).toBe(1);
    const liaison = await t.login('liaison@empact.test');
    expect(
      codeOf(
        await t.gql(
          'query ($w: ID!) { weekReport(weekId: $w) { version } }',
          { w: weekId },
          { token: liaison },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await t.gql(
          'mutation ($input: SaveWeekReportInput!) { saveWeekReport(input: $input) { version } }',
          { input: { weekId, version: 1, language: 'en', lessonsLearned: 'x', debriefIds: [] } },
          { token: operator },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect((await t.http.get(`/exports/${weekId}/week-report.pdf`)).status).toBe(401);
    expect((await t.download(`/exports/${weekId}/week-report.pdf`, liaison)).status).toBe(403);
  });
});
