import argon2 from 'argon2';
import { NOTES } from './notes.mjs';
import { mulberry32, planWeek } from './week-plan.mjs';

/**
 * Writes a planned week (lib/week-plan.mjs) into a migrated database, then fills it with interactions and the
 * referrals they led to, set-based: a few multi-row INSERT ... SELECT FROM generate_series statements, on two
 * connections at once, instead of a million round trips. Every row goes through the schema's own constraints
 * and foreign keys; only the user triggers of `interaction` (the outcome tally) are off during the load, and the
 * tally is counted once afterwards with refresh_outcome_tally(week) where the migration provides it.
 */

export const BENCH_PASSWORD = 'bench-password-not-secret';

/** Value lists repeated by weight: picking a random element picks by weight, in SQL, without a join. */
const expand = (pairs) => pairs.flatMap(([value, weight]) => Array(Math.round(weight * 2)).fill(value));

const TOPICS = expand([
  ['SMALL_TALK_TRUST_BUILDING', 28],
  ['QUESTIONS_ABOUT_POLICE', 18],
  ['ONLINE_SAFETY_ADVICE', 14],
  ['GAMING_CONFLICT', 9],
  ['BULLYING', 8],
  ['FRAUD_SCAMS', 6],
  ['HATE_SPEECH', 4],
  ['OTHER', 3],
  ['DRUGS', 2],
  ['GROOMING_SEXUAL_EXPLOITATION', 2],
  ['SEXTORTION', 1.5],
  ['SELF_HARM_SUICIDE', 1],
  ['THREATS_VIOLENCE', 1],
  ['EXTREMISM_RADICALISATION', 0.5],
]);
const SERIOUS_TOPICS = [
  'GROOMING_SEXUAL_EXPLOITATION',
  'SEXTORTION',
  'SELF_HARM_SUICIDE',
  'THREATS_VIOLENCE',
  'EXTREMISM_RADICALISATION',
];
const OUTCOMES = expand([
  ['CONVERSATION_ONLY', 58],
  ['ADVICE_GIVEN', 32],
  ['POINTED_TO_HELP_SERVICE', 9],
  ['REFERRED', 1],
]);
const SERIOUS_OUTCOMES = expand([
  ['ADVICE_GIVEN', 20],
  ['POINTED_TO_HELP_SERVICE', 30],
  ['REFERRED', 40],
  ['EMERGENCY_ESCALATION', 10],
]);
const AGE_BANDS = expand([
  ['AGE_13_15', 40],
  ['AGE_16_17', 25],
  ['UNDER_13', 15],
  ['UNKNOWN', 12],
  ['ADULT_18_PLUS', 8],
]);
const CHANNELS = expand([
  ['PUBLIC_CHAT', 40],
  ['IN_GAME', 25],
  ['VOICE', 20],
  ['DIRECT_MESSAGE', 15],
]);
const TONES = expand([
  ['POSITIVE', 45],
  ['NEUTRAL', 35],
  ['NEGATIVE', 15],
  ['HOSTILE', 5],
]);

/** Rows per INSERT statement: big enough to be set-based, small enough to show progress. */
const CHUNK = 100_000;

async function insertRows(client, table, columns, rows, casts) {
  if (rows.length === 0) return;
  const params = columns.map((_, c) => rows.map((row) => row[c]));
  const list = columns.map((_, c) => `$${c + 1}::${casts[c]}[]`).join(', ');
  await client.query(`INSERT INTO ${table} (${columns.join(', ')}) SELECT * FROM unnest(${list})`, params);
}

async function writePlan(client, plan, passwordHash) {
  const { accounts, countries, profiles, sessions } = plan;
  await client.query(
    `INSERT INTO account (id, email, display_name, country, roles, language, password_hash)
     SELECT id, email, name, country, string_to_array(roles, ','), language, $7 FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
            AS x (id, email, name, country, roles, language)`,
    [
      accounts.map((a) => a.id),
      accounts.map((a) => a.email),
      accounts.map((a) => a.displayName),
      accounts.map((a) => a.country),
      accounts.map((a) => a.roles.join(',')),
      accounts.map((a) => a.language),
      passwordHash,
    ],
  );
  const {
    rows: [week],
  } = await client.query(
    `INSERT INTO action_week (code, title, host_country, first_day, last_day, time_zone, status)
     VALUES ($1, $2, $3, $4, $5, $6, 'LIVE') RETURNING id`,
    [plan.code, plan.title, plan.hostCountry, plan.firstDay, plan.lastDay, plan.timeZone],
  );
  await client.query(
    `INSERT INTO action_week_country (week_id, country, languages)
     SELECT $1, c, string_to_array(l, ',') FROM unnest($2::text[], $3::text[]) AS x (c, l)`,
    [week.id, countries.map((c) => c.country), countries.map((c) => c.languages.join(','))],
  );
  await insertRows(
    client,
    'police_profile',
    ['id', 'country', 'platform_code', 'display_name', 'safety_notes'],
    profiles.map((p) => [
      p.id,
      p.country,
      p.platformCode,
      p.displayName,
      'Institutional account; two-factor sign-in on a unit phone.',
    ]),
    ['uuid', 'text', 'text', 'text', 'text'],
  );
  await insertRows(
    client,
    'patrol_session',
    [
      'id',
      'week_id',
      'platform_code',
      'venue',
      'starts_at',
      'ends_at',
      'guide_id',
      'briefing',
      'status',
      'cancel_reason',
      'started_at',
      'ended_at',
    ],
    sessions.map((s) => [
      s.id,
      week.id,
      s.platformCode,
      s.venue,
      s.startsAt,
      s.endsAt,
      s.guideId,
      'Introduce yourselves as police in every conversation; stay in public channels; log each interaction during the session.',
      s.status,
      s.cancelReason,
      s.startedAt,
      s.endedAt,
    ]),
    [
      'uuid',
      'uuid',
      'text',
      'text',
      'timestamptz',
      'timestamptz',
      'uuid',
      'text',
      'text',
      'text',
      'timestamptz',
      'timestamptz',
    ],
  );
  const rosters = sessions.flatMap((s) => s.rosters.map((r) => ({ sessionId: s.id, ...r })));
  await insertRows(
    client,
    'patrol_session_country',
    ['session_id', 'country'],
    rosters.map((r) => [r.sessionId, r.country]),
    ['uuid', 'text'],
  );
  await insertRows(
    client,
    'roster',
    ['session_id', 'country', 'operator_one_id', 'operator_two_id', 'team_leader_id', 'profile_id'],
    rosters.map((r) => [
      r.sessionId,
      r.country,
      r.operatorOneId,
      r.operatorTwoId,
      r.teamLeaderId,
      r.profileId,
    ]),
    ['uuid', 'text', 'uuid', 'uuid', 'uuid', 'uuid'],
  );
  return week.id;
}

/**
 * The interactions' raw material, in a schema of its own dropped afterwards: one "slot" per country of a held
 * session (who may log there, on which platform, when), tickets that make some slots busier than others, and
 * the notes in each language.
 */
async function prepareSlots(client, plan, random) {
  await client.query('DROP SCHEMA IF EXISTS bench_seed CASCADE');
  await client.query('CREATE SCHEMA bench_seed');
  await client.query(`
    CREATE TABLE bench_seed.slot (slot int PRIMARY KEY, session_id uuid, country char(2), operator_one_id uuid, operator_two_id uuid,
      team_leader_id uuid, platform_code varchar(40), starts_at timestamptz, span_s double precision, languages text[], status text)`);
  const now = plan.now.getTime();
  const languagesOf = new Map(plan.countries.map((c) => [c.country, c.languages.join(',')]));
  const slots = plan.sessions
    .filter((s) => s.status === 'ENDED' || s.status === 'LIVE')
    .flatMap((s) =>
      s.rosters.map((r) => ({
        sessionId: s.id,
        country: r.country,
        one: r.operatorOneId,
        two: r.operatorTwoId ?? r.operatorOneId,
        leader: r.teamLeaderId ?? r.operatorOneId,
        platform: s.platformCode,
        startsAt: s.startsAt,
        // A live session has logged up to a few minutes ago.
        spanS: (Math.min(s.endsAt.getTime(), now - 120_000) - s.startsAt.getTime()) / 1000,
        languages: languagesOf.get(r.country),
        status: s.status,
      })),
    )
    .filter((slot) => slot.spanS > 60);
  await client.query(
    `INSERT INTO bench_seed.slot
     SELECT row_number() OVER (), s, c, o1, o2, tl, p, st, sp, string_to_array(l, ','), status
       FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::timestamptz[], $8::float8[], $9::text[], $10::text[])
            AS x (s, c, o1, o2, tl, p, st, sp, l, status)`,
    [
      slots.map((s) => s.sessionId),
      slots.map((s) => s.country),
      slots.map((s) => s.one),
      slots.map((s) => s.two),
      slots.map((s) => s.leader),
      slots.map((s) => s.platform),
      slots.map((s) => s.startsAt),
      slots.map((s) => s.spanS),
      slots.map((s) => s.languages),
      slots.map((s) => s.status),
    ],
  );
  // Some patrols are busier than others: each slot gets 1 to 8 tickets, a slot is drawn by ticket.
  const tickets = slots.map(() => 1 + Math.floor(random() ** 2 * 8));
  await client.query(`CREATE TABLE bench_seed.ticket (ticket int PRIMARY KEY, slot int NOT NULL)`);
  await client.query(
    `INSERT INTO bench_seed.ticket SELECT row_number() OVER (), slot FROM unnest($1::int[]) WITH ORDINALITY AS x (n, slot), generate_series(1, n)`,
    [tickets],
  );
  await client.query(
    `CREATE TABLE bench_seed.note (language text PRIMARY KEY, notes text[], summaries text[])`,
  );
  const languages = [...new Set(plan.countries.flatMap((c) => c.languages))];
  for (const language of languages) {
    const list = NOTES[language] ?? NOTES.en;
    await client.query('INSERT INTO bench_seed.note VALUES ($1, $2, $3)', [
      language,
      list.map(([n]) => n),
      list.map(([, s]) => s),
    ]);
  }
  await client.query('ANALYZE bench_seed.slot, bench_seed.ticket, bench_seed.note');
  return { slots: slots.length, tickets: tickets.reduce((a, b) => a + b, 0) };
}

/**
 * One chunk of interactions, and in the same statement the referrals for what was referred or escalated (raised
 * by the country's team leader, each with its status history): one pass, no second scan of a million rows.
 */
const INSERT_INTERACTIONS = `
  WITH logged AS (
  INSERT INTO interaction (id, week_id, session_id, country, author_id, platform_code, channel, occurred_at, duration_minutes,
                           young_people, age_band, topics, initiated_by, tone, outcome, notes, notes_language, summary_en,
                           content_hash, created_at, updated_at)
  SELECT x.id, $1::uuid, x.session_id, x.country, x.author_id, x.platform_code, x.channel, x.occurred_at, x.duration,
         x.young_people, x.age_band, x.topics, x.initiated_by, x.tone,
         CASE WHEN x.topics[1] = ANY ($10::text[]) THEN ($9::text[])[1 + floor(random() * cardinality($9::text[]))::int]
              ELSE ($8::text[])[1 + floor(random() * cardinality($8::text[]))::int] END,
         n.notes[1 + floor(x.r_note * cardinality(n.notes))::int], x.lang,
         CASE WHEN x.r_summary < 0.4 THEN n.summaries[1 + floor(x.r_note * cardinality(n.summaries))::int] END,
         encode(sha256(convert_to(x.id::text, 'UTF8')), 'hex'),
         least(x.occurred_at + x.r_delay * interval '3 minutes', now()), least(x.occurred_at + x.r_delay * interval '3 minutes', now())
    FROM (
      SELECT p.*, s.session_id, s.country, s.platform_code,
             CASE WHEN p.r_author < 0.65 THEN s.operator_one_id ELSE s.operator_two_id END AS author_id,
             s.starts_at + p.r_time * s.span_s * interval '1 second' AS occurred_at,
             s.languages[CASE WHEN p.r_lang < 0.8 THEN 1 ELSE 1 + floor(random() * cardinality(s.languages))::int END] AS lang,
             CASE WHEN p.r_topics < 0.78 OR p.t2 = p.t1 THEN ARRAY[p.t1]
                  WHEN p.r_topics < 0.96 OR p.t3 IN (p.t1, p.t2) THEN ARRAY[p.t1, p.t2]
                  ELSE ARRAY[p.t1, p.t2, p.t3] END AS topics
        FROM (
          SELECT gen_random_uuid() AS id, 1 + floor(random() * $3)::int AS ticket,
                 random() AS r_lang, random() AS r_note, random() AS r_time, random() AS r_author, random() AS r_topics,
                 random() AS r_summary, random() AS r_delay,
                 ($4::text[])[1 + floor(random() * cardinality($4::text[]))::int] AS t1,
                 ($4::text[])[1 + floor(random() * cardinality($4::text[]))::int] AS t2,
                 ($4::text[])[1 + floor(random() * cardinality($4::text[]))::int] AS t3,
                 ($5::text[])[1 + floor(random() * cardinality($5::text[]))::int] AS channel,
                 ($6::text[])[1 + floor(random() * cardinality($6::text[]))::int] AS age_band,
                 ($7::text[])[1 + floor(random() * cardinality($7::text[]))::int] AS tone,
                 CASE WHEN random() < 0.6 THEN 'YOUNG_PERSON' ELSE 'PATROL' END AS initiated_by,
                 (3 + floor(random() ^ 1.5 * 40))::smallint AS duration,
                 (1 + floor(random() ^ 2 * 6))::smallint AS young_people
            FROM generate_series(1, $2::int)
        ) AS p
        JOIN bench_seed.ticket t ON t.ticket = p.ticket
        JOIN bench_seed.slot s ON s.slot = t.slot
    ) AS x
    JOIN bench_seed.note n ON n.language = x.lang
  RETURNING id, week_id, session_id, country, outcome, topics, created_at
  ), raised AS (
    INSERT INTO referral (interaction_id, week_id, session_id, country, raised_by, receiving_unit, urgency, reason_code, details, status,
                          created_at, updated_at)
    SELECT i.id, i.week_id, i.session_id, i.country, s.team_leader_id,
           CASE i.topics[1] WHEN 'SELF_HARM_SUICIDE' THEN 'EMERGENCY_SERVICES' WHEN 'GROOMING_SEXUAL_EXPLOITATION' THEN 'CHILD_PROTECTION_SERVICES'
                            WHEN 'EXTREMISM_RADICALISATION' THEN 'EUROPOL_EC3' WHEN 'FRAUD_SCAMS' THEN 'PLATFORM_TRUST_SAFETY'
                            ELSE 'NATIONAL_CYBERCRIME_UNIT' END,
           CASE WHEN i.outcome = 'EMERGENCY_ESCALATION' THEN 'IMMEDIATE' WHEN random() < 0.5 THEN 'PRIORITY' ELSE 'ROUTINE' END,
           i.topics[1],
           'Channel, time and in-game context passed to the unit by phone; reference kept in the unit''s own system.',
           CASE WHEN s.status = 'LIVE' THEN 'OPEN' ELSE (ARRAY['OPEN', 'ACKNOWLEDGED', 'HANDED_OVER', 'CLOSED'])[1 + floor(random() * 4)::int] END,
           i.created_at, i.created_at
      FROM logged i
      JOIN bench_seed.slot s ON s.session_id = i.session_id AND s.country = i.country
     WHERE i.outcome IN ('REFERRED', 'EMERGENCY_ESCALATION')
    RETURNING id, status, raised_by, created_at
  )
  INSERT INTO referral_event (referral_id, status, by_id, at)
  SELECT r.id, step.status, r.raised_by, r.created_at + (step.n - 1) * interval '20 minutes'
    FROM raised r
    JOIN unnest(ARRAY['OPEN', 'ACKNOWLEDGED', 'HANDED_OVER', 'CLOSED']) WITH ORDINALITY AS step (status, n)
      ON step.n <= array_position(ARRAY['OPEN', 'ACKNOWLEDGED', 'HANDED_OVER', 'CLOSED'], r.status)`;

/**
 * Every foreign key of the given tables, checked over the whole table in one anti-join each: any row whose key
 * has no parent fails the seed, naming the constraint.
 */
async function verifyForeignKeys(pool, tables) {
  const { rows: keys } = await pool.query(
    `SELECT k.conname AS name, k.conrelid::regclass::text AS child, k.confrelid::regclass::text AS parent,
            array_agg(a.attname::text ORDER BY x.n) AS child_columns, array_agg(b.attname::text ORDER BY x.n) AS parent_columns
       FROM pg_constraint k
       CROSS JOIN LATERAL unnest(k.conkey, k.confkey) WITH ORDINALITY AS x (c, p, n)
       JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = x.c
       JOIN pg_attribute b ON b.attrelid = k.confrelid AND b.attnum = x.p
      WHERE k.contype = 'f' AND k.conrelid = ANY ($1::regclass[])
      GROUP BY 1, 2, 3`,
    [tables],
  );
  const quote = (name) => `"${name.replace(/"/g, '""')}"`;
  await Promise.all(
    keys.map(async (key) => {
      const notNull = key.child_columns.map((c) => `c.${quote(c)} IS NOT NULL`).join(' AND ');
      const match = key.child_columns
        .map((c, i) => `p.${quote(key.parent_columns[i])} = c.${quote(c)}`)
        .join(' AND ');
      const { rows } = await pool.query(
        `SELECT count(*)::int AS n FROM ${key.child} c WHERE ${notNull} AND NOT EXISTS (SELECT 1 FROM ${key.parent} p WHERE ${match})`,
      );
      if (rows[0].n > 0)
        throw new Error(
          `seed broke ${key.name}: ${rows[0].n} rows of ${key.child} without a parent in ${key.parent}`,
        );
    }),
  );
  return keys.length;
}

async function withClient(pool, fn) {
  const client = await pool.connect();
  try {
    return await fn(client);
  } finally {
    client.release();
  }
}

const seconds = (startMs) => Math.round(performance.now() - startMs) / 1000;

/**
 * Plans and writes a week with `interactions` interactions. Returns the week's id, the plan (accounts, sessions)
 * and how long each step took. `pool` is a pg.Pool on a migrated database; the load uses two of its clients.
 */
export async function seedWeek(
  pool,
  {
    interactions = 1_000_000,
    countries = 27,
    sessions = 500,
    seed = 7,
    now = new Date(),
    log = () => {},
  } = {},
) {
  const timings = {};
  let t = performance.now();
  const plan = planWeek({ now, countries, sessions, seed });
  const passwordHash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id });

  let weekId;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    weekId = await writePlan(client, plan, passwordHash);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  timings.planSeconds = seconds(t);
  log(
    `week ${plan.code}: ${plan.countries.length} countries, ${plan.sessions.length} sessions, ${plan.accounts.length} accounts (${timings.planSeconds} s)`,
  );

  const hasTally =
    (await pool.query(`SELECT 1 FROM pg_proc WHERE proname = 'refresh_outcome_tally'`)).rowCount > 0;
  t = performance.now();
  const slotInfo = await withClient(pool, (c) => prepareSlots(c, plan, mulberry32(seed + 1)));
  // Secondary indexes are built once after the load (sorted, seconds) instead of a million random inserts
  // into each; the primary key and every constraint stay and check each row as it comes.
  const indexes = (
    await pool.query(
      `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
         FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
        WHERE i.indrelid = 'interaction'::regclass AND NOT i.indisprimary AND NOT i.indisunique
          AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`,
    )
  ).rows;
  try {
    if (hasTally) await pool.query('ALTER TABLE interaction DISABLE TRIGGER USER');
    for (const index of indexes) await pool.query(`DROP INDEX ${JSON.stringify(index.name)}`);
    // Two connections, one chunk each at a time: the server has two cores to fill.
    let remaining = interactions;
    let written = 0;
    const worker = () =>
      withClient(pool, async (c) => {
        await c.query('SET synchronous_commit = off');
        // Foreign keys are checked once, set-based, after the load (verifyForeignKeys) rather than by a trigger per
        // row and key (12 µs each, 40 % of the load). Needs a superuser; otherwise every row is checked as it comes.
        await c.query(`SET session_replication_role = replica`).catch(() => {});
        while (remaining > 0) {
          const n = Math.min(CHUNK, remaining);
          remaining -= n;
          await c.query(INSERT_INTERACTIONS, [
            weekId,
            n,
            slotInfo.tickets,
            TOPICS,
            CHANNELS,
            AGE_BANDS,
            TONES,
            OUTCOMES,
            SERIOUS_OUTCOMES,
            SERIOUS_TOPICS,
          ]);
          written += n;
          log(
            `  interactions ${written.toLocaleString('en')} / ${interactions.toLocaleString('en')} (${seconds(t)} s)`,
          );
        }
      });
    await Promise.all([worker(), worker()]);
    timings.insertSeconds = seconds(t);
  } finally {
    const rebuilt = performance.now();
    const queue = [...indexes];
    const builder = () =>
      withClient(pool, async (c) => {
        await c.query(`SET maintenance_work_mem = '256MB'`);
        for (let index = queue.shift(); index; index = queue.shift()) await c.query(index.definition);
      });
    await Promise.all([builder(), builder()]);
    timings.indexSeconds = seconds(rebuilt);
    if (hasTally) await pool.query('ALTER TABLE interaction ENABLE TRIGGER USER');
    await pool.query('DROP SCHEMA IF EXISTS bench_seed CASCADE');
  }
  timings.interactionsSeconds = seconds(t);
  const verifying = performance.now();
  await verifyForeignKeys(pool, ['interaction', 'referral', 'referral_event']);
  timings.verifySeconds = seconds(verifying);
  timings.loadSeconds = seconds(t);
  log(
    `  ${interactions.toLocaleString('en')} interactions and their referrals in ${timings.loadSeconds} s ` +
      `(indexes rebuilt in ${timings.indexSeconds} s; foreign keys verified in ${timings.verifySeconds} s)`,
  );
  if (hasTally) {
    t = performance.now();
    await pool.query('SELECT refresh_outcome_tally($1)', [weekId]);
    timings.tallySeconds = seconds(t);
    log(`  refresh_outcome_tally (${timings.tallySeconds} s)`);
  } else {
    log('  no refresh_outcome_tally() in this schema: nothing to count');
  }
  // What autovacuum would have done over a week of logging: planner statistics and the visibility map.
  t = performance.now();
  await pool.query(
    'VACUUM (ANALYZE) interaction, referral, referral_event, patrol_session, patrol_session_country, roster, account',
  );
  if (hasTally) await pool.query('VACUUM (ANALYZE) outcome_tally');
  timings.vacuumSeconds = seconds(t);
  log(`  VACUUM ANALYZE (${timings.vacuumSeconds} s)`);

  const counts = (
    await pool.query(
      `SELECT (SELECT count(*) FROM interaction WHERE week_id = $1)::int AS interactions,
              (SELECT count(*) FROM referral WHERE week_id = $1)::int AS referrals,
              (SELECT count(*) FROM patrol_session WHERE week_id = $1)::int AS sessions`,
      [weekId],
    )
  ).rows[0];
  return { weekId, plan, timings, counts, hasTally, slots: slotInfo.slots };
}
