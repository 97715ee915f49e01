import { can } from '@empact/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../common/audit/audit.service';
import { isUniqueViolation } from '../common/database/query-errors';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { badInput, forbidden } from '../common/errors/domain.exception';
import { PersonalDataGuard } from '../common/personal-data/personal-data.guard';
import { PlatformObject } from './dto/platform.object';
import { PlatformEntity } from './platform.entity';
import { PlatformRepository } from './platform.repository';

/** DISCORD from "Discord", HABBO_HOTEL from "Habbo Hotel". */
export function platformCode(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
    .slice(0, 40);
}

const toObject = ({ code, name, builtin }: PlatformEntity): PlatformObject => ({ code, name, builtin });

@Injectable()
export class PlatformService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly personalData: PersonalDataGuard,
    private readonly platforms: PlatformRepository,
  ) {}

  async list(): Promise<PlatformObject[]> {
    return (await this.platforms.all()).map(toObject);
  }

  async add(actor: AuthenticatedActor, name: string): Promise<PlatformObject> {
    if (!can(actor, 'platform.add')) throw forbidden();
    this.personalData.checkTexts({ name });
    const trimmed = name.trim();
    const code = platformCode(trimmed) || `P_${Date.now()}`;
    const taken = () => badInput('name', 'platform.nameTaken', { name: trimmed });
    try {
      return await this.dataSource.transaction(async (em) => {
        // "Discord" again, "discord" or "Dis-cord" (the same code): the same platform, refused by name.
        if (await this.platforms.nameTaken(code, trimmed, em)) throw taken();
        await em.insert(PlatformEntity, { code, name: trimmed, builtin: false, createdBy: actor.id });
        await this.audit.record(em, { action: 'addPlatform', targetType: 'Platform', targetId: code });
        return { code, name: trimmed, builtin: false };
      });
    } catch (error) {
      // Two coordinators adding the same platform at once: the second meets the unique key.
      if (isUniqueViolation(error)) throw taken();
      throw error;
    }
  }

  /** The platform, or BAD_USER_INPUT naming the field: an unknown platform is a mistake in the input. */
  async require(em: EntityManager, code: string, field = 'platform'): Promise<PlatformEntity> {
    const platform = await this.platforms.find(code, em);
    if (!platform) throw badInput(field, 'input.oneOf', { field });
    return platform;
  }
}
