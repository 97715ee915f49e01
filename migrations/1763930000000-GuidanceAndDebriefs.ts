import { MigrationInterface, QueryRunner } from 'typeorm';

/** Kripos guidance with its revisions, translations and read receipts; the teams' session debriefs. */
export class GuidanceAndDebriefs1763930000000 implements MigrationInterface {
  name = 'GuidanceAndDebriefs1763930000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE guidance_note (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        week_id uuid NOT NULL REFERENCES action_week (id) ON DELETE CASCADE,
        category varchar(32) NOT NULL,
        scope varchar(16) NOT NULL,
        scope_country char(2),
        scope_platform varchar(40) REFERENCES platform (code),
        scope_session_id uuid REFERENCES patrol_session (id),
        source_language varchar(20) NOT NULL DEFAULT 'en',
        title varchar(200) NOT NULL,
        body varchar(20000) NOT NULL,
        revision integer NOT NULL DEFAULT 1,
        published boolean NOT NULL DEFAULT false,
        pinned boolean NOT NULL DEFAULT false,
        created_by uuid NOT NULL REFERENCES account (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT guidance_note_scope CHECK (scope IN ('WEEK', 'COUNTRY', 'PLATFORM', 'SESSION'))
      )`);
    await db.query(`CREATE INDEX guidance_note_week_idx ON guidance_note (week_id)`);
    await db.query(`
      CREATE TABLE guidance_revision (
        note_id uuid NOT NULL REFERENCES guidance_note (id) ON DELETE CASCADE,
        revision integer NOT NULL,
        title varchar(200) NOT NULL,
        body varchar(20000) NOT NULL,
        source_language varchar(20) NOT NULL,
        written_by uuid NOT NULL REFERENCES account (id),
        written_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (note_id, revision)
      )`);
    await db.query(`
      CREATE TABLE guidance_translation (
        note_id uuid NOT NULL REFERENCES guidance_note (id) ON DELETE CASCADE,
        language varchar(20) NOT NULL,
        title varchar(200) NOT NULL,
        body varchar(20000) NOT NULL,
        status varchar(10) NOT NULL,
        source_revision integer NOT NULL,
        translated_by uuid NOT NULL REFERENCES account (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (note_id, language),
        CONSTRAINT guidance_translation_status CHECK (status IN ('DRAFT', 'CURRENT'))
      )`);
    await db.query(`
      CREATE TABLE guidance_read (
        note_id uuid NOT NULL REFERENCES guidance_note (id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES account (id),
        revision integer NOT NULL,
        language varchar(20) NOT NULL,
        read_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (note_id, account_id, revision)
      )`);

    await db.query(`
      CREATE TABLE debrief (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES patrol_session (id),
        week_id uuid NOT NULL REFERENCES action_week (id) ON DELETE CASCADE,
        country char(2) NOT NULL,
        author_id uuid NOT NULL REFERENCES account (id),
        language varchar(20) NOT NULL,
        what_worked varchar(4000) NOT NULL DEFAULT '',
        challenges varchar(4000) NOT NULL DEFAULT '',
        signals varchar(4000) NOT NULL DEFAULT '',
        platform_observations varchar(4000) NOT NULL DEFAULT '',
        wellbeing_score smallint,
        wellbeing_text varchar(2000) NOT NULL DEFAULT '',
        guidance_suggestions varchar(4000) NOT NULL DEFAULT '',
        summary_en varchar(1000),
        status varchar(24) NOT NULL DEFAULT 'DRAFT',
        submitted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT debrief_one_per_country UNIQUE (session_id, country),
        CONSTRAINT debrief_wellbeing CHECK (wellbeing_score IS NULL OR wellbeing_score BETWEEN 1 AND 5),
        CONSTRAINT debrief_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'REVISION_REQUESTED'))
      )`);
    await db.query(`CREATE INDEX debrief_week_idx ON debrief (week_id, country)`);
    await db.query(`
      CREATE TABLE debrief_comment (
        id bigserial PRIMARY KEY,
        debrief_id uuid NOT NULL REFERENCES debrief (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES account (id),
        body varchar(2000) NOT NULL,
        requests_revision boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE debrief_comment`);
    await db.query(`DROP TABLE debrief`);
    await db.query(`DROP TABLE guidance_read`);
    await db.query(`DROP TABLE guidance_translation`);
    await db.query(`DROP TABLE guidance_revision`);
    await db.query(`DROP TABLE guidance_note`);
  }
}
