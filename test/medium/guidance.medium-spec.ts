import type { AuthenticatedActor } from '../../apps/api/src/common/auth/authenticated-actor';
import {
  GuidanceFilter,
  TranslateGuidanceNoteInput,
  WriteGuidanceNoteInput,
} from '../../apps/api/src/guidance/dto/guidance.inputs';
import { GuidanceService } from '../../apps/api/src/guidance/guidance.service';
import { startServiceTest, ServiceTest } from '../support/service-test';

describe(GuidanceService.name, () => {
  let s: ServiceTest;
  let guidance: GuidanceService;
  let weekId: string;
  let coordinator: AuthenticatedActor;
  let icelander: AuthenticatedActor;
  let dutch: AuthenticatedActor;

  const write = (fields: Partial<WriteGuidanceNoteInput>) =>
    Object.assign(new WriteGuidanceNoteInput(), {
      weekId,
      category: 'METHODOLOGY',
      scope: 'WEEK',
      title: 'Say who you are',
      body: 'Open every conversation as police.',
      ...fields,
    });
  const filter = (fields: Partial<GuidanceFilter> = {}) =>
    Object.assign(new GuidanceFilter(), { weekId, ...fields });
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await s.t.dataSource.query(sql, params))[0].n);
  const written = () =>
    Promise.all([
      count('SELECT count(*) AS n FROM guidance_note'),
      count('SELECT count(*) AS n FROM guidance_revision'),
      count(`SELECT count(*) AS n FROM audit_entry WHERE action = 'writeGuidanceNote'`),
    ]);

  beforeAll(async () => {
    s = await startServiceTest();
    guidance = s.get(GuidanceService);
    coordinator = await s.actor('coordinator.no@empact.test');
    icelander = await s.actor('leader.is@empact.test');
    dutch = await s.actor('leader.nl@empact.test');
    [{ id: weekId }] = await s.t.dataSource.query('SELECT id FROM action_week ORDER BY first_day LIMIT 1');
  });
  afterAll(() => s.close());

  it("shows a country's note to that country's team only once published, and never to another country's team", async () => {
    const note = await s.as(coordinator, () =>
      guidance.write(
        coordinator,
        write({ scope: 'COUNTRY', scopeCountry: 'IS', title: 'Icelandic chat rules' }),
      ),
    );
    expect(note).toMatchObject({ revision: 1, published: false, scopeCountry: 'IS' });
    await expect(s.as(icelander, () => guidance.get(icelander, note.id))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });

    await s.as(coordinator, () => guidance.setFlag(coordinator, note.id, 'published', true));
    const seen = await s.as(icelander, () => guidance.list(icelander, filter()));
    expect(seen.map((n) => n.id)).toContain(note.id);
    expect(seen.every((n) => n.published)).toBe(true);

    const theirs = await s.as(dutch, () => guidance.list(dutch, filter()));
    expect(theirs.map((n) => n.id)).not.toContain(note.id);
    await expect(s.as(dutch, () => guidance.get(dutch, note.id))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      s.as(dutch, () => guidance.list(dutch, filter({ weekId: '00000000-0000-4000-8000-000000000000' }))),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses a team leader who writes or publishes guidance', async () => {
    const before = await written();
    await expect(s.as(icelander, () => guidance.write(icelander, write({})))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const [any] = await s.as(coordinator, () => guidance.list(coordinator, filter()));
    await expect(
      s.as(icelander, () => guidance.setFlag(icelander, any.id, 'published', false)),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await written()).toEqual(before);
  });

  it.each([
    ['an unknown platform', { scope: 'PLATFORM', scopePlatform: 'MYSPACE' }, 'scopePlatform'],
    ['a country outside the week', { scope: 'COUNTRY', scopeCountry: 'SE' }, 'scopeCountry'],
    [
      'a session outside the week',
      { scope: 'SESSION', scopeSessionId: '00000000-0000-4000-8000-000000000000' },
      'scopeSessionId',
    ],
  ])('refuses a note for %s with BAD_USER_INPUT and writes nothing', async (_, target, field) => {
    const before = await written();
    await expect(s.as(coordinator, () => guidance.write(coordinator, write(target)))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: expect.objectContaining({ field }),
    });
    expect(await written()).toEqual(before);
  });

  it('keeps a note of a known platform for every team, and its revisions as the text changes', async () => {
    const note = await s.as(coordinator, () =>
      guidance.write(coordinator, write({ scope: 'PLATFORM', scopePlatform: 'ROBLOX' })),
    );
    const changed = await s.as(coordinator, () =>
      guidance.write(
        coordinator,
        write({
          id: note.id,
          version: note.version,
          scope: 'PLATFORM',
          scopePlatform: 'ROBLOX',
          body: 'Say it first.',
        }),
      ),
    );
    expect(changed.revision).toBe(2);
    const same = await s.as(coordinator, () =>
      guidance.write(
        coordinator,
        write({
          id: note.id,
          version: changed.version,
          category: 'PROFILE_SAFETY',
          scope: 'PLATFORM',
          scopePlatform: 'ROBLOX',
          body: 'Say it first.',
        }),
      ),
    );
    expect(same.revision).toBe(2);
    await expect(
      s.as(coordinator, () =>
        guidance.write(
          coordinator,
          write({ id: note.id, version: note.version, scope: 'PLATFORM', scopePlatform: 'ROBLOX' }),
        ),
      ),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const revisions = await s.as(coordinator, () => guidance.revisions(coordinator, note.id));
    expect(revisions.map((r) => [r.revision, r.body])).toEqual([
      [2, 'Say it first.'],
      [1, 'Open every conversation as police.'],
    ]);
    await s.as(coordinator, () => guidance.setFlag(coordinator, note.id, 'published', true));
    expect((await s.as(dutch, () => guidance.list(dutch, filter()))).map((n) => n.id)).toContain(note.id);
  });

  it("shows a team its country's current translation, and refuses a translation into the note's own language", async () => {
    const note = await s.as(coordinator, () =>
      guidance.write(coordinator, write({ title: 'Keep to public channels' })),
    );
    await s.as(coordinator, () => guidance.setFlag(coordinator, note.id, 'published', true));
    const translate = (fields: Partial<TranslateGuidanceNoteInput>) =>
      Object.assign(new TranslateGuidanceNoteInput(), {
        noteId: note.id,
        language: 'is',
        title: 'Haldið ykkur við opnar rásir',
        body: 'Opnar rásir.',
        status: 'DRAFT',
        ...fields,
      });

    await s.as(icelander, () => guidance.translate(icelander, translate({})));
    // A draft is not shown: readers get the source.
    expect(await s.as(icelander, () => guidance.get(icelander, note.id, 'is'))).toMatchObject({
      language: 'en',
      title: 'Keep to public channels',
      translationStatus: 'DRAFT',
    });
    await s.as(icelander, () => guidance.translate(icelander, translate({ status: 'CURRENT' })));
    expect(await s.as(icelander, () => guidance.get(icelander, note.id, 'is'))).toMatchObject({
      language: 'is',
      title: 'Haldið ykkur við opnar rásir',
      translationStatus: 'CURRENT',
    });

    await expect(
      s.as(icelander, () => guidance.translate(icelander, translate({ language: 'en' }))),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    const operator = await s.actor('operator1.is@empact.test');
    await expect(
      s.as(operator, () => guidance.translate(operator, translate({ status: 'CURRENT' }))),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('records a read once per person and revision, and refuses to confirm an unpublished note', async () => {
    const note = await s.as(coordinator, () => guidance.write(coordinator, write({ title: 'Read me' })));
    await expect(s.as(icelander, () => guidance.confirmRead(icelander, note.id, 'is'))).rejects.toMatchObject(
      { code: 'NOT_FOUND' },
    );
    await s.as(coordinator, () => guidance.setFlag(coordinator, note.id, 'published', true));

    expect((await s.as(icelander, () => guidance.confirmRead(icelander, note.id, 'is'))).readByMe).toBe(true);
    await s.as(icelander, () => guidance.confirmRead(icelander, note.id, 'is'));
    const receipts = await s.t.dataSource.query(
      `SELECT details->>'first' AS first FROM audit_entry WHERE action = 'confirmGuidanceRead' AND target_id = $1 ORDER BY id`,
      [note.id],
    );
    expect(receipts.map((r: { first: string }) => r.first)).toEqual(['true', 'false']);
    expect(await count('SELECT count(*) AS n FROM guidance_read WHERE note_id = $1', [note.id])).toBe(1);
    expect((await s.as(coordinator, () => guidance.get(coordinator, note.id))).readCount).toBe(1);
    // The Icelandic leader has confirmed it; the Dutch one has not.
    expect((await s.as(dutch, () => guidance.get(dutch, note.id))).readByMe).toBe(false);
  });

  it("refuses the unread guidance of a session the caller's country does not take part in", async () => {
    const [session] = await s.t.dataSource.query(
      `SELECT s.id FROM patrol_session s WHERE s.week_id = $1
          AND NOT EXISTS (SELECT 1 FROM patrol_session_country c WHERE c.session_id = s.id AND c.country = 'NL') LIMIT 1`,
      [weekId],
    );
    await expect(s.as(dutch, () => guidance.unreadForSession(dutch, session.id))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const [own] = await s.t.dataSource.query(
      `SELECT session_id AS id FROM patrol_session_country WHERE country = 'NL' LIMIT 1`,
    );
    const unread = await s.as(dutch, () => guidance.unreadForSession(dutch, own.id));
    expect(unread.every((n) => n.published && !n.readByMe)).toBe(true);
  });
});
