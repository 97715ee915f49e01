import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ActionWeekEntity } from './action-week.entity';

/** A country taking part in a week, with the languages its team works in (BCP 47). */
@Entity('action_week_country')
export class ActionWeekCountryEntity {
  @PrimaryColumn({ name: 'week_id', type: 'uuid' })
  weekId: string;

  @PrimaryColumn({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'text', array: true })
  languages: string[];

  /** Whether coordinators read this country's interaction notes; its team leader decides. */
  @Column({ name: 'share_notes', type: 'boolean', default: true })
  shareNotes: boolean;

  @ManyToOne(() => ActionWeekEntity, (week) => week.countries, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'week_id' })
  week: Relation<ActionWeekEntity>;
}
