import { can, countryScope } from '@empact/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../common/audit/audit.service';
import { isUniqueViolation } from '../common/database/query-errors';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { badInput, DomainException, forbidden, notFound } from '../common/errors/domain.exception';
import { PersonalDataGuard } from '../common/personal-data/personal-data.guard';
import { PlatformService } from '../platforms/platform.service';
import {
  PoliceProfileFilter,
  RegisterPoliceProfileInput,
  UpdatePoliceProfileInput,
} from './dto/police-profile.inputs';
import { PoliceProfileObject } from './dto/police-profile.object';
import { PoliceProfileEntity } from './police-profile.entity';
import { PoliceProfileRepository } from './police-profile.repository';

const toObject = (p: PoliceProfileEntity): PoliceProfileObject => ({
  id: p.id,
  country: p.country,
  platform: p.platformCode,
  displayName: p.displayName,
  status: p.status,
  safetyNotes: p.safetyNotes,
  version: p.version,
});

@Injectable()
export class PoliceProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly platforms: PlatformService,
    private readonly personalData: PersonalDataGuard,
    private readonly profiles: PoliceProfileRepository,
  ) {}

  async list(actor: AuthenticatedActor, filter: PoliceProfileFilter = {}): Promise<PoliceProfileObject[]> {
    if (!can(actor, 'profile.read')) throw forbidden();
    return (await this.profiles.list(countryScope(actor), filter)).map(toObject);
  }

  async register(actor: AuthenticatedActor, input: RegisterPoliceProfileInput): Promise<PoliceProfileObject> {
    const country = input.country ?? actor.country;
    if (!country) throw badInput('country', 'input.required', { field: 'country' });
    if (!can(actor, 'profile.manage', { country })) throw forbidden();
    const displayName = input.displayName.trim();
    // The profile's own name is not a young person's, in its own safety notes least of all.
    this.personalData.checkInput(input, { countries: [country], allowedNames: [displayName] });
    try {
      return await this.dataSource.transaction(async (em) => {
        const platform = await this.platforms.require(em, input.platform);
        const { identifiers } = await em.insert(PoliceProfileEntity, {
          country,
          platformCode: platform.code,
          displayName,
          status: 'ACTIVE',
          safetyNotes: input.safetyNotes?.trim() ?? '',
        });
        const id = identifiers[0].id as string;
        await this.audit.record(em, {
          action: 'registerPoliceProfile',
          targetType: 'PoliceProfile',
          targetId: id,
          details: { country },
        });
        return toObject(await em.findOneByOrFail(PoliceProfileEntity, { id }));
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw this.nameTaken(input.platform, displayName);
      throw error;
    }
  }

  async update(actor: AuthenticatedActor, input: UpdatePoliceProfileInput): Promise<PoliceProfileObject> {
    try {
      return await this.dataSource.transaction(async (em) => {
        const profile = await this.profiles.lockReachable(em, countryScope(actor), input.id);
        if (!profile) throw notFound();
        if (!can(actor, 'profile.manage', { country: profile.country })) throw forbidden();
        if (profile.version !== input.version) throw new DomainException('CONFLICT');
        this.personalData.checkInput(input, {
          countries: [profile.country],
          allowedNames: [input.displayName?.trim() || profile.displayName],
        });
        const changes: Partial<PoliceProfileEntity> = { version: profile.version + 1 };
        if (input.displayName !== undefined && input.displayName !== null)
          changes.displayName = input.displayName.trim();
        if (input.status !== undefined && input.status !== null) changes.status = input.status;
        if (input.safetyNotes !== undefined && input.safetyNotes !== null)
          changes.safetyNotes = input.safetyNotes.trim();
        await em.update(PoliceProfileEntity, { id: profile.id }, changes);
        await this.audit.record(em, {
          action: 'updatePoliceProfile',
          targetType: 'PoliceProfile',
          targetId: profile.id,
          details: { fields: Object.keys(input).filter((key) => key !== 'id' && key !== 'version') },
        });
        return toObject(await em.findOneByOrFail(PoliceProfileEntity, { id: profile.id }));
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw this.nameTaken('', input.displayName ?? '');
      throw error;
    }
  }

  private nameTaken(platform: string, name: string): DomainException {
    return badInput('displayName', 'profile.nameTaken', { platform, name });
  }
}
