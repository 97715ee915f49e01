import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { PlatformEntity } from './platform.entity';

/** The SQL of the platform aggregate (`platform`): "the platform exists" is asked here and nowhere else. */
@Injectable()
export class PlatformRepository {
  constructor(private readonly dataSource: DataSource) {}

  async exists(code: string, em: EntityManager = this.dataSource.manager): Promise<boolean> {
    return (await this.find(code, em)) !== null;
  }

  /** The platform of that code, or null: the one lookup behind "the platform exists". */
  find(code: string, em: EntityManager = this.dataSource.manager): Promise<PlatformEntity | null> {
    return em.findOneBy(PlatformEntity, { code });
  }

  /** Whether a platform already has this code, or this name in any case ("discord" for "Discord"). */
  async nameTaken(code: string, name: string, em: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows: unknown[] = await em.query(
      'SELECT 1 FROM platform p WHERE p.code = $1 OR lower(p.name) = lower($2) LIMIT 1',
      [code, name],
    );
    return rows.length > 0;
  }

  /** Every platform, the reference list first, then by name. */
  all(em: EntityManager = this.dataSource.manager): Promise<PlatformEntity[]> {
    return em.find(PlatformEntity, { order: { builtin: 'DESC', name: 'ASC' } });
  }

  /** Every platform's code and display name. */
  async names(em: EntityManager = this.dataSource.manager): Promise<{ code: string; name: string }[]> {
    return em.query('SELECT code, name FROM platform');
  }
}
