import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** A coordinator of the host country, who may guide a session: what a plan file's `guide_email` can name. */
export interface HostGuideRow {
  id: string;
  email: string;
  displayName: string;
}

/**
 * The SQL the plan import reads beside the other features' repositories: who can guide, by e-mail. The rule is the one
 * of AccountRepository.isActiveCoordinatorOf (an enabled coordinator of the host country), for a whole file at once.
 */
@Injectable()
export class PlanImportRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The enabled coordinators of a country, with their e-mail addresses in lower case. */
  hostGuides(country: string, em: EntityManager = this.dataSource.manager): Promise<HostGuideRow[]> {
    return em.query(
      `SELECT id::text, lower(email) AS email, display_name AS "displayName"
         FROM account
        WHERE country = $1 AND 'COORDINATOR' = ANY(roles) AND disabled_at IS NULL
        ORDER BY display_name`,
      [country],
    );
  }
}
