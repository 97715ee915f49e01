import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Interactions with young people (no identifier of them: codes, counts, an age band, checked notes), their
 * earlier versions, and referrals to the units that act on them, with each change of status.
 */
export class InteractionsAndReferrals1763920000000 implements MigrationInterface {
  name = 'InteractionsAndReferrals1763920000000';

  async up(db: QueryRunner): Promise<void> {
    // A country's team leader may keep its notes from the coordinators; shared by default.
    await db.query(`ALTER TABLE action_week_country ADD COLUMN share_notes boolean NOT NULL DEFAULT true`);

    await db.query(`
      CREATE TABLE interaction (
        id uuid PRIMARY KEY,
        week_id uuid NOT NULL REFERENCES action_week (id) ON DELETE CASCADE,
        session_id uuid NOT NULL REFERENCES patrol_session (id),
        country char(2) NOT NULL,
        author_id uuid NOT NULL REFERENCES account (id),
        platform_code varchar(40) NOT NULL REFERENCES platform (code),
        channel varchar(20) NOT NULL,
        occurred_at timestamptz NOT NULL,
        duration_minutes smallint NOT NULL,
        young_people smallint NOT NULL,
        age_band varchar(16) NOT NULL,
        topics text[] NOT NULL,
        initiated_by varchar(16) NOT NULL,
        tone varchar(16) NOT NULL,
        outcome varchar(32) NOT NULL,
        notes varchar(4000) NOT NULL DEFAULT '',
        notes_language varchar(20) NOT NULL,
        summary_en varchar(500),
        content_hash char(64) NOT NULL,
        notes_deleted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT interaction_duration CHECK (duration_minutes BETWEEN 0 AND 600),
        CONSTRAINT interaction_young_people CHECK (young_people BETWEEN 1 AND 100),
        CONSTRAINT interaction_topics CHECK (cardinality(topics) BETWEEN 1 AND 14)
      )`);
    await db.query(`CREATE INDEX interaction_session_idx ON interaction (session_id, occurred_at)`);
    await db.query(
      `CREATE INDEX interaction_week_country_idx ON interaction (week_id, country, occurred_at, id)`,
    );

    await db.query(`
      CREATE TABLE interaction_revision (
        id bigserial PRIMARY KEY,
        interaction_id uuid NOT NULL,
        version integer NOT NULL,
        kind varchar(10) NOT NULL,
        changed_by uuid REFERENCES account (id),
        changed_at timestamptz NOT NULL DEFAULT now(),
        snapshot jsonb NOT NULL,
        CONSTRAINT interaction_revision_kind CHECK (kind IN ('UPDATE', 'DELETE'))
      )`);
    await db.query(
      `CREATE INDEX interaction_revision_interaction_idx ON interaction_revision (interaction_id, version)`,
    );

    await db.query(`
      CREATE TABLE referral (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        interaction_id uuid NOT NULL REFERENCES interaction (id),
        week_id uuid NOT NULL REFERENCES action_week (id) ON DELETE CASCADE,
        session_id uuid NOT NULL REFERENCES patrol_session (id),
        country char(2) NOT NULL,
        raised_by uuid NOT NULL REFERENCES account (id),
        receiving_unit varchar(40) NOT NULL,
        urgency varchar(16) NOT NULL,
        reason_code varchar(40) NOT NULL,
        details varchar(2000) NOT NULL DEFAULT '',
        details_deleted_at timestamptz,
        status varchar(16) NOT NULL DEFAULT 'OPEN',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT referral_urgency CHECK (urgency IN ('ROUTINE', 'PRIORITY', 'IMMEDIATE')),
        CONSTRAINT referral_status CHECK (status IN ('OPEN', 'ACKNOWLEDGED', 'HANDED_OVER', 'CLOSED'))
      )`);
    await db.query(`CREATE INDEX referral_week_country_idx ON referral (week_id, country, created_at)`);
    await db.query(`CREATE INDEX referral_interaction_idx ON referral (interaction_id)`);

    await db.query(`
      CREATE TABLE referral_event (
        id bigserial PRIMARY KEY,
        referral_id uuid NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
        status varchar(16) NOT NULL,
        by_id uuid NOT NULL REFERENCES account (id),
        at timestamptz NOT NULL DEFAULT now(),
        note varchar(500)
      )`);
    await db.query(`CREATE INDEX referral_event_referral_idx ON referral_event (referral_id, at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE referral_event`);
    await db.query(`DROP TABLE referral`);
    await db.query(`DROP TABLE interaction_revision`);
    await db.query(`DROP TABLE interaction`);
    await db.query(`ALTER TABLE action_week_country DROP COLUMN share_notes`);
  }
}
