import type { SessionStatus } from '@empact/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** One joint patrol: a platform and venue, a time, the countries taking part and a Kripos guide. */
@Entity('patrol_session')
export class PatrolSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'week_id', type: 'uuid' })
  weekId: string;

  @Column({ name: 'platform_code', type: 'varchar', length: 40 })
  platformCode: string;

  @Column({ type: 'varchar', length: 200 })
  venue: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ name: 'guide_id', type: 'uuid', nullable: true })
  guideId: string | null;

  @Column({ type: 'varchar', length: 4000 })
  briefing: string;

  @Column({ type: 'varchar', length: 16 })
  status: SessionStatus;

  @Column({ name: 'cancel_reason', type: 'varchar', length: 500, nullable: true })
  cancelReason: string | null;

  @Column({ name: 'start_override_reason', type: 'varchar', length: 500, nullable: true })
  startOverrideReason: string | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Bumped by every change; an edit made on an older version is refused with CONFLICT. */
  @Column({ type: 'integer' })
  version: number;
}
