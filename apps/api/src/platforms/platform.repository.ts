import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** The SQL of the platform aggregate (`platform`): "the platform exists" is asked here and nowhere else. */
@Injectable()
export class PlatformRepository {
  constructor(private readonly dataSource: DataSource) {}

  async exists(code: string, em: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows: unknown[] = await em.query('SELECT 1 FROM platform WHERE code = $1', [code]);
    return rows.length > 0;
  }

  /** Every platform's code and display name. */
  async names(em: EntityManager = this.dataSource.manager): Promise<{ code: string; name: string }[]> {
    return em.query('SELECT code, name FROM platform');
  }
}
