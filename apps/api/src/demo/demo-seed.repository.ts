import { REFERRAL_STATUSES, type ReferralStatus } from '@empact/domain';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** An interaction of the demo week as written straight in (no revision, no outbox): the tally triggers count it. */
export interface DemoInteraction {
  id: string;
  weekId: string;
  sessionId: string;
  country: string;
  authorId: string;
  platformCode: string;
  channel: string;
  occurredAt: Date;
  durationMinutes: number;
  youngPeople: number;
  ageBand: string;
  topics: string[];
  initiatedBy: string;
  tone: string;
  outcome: string;
  notes: string;
  notesLanguage: string;
  summaryEn: string;
  contentHash: string;
}

export interface DemoReferral {
  interactionId: string;
  weekId: string;
  sessionId: string;
  country: string;
  raisedBy: string;
  receivingUnit: string;
  urgency: string;
  reasonCode: string;
  details: string;
  status: string;
  createdAt: Date;
}

export interface DemoGuidanceNote {
  weekId: string;
  category: string;
  scope: string;
  scopePlatform: string | null;
  title: string;
  body: string;
  revision: number;
  pinned: boolean;
  createdBy: string;
}

export interface DemoDebrief {
  sessionId: string;
  weekId: string;
  country: string;
  authorId: string;
  language: string;
  whatWorked: string;
  challenges: string;
  signals: string;
  wellbeingScore: number;
  wellbeingText: string;
  summaryEn: string;
}

/**
 * The writes of the demo seed that have no entity: interactions, referrals, guidance and debriefs of the demo week,
 * written straight into their tables inside the seed's one transaction (every method takes its `em`).
 */
@Injectable()
export class DemoSeedRepository {
  async insertInteraction(em: EntityManager, i: DemoInteraction): Promise<void> {
    await em.query(
      `INSERT INTO interaction (id, week_id, session_id, country, author_id, platform_code, channel, occurred_at, duration_minutes,
                                young_people, age_band, topics, initiated_by, tone, outcome, notes, notes_language, summary_en, content_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
      [
        i.id,
        i.weekId,
        i.sessionId,
        i.country,
        i.authorId,
        i.platformCode,
        i.channel,
        i.occurredAt,
        i.durationMinutes,
        i.youngPeople,
        i.ageBand,
        i.topics,
        i.initiatedBy,
        i.tone,
        i.outcome,
        i.notes,
        i.notesLanguage,
        i.summaryEn,
        i.contentHash,
      ],
    );
  }

  /**
   * A referral with its whole history: OPEN when it was raised and each later step up to its status, ten minutes
   * apart, so that its status is always the last step of its history (and its version the number of steps).
   */
  async insertReferral(em: EntityManager, r: DemoReferral): Promise<void> {
    const steps = REFERRAL_STATUSES.slice(0, REFERRAL_STATUSES.indexOf(r.status as ReferralStatus) + 1);
    const [{ id }]: { id: string }[] = await em.query(
      `INSERT INTO referral (interaction_id, week_id, session_id, country, raised_by, receiving_unit, urgency, reason_code, details, status, created_at, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        r.interactionId,
        r.weekId,
        r.sessionId,
        r.country,
        r.raisedBy,
        r.receivingUnit,
        r.urgency,
        r.reasonCode,
        r.details,
        r.status,
        r.createdAt,
        steps.length,
      ],
    );
    for (const [index, status] of steps.entries())
      await em.query(`INSERT INTO referral_event (referral_id, status, by_id, at) VALUES ($1, $2, $3, $4)`, [
        id,
        status,
        r.raisedBy,
        new Date(r.createdAt.getTime() + index * 10 * 60_000),
      ]);
  }

  /** A published guidance note written in English; returns its id. */
  async insertGuidanceNote(em: EntityManager, n: DemoGuidanceNote): Promise<string> {
    const [{ id }]: { id: string }[] = await em.query(
      `INSERT INTO guidance_note (week_id, category, scope, scope_platform, source_language, title, body, revision, published, pinned, created_by)
       VALUES ($1, $2, $3, $4, 'en', $5, $6, $7, true, $8, $9) RETURNING id`,
      [n.weekId, n.category, n.scope, n.scopePlatform, n.title, n.body, n.revision, n.pinned, n.createdBy],
    );
    return id;
  }

  async insertGuidanceRevision(
    em: EntityManager,
    noteId: string,
    revision: number,
    title: string,
    body: string,
    writtenBy: string,
  ): Promise<void> {
    await em.query(
      `INSERT INTO guidance_revision (note_id, revision, title, body, source_language, written_by) VALUES ($1, $2, $3, $4, 'en', $5)`,
      [noteId, revision, title, body, writtenBy],
    );
  }

  /** A translation, current, made from the note's revision `sourceRevision`. */
  async insertGuidanceTranslation(
    em: EntityManager,
    noteId: string,
    t: { language: string; title: string; body: string; sourceRevision: number; translatedBy: string },
  ): Promise<void> {
    await em.query(
      `INSERT INTO guidance_translation (note_id, language, title, body, status, source_revision, translated_by) VALUES ($1, $2, $3, $4, 'CURRENT', $5, $6)`,
      [noteId, t.language, t.title, t.body, t.sourceRevision, t.translatedBy],
    );
  }

  async accountIdByEmail(em: EntityManager, email: string): Promise<string | null> {
    const [account]: { id: string }[] = await em.query(`SELECT id FROM account WHERE email = $1`, [email]);
    return account?.id ?? null;
  }

  /** A debrief submitted now. */
  async insertSubmittedDebrief(em: EntityManager, d: DemoDebrief): Promise<void> {
    await em.query(
      `INSERT INTO debrief (session_id, week_id, country, author_id, language, what_worked, challenges, signals, wellbeing_score,
                            wellbeing_text, summary_en, status, submitted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'SUBMITTED', now())`,
      [
        d.sessionId,
        d.weekId,
        d.country,
        d.authorId,
        d.language,
        d.whatWorked,
        d.challenges,
        d.signals,
        d.wellbeingScore,
        d.wellbeingText,
        d.summaryEn,
      ],
    );
  }
}
