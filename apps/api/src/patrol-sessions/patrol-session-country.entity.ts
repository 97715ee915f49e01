import { Entity, PrimaryColumn } from 'typeorm';

@Entity('patrol_session_country')
export class PatrolSessionCountryEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @PrimaryColumn({ type: 'char', length: 2 })
  country: string;
}
