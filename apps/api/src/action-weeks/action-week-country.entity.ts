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

  @ManyToOne(() => ActionWeekEntity, (week) => week.countries, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'week_id' })
  week: Relation<ActionWeekEntity>;
}
