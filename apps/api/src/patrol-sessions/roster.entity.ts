import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Who fills a country's three positions on a session, and which police profile Operator One uses. */
@Entity('roster')
export class RosterEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @PrimaryColumn({ type: 'char', length: 2 })
  country: string;

  @Column({ name: 'operator_one_id', type: 'uuid', nullable: true })
  operatorOneId: string | null;

  @Column({ name: 'operator_two_id', type: 'uuid', nullable: true })
  operatorTwoId: string | null;

  @Column({ name: 'team_leader_id', type: 'uuid', nullable: true })
  teamLeaderId: string | null;

  @Column({ name: 'profile_id', type: 'uuid', nullable: true })
  profileId: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
