import {
  can,
  changeTo,
  countryScope,
  type PoliceProfileChange,
  profileChangeProblem,
  profileNameProblem,
  statusAfter,
} from '@empact/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
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
import { PoliceProfileObject, PoliceProfileSessionObject } from './dto/police-profile.object';
import { PoliceProfileEntity } from './police-profile.entity';
import { PoliceProfileRepository, ProfileSessionRow } from './police-profile.repository';

const toObject = (p: PoliceProfileEntity): PoliceProfileObject => ({
  id: p.id,
  country: p.country,
  platform: p.platformCode,
  displayName: p.displayName,
  status: p.status,
  safetyNotes: p.safetyNotes,
  updatedAt: p.updatedAt,
  version: p.version,
});

const toSession = (row: ProfileSessionRow): PoliceProfileSessionObject => ({
  id: row.id,
  weekId: row.weekId,
  weekCode: row.weekCode,
  weekTitle: row.weekTitle,
  weekTimeZone: row.weekTimeZone,
  startsAt: new Date(row.startsAt),
  endsAt: new Date(row.endsAt),
  platform: row.platform,
  status: row.status,
  country: row.country,
});

/** The audit action of each change of status (the name of its mutation). */
const STATUS_ACTIONS = {
  SUSPEND: 'suspendPoliceProfile',
  REACTIVATE: 'reactivatePoliceProfile',
  RETIRE: 'retirePoliceProfile',
} as const;
type StatusChange = keyof typeof STATUS_ACTIONS;

/** What a list of profiles carries beyond their own rows, fetched only when the operation asks for it. */
export interface ProfileDetails {
  sessions: boolean;
}

@Injectable()
export class PoliceProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly platforms: PlatformService,
    private readonly personalData: PersonalDataGuard,
    private readonly profiles: PoliceProfileRepository,
  ) {}

  /** The profiles the actor reaches; with `sessions`, each with the sessions using it (one statement for all). */
  async list(
    actor: AuthenticatedActor,
    filter: PoliceProfileFilter = {},
    details: ProfileDetails = { sessions: false },
  ): Promise<PoliceProfileObject[]> {
    if (!can(actor, 'profile.read')) throw forbidden();
    const scope = countryScope(actor);
    const profiles = (await this.profiles.list(scope, filter)).map(toObject);
    return this.withDetails(actor, profiles, details);
  }

  /** With `sessions`, each profile gets the sessions using it that the actor reaches: one statement for all. */
  private async withDetails<T extends PoliceProfileObject | PoliceProfileObject[]>(
    actor: AuthenticatedActor,
    result: T,
    details: ProfileDetails,
  ): Promise<T> {
    if (!details.sessions) return result;
    const profiles: PoliceProfileObject[] = Array.isArray(result) ? result : [result];
    const rows = await this.profiles.sessionsUsing(
      profiles.map((p) => p.id),
      countryScope(actor),
    );
    const byProfile = new Map<string, PoliceProfileSessionObject[]>();
    for (const row of rows) {
      const list = byProfile.get(row.profileId);
      if (list) list.push(toSession(row));
      else byProfile.set(row.profileId, [toSession(row)]);
    }
    for (const profile of profiles) profile.sessions = byProfile.get(profile.id) ?? [];
    return result;
  }

  async register(
    actor: AuthenticatedActor,
    input: RegisterPoliceProfileInput,
    details: ProfileDetails = { sessions: false },
  ): Promise<PoliceProfileObject> {
    const country = input.country ?? actor.country;
    if (!country) throw badInput('country', 'input.required', { field: 'country' });
    if (!can(actor, 'profile.manage', { country })) throw forbidden();
    const displayName = this.checkedName(input.displayName);
    // The profile's own name is not a young person's, in its own safety notes least of all.
    this.personalData.checkInput(input, { countries: [country], allowedNames: [displayName] });
    let platformName = input.platform;
    try {
      const registered = await this.dataSource.transaction(async (em) => {
        const platform = await this.knownPlatform(em, input.platform);
        platformName = platform.name;
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
          details: { country, platform: platform.code },
        });
        return toObject(await em.findOneByOrFail(PoliceProfileEntity, { id }));
      });
      return await this.withDetails(actor, registered, details);
    } catch (error) {
      if (isUniqueViolation(error)) throw this.nameTaken(platformName, displayName);
      throw error;
    }
  }

  /** Edits the name or the safety notes (a status change here follows the rules of the lifecycle mutations). */
  async update(
    actor: AuthenticatedActor,
    input: UpdatePoliceProfileInput,
    details: ProfileDetails = { sessions: false },
  ): Promise<PoliceProfileObject> {
    this.checkRole(actor);
    const displayName =
      input.displayName !== undefined && input.displayName !== null
        ? this.checkedName(input.displayName)
        : undefined;
    let platform = '';
    try {
      const updated = await this.dataSource.transaction(async (em) => {
        const profile = await this.reachable(em, actor, input.id);
        platform = profile.platformCode;
        if (profile.version !== input.version) throw this.stale(profile);
        const change = input.status ? changeTo(profile.status, input.status) : null;
        this.checkChange(profile, 'EDIT');
        if (change) this.checkChange(profile, change);
        this.personalData.checkInput(input, {
          countries: [profile.country],
          allowedNames: [displayName || profile.displayName],
        });
        const changes: Partial<PoliceProfileEntity> = { version: profile.version + 1 };
        if (displayName !== undefined) changes.displayName = displayName;
        if (change) changes.status = statusAfter(change) ?? profile.status;
        if (input.safetyNotes !== undefined && input.safetyNotes !== null)
          changes.safetyNotes = input.safetyNotes.trim();
        await em.update(PoliceProfileEntity, { id: profile.id }, changes);
        await this.audit.record(em, {
          action: 'updatePoliceProfile',
          targetType: 'PoliceProfile',
          targetId: profile.id,
          details: {
            fields: Object.keys(input).filter((key) => key !== 'id' && key !== 'version'),
            ...(change ? { from: profile.status, to: changes.status } : {}),
          },
        });
        return toObject(await em.findOneByOrFail(PoliceProfileEntity, { id: profile.id }));
      });
      return await this.withDetails(actor, updated, details);
    } catch (error) {
      if (isUniqueViolation(error)) {
        const name = (await this.platforms.require(this.dataSource.manager, platform)).name;
        throw this.nameTaken(name, displayName ?? '');
      }
      throw error;
    }
  }

  /** Suspends, reactivates or retires the profile: ACTIVE ⇄ SUSPENDED, either → RETIRED, and RETIRED for good. */
  async changeStatus(
    actor: AuthenticatedActor,
    id: string,
    version: number,
    change: StatusChange,
    details: ProfileDetails = { sessions: false },
  ): Promise<PoliceProfileObject> {
    this.checkRole(actor);
    const changed = await this.dataSource.transaction(async (em) => {
      const profile = await this.reachable(em, actor, id);
      if (profile.version !== version) throw this.stale(profile);
      this.checkChange(profile, change);
      const status = statusAfter(change) ?? profile.status;
      await em.update(PoliceProfileEntity, { id: profile.id }, { status, version: profile.version + 1 });
      await this.audit.record(em, {
        action: STATUS_ACTIONS[change],
        targetType: 'PoliceProfile',
        targetId: profile.id,
        details: { from: profile.status, to: status },
      });
      return toObject(await em.findOneByOrFail(PoliceProfileEntity, { id: profile.id }));
    });
    return this.withDetails(actor, changed, details);
  }

  /**
   * The profile, locked, if the actor reaches it and may manage it. Another country's profile is NOT_FOUND, exactly
   * as one that does not exist.
   */
  private async reachable(
    em: EntityManager,
    actor: AuthenticatedActor,
    id: string,
  ): Promise<PoliceProfileEntity> {
    const profile = await this.profiles.lockReachable(em, countryScope(actor), id);
    if (!profile) throw notFound();
    if (!can(actor, 'profile.manage', { country: profile.country })) throw forbidden();
    return profile;
  }

  /**
   * The role before the record: an operator, a liaison or a data-protection officer may never manage a profile, one
   * they see or not, so they are FORBIDDEN whatever the id (a team leader's own country is where their role applies).
   */
  private checkRole(actor: AuthenticatedActor): void {
    if (!can(actor, 'profile.manage', { country: actor.country })) throw forbidden();
  }

  private checkChange(profile: PoliceProfileEntity, change: PoliceProfileChange): void {
    switch (profileChangeProblem(profile.status, change)) {
      case 'RETIRED':
        throw new DomainException('CONFLICT', 'profile.retired', { name: profile.displayName });
      case 'NOT_ACTIVE':
        throw new DomainException('CONFLICT', 'profile.notActive', { name: profile.displayName });
      case 'NOT_SUSPENDED':
        throw new DomainException('CONFLICT', 'profile.notSuspended', { name: profile.displayName });
      case null:
        return;
    }
  }

  private stale(profile: PoliceProfileEntity): DomainException {
    return new DomainException('CONFLICT', 'code.CONFLICT', {}, { currentVersion: profile.version });
  }

  /** The display name, trimmed; a blank one is refused as required (the length is the input class's). */
  private checkedName(name: string): string {
    switch (profileNameProblem(name)) {
      case 'REQUIRED':
        throw badInput('displayName', 'input.required', { field: 'displayName' });
      case 'TOO_LONG':
      case null:
        return name.trim();
    }
  }

  private async knownPlatform(em: EntityManager, code: string) {
    try {
      return await this.platforms.require(em, code);
    } catch (error) {
      if (error instanceof DomainException && error.code === 'BAD_USER_INPUT')
        throw badInput('platform', 'platform.unknown', { platform: code });
      throw error;
    }
  }

  private nameTaken(platform: string, name: string): DomainException {
    return badInput('displayName', 'profile.nameTaken', { platform, name });
  }
}
