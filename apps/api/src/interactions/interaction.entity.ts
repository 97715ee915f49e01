import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * One conversation (or exchange) with young people during a patrol: codes, counts and an age band, never an
 * identifier of a young person. The id is the client's own UUID, so that a retried send stores nothing twice.
 */
@Entity('interaction')
export class InteractionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'week_id', type: 'uuid' })
  weekId: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Column({ name: 'platform_code', type: 'varchar', length: 40 })
  platformCode: string;

  @Column({ type: 'varchar', length: 20 })
  channel: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'duration_minutes', type: 'smallint' })
  durationMinutes: number;

  @Column({ name: 'young_people', type: 'smallint' })
  youngPeople: number;

  @Column({ name: 'age_band', type: 'varchar', length: 16 })
  ageBand: string;

  @Column({ type: 'text', array: true })
  topics: string[];

  @Column({ name: 'initiated_by', type: 'varchar', length: 16 })
  initiatedBy: string;

  @Column({ type: 'varchar', length: 16 })
  tone: string;

  @Column({ type: 'varchar', length: 32 })
  outcome: string;

  @Column({ type: 'varchar', length: 4000 })
  notes: string;

  @Column({ name: 'notes_language', type: 'varchar', length: 20 })
  notesLanguage: string;

  @Column({ name: 'summary_en', type: 'varchar', length: 500, nullable: true })
  summaryEn: string | null;

  /** SHA-256 of the content as sent: the same id with other content is a CONFLICT, not a retry. */
  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash: string;

  @Column({ name: 'notes_deleted_at', type: 'timestamptz', nullable: true })
  notesDeletedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'integer' })
  version: number;
}
