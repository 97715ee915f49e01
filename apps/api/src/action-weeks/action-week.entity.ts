import {
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { ActionWeekCountryEntity } from './action-week-country.entity';

export type WeekStatus = 'PLANNING' | 'LIVE' | 'CLOSED';

@Entity('action_week')
export class ActionWeekEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'host_country', type: 'char', length: 2 })
  hostCountry: string;

  /** A calendar day in the week's time zone, as YYYY-MM-DD. */
  @Column({ name: 'first_day', type: 'date' })
  firstDay: string;

  @Column({ name: 'last_day', type: 'date' })
  lastDay: string;

  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone: string;

  @Column({ type: 'varchar', length: 16 })
  status: WeekStatus;

  /** k: counts from 1 to k−1 are hidden from liaisons. */
  @Column({ name: 'min_count', type: 'smallint', default: 5 })
  minCount: number;

  /** Days after closing before interaction notes, English summaries and referral details are deleted. */
  @Column({ name: 'retention_days', type: 'smallint', default: 30 })
  retentionDays: number;

  /** Every team member of the week's countries must sign in with a second factor while the week is not closed. */
  @Column({ name: 'require_two_factor', type: 'boolean', default: false })
  requireTwoFactor: boolean;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'texts_deleted_at', type: 'timestamptz', nullable: true })
  textsDeletedAt: Date | null;

  @OneToMany(() => ActionWeekCountryEntity, (country) => country.week, { cascade: ['insert'] })
  countries: Relation<ActionWeekCountryEntity[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer' })
  version: number;
}
