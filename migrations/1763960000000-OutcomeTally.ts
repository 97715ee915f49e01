import { MigrationInterface, QueryRunner } from 'typeorm';
import { actionWeekRetally } from './schema/functions/action-week-retally';
import { actionWeekTimeZoneTally } from './schema/triggers/action-week-time-zone-tally';
import { interactionTallyDelete } from './schema/triggers/interaction-tally-delete';
import { interactionTallyInsert } from './schema/triggers/interaction-tally-insert';
import { interactionTallyUpdate } from './schema/triggers/interaction-tally-update';

/** The columns of outcome_tally, in the order every statement below writes them. */
const KEY = 'week_id, country, day, platform_code, dimension, value';

/**
 * The outcomes kept counted as interactions are written: one row per week, country, day (in the week's zone),
 * platform and counted value (the total, each topic, the age band, the outcome, the language), changed by a
 * trigger in the transaction that writes the interaction. The dashboard reads a few thousand rows instead of
 * grouping every interaction of the week. `refresh_outcome_tally(week)` counts a week again from scratch (after a
 * bulk load, or when the week's time zone changes).
 */
export class OutcomeTally1763960000000 implements MigrationInterface {
  name = 'OutcomeTally1763960000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outcome_tally (
        week_id uuid NOT NULL REFERENCES action_week (id) ON DELETE CASCADE,
        country char(2) NOT NULL,
        day date NOT NULL,
        platform_code varchar(40) NOT NULL,
        dimension varchar(12) NOT NULL,
        value varchar(40) NOT NULL,
        interactions integer NOT NULL,
        young_people integer NOT NULL,
        PRIMARY KEY (${KEY}),
        CONSTRAINT outcome_tally_dimension CHECK (dimension IN ('total', 'topic', 'age_band', 'outcome', 'language'))
      )`);

    // What one interaction adds to (sign 1) or takes from (sign -1) the tally.
    await db.query(`
      CREATE FUNCTION outcome_tally_delta(r interaction, sign integer)
      RETURNS TABLE (week_id uuid, country char(2), day date, platform_code varchar, dimension varchar, value varchar, interactions integer, young_people integer)
      LANGUAGE sql STABLE AS $$
        SELECT r.week_id, r.country, (r.occurred_at AT TIME ZONE w.time_zone)::date, r.platform_code, x.dimension, x.value, sign, sign * x.young
          FROM action_week w
         CROSS JOIN LATERAL (
           VALUES ('total'::varchar, ''::varchar, r.young_people::integer), ('age_band', r.age_band, 0), ('outcome', r.outcome, 0), ('language', r.notes_language, 0)
           UNION ALL
           SELECT DISTINCT 'topic'::varchar, topic::varchar, 0 FROM unnest(r.topics) AS topic
         ) AS x (dimension, value, young)
         WHERE w.id = r.week_id
      $$`);

    // One statement per written interaction; rows are locked in key order so that two writers never deadlock.
    await db.query(`
      CREATE FUNCTION interaction_tally() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO outcome_tally AS t (${KEY}, interactions, young_people)
        SELECT ${KEY}, sum(d.interactions)::integer, sum(d.young_people)::integer
          FROM (
            SELECT * FROM outcome_tally_delta(OLD, -1) WHERE TG_OP <> 'INSERT'
            UNION ALL
            SELECT * FROM outcome_tally_delta(NEW, 1) WHERE TG_OP <> 'DELETE'
          ) AS d
         GROUP BY ${KEY}
         ORDER BY ${KEY}
        ON CONFLICT (${KEY}) DO UPDATE
          SET interactions = t.interactions + EXCLUDED.interactions, young_people = t.young_people + EXCLUDED.young_people;
        RETURN NULL;
      END
      $$`);
    await db.query(interactionTallyInsert.create);
    await db.query(interactionTallyDelete.create);
    await db.query(interactionTallyUpdate.create);

    // A whole week counted again, set-based (a million interactions in seconds, not one function call per row).
    await db.query(`
      CREATE FUNCTION refresh_outcome_tally(week uuid) RETURNS void LANGUAGE sql AS $$
        DELETE FROM outcome_tally WHERE week_id = week;
        INSERT INTO outcome_tally (${KEY}, interactions, young_people)
        SELECT i.week_id, i.country, (i.occurred_at AT TIME ZONE w.time_zone)::date, i.platform_code, x.dimension, x.value, count(*)::integer, sum(x.young)::integer
          FROM interaction i
          JOIN action_week w ON w.id = i.week_id
         CROSS JOIN LATERAL (
           VALUES ('total'::varchar, ''::varchar, i.young_people::integer), ('age_band', i.age_band, 0), ('outcome', i.outcome, 0), ('language', i.notes_language, 0)
           UNION ALL
           SELECT DISTINCT 'topic'::varchar, topic::varchar, 0 FROM unnest(i.topics) AS topic
         ) AS x (dimension, value, young)
         WHERE i.week_id = week
         GROUP BY 1, 2, 3, 4, 5, 6;
      $$`);
    await db.query(actionWeekRetally.create);
    await db.query(actionWeekTimeZoneTally.create);

    await db.query(`SELECT refresh_outcome_tally(id) FROM action_week`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(actionWeekTimeZoneTally.drop);
    await db.query(actionWeekRetally.drop);
    await db.query(`DROP FUNCTION refresh_outcome_tally(uuid)`);
    await db.query(interactionTallyUpdate.drop);
    await db.query(interactionTallyDelete.drop);
    await db.query(interactionTallyInsert.drop);
    await db.query(`DROP FUNCTION interaction_tally()`);
    await db.query(`DROP FUNCTION outcome_tally_delta(interaction, integer)`);
    await db.query(`DROP TABLE outcome_tally`);
  }
}
