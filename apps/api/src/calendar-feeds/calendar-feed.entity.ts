import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type CalendarFeedScope = 'COUNTRY' | 'PERSON';

/** A secret calendar address: a country's sessions or one person's, for one week. Revocable. */
@Entity('calendar_feed')
export class CalendarFeedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** SHA-256 of the secret token in the address; the token itself is shown once and never stored. */
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Column({ name: 'week_id', type: 'uuid' })
  weekId: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ type: 'varchar', length: 16 })
  scope: CalendarFeedScope;

  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
