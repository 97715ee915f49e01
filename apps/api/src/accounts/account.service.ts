import { accountShapeProblem, can, countryScope, Locale, normalizeEmail, Role } from '@empact/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuthService } from '../auth/auth.service';
import { AuditService } from '../common/audit/audit.service';
import { isUniqueViolation } from '../common/database/query-errors';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { badInput, DomainException, forbidden, notFound } from '../common/errors/domain.exception';
import { AccountEntity } from './account.entity';
import { toAccountObject } from './account.mapper';
import { AccountRepository } from './account.repository';
import { AccountFilter, CreateAccountInput, UpdateAccountInput } from './dto/account.inputs';
import { AccountObject } from './dto/account.object';

@Injectable()
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly accounts: AccountRepository,
  ) {}

  async me(actor: AuthenticatedActor): Promise<AccountObject> {
    return this.get(actor, actor.id);
  }

  async list(actor: AuthenticatedActor, filter: AccountFilter = {}): Promise<AccountObject[]> {
    if (!can(actor, 'account.list')) throw forbidden();
    return (await this.accounts.list(countryScope(actor), actor.id, filter)).map(toAccountObject);
  }

  async get(actor: AuthenticatedActor, id: string): Promise<AccountObject> {
    return toAccountObject(await this.findReachable(this.dataSource.manager, actor, id));
  }

  async create(actor: AuthenticatedActor, input: CreateAccountInput): Promise<AccountObject> {
    if (!can(actor, 'account.manage')) throw forbidden();
    this.checkShape(input.roles, input.country ?? null);
    const email = normalizeEmail(input.email);
    const passwordHash = await AuthService.hashPassword(input.password);
    try {
      return await this.dataSource.transaction(async (em) => {
        if (await em.exists(AccountEntity, { where: { email } })) throw this.emailTaken(email);
        const { identifiers } = await em.insert(AccountEntity, {
          email,
          displayName: input.displayName.trim(),
          country: input.country ?? null,
          roles: [...new Set(input.roles)],
          language: input.language as Locale,
          passwordHash,
        });
        const id = identifiers[0].id as string;
        await this.audit.record(em, {
          action: 'createAccount',
          targetType: 'Account',
          targetId: id,
          details: { roles: input.roles, country: input.country ?? null },
        });
        return toAccountObject(await em.findOneByOrFail(AccountEntity, { id }));
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw this.emailTaken(email);
      throw error;
    }
  }

  async update(actor: AuthenticatedActor, input: UpdateAccountInput): Promise<AccountObject> {
    return this.dataSource.transaction(async (em) => {
      const account = await this.findReachable(em, actor, input.id, true);
      if (!can(actor, 'account.manage', { country: account.country, ownerId: account.id })) throw forbidden();
      const roles = input.roles ? [...new Set(input.roles)] : account.roles;
      const country = input.country === undefined ? account.country : input.country;
      if (account.id === actor.id && account.roles.includes('ADMIN') && !roles.includes('ADMIN')) {
        throw badInput('roles', 'account.cannotRemoveOwnAdmin');
      }
      this.checkShape(roles, country);
      const changes: Partial<AccountEntity> = { roles, country };
      if (input.displayName !== undefined && input.displayName !== null)
        changes.displayName = input.displayName.trim();
      if (input.language !== undefined && input.language !== null)
        changes.language = input.language as Locale;
      await em.update(AccountEntity, { id: account.id }, changes);
      await this.audit.record(em, {
        action: 'updateAccount',
        targetType: 'Account',
        targetId: account.id,
        details: { fields: Object.keys(input).filter((key) => key !== 'id') },
      });
      return toAccountObject(await em.findOneByOrFail(AccountEntity, { id: account.id }));
    });
  }

  async setDisabled(actor: AuthenticatedActor, id: string, disabled: boolean): Promise<AccountObject> {
    const account = await this.dataSource.transaction(async (em) => {
      const account = await this.findReachable(em, actor, id, true);
      if (!can(actor, 'account.manage', { country: account.country, ownerId: account.id })) throw forbidden();
      if (disabled && account.id === actor.id) throw badInput('id', 'account.cannotDisableSelf');
      await em.update(AccountEntity, { id }, { disabledAt: disabled ? () => 'now()' : null });
      if (disabled) await this.auth.revokeAllSessions(em, id);
      await this.audit.record(em, {
        action: 'setAccountDisabled',
        targetType: 'Account',
        targetId: id,
        details: { disabled },
      });
      return toAccountObject(await em.findOneByOrFail(AccountEntity, { id }));
    });
    if (disabled) await this.auth.announceSessionEnded(id, 'DISABLED');
    return account;
  }

  async setPassword(actor: AuthenticatedActor, id: string, password: string): Promise<AccountObject> {
    const passwordHash = await AuthService.hashPassword(password);
    const account = await this.dataSource.transaction(async (em) => {
      const account = await this.findReachable(em, actor, id, true);
      if (!can(actor, 'account.manage', { country: account.country, ownerId: account.id })) throw forbidden();
      await em.update(AccountEntity, { id }, { passwordHash });
      await this.auth.revokeAllSessions(em, id);
      await this.audit.record(em, { action: 'setAccountPassword', targetType: 'Account', targetId: id });
      return toAccountObject(await em.findOneByOrFail(AccountEntity, { id }));
    });
    await this.auth.announceSessionEnded(id, 'PASSWORD_SET');
    return account;
  }

  async setMyLanguage(actor: AuthenticatedActor, language: Locale): Promise<AccountObject> {
    return this.dataSource.transaction(async (em) => {
      await em.update(AccountEntity, { id: actor.id }, { language });
      await this.audit.record(em, {
        action: 'setMyLanguage',
        targetType: 'Account',
        targetId: actor.id,
        details: { language },
      });
      return toAccountObject(await em.findOneByOrFail(AccountEntity, { id: actor.id }));
    });
  }

  /** The account if the actor reaches it; NOT_FOUND both when it does not exist and when it is not theirs. */
  private async findReachable(
    em: EntityManager,
    actor: AuthenticatedActor,
    id: string,
    lock = false,
  ): Promise<AccountEntity> {
    const account = await this.accounts.reachable(em, countryScope(actor), actor.id, id, lock);
    if (!account) throw notFound('account.notFound');
    return account;
  }

  private checkShape(roles: readonly Role[], country: string | null): void {
    const problem = accountShapeProblem(roles, country);
    switch (problem) {
      case 'ROLES_REQUIRED':
        throw badInput('roles', 'account.rolesRequired');
      case 'COUNTRY_REQUIRED':
        throw badInput('country', 'account.countryRequired');
      case null:
        return;
    }
  }

  private emailTaken(email: string): DomainException {
    return badInput('email', 'account.emailTaken', { email });
  }
}
