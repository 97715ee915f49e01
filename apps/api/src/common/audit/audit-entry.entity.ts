import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only: the database refuses UPDATE, DELETE and TRUNCATE on this table. */
@Entity('audit_entry')
export class AuditEntryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: number;

  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  at: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 100 })
  action: string;

  @Column({ name: 'target_type', type: 'varchar', length: 60, nullable: true })
  targetType: string | null;

  @Column({ name: 'target_id', type: 'varchar', length: 100, nullable: true })
  targetId: string | null;

  /** SUCCESS, or the error code the caller received. */
  @Column({ type: 'varchar', length: 40 })
  outcome: string;

  @Column({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null;

  /** The week the entry is about, where the writer or the record it names tells (function audit_entry_week). */
  @Column({ name: 'week_id', type: 'uuid', nullable: true })
  weekId: string | null;
}
