import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * The SQL of the patrol session aggregate: `patrol_session`, `patrol_session_country` and `roster`. Other features
 * (interactions, guidance, debriefs, outcomes, calendar feeds) ask it for what they need about sessions.
 */
@Injectable()
export class PatrolSessionRepository {
  constructor(private readonly dataSource: DataSource) {}
}
