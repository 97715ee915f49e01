import { MigrationInterface, QueryRunner } from 'typeorm';

const BUILTIN_PLATFORMS: [string, string][] = [
  ['DISCORD', 'Discord'],
  ['MINECRAFT', 'Minecraft'],
  ['FORTNITE', 'Fortnite'],
  ['ROBLOX', 'Roblox'],
  ['TWITCH', 'Twitch'],
  ['STEAM', 'Steam'],
  ['TIKTOK', 'TikTok'],
  ['INSTAGRAM', 'Instagram'],
  ['FACEBOOK', 'Facebook'],
  ['SNAPCHAT', 'Snapchat'],
];

/** Platforms, police profiles, joint patrol sessions with their countries and rosters, and calendar feeds. */
export class PlanTheWeek1763910000000 implements MigrationInterface {
  name = 'PlanTheWeek1763910000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE platform (
        code varchar(40) PRIMARY KEY,
        name varchar(80) NOT NULL,
        builtin boolean NOT NULL DEFAULT false,
        created_by uuid REFERENCES account (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT platform_name_unique UNIQUE (name)
      )`);
    await db.query(
      `INSERT INTO platform (code, name, builtin) SELECT * FROM unnest($1::text[], $2::text[], $3::boolean[])`,
      [
        BUILTIN_PLATFORMS.map(([code]) => code),
        BUILTIN_PLATFORMS.map(([, name]) => name),
        BUILTIN_PLATFORMS.map(() => true),
      ],
    );

    await db.query(`
      CREATE TABLE police_profile (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        country char(2) NOT NULL,
        platform_code varchar(40) NOT NULL REFERENCES platform (code),
        display_name varchar(120) NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'ACTIVE',
        safety_notes varchar(2000) NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT police_profile_status CHECK (status IN ('ACTIVE', 'SUSPENDED', 'RETIRED')),
        CONSTRAINT police_profile_name_unique UNIQUE (platform_code, display_name)
      )`);
    await db.query(`CREATE INDEX police_profile_country_idx ON police_profile (country)`);

    await db.query(`
      CREATE TABLE patrol_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        week_id uuid NOT NULL REFERENCES action_week (id) ON DELETE CASCADE,
        platform_code varchar(40) NOT NULL REFERENCES platform (code),
        venue varchar(200) NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        guide_id uuid REFERENCES account (id),
        briefing varchar(4000) NOT NULL DEFAULT '',
        status varchar(16) NOT NULL DEFAULT 'SCHEDULED',
        cancel_reason varchar(500),
        start_override_reason varchar(500),
        started_at timestamptz,
        ended_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT patrol_session_times CHECK (ends_at > starts_at),
        CONSTRAINT patrol_session_status CHECK (status IN ('SCHEDULED', 'LIVE', 'ENDED', 'CANCELLED'))
      )`);
    await db.query(`CREATE INDEX patrol_session_week_idx ON patrol_session (week_id, starts_at)`);

    await db.query(`
      CREATE TABLE patrol_session_country (
        session_id uuid NOT NULL REFERENCES patrol_session (id) ON DELETE CASCADE,
        country char(2) NOT NULL,
        PRIMARY KEY (session_id, country)
      )`);
    await db.query(`CREATE INDEX patrol_session_country_country_idx ON patrol_session_country (country)`);

    await db.query(`
      CREATE TABLE roster (
        session_id uuid NOT NULL,
        country char(2) NOT NULL,
        operator_one_id uuid REFERENCES account (id),
        operator_two_id uuid REFERENCES account (id),
        team_leader_id uuid REFERENCES account (id),
        profile_id uuid REFERENCES police_profile (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (session_id, country),
        FOREIGN KEY (session_id, country) REFERENCES patrol_session_country (session_id, country) ON DELETE CASCADE
      )`);

    await db.query(`
      CREATE TABLE calendar_feed (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash char(64) NOT NULL,
        week_id uuid NOT NULL REFERENCES action_week (id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        scope varchar(16) NOT NULL,
        country char(2),
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        CONSTRAINT calendar_feed_token_unique UNIQUE (token_hash),
        CONSTRAINT calendar_feed_scope CHECK (scope IN ('COUNTRY', 'PERSON'))
      )`);
    await db.query(`CREATE INDEX calendar_feed_account_idx ON calendar_feed (account_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE calendar_feed`);
    await db.query(`DROP TABLE roster`);
    await db.query(`DROP TABLE patrol_session_country`);
    await db.query(`DROP TABLE patrol_session`);
    await db.query(`DROP TABLE police_profile`);
    await db.query(`DROP TABLE platform`);
  }
}
