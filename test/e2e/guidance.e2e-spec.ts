import { codeOf, startTestApp, TestApp } from '../support/test-app';

const WRITE =
  'mutation ($input: WriteGuidanceNoteInput!) { writeGuidanceNote(input: $input) { id revision version published translationStatus translations { language status } } }';
const TRANSLATE =
  'mutation ($input: TranslateGuidanceNoteInput!) { translateGuidanceNote(input: $input) { translationStatus translations { language status sourceRevision } } }';
const NOTE =
  'query ($id: ID!, $language: String) { guidanceNote(id: $id, language: $language) { title language translationStatus bodyHtml readByMe revision } }';

interface Written {
  writeGuidanceNote: {
    id: string;
    revision: number;
    version: number;
    translations: { language: string; status: string }[];
  };
}

describe('Kripos guidance', () => {
  let t: TestApp;
  let coordinator: string;
  let weekId: string;
  let noteId: string;
  const statusOf = (translations: { language: string; status: string }[], language: string) =>
    translations.find((x) => x.language === language)?.status;

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.login('coordinator.no@empact.test');
    weekId = (
      await t.gql<{ actionWeeks: { id: string }[] }>('{ actionWeeks { id } }', {}, { token: coordinator })
    ).data!.actionWeeks[0].id;
  });
  afterAll(() => t.close());

  const note = (overrides: Record<string, unknown> = {}) => ({
    weekId,
    category: 'METHODOLOGY',
    scope: 'WEEK',
    title: 'Open every conversation as police',
    body: '## How to start\n\nSay who you are and why you are here. Keep to **public channels** unless a young person asks.',
    ...overrides,
  });

  it('lets a coordinator write a note, in English by default, with every translation missing', async () => {
    const res = await t.gql<Written>(WRITE, { input: note() }, { token: coordinator });
    expect(res.errors).toBeUndefined();
    noteId = res.data!.writeGuidanceNote.id;
    expect(res.data!.writeGuidanceNote).toMatchObject({ revision: 1, published: false });
    expect(statusOf(res.data!.writeGuidanceNote.translations, 'is')).toBe('MISSING');
  });

  it('turns a translation outdated by itself when the source changes', async () => {
    const translated = await t.gql<{
      translateGuidanceNote: { translations: { language: string; status: string }[] };
    }>(
      TRANSLATE,
      {
        input: {
          noteId,
          language: 'is',
          title: 'Hefjið hvert samtal sem lögregla',
          body: '## Hvernig á að byrja\n\nSegið hver þið eruð.',
          status: 'CURRENT',
        },
      },
      { token: coordinator },
    );
    expect(statusOf(translated.data!.translateGuidanceNote.translations, 'is')).toBe('CURRENT');
    await t.gql(
      TRANSLATE,
      {
        input: {
          noteId,
          language: 'fi',
          title: 'Aloita poliisina',
          body: 'Kerro kuka olet.',
          status: 'DRAFT',
        },
      },
      { token: coordinator },
    );

    const [{ version }] = await t.dataSource.query('SELECT version FROM guidance_note WHERE id = $1', [
      noteId,
    ]);
    const changed = await t.gql<Written>(
      WRITE,
      { input: note({ id: noteId, version, body: `${note().body}\n\nNever share a private profile.` }) },
      { token: coordinator },
    );
    expect(changed.data!.writeGuidanceNote.revision).toBe(2);
    expect(statusOf(changed.data!.writeGuidanceNote.translations, 'is')).toBe('OUTDATED');
    expect(statusOf(changed.data!.writeGuidanceNote.translations, 'fi')).toBe('OUTDATED');
    expect(statusOf(changed.data!.writeGuidanceNote.translations, 'nb')).toBe('MISSING');

    const revisions = await t.gql<{ guidanceRevisions: { revision: number }[] }>(
      'query ($id: ID!) { guidanceRevisions(id: $id) { revision title } }',
      { id: noteId },
      { token: coordinator },
    );
    expect(revisions.data!.guidanceRevisions.map((r) => r.revision)).toEqual([2, 1]);
    // A title-only change of nothing does not make a revision.
    const [{ version: v2 }] = await t.dataSource.query('SELECT version FROM guidance_note WHERE id = $1', [
      noteId,
    ]);
    const same = await t.gql<Written>(
      WRITE,
      {
        input: note({
          id: noteId,
          version: v2,
          body: `${note().body}\n\nNever share a private profile.`,
          category: 'PROFILE_SAFETY',
        }),
      },
      { token: coordinator },
    );
    expect(same.data!.writeGuidanceNote.revision).toBe(2);
  });

  it('refuses an operator who tries to write guidance, and a stale edit', async () => {
    const operator = await t.login('operator1.fi@empact.test');
    expect(codeOf(await t.gql(WRITE, { input: note() }, { token: operator }))).toBe('FORBIDDEN');
    const stale = await t.gql(WRITE, { input: note({ id: noteId, version: 1 }) }, { token: coordinator });
    expect(codeOf(stale)).toBe('CONFLICT');
  });

  it.each([
    ['an over-long title', { title: 'x'.repeat(201) }, 'title'],
    ['an unknown source language', { sourceLanguage: 'pl' }, 'sourceLanguage'],
    ['a country scope without a country', { scope: 'COUNTRY' }, 'scopeCountry'],
    ['a country outside the week', { scope: 'COUNTRY', scopeCountry: 'SE' }, 'scopeCountry'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_, overrides, field) => {
    const res = await t.gql(WRITE, { input: note(overrides) }, { token: coordinator });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.field).toBe(field);
  });

  it('stores Markdown with script as written but renders it inert', async () => {
    const body = 'Hello <script>alert(1)</script> [click](javascript:alert(1)) <img src=x onerror=alert(1)>';
    const res = await t.gql<Written>(
      WRITE,
      { input: note({ title: 'Unsafe', body }) },
      { token: coordinator },
    );
    const [row] = await t.dataSource.query('SELECT body FROM guidance_note WHERE id = $1', [
      res.data!.writeGuidanceNote.id,
    ]);
    expect(row.body).toBe(body);
    const shown = await t.gql<{ guidanceNote: { bodyHtml: string } }>(
      NOTE,
      { id: res.data!.writeGuidanceNote.id },
      { token: coordinator },
    );
    expect(shown.data!.guidanceNote.bodyHtml).not.toMatch(/<script|<img|href="javascript:/i);
  });

  it('shows teams published notes only, in their language where a translation is current', async () => {
    const leader = await t.login('leader.is@empact.test');
    expect(codeOf(await t.gql(NOTE, { id: noteId }, { token: leader }))).toBe('NOT_FOUND');
    await t.gql(
      'mutation ($id: ID!) { publishGuidanceNote(id: $id, value: true) { published } }',
      { id: noteId },
      { token: coordinator },
    );
    const outdated = await t.gql<{ guidanceNote: { language: string; translationStatus: string } }>(
      NOTE,
      { id: noteId, language: 'is' },
      { token: leader },
    );
    expect(outdated.data!.guidanceNote).toMatchObject({ language: 'is', translationStatus: 'OUTDATED' });
    const draft = await t.gql<{ guidanceNote: { language: string; translationStatus: string } }>(
      NOTE,
      { id: noteId, language: 'fi' },
      { token: leader },
    );
    // The Finnish draft was never finished: readers get the English source (its status says it is behind).
    expect(draft.data!.guidanceNote).toMatchObject({ language: 'en', translationStatus: 'OUTDATED' });
  });

  it('records a read receipt once per person, note and revision', async () => {
    const leader = await t.login('leader.is@empact.test');
    const confirm = () =>
      t.gql<{ confirmGuidanceRead: { readByMe: boolean } }>(
        'mutation ($id: ID!) { confirmGuidanceRead(noteId: $id, language: "is") { readByMe } }',
        { id: noteId },
        { token: leader },
      );
    expect((await confirm()).data!.confirmGuidanceRead.readByMe).toBe(true);
    await confirm();
    const rows = async () =>
      (await t.dataSource.query('SELECT revision, language FROM guidance_read WHERE note_id = $1', [
        noteId,
      ])) as { revision: number; language: string }[];
    expect(await rows()).toEqual([{ revision: 2, language: 'is' }]);

    const [{ version }] = await t.dataSource.query('SELECT version FROM guidance_note WHERE id = $1', [
      noteId,
    ]);
    await t.gql(
      WRITE,
      { input: note({ id: noteId, version, body: 'A third revision.' }) },
      { token: coordinator },
    );
    const after = await t.gql<{ guidanceNote: { readByMe: boolean; revision: number } }>(
      NOTE,
      { id: noteId },
      { token: leader },
    );
    expect(after.data!.guidanceNote).toMatchObject({ readByMe: false, revision: 3 });
    await confirm();
    expect((await rows()).map((r) => r.revision).sort()).toEqual([2, 3]);
  });

  it('gives translators their saved text, drafts included, and writers the count of confirmations', async () => {
    const res = await t.gql<{
      guidanceNote: {
        readCount: number;
        translation: { title: string; status: string; sourceRevision: number };
      };
    }>(
      'query ($id: ID!) { guidanceNote(id: $id) { readCount translation(language: "fi") { title status sourceRevision } } }',
      { id: noteId },
      { token: coordinator },
    );
    expect(res.data!.guidanceNote).toEqual({
      readCount: 1,
      translation: { title: 'Aloita poliisina', status: 'DRAFT', sourceRevision: 1 },
    });
    const operator = await t.login('operator1.is@empact.test');
    const theirs = await t.gql<{ guidanceNote: { readCount: number | null; translation: unknown } }>(
      'query ($id: ID!) { guidanceNote(id: $id) { readCount translation(language: "fi") { title } } }',
      { id: noteId },
      { token: operator },
    );
    expect(theirs.data!.guidanceNote).toEqual({ readCount: null, translation: null });
  });

  it('tells coordinators who has not confirmed the guidance for their next session', async () => {
    const res = await t.gql<{
      guidanceReaders: {
        displayName: string;
        country: string;
        nextSessionId: string | null;
        unreadNoteIds: string[];
      }[];
    }>(
      'query ($w: ID!) { guidanceReaders(weekId: $w) { displayName country nextSessionId unreadNoteIds } }',
      { w: weekId },
      { token: coordinator },
    );
    const withSession = res.data!.guidanceReaders.filter((r) => r.nextSessionId);
    const icelandLeader = withSession.find((r) => r.displayName === 'Guðrún Jónsdóttir');
    for (const reader of withSession) {
      if (reader === icelandLeader) expect(reader.unreadNoteIds).not.toContain(noteId);
      else expect(reader.unreadNoteIds).toContain(noteId);
    }
    const operator = await t.login('operator1.is@empact.test');
    expect(
      codeOf(
        await t.gql(
          'query ($w: ID!) { guidanceReaders(weekId: $w) { displayName } }',
          { w: weekId },
          { token: operator },
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});
